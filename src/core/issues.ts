/** Problems the checker reports (docs/workbook.md: problems): stable codes, Vietnamese messages naming the place. */

export const ERROR_CODES = [
  "MISSING_SHEET",
  "MISSING_COLUMN",
  "REQUIRED",
  "DUPLICATE_ID",
  "UNKNOWN_GROUP",
  "UNKNOWN_SUBDIMENSION",
  "BAD_DEADLINE",
  "UNKNOWN_TASK",
  "BAD_DATE",
  "BAD_PROGRESS",
  "BAD_SETTING",
  "BAD_EMAIL",
  "BAD_SCORE",
  "DUPLICATE_SCORE",
] as const;

export const WARNING_CODES = [
  "PROGRESS_FRACTION",
  "DEADLINE_OUTSIDE_YEAR",
  "DATE_OUTSIDE_YEAR",
  "PROGRESS_DECREASE",
  "DONE_WITHOUT_EVIDENCE",
  "MISSING_NARRATIVE",
  "UNKNOWN_UNIT",
  "MISSING_SCORE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type IssueCode = ErrorCode | WarningCode;
export type Severity = "error" | "warning";

export interface Issue {
  sheet: string;
  /** The sheet's own 1-based row number, or null when the problem is the whole sheet or a missing row. */
  row: number | null;
  /** The column's header as the schema names it, or null for the whole row or sheet. */
  column: string | null;
  severity: Severity;
  code: IssueCode;
  message: string;
}

function severityOf(code: IssueCode): Severity {
  return (ERROR_CODES as readonly string[]).includes(code) ? "error" : "warning";
}

/** Builds an issue whose message starts with where it is: `Trang "Tiến độ", dòng 7, cột "Tiến độ (%)": …`. */
export function issue(
  code: IssueCode,
  sheet: string,
  row: number | null,
  column: string | null,
  detail: string,
): Issue {
  const where = [`Trang "${sheet}"`];
  if (row !== null) where.push(`dòng ${row}`);
  if (column !== null) where.push(`cột "${column}"`);
  return { sheet, row, column, severity: severityOf(code), code, message: `${where.join(", ")}: ${detail}` };
}

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === "error") errors++;
  return { errors, warnings: issues.length - errors };
}

/** Sheet order, then row, then column: the order a person reads the workbook in. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const rank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...issues].sort((a, b) => rank(a.sheet) - rank(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}
