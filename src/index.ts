/**
 * The Apps Script entry points, and nothing else: the build appends one top-level
 * `function name(...args)` per export here, so menus, triggers and google.script.run can see them.
 */

export {
  apiAddUpdate,
  apiDashboard,
  apiExportDocx,
  apiExportPdf,
  apiGenerate,
  apiPreviewRemind,
  apiPreviewSend,
  apiRemind,
  apiSelectCell,
  apiSend,
  apiSetupChecks,
  apiUploadSigned,
} from "./gas/api";
export { triggerRemind } from "./gas/auto-remind";
export {
  menuCheck,
  menuExportDocx,
  menuExportPdf,
  menuReport9M,
  menuReportH1,
  menuReportQ1,
  menuReportQ2,
  menuReportQ3,
  menuReportQ4,
  menuReportY,
  menuSend,
  menuSetup,
  menuSetupCheck,
  menuShowLog,
  menuShowSidebar,
  onEdit,
  onInstall,
  onOpen,
} from "./gas/menu";
export { menuRemind, menuRemindAutoOff, menuRemindAutoOn } from "./gas/remind-menu";
