/** Finding a sheet by name and its columns by header text, wherever staff put them. */
import { type Issue, issue } from "./issues";
import type { SheetSpec } from "./schema";
import { isBlank, normalizeKey } from "./text";

export interface RawSheet {
  name: string;
  /** Every row of the sheet from row 1, as the spreadsheet hands back its values. */
  rows: unknown[][];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** The zone in which Date cells show their day: the spreadsheet's zone, or `UTC` for .xlsx. */
  timeZone: string;
}

/** How many rows from the top may hold the header row (a title or a note may sit above it). */
export const HEADER_SEARCH_ROWS = 10;

export function findSheet(workbook: RawWorkbook, name: string): RawSheet | undefined {
  const key = normalizeKey(name);
  return workbook.sheets.find((s) => normalizeKey(s.name) === key);
}

export interface Table<K extends string> {
  sheet: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  /** 0-based column index of each column found. */
  index: Partial<Record<K, number>>;
  /** Every row of the sheet from row 1; `forEachDataRow` walks the data rows among them. */
  sheetRows: unknown[][];
}

export interface HeaderRow<K extends string> {
  /** 0-based index of the header row. */
  row: number;
  /** 0-based column index of each schema column found in it. */
  index: Partial<Record<K, number>>;
  /** How many of the required headers it holds. */
  found: number;
}

/**
 * The header row: the first of the top rows that holds every required header, or else the one
 * holding most of them; undefined when no top row holds any.
 */
export function locateHeader<K extends string>(
  rows: unknown[][],
  spec: SheetSpec<K>,
): HeaderRow<K> | undefined {
  const required = spec.columns.filter((c) => c.required);
  let best: HeaderRow<K> | undefined;
  const top = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < top; r++) {
    const index = headerIndex(rows[r] ?? [], spec);
    const found = required.filter((c) => index[c.key] !== undefined).length;
    if (found > 0 && (!best || found > best.found)) best = { row: r, index, found };
    if (found === required.length) break;
  }
  return best;
}

/** Reads a sheet's data rows under its header row; each missing required header is `MISSING_COLUMN`. */
export function readTable<K extends string>(
  raw: RawSheet,
  spec: SheetSpec<K>,
): { table: Table<K> | undefined; issues: Issue[] } {
  const best = locateHeader(raw.rows, spec);
  const missing = spec.columns.filter((c) => c.required && best?.index[c.key] === undefined);
  const issues = missing.map((c) =>
    issue(
      "MISSING_COLUMN",
      spec.name,
      best ? best.row + 1 : null,
      c.header,
      `không tìm thấy cột "${c.header}" trong ${HEADER_SEARCH_ROWS} dòng đầu.`,
    ),
  );
  if (!best || missing.length > 0) return { table: undefined, issues };
  return {
    table: { sheet: spec.name, headerRow: best.row + 1, index: best.index, sheetRows: raw.rows },
    issues,
  };
}

function headerIndex<K extends string>(row: unknown[], spec: SheetSpec<K>): Partial<Record<K, number>> {
  const index: Partial<Record<K, number>> = {};
  const wanted = new Map(spec.columns.map((c) => [normalizeKey(c.header), c.key]));
  row.forEach((cell, i) => {
    if (typeof cell !== "string") return;
    const key = wanted.get(normalizeKey(cell));
    if (key !== undefined && index[key] === undefined) index[key] = i;
  });
  return index;
}

/**
 * Calls `read` with each data row's 1-based number and cells, top to bottom: the rows below the header
 * that are not blank in every schema column. A callback rather than a list of rows: a sheet of 60,000
 * rows would otherwise make 60,000 objects only to be walked once.
 */
export function forEachDataRow<K extends string>(
  table: Table<K>,
  read: (row: number, cells: unknown[]) => void,
): void {
  const columns = Object.values(table.index) as number[];
  // headerRow is 1-based, so it is also the 0-based index of the row under it.
  for (let r = table.headerRow; r < table.sheetRows.length; r++) {
    const cells = table.sheetRows[r] ?? [];
    if (holdsData(cells, columns)) read(r + 1, cells);
  }
}

function holdsData(cells: unknown[], columns: readonly number[]): boolean {
  // A plain loop: this runs for every row of every sheet.
  for (const c of columns) if (!isBlank(cells[c])) return true;
  return false;
}

/** The cell of a column in a row, or undefined when the column is absent. */
export function cellOf<K extends string>(table: Table<K>, cells: unknown[], key: K): unknown {
  const i = table.index[key];
  return i === undefined ? undefined : cells[i];
}
