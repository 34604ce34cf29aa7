/** The `Nhật ký` sheet: one row per action (setup, check, generate, export, send, each failure). */
import { LOG } from "../core/schema";
import type { LogRow } from "../core/sidebar-api";
import { normalizeKey } from "../core/text";
import { currentUser, stamp, zoneOf } from "./context";
import { retryOnce } from "./retry";
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

function logSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const found = planSheet(ss, LOG.name);
  if (found) return found;
  const sheet = ss.insertSheet(LOG.name);
  const headers = LOG.columns.map((c) => c.header);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight("bold");
  sheet.setFrozenRows(1);
  LOG.columns.forEach((c, i) => {
    sheet.setColumnWidth(i + 1, c.width);
  });
  sheet.protect().setWarningOnly(true).setDescription("Nhật ký do PAPI ghi tự động; không nên sửa tay.");
  return sheet;
}

/** Appends one row, written as text so nothing in it can become a formula. */
export function appendLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, entry: LogEntry): void {
  const sheet = logSheet(ss);
  const row: Record<string, string> = {
    time: stamp(zoneOf(ss), "dd/MM/yyyy HH:mm:ss"),
    user: currentUser(),
    action: entry.action,
    period: entry.period ?? "",
    link: entry.link ?? "",
    recipients: entry.recipients ?? "",
    result: entry.result,
  };
  const values = [LOG.columns.map((c) => row[c.key] ?? "")];
  // The record of a send must not be lost to a passing service error.
  retryOnce(() =>
    sheet
      .getRange(sheet.getLastRow() + 1, 1, 1, LOG.columns.length)
      .setNumberFormat("@")
      .setValues(values),
  );
}

/** Every row of the log, oldest first; an absent log is empty. */
export function readLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): LogRow[] {
  const sheet = planSheet(ss, LOG.name);
  if (!sheet) return [];
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const index = new Map(header.map((h, i) => [normalizeKey(String(h)), i]));
  const cell = (row: unknown[], key: string) => {
    const column = LOG.columns.find((c) => c.key === key);
    const i = column ? index.get(normalizeKey(column.header)) : undefined;
    return i === undefined ? "" : String(row[i] ?? "");
  };
  return rows
    .filter((r) => r.some((v) => v !== ""))
    .map((r) => ({
      time: cell(r, "time"),
      user: cell(r, "user"),
      action: cell(r, "action"),
      period: cell(r, "period"),
      link: cell(r, "link"),
      recipients: cell(r, "recipients"),
      result: cell(r, "result"),
    }));
}
