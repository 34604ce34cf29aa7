/**
 * "Tạo báo cáo": read the spreadsheet in one call, then build the period's report and appendix as
 * new hidden sheets and swap them in. The Sheets API applies a batch atomically (one invalid request
 * and nothing is applied), and the swap (show the new sheets, delete the old ones, log) is always
 * one batch, so a failure leaves the old report as it was. A report up to about 1,700 tasks is one
 * batch in all; a larger one is built over several batches of at most 2 MB (batches.ts), and if one
 * of them fails the sheets they added are deleted again.
 */
import { lastOf } from "../core/arrays";
import { leftOutText, prepareReport } from "../core/engine";
import { appendixSheetName, reportSheetName } from "../core/export";
import { parsePeriodCode } from "../core/periods";
import { summarizeScores } from "../core/scores";
import type { GenerateResult } from "../core/sidebar-api";
import { BATCH_BYTES, packBatches } from "./batches";
import { type Clock, Deadline } from "./clock";
import { currentUser, todayIn } from "./context";
import { UserError } from "./errors";
import { chartRequest, sheetRequests } from "./grid-writer";
import { withDocumentLock } from "./lock";
import { RESULT_OK } from "./log";
import { logRequests } from "./log-requests";
import { readSpreadsheet, type SheetMeta, sameTitle, sheetsApi, stampIn } from "./read-api";
import { scoresChartRequests } from "./scores-chart";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { GenerateResult };

export interface GenerateOptions {
  /** Replace the period's report sheets if they exist. */
  replace: boolean;
  /** Make the report although the data has errors (rows with errors are left out). */
  force: boolean;
  /** The largest request to send, in bytes (default Google's recommended 2 MB). */
  batchBytes?: number;
  /** What tells the time (a fake one in tests): the run stops itself before Apps Script's limit. */
  clock?: Clock;
}

/**
 * Titles of sheets still being built. One left by a run that Apps Script stopped half-way (the
 * 6-minute limit) is deleted by the next report.
 */
const STAGING = "~PAPI đang tạo ";

type Request = GoogleAppsScript.Sheets.Schema.Request;

export function generateReport(
  ss: Spreadsheet,
  periodCode: string,
  options: GenerateOptions,
): GenerateResult {
  const period = parsePeriodCode(periodCode);
  if (!period)
    throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ (ví dụ 2020-Q1, 2020-H1, 2020-9M, 2020-Y).`);
  const deadline = new Deadline(options.clock);
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
    const built = report.grids.map((grid, i) => ({
      grid,
      id: i === 0 ? mainId : (ids[i - 1] ?? 0),
      title: names[i] ?? grid.name,
    }));
    const build = [
      ...book.sheets.filter((s) => s.title.startsWith(STAGING)).map((s) => deleteSheet(s.id)),
      ...built.flatMap(({ grid, id }, i) => [
        ...sheetRequests(grid, id, `${STAGING}${id}`),
        ...(i === 0 ? chartRequest(grid, id) : []),
      ]),
    ];
    const swap: Request[] = [
      ...built.map(({ id }) => sheetProperties({ sheetId: id, hidden: false }, "hidden")),
      ...existing.map((s) => deleteSheet(s.id)),
      ...built.map(({ id, title }) => sheetProperties({ sheetId: id, title }, "title")),
      // The Điểm PAPI sheet's chart, whatever the period: it is replaced with the report, or not at all.
      ...scoresChartRequests(book, summarizeScores(report.plan.scores, report.model.period.year)),
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
        lastOf(ids) ?? 0,
      ),
    ];
    deadline.stopIfLate(() => `Chưa tạo gì; ${KEPT} Hãy chạy lại Tạo báo cáo.`);
    sendBatches(spreadsheetId, packBatches(build, swap, options.batchBytes ?? BATCH_BYTES), deadline);
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
      reportDate: report.reportDateLine,
    };
  });
}

/**
 * Sends the batches in order. When one fails, the sheets the batches before it added are deleted
 * (in one more call; if that fails too, the next report deletes them), and the error goes on.
 */
function sendBatches(spreadsheetId: string, batches: Request[][], deadline: Deadline): void {
  const api = sheetsApi().Spreadsheets;
  const added: number[] = [];
  try {
    for (const requests of batches) {
      // Out of time between batches: the sheets added so far are deleted below, like after a failure.
      if (added.length > 0)
        deadline.stopIfLate(
          () =>
            `Báo cáo mới chưa xong và các trang đang tạo dở đã được xoá; ${KEPT} Hãy chạy lại Tạo báo cáo.`,
        );
      api?.batchUpdate({ requests }, spreadsheetId);
      for (const r of requests)
        if (r.addSheet?.properties?.hidden) added.push(r.addSheet.properties.sheetId ?? 0);
    }
  } catch (error) {
    if (added.length > 0)
      try {
        api?.batchUpdate({ requests: added.map(deleteSheet) }, spreadsheetId);
      } catch {
        // Left hidden under STAGING titles; the next report deletes them.
      }
    throw error;
  }
}

const deleteSheet = (sheetId: number): Request => ({ deleteSheet: { sheetId } });

const KEPT = "báo cáo cũ của kỳ này (nếu có) vẫn giữ nguyên.";

const sheetProperties = (
  properties: GoogleAppsScript.Sheets.Schema.SheetProperties,
  fields: string,
): Request => ({ updateSheetProperties: { properties, fields } });

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
