/** The "PAPI" menu and what each item does, with the confirmations a careful user expects. */
import { readPlan } from "../core/check";
import { ymd } from "../core/day";
import { periodOfSheetName } from "../core/export";
import { type PeriodKind, parsePeriodCode, periodCode, periodLabel } from "../core/periods";
import { LOG } from "../core/schema";
import { type Outcome, runAction } from "./actions";
import { checkEditedRows, checkWorkbook } from "./check";
import { activeSpreadsheet, todayIn, zoneOf } from "./context";
import { issuesHtml } from "./dialogs";
import { UserError } from "./errors";
import { exportReport } from "./export-pdf";
import { generateReport } from "./generate";
import { withDocumentLock } from "./lock";
import { appendLog, RESULT_OK } from "./log";
import { previewSend, sendReport } from "./send";
import { setupWorkbook } from "./setup";
import { planSheet, readWorkbook } from "./workbook";

declare const __ADDON__: boolean | undefined;
const IS_ADDON = typeof __ADDON__ !== "undefined" && __ADDON__ === true;

type Ui = GoogleAppsScript.Base.Ui;

export const MENU_TITLE = "PAPI";
export const SIDEBAR_FILE = "Sidebar";
export const SIDEBAR_TITLE = "PAPI – Bảng điều khiển";

/** The report items of the "Tạo báo cáo" submenu: label and entry point. */
export const REPORT_ITEMS: [string, string, PeriodKind][] = [
  ["Quý I", "menuReportQ1", "Q1"],
  ["Quý II", "menuReportQ2", "Q2"],
  ["Quý III", "menuReportQ3", "Q3"],
  ["Quý IV", "menuReportQ4", "Q4"],
  ["6 tháng", "menuReportH1", "H1"],
  ["9 tháng", "menuReport9M", "9M"],
  ["Năm", "menuReportY", "Y"],
];

/** Builds the menu and nothing else: onOpen runs with limited authorisation. */
export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = IS_ADDON ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  const reports = ui.createMenu("Tạo báo cáo");
  for (const [label, fn] of REPORT_ITEMS) reports.addItem(label, fn);
  menu
    .addItem("Mở bảng điều khiển", "menuShowSidebar")
    .addItem("Thiết lập / sửa bảng tính", "menuSetup")
    .addItem("Kiểm tra dữ liệu", "menuCheck")
    .addSeparator()
    .addSubMenu(reports)
    .addItem("Xuất PDF", "menuExportPdf")
    .addItem("Gửi báo cáo cho Sở Nội vụ", "menuSend")
    .addSeparator()
    .addItem("Nhật ký", "menuShowLog")
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function menuShowSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

function show<T>(ui: Ui, title: string, outcome: Outcome<T>, onOk: (value: T) => void): void {
  if (outcome.ok) onOk(outcome.value);
  else ui.alert(title, outcome.message, ui.ButtonSet.OK);
}

export function menuSetup(): void {
  const ss = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const outcome = runAction(ss, "Thiết lập", undefined, () => {
    const report = setupWorkbook(ss);
    const changes = [
      ...report.createdSheets.map((s) => `Tạo trang "${s}"`),
      ...report.addedColumns.map((c) => `Thêm cột ${c}`),
      ...report.addedSettings.map((s) => `Thêm mục cấu hình "${s}"`),
    ];
    appendLog(ss, { action: "Thiết lập", result: `${RESULT_OK}: ${changes.length} thay đổi` });
    return { changes, skipped: report.skipped };
  });
  show(ui, "Thiết lập bảng tính", outcome, ({ changes, skipped }) => {
    const lines =
      changes.length > 0 ? changes.join("\n") : "Bảng tính đã đủ các trang và cột; không thay đổi gì.";
    const warn = skipped
      .map((s) => `\nTrang "${s}" có dữ liệu nhưng không tìm thấy dòng tiêu đề; đã để nguyên.`)
      .join("");
    ui.alert("Thiết lập bảng tính", lines + warn, ui.ButtonSet.OK);
  });
}

export function menuCheck(): void {
  const ss = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  show(
    ui,
    "Kiểm tra dữ liệu",
    runAction(ss, "Kiểm tra dữ liệu", undefined, () => checkWorkbook(ss)),
    (r) => {
      if (r.issues.length === 0)
        ui.alert("Kiểm tra dữ liệu", "Dữ liệu hợp lệ: không có lỗi, không có cảnh báo.", ui.ButtonSet.OK);
      else
        ui.showModalDialog(
          HtmlService.createHtmlOutput(issuesHtml(r.issues, r.errors, r.warnings))
            .setWidth(640)
            .setHeight(480),
          "Kết quả kiểm tra dữ liệu",
        );
    },
  );
}

function planYear(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const { settings } = readPlan(readWorkbook(ss), { fallbackYear: ymd(todayIn(zoneOf(ss))).year });
  if (settings.year === undefined) throw new UserError('Chưa nhập "Năm kế hoạch" trong trang "Cấu hình".');
  return settings.year;
}

