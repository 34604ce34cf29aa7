/** Checks a progress update typed in the sidebar exactly as the checker would check it in the sheet. */
import { parseDay } from "./cells";
import { readPlan } from "./check";
import type { Day } from "./day";
import type { Issue } from "./issues";
import { UPDATES, type UpdateKey } from "./schema";
import type { NewUpdate } from "./sidebar-api";
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

/**
 * The sidebar's update form as the cells of a `Tiến độ` row: the date picker's `yyyy-mm-dd` becomes a date
 * cell (made by `dateCell`, in the sheet's zone), a plain number typed as progress a number; anything else
 * stays the text typed, so the checker names it exactly as it would in the sheet.
 */
export function formUpdateValues(
  input: NewUpdate,
  updatedBy: string,
  dateCell: (day: Day) => unknown,
): Partial<Record<UpdateKey, unknown>> {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? parseDay(input.date, "UTC") : undefined;
  const progress = /^\s*\d+([.,]\d+)?\s*$/.test(input.progress)
    ? Number(input.progress.replace(",", "."))
    : input.progress;
  return {
    taskId: input.taskId,
    date: day?.ok ? dateCell(day.value) : input.date,
    progress,
    result: input.result,
    evidence: input.evidence,
    updatedBy,
  };
}
