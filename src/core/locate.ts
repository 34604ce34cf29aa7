/** Where an issue sits in the workbook, so the add-on can mark that cell. */
import type { Issue } from "./issues";
import { PLAN_SHEETS } from "./schema";
import { findSheet, type RawWorkbook, readTable } from "./table";
import { normalizeKey } from "./text";

export interface CellRef {
  /** The sheet's name as it is in the workbook (it may differ in case or form from the schema's). */
  sheet: string;
  row: number;
  /** 1-based column. */
  col: number;
}

/**
 * The cell of each issue that names a row: its column's cell, or the row's first cell when the issue
 * is about the whole row. Issues about a whole sheet or a missing column have no cell.
 */
export function issueCells(workbook: RawWorkbook, issues: readonly Issue[]): Map<Issue, CellRef> {
  const columns = new Map<string, { name: string; index: Map<string, number> }>();
  for (const spec of PLAN_SHEETS) {
    const raw = findSheet(workbook, spec.name);
    if (!raw) continue;
    const { table } = readTable(raw, spec);
    const index = new Map<string, number>();
    for (const c of spec.columns) {
      const i = table?.index[c.key];
      if (i !== undefined) index.set(normalizeKey(c.header), i + 1);
    }
    columns.set(spec.name, { name: raw.name, index });
  }
  const cells = new Map<Issue, CellRef>();
  for (const issue of issues) {
    const sheet = columns.get(issue.sheet);
    if (!sheet || issue.row === null) continue;
    const col = issue.column === null ? 1 : sheet.index.get(normalizeKey(issue.column));
    if (col !== undefined) cells.set(issue, { sheet: sheet.name, row: issue.row, col });
  }
  return cells;
}
