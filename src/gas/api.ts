/**
 * What the sidebar calls through google.script.run. Every function answers plain data (Dates as ISO
 * strings) wrapped in an outcome, so a failure reaches the sidebar as a Vietnamese message.
 */

import { checkCandidateUpdate, formUpdateValues } from "../core/candidate";
import { DIMENSIONS } from "../core/catalogue";
import { isoDay, ymd } from "../core/day";
import { prepareReport } from "../core/engine";
import { headerColumns } from "../core/locate";
import { defaultPeriodCode, PERIOD_KINDS, periodCode, periodLabel } from "../core/periods";
import { CUTOFF_MODES, PLAN_SHEETS, UPDATES } from "../core/schema";
import { dashboardScore, summarizeScores } from "../core/scores";
import type {
  AddUpdateResult,
  Dashboard,
  NewUpdate,
  Outcome,
  RemindPreview,
  RemindResult,
  SendResult,
  SetupCheck,
  UploadResult,
} from "../core/sidebar-api";
import { percentDone } from "../core/status";
import { HEADER_SEARCH_ROWS } from "../core/table";
import { normalizeKey } from "../core/text";
import { unitStatuses, unitsOfUser } from "../core/units";
import { sidebarAction } from "./actions";
import { knownOf, readBook, settingsOf, sheetOf } from "./book";
import { currentUser, todayIn } from "./context";
import { UserError } from "./errors";
import { exportDocx } from "./export-docx";
import { type ExportedFile, exportReport } from "./export-pdf";
import { type GenerateResult, generateReport } from "./generate";
import { withDocumentLock } from "./lock";
import { appendLog, logOf, RESULT_OK } from "./log";
import { midnightIn } from "./read-api";
import { previewReminders, sendReminders } from "./reminders";
import { rowsAt } from "./rows";
import { NEEDS, SCOPE } from "./scopes";
import { checkedAndLogged } from "./self-check";
import { previewSend, type SendPreview, sendReport } from "./send";
import { UPLOAD_ACTION, uploadSignedCopy } from "./upload";
import { planSheet } from "./workbook";

/** At most this many problems travel to the sidebar; the count says how many there are in all. */
const SIDEBAR_ISSUES = 200;

export function apiDashboard(code?: string): Outcome<Dashboard> {
  return sidebarAction("Mở bảng điều khiển", code, NEEDS.read, (ss) => {
    const book = readBook(ss);
    const today = todayIn(book.timeZone);
    const settings = settingsOf(book);
    const year = settings.year ?? ymd(today).year;
    const r = prepareReport(
      book.workbook,
      code || defaultPeriodCode(year, today, settings.cutoffMode),
      today,
    );
    const p = r.model.period;
    // Whatever the period, the sidebar shows the scores published before the plan year.
    const scores = summarizeScores(r.plan.scores, year);
    const group = (c: (typeof r.model.groups)[number]) => ({
      group: c.group,
      name: DIMENSIONS[c.group - 1]?.vn ?? "",
      total: c.total,
      done: c.done,
      inProgress: c.inProgress,
      notStarted: c.notStarted,
      overdue: c.overdue,
      percent: percentDone(c),
      score: dashboardScore(scores, c.group),
    });
    const s = r.plan.settings;
    const units = unitStatuses(r.plan, p);
    return {
      plan: { agency: s.agency, planNumber: s.planNumber, year, cutoffMode: CUTOFF_MODES[s.cutoffMode] },
      period: { code: p.code, label: periodLabel(p), start: isoDay(p.start), end: isoDay(p.end) },
      periods: PERIOD_KINDS.map((k) => ({
        code: periodCode(year, k),
        label: periodLabel({ year, kind: k }),
      })),
      groups: r.model.groups.map(group),
      totals: (({ group: _g, name: _n, score: _s, ...rest }) => rest)(group({ group: 0, ...r.model.totals })),
      errors: r.errors,
      warnings: r.warnings,
      issues: r.issues.slice(0, SIDEBAR_ISSUES),
      tasks: r.plan.tasks.map((t) => ({ id: t.id, content: t.content, group: t.group, unit: t.lead })),
      units,
      myUnits: unitsOfUser(units, currentUser()),
      log: logOf(book).slice(-5).reverse(),
      today: isoDay(today),
    };
  });
}

