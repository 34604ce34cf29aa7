/** Where an issue sits in the workbook, so the add-on can mark that cell. */
import type { Issue } from "./issues";
import { PLAN_SHEETS, type SheetSpec } from "./schema";
import { findSheet, locateHeader, type RawWorkbook } from "./table";
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
  const sheets = new Map<string, { name: string; columns: Map<string, number> }>();
  for (const spec of PLAN_SHEETS) {
    const raw = findSheet(workbook, spec.name);
    if (raw) sheets.set(spec.name, { name: raw.name, columns: headerColumns(raw.rows, spec) });
  }
  const cells = new Map<Issue, CellRef>();
  for (const issue of issues) {
    const sheet = sheets.get(issue.sheet);
    if (!sheet || issue.row === null) continue;
    const col = issue.column === null ? 1 : sheet.columns.get(normalizeKey(issue.column));
    if (col !== undefined) cells.set(issue, { sheet: sheet.name, row: issue.row, col });
  }
  return cells;
}

/** The 1-based column of each schema header found in a sheet's header row, by normalised header. */
export function headerColumns(rows: unknown[][], spec: SheetSpec): Map<string, number> {
  const header = locateHeader(rows, spec);
  const columns = new Map<string, number>();
  for (const c of spec.columns) {
    const i = (header?.index as Record<string, number | undefined> | undefined)?.[c.key];
    if (i !== undefined) columns.set(normalizeKey(c.header), i + 1);
  }
  return columns;
}
