/**
 * The Apps Script entry points, and nothing else: the build appends one top-level
 * `function name(...args)` per export here, so menus, triggers and google.script.run can see them.
 */

export {
  apiAddUpdate,
  apiDashboard,
  apiExportPdf,
  apiGenerate,
  apiPreviewSend,
  apiSelectCell,
  apiSend,
} from "./gas/api";
export {
  menuCheck,
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
  menuShowLog,
  menuShowSidebar,
  onEdit,
  onInstall,
  onOpen,
} from "./gas/menu";
