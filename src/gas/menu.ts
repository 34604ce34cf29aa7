import { periodOfSheetName } from "../core/export";
import { attachmentText, resendQuestion, sentText, unsignedQuestion } from "../core/mail";
import { type PeriodKind, parsePeriodCode, periodCode, periodLabel } from "../core/periods";
import { LOG } from "../core/schema";
import { fromMenu } from "./actions";
import { readBook, settingsOf } from "./book";
import { checkEditedRows, checkWorkbook } from "./check";
import { issuesHtml, setupChecksHtml } from "./dialogs";
import { UserError } from "./errors";
import { docxDialogHtml, exportDocx } from "./export-docx";
import { exportReport } from "./export-pdf";
import { generateReport } from "./generate";
import { localeWarning, offerVietnameseLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { appendLog, RESULT_OK } from "./log";
import { NEEDS, requireScopes, SCOPE } from "./scopes";
import { checkedAndLogged } from "./self-check";
import { notResent, previewSend, sendReport } from "./send";
import { setupWorkbook } from "./setup";
import { planSheet } from "./workbook";

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
    .addItem("Xuất bản Word (.docx)", "menuExportDocx")
    .addItem("Gửi báo cáo cho Sở Nội vụ", "menuSend")
    .addSeparator()
    .addItem("Nhắc đơn vị cập nhật", "menuRemind")
    .addItem("Bật nhắc tự động", "menuRemindAutoOn")
    .addItem("Tắt nhắc tự động", "menuRemindAutoOff")
    .addSeparator()
    .addItem("Nhật ký", "menuShowLog")
    .addItem("Kiểm tra cài đặt", "menuSetupCheck")
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function menuShowSidebar(): void {
  requireScopes(NEEDS.sidebar);
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuSetup(): void {
  fromMenu("Thiết lập bảng tính", "Thiết lập", NEEDS.read, (ss, ui) => {
    const locale = offerVietnameseLocale(ss, ui);
    const report = setupWorkbook(ss);
    const changes = [
      ...(locale?.changed ? [locale.line] : []),
      ...report.createdSheets.map((s) => `Tạo trang "${s}"`),
      ...report.addedColumns.map((c) => `Thêm cột ${c}`),
      ...report.addedSettings.map((s) => `Thêm mục cấu hình "${s}"`),
    ];
    appendLog(ss, { action: "Thiết lập", result: `${RESULT_OK}: ${changes.length} thay đổi` });
    const lines =
      changes.length > 0 ? changes.join("\n") : "Bảng tính đã đủ các trang và cột; không thay đổi gì.";
    const skipped = report.skipped.map(
      (s) => `\nTrang "${s}" có dữ liệu nhưng không tìm thấy dòng tiêu đề; đã để nguyên.`,
    );
    const kept = locale && !locale.changed ? `\n${locale.line}` : "";
    return lines + skipped.join("") + kept;
  });
}

export function menuCheck(): void {
  fromMenu("Kiểm tra dữ liệu", "Kiểm tra dữ liệu", NEEDS.read, (ss, ui) => {
    const book = readBook(ss);
    const r = checkWorkbook(ss, book);
    // Dates typed in a month-first locale may be swapped already: said every time, never silently.
    const locale = localeWarning(book.locale);
    if (r.issues.length === 0)
      return [locale, "Dữ liệu hợp lệ: không có lỗi, không có cảnh báo."].filter((x) => x).join("\n\n");
    if (locale) ui.alert("Kiểm tra dữ liệu", locale, ui.ButtonSet.OK);
    const html = HtmlService.createHtmlOutput(issuesHtml(r.issues, r.errors, r.warnings))
      .setWidth(640)
      .setHeight(480);
    ui.showModalDialog(html, "Kết quả kiểm tra dữ liệu");
    return null;
  });
}

function planYear(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const settings = settingsOf(readBook(ss));
  if (settings.year === undefined) throw new UserError('Chưa nhập "Năm kế hoạch" trong trang "Cấu hình".');
  return settings.year;
}

/** Asks before replacing a report, and before making one from data that still has errors. */
export function menuReport(kind: PeriodKind): void {
  fromMenu("Tạo báo cáo", "Tạo báo cáo", NEEDS.read, (ss, ui, context) => {
    const code = periodCode(planYear(ss), kind);
    context.period = code;
    const options = { replace: false, force: false };
    for (;;) {
      const result = generateReport(ss, code, options);
      if (result.status === "done") {
        const t = result.totals;
        const label = periodLabel(parsePeriodCode(code) ?? { year: 0, kind });
        return (
          `Đã tạo "${result.sheet}" (${label}): ${t.total} nhiệm vụ, hoàn thành ${t.done}, ` +
          `đang thực hiện ${t.inProgress}, chưa triển khai ${t.notStarted}, quá hạn ${t.overdue}.` +
          `\n${result.reportDate}` +
          (result.leftOut ? `\n${result.leftOut}` : "")
        );
      }
      const question =
        result.status === "exists"
          ? `Đã có ${result.sheets.map((s) => `"${s}"`).join(" và ")}. Thay thế bằng báo cáo mới? (Các trang khác không bị động đến.)`
          : `Dữ liệu còn ${result.errors} lỗi; các dòng lỗi sẽ không được tính. Vẫn tạo báo cáo?`;
      if (ui.alert("Tạo báo cáo", question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
      if (result.status === "exists") options.replace = true;
      else options.force = true;
    }
  });
}

/** The period of the active report sheet, or the one the user types. */
function askPeriod(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ui: Ui, title: string): string | null {
  const active = periodOfSheetName(ss.getActiveSheet().getName());
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
  fromMenu("Xuất PDF", "Xuất PDF", NEEDS.export, (ss, ui, context) => {
    const period = askPeriod(ss, ui, "Xuất PDF");
    if (period === null) return null;
    context.period = period;
    const r = withDocumentLock(() => exportReport(ss, period));
    const saved = `${r.reportDate}\nĐã lưu vào Google Drive:\n${r.files.map((f) => `${f.name}\n${f.url}`).join("\n")}`;
    return [saved, ...r.notices].join("\n\n");
  });
}

/** The period's .docx beside its PDF, and a dialog with its link: it opens in Google Docs for editing. */
export function menuExportDocx(): void {
  fromMenu("Xuất bản Word", "Xuất bản Word", NEEDS.export, (ss, ui, context) => {
    const period = askPeriod(ss, ui, "Xuất bản Word (.docx)");
    if (period === null) return null;
    context.period = period;
    const r = withDocumentLock(() => exportDocx(ss, period));
    const html = HtmlService.createHtmlOutput(docxDialogHtml(r)).setWidth(520).setHeight(260);
    ui.showModalDialog(html, "Bản Word để sửa trước khi ký");
    return null;
  });
}

export function menuSend(): void {
  fromMenu("Gửi báo cáo", "Gửi báo cáo", NEEDS.send, (ss, ui, context) => {
    const period = askPeriod(ss, ui, "Gửi báo cáo");
    if (period === null) return null;
    context.period = period;
    const p = previewSend(ss, period);
    // Without a signed copy the draft goes only after a yes (closing the dialog is a no).
    const unsigned = p.signedCopy === null;
    if (unsigned) {
      const question = unsignedQuestion(p.period, p.baseName);
      if (ui.alert("Chưa có bản đã ký số", question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    }
    const cc = p.cc.length > 0 ? `\nĐồng gửi: ${p.cc.join(", ")}` : "";
    const ask =
      `Gửi báo cáo kỳ ${p.period} tới: ${p.to}${cc}\nTiêu đề: ${p.subject}\n` +
      `Tệp: ${attachmentText(p.signedCopy)}.\n(Hạn mức thư còn lại hôm nay: ${p.quota})`;
    if (ui.alert("Gửi báo cáo", ask, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    let resend = false;
    if (p.sentBefore) {
      const again = resendQuestion(p.period, p.sentBefore);
      if (ui.alert("Gửi lại báo cáo", again, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
        // The user's "no" is the send-once guard at work: logged as a period not sent again.
        appendLog(ss, { action: "Gửi báo cáo", period: p.period, result: notResent(p).result });
        return null;
      }
      resend = true;
    }
    return sentText(sendReport(ss, period, { send: true, resend, unsigned }));
  });
}

/** "Kiểm tra cài đặt": the checklist in a dialog, each failed line with its fix. */
export function menuSetupCheck(): void {
  // Its first line reports the permissions itself.
  fromMenu("Kiểm tra cài đặt", "Kiểm tra cài đặt", [], (ss, ui) => {
    const html = HtmlService.createHtmlOutput(setupChecksHtml(checkedAndLogged(ss)))
      .setWidth(560)
      .setHeight(460);
    ui.showModalDialog(html, "Kiểm tra cài đặt PAPI");
    return null;
  });
}

export function menuShowLog(): void {
  fromMenu("Nhật ký", "Xem nhật ký", [SCOPE.sheets], (ss) => {
    const sheet = planSheet(ss, LOG.name);
    if (!sheet) return "Chưa có thao tác nào được ghi.";
    ss.setActiveSheet(sheet);
    return null;
  });
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
