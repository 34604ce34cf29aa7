/** "Kiểm tra dữ liệu" and the check on edit: the core checker, with its problems marked in the sheets. */
import { validateWorkbook } from "../core/engine";
import type { Issue } from "../core/issues";
import { PLAN_SHEETS } from "../core/schema";
import { normalizeKey } from "../core/text";
import { type Book, knownOf, readBook } from "./book";
import { todayIn } from "./context";
import { readForEdit } from "./edit-read";
import { appendLog, RESULT_OK } from "./log";
import { markIssues } from "./marks";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckResult {
  errors: number;
  warnings: number;
  issues: Issue[];
}

/** The full check, from one Sheets API read (`book`, when the caller has read already). */
export function checkWorkbook(ss: Spreadsheet, book: Book = readBook(ss)): CheckResult {
  const v = validateWorkbook(book.workbook, todayIn(book.timeZone));
  markIssues(ss, book.workbook, v.issues);
  appendLog(
    ss,
    { action: "Kiểm tra dữ liệu", result: `${RESULT_OK}: ${v.errors} lỗi, ${v.warnings} cảnh báo` },
    knownOf(book),
  );
  return { errors: v.errors, warnings: v.warnings, issues: v.issues };
}

/**
 * Re-checks after an edit and re-marks only the edited rows; returns their problems. onEdit is a simple
 * trigger, which may not call the Sheets advanced service: it reads through SpreadsheetApp, and only the
 * edited rows and what the rules on them need (readForEdit), whatever the plan's size.
 */
export function checkEditedRows(ss: Spreadsheet, range: GoogleAppsScript.Spreadsheet.Range): Issue[] {
  const sheet = range.getSheet();
  const name = sheet.getName();
  const spec = PLAN_SHEETS.find((s) => normalizeKey(s.name) === normalizeKey(name));
  if (!spec) return [];
  const first = range.getRow();
  const rows = new Set(Array.from({ length: range.getNumRows() }, (_, i) => first + i));
  const workbook = readForEdit(ss, sheet, spec, [...rows]);
  const v = validateWorkbook(workbook, todayIn(workbook.timeZone));
  markIssues(ss, workbook, v.issues, { sheet: name, rows, edited: sheet });
  return v.issues.filter((i) => i.sheet === spec.name && i.row !== null && rows.has(i.row));
}
