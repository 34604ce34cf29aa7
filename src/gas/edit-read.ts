/**
 * What onEdit reads: the edited rows and what the checker's rules on them need, never whole plan sheets,
 * so a keystroke costs the same few calls at 100 or 10,000 tasks. The result is a workbook the core
 * checks like any other, in which the rows nobody needs are empty: the problems it finds on the edited
 * rows are those the full check finds there (tests/gas/edit-read.test.ts holds them equal).
 *
 * - `Nhiệm vụ`: its header rows, the edited rows and the `Mã nhiệm vụ` column (a repeated id is
 *   DUPLICATE_ID); `Đơn vị` (the units, for UNKNOWN_UNIT) and `Cấu hình` (the year) whole.
 * - `Tiến độ`: its header rows, the edited rows, the `Mã nhiệm vụ` column, and in full the other updates
 *   of the edited rows' tasks (PROGRESS_DECREASE compares them); from `Nhiệm vụ` its header rows, its id
 *   column (UNKNOWN_TASK) and each of those tasks' row (an update of a task row with an error is left out
 *   with it); `Cấu hình` whole.
 * - `Cấu hình`, `Đơn vị`, `Nội dung báo cáo`: short lists, read whole, with `Cấu hình`.
 * onEdit is a simple trigger: SpreadsheetApp only (no Sheets API), like readWorkbook.
 */
import { parseId, withFormat } from "../core/cells";
import { SETTINGS_SHEET, type SheetSpec, TASKS, UNITS, UPDATES } from "../core/schema";
import { HEADER_SEARCH_ROWS, locateHeader, type RawSheet, type RawWorkbook } from "../core/table";
import { normalizeKey } from "../core/text";
import { zoneOf } from "./context";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** More separate runs of rows than this and the sheet is read whole instead: fewer calls. */
const MAX_RUNS = 20;

/** The workbook to check `rows` (1-based) of `edited`, the sheet of schema `spec`. */
export function readForEdit(ss: Spreadsheet, edited: Sheet, spec: SheetSpec, rows: number[]): RawWorkbook {
  const timeZone = zoneOf(ss);
  const sheets = planSheetsOf(ss);
  const whole = (s: SheetSpec): RawSheet[] => {
    const sheet = s === spec ? edited : sheets.get(normalizeKey(s.name));
    return sheet ? [{ name: sheet.getName(), rows: sheet.getDataRange().getValues() }] : [];
  };
  const settings = spec === SETTINGS_SHEET ? [] : whole(SETTINGS_SHEET);
  if (spec === TASKS) {
    const tasks = new SheetRows(edited, TASKS, false, timeZone);
    tasks.readRows(rows);
    // An edited id used on a row above is DUPLICATE_ID: that first row is enough to tell.
    const first = firstRowOfEach(tasks.ids("id"));
    tasks.readRows(rows.map((r) => first.get(tasks.idAt("id", r) ?? "")).filter(isRow));
    return { sheets: [...settings, tasks.raw(), ...whole(UNITS)], timeZone };
  }
  if (spec === UPDATES) {
    const updates = new SheetRows(edited, UPDATES, true, timeZone);
    updates.readRows(rows);
    const ids = updates.ids("taskId");
    const taskIds = new Set(rows.map((r) => updates.idAt("taskId", r)).filter((id) => id !== undefined));
    // The other updates of the same tasks: a decrease is measured against them.
    updates.readRows([...ids].filter(([, id]) => taskIds.has(id)).map(([row]) => row));
    const out = [...settings, updates.raw()];
    const taskSheet = sheets.get(normalizeKey(TASKS.name));
    if (taskSheet) {
      // Each task's first row is the one that counts (a later one is DUPLICATE_ID); a task without one
      // is UNKNOWN_TASK.
      const tasks = new SheetRows(taskSheet, TASKS, false, timeZone);
      const first = firstRowOfEach(tasks.ids("id"));
      tasks.readRows([...taskIds].map((id) => first.get(id ?? "")).filter(isRow));
      out.push(tasks.raw());
    }
    return { sheets: out, timeZone };
  }
  return { sheets: [...settings, ...whole(spec)], timeZone };
}

const isRow = (row: number | undefined): row is number => row !== undefined;