/** Checks the update with the core, then appends it as one row; nothing is written when it has errors. */
export function apiAddUpdate(input: NewUpdate): Outcome<AddUpdateResult> {
  return sidebarAction("Cập nhật tiến độ", undefined, NEEDS.read, (ss) =>
    withDocumentLock(() => {
      const book = readBook(ss);
      const known = knownOf(book);
      const timeZone = book.timeZone;
      const title = sheetOf(book, UPDATES.name)?.title;
      const sheet = title === undefined ? null : ss.getSheetByName(title);
      if (!sheet)
        throw new UserError(`Chưa có trang "${UPDATES.name}". Hãy chạy "Thiết lập / sửa bảng tính".`);
      const values = formUpdateValues(input, known.user(), (day) => midnightIn(day, timeZone));
      const candidate = checkCandidateUpdate(book.workbook, values, ymd(todayIn(timeZone)).year);
      if (!candidate)
        throw new UserError(
          `Trang "${UPDATES.name}" chưa có dòng tiêu đề. Hãy chạy "Thiết lập / sửa bảng tính".`,
        );
      const errors = candidate.issues.filter((i) => i.severity === "error");
      if (errors.length > 0)
        return {
          added: false,
          errors: errors.map((e) => ({
            field: candidate.fields[candidate.issues.indexOf(e)] ?? null,
            message: e.message,
          })),
        };
      const range = rowsAt(sheet, candidate.row, 1, candidate.cells.length);
      range.setNumberFormats([
        candidate.cells.map((c) => (c instanceof Date ? "dd/mm/yyyy" : typeof c === "number" ? "0" : "@")),
      ]);
      range.setValues([candidate.cells]);
      appendLog(
        ss,
        { action: "Cập nhật tiến độ", result: `${RESULT_OK}: nhiệm vụ ${input.taskId}, ${values.progress}%` },
        known,
      );
      return { added: true, row: candidate.row, warnings: candidate.issues.map((i) => i.message) };
    }),
  );
}

export function apiGenerate(code: string, replace: boolean, force: boolean): Outcome<GenerateResult> {
  return sidebarAction("Tạo báo cáo", code, NEEDS.read, (ss) => generateReport(ss, code, { replace, force }));
}

export function apiExportPdf(
  code: string,
): Outcome<{ period: string; reportDate: string; files: ExportedFile[]; notices: string[] }> {
  return sidebarAction("Xuất PDF", code, NEEDS.export, (ss) =>
    withDocumentLock(() => {
      const { period, reportDate, files, notices } = exportReport(ss, code);
      return { period, reportDate, files, notices };
    }),
  );
}

/** The period's .docx, filed beside its PDF: the sidebar links it, and Drive opens it in Google Docs. */
export function apiExportDocx(code: string): Outcome<{ period: string; files: ExportedFile[] }> {
  return sidebarAction("Xuất bản Word", code, NEEDS.export, (ss) =>
    withDocumentLock(() => {
      const { period, files } = exportDocx(ss, code);
      return { period, files };
    }),
  );
}

export function apiPreviewSend(code: string): Outcome<SendPreview> {
  // The send's own scopes, asked before the user answers any question about it.
  return sidebarAction("Gửi báo cáo", code, NEEDS.send, (ss) => previewSend(ss, code));
}

/** `unsigned`: the user said yes to sending the unsigned draft, there being no signed copy. */
export function apiSend(code: string, resend: boolean, unsigned: boolean): Outcome<SendResult> {
  return sidebarAction("Gửi báo cáo", code, NEEDS.send, (ss) =>
    sendReport(ss, code, { send: true, resend, unsigned: unsigned === true }),
  );
}

/** The signed PDF (base64) checked and filed in the report folder for the period. */
export function apiUploadSigned(code: string, fileName: string, base64: string): Outcome<UploadResult> {
  return sidebarAction(UPLOAD_ACTION, code, NEEDS.export, (ss) =>
    uploadSignedCopy(ss, code, fileName, base64),
  );
}

/** The units a reminder would mail for the period, and the quota, before asking. */
export function apiPreviewRemind(code: string): Outcome<RemindPreview> {
  return sidebarAction("Nhắc đơn vị cập nhật", code, NEEDS.remind, (ss) => previewReminders(ss, code));
}

/** Sends the reminders once the user confirmed; `again` includes units already reminded today. */
export function apiRemind(code: string, again: boolean): Outcome<RemindResult> {
  return sidebarAction("Nhắc đơn vị cập nhật", code, NEEDS.remind, (ss) => sendReminders(ss, code, again));
}

/** "Kiểm tra cài đặt" from the sidebar: the checklist, logged like every action. */
export function apiSetupChecks(): Outcome<SetupCheck[]> {
  // Its first line reports the permissions itself.
  return sidebarAction("Kiểm tra cài đặt", undefined, [], (ss) => checkedAndLogged(ss));
}

/** Selects a problem's cell (or its row, or its sheet) so the user can fix it. */
export function apiSelectCell(sheetName: string, row: number | null, column: string | null): Outcome<string> {
  return sidebarAction("Chọn ô", undefined, [SCOPE.sheets], (ss) => {
    const spec = PLAN_SHEETS.find((s) => s.name === sheetName);
    const sheet = planSheet(ss, sheetName);
    if (!sheet) throw new UserError(`Không có trang "${sheetName}".`);
    ss.setActiveSheet(sheet);
    if (row === null) return sheet.getName();
    let col = 1;
    if (column && spec) {
      const top = sheet.getRange(
        1,
        1,
        Math.min(HEADER_SEARCH_ROWS, Math.max(sheet.getLastRow(), 1)),
        Math.max(sheet.getLastColumn(), 1),
      );
      col = headerColumns(top.getValues(), spec).get(normalizeKey(column)) ?? 1;
    }
    const range = sheet.getRange(row, col);
    range.activate();
    return range.getA1Notation();
  });
}
