/** The `Nhật ký` sheet: one row per action (setup, check, generate, export, send, each failure). */
import { cellText } from "../core/cells";
import { LOG } from "../core/schema";
import type { LogRow } from "../core/sidebar-api";
import { cellOf, forEachDataRow, type RawSheet, readTable } from "../core/table";
import type { Book, Known } from "./book";
import { currentUser, stamp, zoneOf } from "./context";
import { stampIn } from "./read-api";
import { retryOnce } from "./retry";
import { rowsAt } from "./rows";
import { planSheet } from "./workbook";

export interface LogEntry {
  action: string;
  period?: string;
  link?: string;
  recipients?: string;
  result: string;
}

export type { LogRow };

export const RESULT_OK = "Thành công";
export const RESULT_FAILED = "Thất bại";
/** A period already sent that was not sent again: the send-once guard doing its work, not a failure. */
export const RESULT_NOT_RESENT = "Không gửi lại";
/** A send recorded before its mail goes; it becomes RESULT_OK (or a failure) once the mail went (or did not). */
export const RESULT_PENDING = "Đang gửi (chưa ghi nhận hoàn tất)";

/**
 * The log sheet, created if missing. With what the action knows, it is found by its title once (one
 * call) and kept for the action's next rows; without (a failure logged before anything was read) every
 * sheet's name is compared.
 */
function logSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  known: Known | undefined,
): GoogleAppsScript.Spreadsheet.Sheet {
  if (known?.sheet) return known.sheet;
  const sheet = findOrCreateLog(ss, known?.logTitle);
  if (known) known.sheet = sheet;
  return sheet;
}

function findOrCreateLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  title: string | undefined,
): GoogleAppsScript.Spreadsheet.Sheet {
  const found = title === undefined ? planSheet(ss, LOG.name) : ss.getSheetByName(title);
  if (found) return found;
  const sheet = ss.insertSheet(LOG.name);
  try {
    const headers = LOG.columns.map((c) => c.header);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight("bold");
    sheet.setFrozenRows(1);
    LOG.columns.forEach((c, i) => {
      sheet.setColumnWidth(i + 1, c.width);
    });
    sheet.protect().setWarningOnly(true).setDescription("Nhật ký do PAPI ghi tự động; không nên sửa tay.");
  } catch (error) {
    // A log without its header row would lose its first rows to the reader: the next try starts afresh.
    try {
      ss.deleteSheet(sheet);
    } catch {
      // The original failure is what matters.
    }
    throw error;
  }
  return sheet;
}

/**
 * Appends one row, written as text so nothing in it can become a formula; returns its row number.
 * `known`: what the action already read (time zone, user, the log's title), so none is asked again.
 */
export function appendLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entry: LogEntry,
  known?: Known,
): number {
  return appendLogs(ss, [entry], known);
}

/**
 * Appends one row per entry (at least one) with one write, whatever their number (one per reminder
 * mail); returns the first row's number.
 */
export function appendLogs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: readonly LogEntry[],
  known?: Known,
): number {
  const sheet = logSheet(ss, known);
  const time = known ? stampIn(known.timeZone) : stamp(zoneOf(ss), "dd/MM/yyyy HH:mm:ss");
  const user = known ? known.user() : currentUser();
  const values = entries.map((entry) => {
    const row: Record<string, string> = {
      time,
      user,
      action: entry.action,
      period: entry.period ?? "",
      link: entry.link ?? "",
      recipients: entry.recipients ?? "",
      result: entry.result,
    };
    return LOG.columns.map((c) => row[c.key] ?? "");
  });
  // The record of a send must not be lost to a passing service error.
  // Writing is the step's last call: a retry never appends the same rows twice.
  return retryOnce(() => {
    const first = sheet.getLastRow() + 1;
    rowsAt(sheet, first, values.length, LOG.columns.length).setNumberFormat("@").setValues(values);
    return first;
  });
}

/** Rewrites the result of the row `appendLog` returned (a pending send that completed or failed). */
export function setLogResult(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: number,
  result: string,
  known?: Known,
): void {
  const col = LOG.columns.findIndex((c) => c.key === "result") + 1;
  retryOnce(() =>
    logSheet(ss, known)
      .getRange(row, col)
      .setValues([[result]]),
  );
}

/** Every row of the log, oldest first, read by the schema like any plan sheet; an absent log is empty. */
export function logOf(book: Book): LogRow[] {
  return book.log ? logRows(book.log, book.timeZone) : [];
}

function logRows(raw: RawSheet, timeZone: string): LogRow[] {
  const { table } = readTable(raw, LOG);
  if (!table) return [];
  const text = (cells: unknown[], key: (typeof LOG.columns)[number]["key"]) =>
    cellText(cellOf(table, cells, key), timeZone);
  const rows: LogRow[] = [];
  forEachDataRow(table, (_row, cells) => {
    rows.push({
      time: text(cells, "time"),
      user: text(cells, "user"),
      action: text(cells, "action"),
      period: text(cells, "period"),
      link: text(cells, "link"),
      recipients: text(cells, "recipients"),
      result: text(cells, "result"),
    });
  });
  return rows;
}