/** Asks before replacing a report, and before making one from data that still has errors. */
export function menuReport(kind: PeriodKind): void {
  const ss = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  let code = "";
  const outcome = runAction(ss, "Tạo báo cáo", undefined, () => {
    code = periodCode(planYear(ss), kind);
    const options = { replace: false, force: false };
    for (;;) {
      const result = generateReport(ss, code, options);
      if (result.status === "done") return result;
      const question =
        result.status === "exists"
          ? `Đã có ${result.sheets.map((s) => `"${s}"`).join(" và ")}. Thay thế bằng báo cáo mới? (Các trang khác không bị động đến.)`
          : `Dữ liệu còn ${result.errors} lỗi; các dòng lỗi sẽ không được tính. Vẫn tạo báo cáo?`;
      if (ui.alert("Tạo báo cáo", question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
      if (result.status === "exists") options.replace = true;
      else options.force = true;
    }
  });
  show(ui, "Tạo báo cáo", outcome, (result) => {
    if (!result) return;
    const t = result.totals;
    ui.alert(
      "Tạo báo cáo",
      `Đã tạo "${result.sheet}" (${periodLabel(parsePeriodCode(code) ?? { year: 0, kind })}): ${t.total} nhiệm vụ, ` +
        `hoàn thành ${t.done}, đang thực hiện ${t.inProgress}, chưa triển khai ${t.notStarted}, quá hạn ${t.overdue}.`,
      ui.ButtonSet.OK,
    );
  });
}

/** The period of the active report sheet, or the one the user types. */
function askPeriod(ui: Ui, title: string): string | null {
  const active = periodOfSheetName(activeSpreadsheet().getActiveSheet().getName());
  if (active) return periodCode(active.year, active.kind);
  const answer = ui.prompt(
    title,
    "Nhập kỳ báo cáo (ví dụ 2020-Q1, 2020-H1, 2020-9M, 2020-Y):",
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  return answer.getResponseText().trim();
}

export function menuExportPdf(): void {
  const ss = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const period = askPeriod(ui, "Xuất PDF");
  if (period === null) return;
  const outcome = runAction(ss, "Xuất PDF", period, () => withDocumentLock(() => exportReport(ss, period)));
  show(ui, "Xuất PDF", outcome, (r) => {
    ui.alert(
      "Xuất PDF",
      `Đã lưu vào Google Drive:\n${r.files.map((f) => `${f.name}\n${f.url}`).join("\n")}`,
      ui.ButtonSet.OK,
    );
  });
}

export function menuSend(): void {
  const ss = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const period = askPeriod(ui, "Gửi báo cáo");
  if (period === null) return;
  const outcome = runAction(ss, "Gửi báo cáo", period, () => {
    const p = previewSend(ss, period);
    const cc = p.cc.length > 0 ? `\nĐồng gửi: ${p.cc.join(", ")}` : "";
    const ask = `Gửi báo cáo kỳ ${p.period} tới: ${p.to}${cc}\nTiêu đề: ${p.subject}\nTệp: báo cáo và phụ lục (PDF xuất mới).\n(Hạn mức thư còn lại hôm nay: ${p.quota})`;
    if (ui.alert("Gửi báo cáo", ask, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    let resend = false;
    if (p.sentBefore) {
      const again = `Kỳ ${p.period} đã được gửi lúc ${p.sentBefore.time} bởi ${p.sentBefore.user}. Gửi lại?`;
      if (ui.alert("Gửi lại báo cáo", again, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
      resend = true;
    }
    return sendReport(ss, period, { send: true, resend });
  });
  show(ui, "Gửi báo cáo", outcome, (r) => {
    if (r) ui.alert("Gửi báo cáo", `Đã gửi báo cáo kỳ ${r.period} tới ${r.recipients}.`, ui.ButtonSet.OK);
  });
}

export function menuShowLog(): void {
  const ss = activeSpreadsheet();
  const sheet = planSheet(ss, LOG.name);
  if (sheet) ss.setActiveSheet(sheet);
  else
    SpreadsheetApp.getUi().alert(
      "Nhật ký",
      "Chưa có thao tác nào được ghi.",
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
}

export const menuReportQ1 = () => menuReport("Q1");
export const menuReportQ2 = () => menuReport("Q2");
export const menuReportQ3 = () => menuReport("Q3");
export const menuReportQ4 = () => menuReport("Q4");
export const menuReportH1 = () => menuReport("H1");
export const menuReport9M = () => menuReport("9M");
export const menuReportY = () => menuReport("Y");

/** Immediate feedback on the edited rows: marks and a short toast. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const ss = e.source;
  const issues = checkEditedRowsSafely(ss, e.range);
  if (issues.length > 0)
    ss.toast(issues[0]?.message ?? "", `PAPI: ${issues.length} vấn đề ở dòng vừa sửa`, 8);
}

function checkEditedRowsSafely(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  range: GoogleAppsScript.Spreadsheet.Range,
) {
  try {
    return checkEditedRows(ss, range);
  } catch {
    // A simple trigger must never interrupt typing; the full check reports everything.
    return [];
  }
}
