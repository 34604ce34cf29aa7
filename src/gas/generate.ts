/**
 * "Tạo báo cáo": read the spreadsheet in one call, then one Sheets API batchUpdate that adds the
 * period's report and appendix sheets, fills and formats them, deletes the old ones it replaces and
 * appends the log row. The API applies a batch atomically (one invalid request and nothing is
 * applied), so a failure leaves the old report as it was: no temporary sheets, no rollback.
 */
import { leftOutText, prepareReport } from "../core/engine";
import { appendixSheetName, reportSheetName } from "../core/export";
import { parsePeriodCode } from "../core/periods";
import type { GenerateResult } from "../core/sidebar-api";
import { currentUser, todayIn } from "./context";
import { UserError } from "./errors";
import { chartRequest, sheetRequests } from "./grid-writer";
import { withDocumentLock } from "./lock";
import { RESULT_OK } from "./log";
import { logRequests } from "./log-requests";
import { readSpreadsheet, type SheetMeta, sheetsApi, stampIn } from "./read-api";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { GenerateResult };

export interface GenerateOptions {
  /** Replace the period's report sheets if they exist. */
  replace: boolean;
  /** Make the report although the data has errors (rows with errors are left out). */
  force: boolean;
}

export function generateReport(
  ss: Spreadsheet,
  periodCode: string,
  options: GenerateOptions,
): GenerateResult {
  const period = parsePeriodCode(periodCode);
  if (!period)
    throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ (ví dụ 2020-Q1, 2020-H1, 2020-9M, 2020-Y).`);
  return withDocumentLock(() => {
    const spreadsheetId = ss.getId();
    const book = readSpreadsheet(spreadsheetId);
    const report = prepareReport(book.workbook, periodCode, todayIn(book.timeZone));
    const code = report.model.period.code;
    if (report.errors > 0 && !options.force)
      return { status: "hasErrors", period: code, errors: report.errors };
    const names = [reportSheetName(period), appendixSheetName(period)];
    const existing = book.sheets.filter((s) => names.some((n) => sameTitle(s.title, n)));
    if (existing.length > 0 && !options.replace)
      return { status: "exists", period: code, sheets: existing.map((s) => s.title) };

    const [mainId = 0, ...ids] = freshSheetIds(book.sheets, report.grids.length + 1);
    const url = `${book.url}#gid=${mainId}`;
    const requests = [
      ...existing.map((s) => ({ deleteSheet: { sheetId: s.id } })),
      ...report.grids.flatMap((grid, i) => {
        const id = i === 0 ? mainId : (ids[i - 1] ?? 0);
        return [
          ...sheetRequests(grid, id, names[i] ?? grid.name),
          ...(i === 0 ? chartRequest(grid, id) : []),
        ];
      }),
      ...logRequests(
        book.sheets,
        {
          time: stampIn(book.timeZone),
          user: currentUser(),
          action: "Tạo báo cáo",
          period: code,
          link: url,
          result: RESULT_OK,
        },
        ids.at(-1) ?? 0,
      ),
    ];
    sheetsApi().Spreadsheets?.batchUpdate({ requests }, spreadsheetId);
    // Show the new report; the batch cannot, as the API has no notion of the active sheet.
    ss.getSheetByName(names[0] ?? "")?.activate();
    return {
      status: "done",
      period: code,
      sheet: names[0] ?? "",
      url,
      groups: report.model.groups,
      totals: report.model.totals,
      warnings: report.warnings,
      leftOut: leftOutText(report.issues),
    };
  });
}

/** Sheets compares sheet names without regard to case. */
function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Ids for new sheets that no sheet has: the API takes our ids, so the link to the report is known
 * before the batch and the log row can carry it. Random, so two users' batches rarely pick the same.
 */
function freshSheetIds(sheets: SheetMeta[], count: number): number[] {
  const used = new Set(sheets.map((s) => s.id));
  const ids: number[] = [];
  while (ids.length < count) {
    const id = 1 + Math.floor(Math.random() * 2_000_000_000);
    if (!used.has(id)) {
      used.add(id);
      ids.push(id);
    }
  }
  return ids;
}