/** The first row of each id. */
function firstRowOfEach(ids: Map<number, string>): Map<string, number> {
  const first = new Map<string, number>();
  for (const [row, id] of ids) if (!first.has(id)) first.set(id, row);
  return first;
}

/** The plan's sheets by normalised name (case and Unicode form aside, as the checker finds them). */
function planSheetsOf(ss: Spreadsheet): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const key = normalizeKey(sheet.getName());
    if (!out.has(key)) out.set(key, sheet);
  }
  return out;
}

/**
 * Some rows of a sheet, in full, as getDataRange().getValues() would give them; the others empty. The
 * header rows are always read (the checker looks for the header there).
 */
class SheetRows<K extends string> {
  private readonly rows: unknown[][];
  private readonly width: number;
  private readonly read = new Set<number>();
  /** Where the checker finds the header, in the rows read first. */
  private readonly header: ReturnType<typeof locateHeader<K>>;

  constructor(
    private readonly sheet: Sheet,
    spec: SheetSpec<K>,
    /** `Tiến độ`: a number in a percent cell is a fraction (see readWorkbook). */
    private readonly withFormats: boolean,
    private readonly timeZone: string,
  ) {
    const last = sheet.getLastRow();
    this.width = sheet.getLastColumn();
    this.rows = Array.from({ length: last }, () => []);
    this.readRows(Array.from({ length: Math.min(HEADER_SEARCH_ROWS, last) }, (_, i) => i + 1));
    this.header = locateHeader(this.rows, spec);
  }

  raw(): RawSheet {
    return { name: this.sheet.getName(), rows: this.rows };
  }

  /** Rows (1-based) in full, one read per run of consecutive rows not read yet; the sheet whole when that is fewer reads. */
  readRows(rows: readonly number[]): void {
    const wanted = [...new Set(rows)]
      .filter((r) => r >= 1 && r <= this.rows.length && !this.read.has(r))
      .sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const r of wanted) {
      const run = runs[runs.length - 1];
      if (run && run[0] + run[1] === r) run[1]++;
      else runs.push([r, 1]);
    }
    if (runs.length > MAX_RUNS) runs.splice(0, runs.length, [1, this.rows.length]);
    for (const [first, count] of runs) {
      this.place(this.sheet.getRange(first, 1, count, this.width), first, 1);
      for (let r = first; r < first + count; r++) this.read.add(r);
    }
  }

  /**
   * The column `key` under the header, read whole, to find rows by id: each data row's id (1-based row
   * → id as the checker parses it, blank ids left out). Not put in the rows: rows holding only an id
   * would be checked too, every one a REQUIRED problem, which is what made the check slow. Nothing
   * when the header or the column is not found.
   */
  ids(key: K): Map<number, string> {
    const ids = new Map<number, string>();
    const index = this.header?.index[key];
    const first = this.dataStart();
    if (index === undefined || first === undefined || first > this.rows.length) return ids;
    const range = this.sheet.getRange(first, index + 1, this.rows.length - first + 1, 1);
    const values = range.getValues();
    const formats = this.withFormats ? range.getNumberFormats() : undefined;
    values.forEach((line, i) => {
      const id = parseId(formats ? withFormat(line[0], formats[i]?.[0]) : line[0], this.timeZone);
      if (id !== "") ids.set(first + i, id);
    });
    return ids;
  }

  /** The id in column `key` of a row read in full, if it is a data row's. */
  idAt(key: K, row: number): string | undefined {
    const index = this.header?.index[key];
    const first = this.dataStart();
    if (index === undefined || first === undefined || row < first) return undefined;
    const id = parseId(this.rows[row - 1]?.[index], this.timeZone);
    return id === "" ? undefined : id;
  }

  /** The first data row (1-based), under the header; undefined without a header. */
  private dataStart(): number | undefined {
    return this.header ? this.header.row + 2 : undefined;
  }

  /** A range's values (and formats) into rows, from row `first`, column `col` (both 1-based). */
  private place(range: GoogleAppsScript.Spreadsheet.Range, first: number, col: number): void {
    const values = range.getValues();
    const formats = this.withFormats ? range.getNumberFormats() : undefined;
    values.forEach((line, i) => {
      const row = this.rows[first - 1 + i] as unknown[];
      line.forEach((value, j) => {
        row[col - 1 + j] = formats ? withFormat(value, formats[i]?.[j]) : value;
      });
    });
  }
}
