/** "Kiểm tra dữ liệu" and the check on edit: the core checker, with its problems marked in the sheets. */
import { validateWorkbook } from "../core/engine";
import type { Issue } from "../core/issues";
import { PLAN_SHEETS } from "../core/schema";
import { normalizeKey } from "../core/text";
import { todayIn, zoneOf } from "./context";
import { appendLog, RESULT_OK } from "./log";
import { markIssues } from "./marks";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckResult {
  errors: number;
  warnings: number;
  issues: Issue[];
}

export function checkWorkbook(ss: Spreadsheet): CheckResult {
  const workbook = readWorkbook(ss);
  const v = validateWorkbook(workbook, todayIn(zoneOf(ss)));
  markIssues(ss, workbook, v.issues);
  appendLog(ss, {
    action: "Kiểm tra dữ liệu",
    result: `${RESULT_OK}: ${v.errors} lỗi, ${v.warnings} cảnh báo`,
  });
  return { errors: v.errors, warnings: v.warnings, issues: v.issues };
}

/** Re-checks after an edit and re-marks only the edited rows; returns their problems. */
export function checkEditedRows(ss: Spreadsheet, range: GoogleAppsScript.Spreadsheet.Range): Issue[] {
  const sheet = range.getSheet();
  const name = sheet.getName();
  const spec = PLAN_SHEETS.find((s) => normalizeKey(s.name) === normalizeKey(name));
  if (!spec) return [];
  const first = range.getRow();
  const rows = new Set(Array.from({ length: range.getNumRows() }, (_, i) => first + i));
  const workbook = readWorkbook(ss);
  const v = validateWorkbook(workbook, todayIn(zoneOf(ss)));
  markIssues(ss, workbook, v.issues, { sheet: name, rows });
  return v.issues.filter((i) => i.sheet === spec.name && i.row !== null && rows.has(i.row));
}
