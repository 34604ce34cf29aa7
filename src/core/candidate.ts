/** Checks a progress update typed in the sidebar exactly as the checker would check it in the sheet. */
import { readPlan } from "./check";
import type { Issue } from "./issues";
import { UPDATES, type UpdateKey } from "./schema";
import { findSheet, locateHeader, type RawWorkbook } from "./table";

export interface Candidate {
  /** The sheet row the update would take. */
  row: number;
  /** The row's cells, in the sheet's own column order. */
  cells: unknown[];
  /** Problems of that row only; errors keep it out of the sheet. */
  issues: Issue[];
  /** The schema key of each issue's column, for showing it next to its field. */
  fields: (UpdateKey | null)[];
}

export function checkCandidateUpdate(
  workbook: RawWorkbook,
  values: Partial<Record<UpdateKey, unknown>>,
  fallbackYear: number,
): Candidate | undefined {
  const raw = findSheet(workbook, UPDATES.name);
  if (!raw) return undefined;
  const header = locateHeader(raw.rows, UPDATES);
  if (!header) return undefined;
  const width = Math.max(
    raw.rows[header.row]?.length ?? 0,
    ...Object.values(header.index).map((i) => Number(i) + 1),
  );
  const cells: unknown[] = Array.from({ length: width }, () => "");
  for (const column of UPDATES.columns) {
    const i = header.index[column.key];
    if (i !== undefined) cells[i] = values[column.key] ?? "";
  }
  const row = raw.rows.length + 1;
  const trial: RawWorkbook = {
    ...workbook,
    sheets: workbook.sheets.map((s) => (s === raw ? { ...s, rows: [...s.rows, cells] } : s)),
  };
  const issues = readPlan(trial, { fallbackYear }).issues.filter(
    (i) => i.sheet === UPDATES.name && i.row === row,
  );
  const fields = issues.map((i) => UPDATES.columns.find((c) => c.header === i.column)?.key ?? null);
  return { row, cells, issues, fields };
}
