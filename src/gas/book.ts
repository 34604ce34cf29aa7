/**
 * What an action reads once and passes down: the whole spreadsheet from one Sheets API call, and the
 * facts a log row needs (time zone, user, the log's title), so no step asks Google for them again.
 * Only for code that runs with full authorisation: a simple trigger (onEdit) cannot call advanced
 * services and reads through SpreadsheetApp (workbook.ts).
 */
import type { Settings } from "../core/plan";
import { LOG, SETTINGS_SHEET } from "../core/schema";
import { readSettings } from "../core/settings";
import { findSheet } from "../core/table";
import { normalizeKey } from "../core/text";
import { currentUser } from "./context";
import { readSpreadsheet, type SheetMeta, type SpreadsheetRead } from "./read-api";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Book = SpreadsheetRead;

/** The spreadsheet in two calls: its id, then one Sheets API read. */
export function readBook(ss: Spreadsheet): Book {
  return readSpreadsheet(ss.getId());
}

/** The settings, from the `Cấu hình` sheet of the read. */
export function settingsOf(book: Book): Settings {
  return readSettings(findSheet(book.workbook, SETTINGS_SHEET.name), book.timeZone).settings;
}

/** A sheet of the read by the schema's name, tolerant of case and Unicode form like the checker. */
export function sheetOf(book: Book, name: string): SheetMeta | undefined {
  const key = normalizeKey(name);
  return book.sheets.find((s) => normalizeKey(s.title) === key);
}

/** What writing a log row needs, known once per action; the user's e-mail is asked at most once. */
export interface Known {
  timeZone: string;
  /** The log sheet's title: the one read, or the one appendLog creates. */
  logTitle: string;
  user: () => string;
  /** The log sheet once found or created, for the action's next rows. */
  sheet?: GoogleAppsScript.Spreadsheet.Sheet;
}

export function knownOf(book: Book): Known {
  let user: string | undefined;
  return {
    timeZone: book.timeZone,
    logTitle: book.log?.name ?? LOG.name,
    user: () => {
      user ??= currentUser();
      return user;
    },
  };
}
