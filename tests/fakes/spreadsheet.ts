/**
 * In-memory SpreadsheetApp: one spreadsheet (the active one) with sheets, ranges, styles,
 * merges, validations, protections, charts and the Ui. State lives in plain models; the facades
 * (Fake*) expose only real Apps Script method names and count every call.
 */
import { type CellValue, DEFAULT_NUMBER_FORMAT, displayText, PLAIN_TEXT_FORMAT, parseTyped } from "./cells";
import {
  as,
  type CountedEnv,
  enumOf,
  FakeUser,
  htmlDataOf,
  instrument,
  isDate,
  type Recorder,
  signatureError,
} from "./core";

type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GRichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GButton = GoogleAppsScript.Base.Button;
type GButtonSet = GoogleAppsScript.Base.ButtonSet;
type GUser = GoogleAppsScript.Base.User;

// ---------------------------------------------------------------------------------------------
// Enums

export const BorderStyle = enumOf("DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE");
export const ProtectionType = enumOf("RANGE", "SHEET");
export const WrapStrategy = enumOf("WRAP", "OVERFLOW", "CLIP");
export const Dimension = enumOf("COLUMNS", "ROWS");
export const DataValidationCriteria = enumOf(
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
);
export const ChartType = enumOf(
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
);
export const Button = enumOf("CLOSE", "OK", "CANCEL", "YES", "NO");
export const ButtonSet = enumOf("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK", "CLOSE"],
  OK_CANCEL: ["OK", "CANCEL", "CLOSE"],
  YES_NO: ["YES", "NO", "CLOSE"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL", "CLOSE"],
};

// ---------------------------------------------------------------------------------------------
// Models

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface BorderLine {
  color: string;
  style: string;
}

export interface CellData {
  value: CellValue;
  formula: string;
  note: string;
  link: string | null;
  numberFormat: string | null;
  background: string | null;
  fontColor: string | null;
  fontFamily: string | null;
  fontSize: number | null;
  fontWeight: string | null;
  fontStyle: string | null;
  fontLine: string | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrapStrategy: string | null;
  validation: ValidationData | null;
  borders: { top?: BorderLine; left?: BorderLine; bottom?: BorderLine; right?: BorderLine };
}

export interface ValidationData {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ProtectionData {
  type: "SHEET" | "RANGE";
  sheet: SheetModel;
  box: Box | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  rangeName: string | null;
  unprotected: Box[];
}

export interface RangeRef {
  sheet: SheetModel;
  box: Box;
}

export interface ChartData {
  id: number | null;
  sheet: SheetModel;
  ranges: RangeRef[];
  type: string;
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

const FORMAT_DEFAULTS = {
  background: "#ffffff",
  fontColor: "#000000",
  fontFamily: "Arial",
  fontSize: 10,
  fontWeight: "normal",
  fontStyle: "normal",
  fontLine: "none",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  wrapStrategy: "OVERFLOW",
};

function emptyCell(): CellData {
  return {
    value: "",
    formula: "",
    note: "",
    link: null,
    numberFormat: null,
    background: null,
    fontColor: null,
    fontFamily: null,
    fontSize: null,
    fontWeight: null,
    fontStyle: null,
    fontLine: null,
    horizontalAlignment: null,
    verticalAlignment: null,
    wrapStrategy: null,
    validation: null,
    borders: {},
  };
}

function clearFormatOf(cell: CellData): void {
  cell.numberFormat = null;
  cell.background = null;
  cell.fontColor = null;
  cell.fontFamily = null;
  cell.fontSize = null;
  cell.fontWeight = null;
  cell.fontStyle = null;
  cell.fontLine = null;
  cell.horizontalAlignment = null;
  cell.verticalAlignment = null;
  cell.wrapStrategy = null;
  cell.borders = {};
}

const COL_FACTOR = 32768;
const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18278;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

function cellKey(row: number, col: number): number {
  return row * COL_FACTOR + col;
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export class SheetModel {
  maxRows = 1000;
  maxCols = 26;
  readonly cells = new Map<number, CellData>();
  merges: Box[] = [];
  frozenRows = 0;
  frozenCols = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  hidden = false;
  hiddenGridlines = false;
  tabColor: string | null = null;
  charts: ChartData[] = [];
  protections: ProtectionData[] = [];
  deleted = false;

  constructor(
    public name: string,
    readonly id: number,
  ) {}

  get(row: number, col: number): CellData | undefined {
    return this.cells.get(cellKey(row, col));
  }

  ensure(row: number, col: number): CellData {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = emptyCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  hasContent(cell: CellData): boolean {
    return cell.formula !== "" || cell.value !== "";
  }

  lastRow(): number {
    let last = 0;
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / COL_FACTOR);
      if (row > last && this.hasContent(cell)) last = row;
    }
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const [key, cell] of this.cells) {
      const col = key % COL_FACTOR;
      if (col > last && this.hasContent(cell)) last = col;
    }
    return last;
  }

  whole(): Box {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }

  /** Inserts (delta > 0) or deletes (delta < 0) rows or columns at index `at`. */
  shift(axis: "row" | "col", at: number, delta: number): void {
    const moved = new Map<number, CellData>();
    for (const [key, cell] of this.cells) {
      let row = Math.floor(key / COL_FACTOR);
      let col = key % COL_FACTOR;
      const pos = axis === "row" ? row : col;
      if (delta < 0 && pos >= at && pos < at - delta) continue;
      if (pos >= at) {
        if (axis === "row") row += delta;
        else col += delta;
      }
      moved.set(cellKey(row, col), cell);
    }
    this.cells.clear();
    for (const [key, cell] of moved) this.cells.set(key, cell);
    const moveBox = (box: Box): Box | null => {
      const start = axis === "row" ? box.row : box.col;
      const size = axis === "row" ? box.numRows : box.numCols;
      let newStart = start;
      let newSize = size;
      if (delta > 0) {
        if (start >= at) newStart = start + delta;
        else if (start + size > at) newSize = size + delta;
      } else {
        const removedEnd = at - delta;
        const keepBefore = Math.max(0, Math.min(start + size, at) - start);
        const keepAfter = Math.max(0, start + size - Math.max(start, removedEnd));
        newSize = keepBefore + keepAfter;
        if (newSize === 0) return null;
        newStart = start < at ? start : Math.max(at, start + delta);
      }
      return axis === "row"
        ? { ...box, row: newStart, numRows: newSize }
        : { ...box, col: newStart, numCols: newSize };
    };
    this.merges = this.merges.map(moveBox).filter((b): b is Box => b !== null);
    for (const p of this.protections) {
      if (p.box !== null) p.box = moveBox(p.box) ?? { ...p.box, numRows: 0, numCols: 0 };
      p.unprotected = p.unprotected.map(moveBox).filter((b): b is Box => b !== null);
    }
    const sizes = axis === "row" ? this.rowHeights : this.columnWidths;
    const entries = [...sizes];
    sizes.clear();
    for (const [pos, size] of entries) {
      if (delta < 0 && pos >= at && pos < at - delta) continue;
      sizes.set(pos >= at ? pos + delta : pos, size);
    }
    if (axis === "row") this.maxRows += delta;
    else this.maxCols += delta;
  }
}

export class Book {
  sheets: SheetModel[] = [];
  active: SheetModel | undefined;
  activeRange: RangeRef | null = null;
  private seed = 1_234_567;
  private issued = 0;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** gid of a new sheet: 0 for the first, then stable pseudo-random 9–10 digit numbers. */
  nextSheetId(): number {
    if (this.issued++ === 0) return 0;
    this.seed = (this.seed * 48_271) % 2_147_483_647;
    return this.seed;
  }

  find(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  defaultName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (this.find(`Sheet${n}`) === undefined) return `Sheet${n}`;
  }

  checkNewName(name: string, except?: SheetModel): void {
    if (name.trim() === "") throw new Error("Sheet names cannot be empty.");
    const other = this.find(name);
    if (other !== undefined && other !== except) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  addSheet(name: string, index = this.sheets.length, rows = 1000, cols = 26): SheetModel {
    this.checkNewName(name);
    const sheet = new SheetModel(name, this.nextSheetId());
    sheet.maxRows = rows;
    sheet.maxCols = cols;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (this.active === undefined) this.active = sheet;
    return sheet;
  }

  activeSheet(): SheetModel {
    const sheet = this.active ?? this.sheets[0];
    if (sheet === undefined) throw new Error("The spreadsheet has no sheets.");
    return sheet;
  }
}

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}
export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; menu: MenuRecord };

export interface DialogRecord {
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface AlertRecord {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
  text: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** What the Ui showed, and the answers a test scripted for alerts and prompts. */
export class UiState {
  /** false makes SpreadsheetApp.getUi() throw, as it does in triggers and the editor. */
  available = true;
  /**
   * false makes getActive()/getActiveSpreadsheet() answer null, as in a run with no open document (a
   * time-driven trigger: spreadsheet-app#getActiveSpreadsheet() "returns null if there is none").
   */
  activeDocument = true;
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly answers: Array<{ button: ButtonName; text: string }> = [];

  /** Queue the user's answer to the next alert or prompt. */
  answer(button: ButtonName, text = ""): void {
    this.answers.push({ button, text });
  }

  pendingAnswers(): number {
    return this.answers.length;
  }

  take(kind: "alert" | "prompt", title: string, prompt: string, buttons: ButtonSetName): AlertRecord {
    // A plain message (an alert with only OK) needs no decision: it never takes a scripted answer
    // meant for a question, unless that answer is OK.
    const plainMessage = kind === "alert" && buttons === "OK";
    const next = plainMessage && this.answers[0]?.button !== "OK" ? undefined : this.answers.shift();
    let answer: ButtonName;
    let text = "";
    if (next === undefined) {
      if (kind === "alert" && buttons === "OK") answer = "OK";
      else {
        throw new Error(
          `Fake Ui: no scripted answer for ${kind} "${title ? `${title}: ` : ""}${prompt}" (${buttons}); call fakes.ui.answer(...) first`,
        );
      }
    } else {
      if (!BUTTONS_OF[buttons].includes(next.button)) {
        throw new Error(`Fake Ui: scripted answer ${next.button} is not a button of ButtonSet.${buttons}`);
      }
      answer = next.button;
      text = next.text;
    }
    const record: AlertRecord = { kind, title, prompt, buttons, answer, text };
    this.alerts.push(record);
    return record;
  }

  /** Captions of every top-level item of the menus added to the Ui. */
  menuItems(): Array<{ menu: string; caption: string; functionName: string }> {
    const out: Array<{ menu: string; caption: string; functionName: string }> = [];
    const walk = (menu: MenuRecord, path: string): void => {
      for (const entry of menu.items) {
        if (entry.kind === "item")
          out.push({ menu: path, caption: entry.caption, functionName: entry.functionName });
        else if (entry.kind === "submenu") walk(entry.menu, `${path} > ${entry.menu.caption}`);
      }
    };
    for (const menu of this.menus) walk(menu, menu.caption);
    return out;
  }
}

export interface Users {
  active: string;
  effective: string;
  owner: string;
  /** The spreadsheet's editors besides its owner (the same list as its Drive file's). */
  editors: string[];
}

export interface SheetsEnv extends CountedEnv {
  readonly recorder: Recorder;
  readonly book: Book;
  readonly ui: UiState;
  readonly users: Users;
  autoGrow: boolean;
  formulaValue: (formula: string, at: { sheet: string; row: number; col: number }) => unknown;
  flushes: number;
  nextChartId: number;
}

// ---------------------------------------------------------------------------------------------
// Registries: facade → model, read without counting calls

const sheetModels = new WeakMap<object, SheetModel>();
const rangeRefs = new WeakMap<object, RangeRef>();
const validations = new WeakMap<object, ValidationData>();
const charts = new WeakMap<object, ChartData>();
const richTexts = new WeakMap<object, { text: string; link: string | null }>();
const menus = new WeakMap<object, MenuRecord>();

function sheetOf(sheet: unknown): SheetModel {
  const model = typeof sheet === "object" && sheet !== null ? sheetModels.get(sheet) : undefined;
  if (model === undefined) throw new Error("Fakes: expected a Sheet from the fake SpreadsheetApp");
  return model;
}

function rangeOf(range: unknown): RangeRef {
  const ref = typeof range === "object" && range !== null ? rangeRefs.get(range) : undefined;
  if (ref === undefined) throw new Error("Fakes: expected a Range from the fake SpreadsheetApp");
  return ref;
}

function alive(sheet: SheetModel): SheetModel {
  if (sheet.deleted) throw new Error(`Sheet ${sheet.name} has been deleted.`);
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// A1 notation

export function columnName(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(box: Box): string {
  const start = `${columnName(box.col)}${box.row}`;
  if (box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${columnName(box.col + box.numCols - 1)}${box.row + box.numRows - 1}`;
}

/** Splits "Sheet1!A1:B2" / "'My sheet'!A:A" into the sheet name (if any) and the range part. */
export function splitSheetName(a1: string): { sheetName: string | null; range: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.*)$/.exec(a1.trim());
  if (!m) return { sheetName: null, range: a1.trim() };
  return { sheetName: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null), range: m[3] ?? "" };
}

/** "A1", "A1:C3", "A:C", "2:5", "A2:C" against a sheet of the given size. */
export function parseA1(text: string, maxRows: number, maxCols: number): Box {
  const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(text.trim());
  if (!m || text.trim() === "") throw new Error("Range not found");
  const [, c1 = "", r1 = "", c2, r2] = m;
  const second = c2 !== undefined || r2 !== undefined;
  if (!second) {
    if (c1 === "" || r1 === "") throw new Error("Range not found");
    return { row: Number(r1), col: columnNumber(c1), numRows: 1, numCols: 1 };
  }
  const startCol = c1 === "" ? 1 : columnNumber(c1);
  const endCol = (c2 ?? "") === "" ? (c1 === "" ? maxCols : maxCols) : columnNumber(c2 ?? "");
  const startRow = r1 === "" ? 1 : Number(r1);
  const endRow = (r2 ?? "") === "" ? maxRows : Number(r2);
  if ((c1 === "") !== ((c2 ?? "") === "") && r1 === "") throw new Error("Range not found");
  if (c1 === "" && r1 === "") throw new Error("Range not found");
  const row = Math.min(startRow, endRow);
  const col = Math.min(startCol, endCol);
  if (row < 1 || col < 1) throw new Error("Range not found");
  return { row, col, numRows: Math.abs(endRow - startRow) + 1, numCols: Math.abs(endCol - startCol) + 1 };
}

// ---------------------------------------------------------------------------------------------
// Shared operations

function checkBounds(env: SheetsEnv, sheet: SheetModel, box: Box): void {
  const lastRow = box.row + box.numRows - 1;
  const lastCol = box.col + box.numCols - 1;
  if (lastRow <= sheet.maxRows && lastCol <= sheet.maxCols) return;
  if (env.autoGrow) {
    sheet.maxRows = Math.max(sheet.maxRows, lastRow);
    sheet.maxCols = Math.max(sheet.maxCols, lastCol);
    return;
  }
  throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
}

function makeRange(
  env: SheetsEnv,
  sheet: SheetModel,
  args: { row: unknown; col: unknown; numRows?: unknown; numCols?: unknown },
  method: string,
): GRange {
  const { row, col } = args;
  const numRows = args.numRows ?? 1;
  const numCols = args.numCols ?? 1;
  for (const v of [row, col, numRows, numCols]) {
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw signatureError(
        "SpreadsheetApp.Sheet",
        method,
        [row, col, args.numRows, args.numCols].slice(0, 4),
      );
    }
  }
  const box: Box = {
    row: Math.trunc(row as number),
    col: Math.trunc(col as number),
    numRows: Math.trunc(numRows as number),
    numCols: Math.trunc(numCols as number),
  };
  if (box.row < 1) throw new Error("The starting row of the range is too small.");
  if (box.col < 1) throw new Error("The starting column of the range is too small.");
  if (box.numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (box.numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
  checkBounds(env, sheet, box);
  return newRange(env, sheet, box);
}

function newRange(env: SheetsEnv, sheet: SheetModel, box: Box): GRange {
  const range = new FakeRange(env, sheet, box);
  rangeRefs.set(range, { sheet, box });
  return as<GRange>(range);
}

function newSheet(env: SheetsEnv, sheet: SheetModel): GSheet {
  const facade = new FakeSheet(env, sheet);
  sheetModels.set(facade, sheet);
  return as<GSheet>(facade);
}

function rangeFromA1(env: SheetsEnv, defaultSheet: SheetModel | null, a1: unknown): GRange {
  if (typeof a1 !== "string") throw signatureError("SpreadsheetApp.Spreadsheet", "getRange", [a1]);
  const { sheetName, range } = splitSheetName(a1);
  const sheet = sheetName !== null ? env.book.find(sheetName) : defaultSheet;
  if (sheet === undefined || sheet === null) throw new Error("Range not found");
  const box = parseA1(range, sheet.maxRows, sheet.maxCols);
  checkBounds(env, sheet, box);
  return newRange(env, sheet, box);
}

function canEdit(env: SheetsEnv, p: ProtectionData): boolean {
  const user = env.users.active;
  return user === env.users.owner || p.editors.includes(user);
}

/** Throws like Sheets when the active user may not edit a protected part of `box`. */
function guard(env: SheetsEnv, sheet: SheetModel, box: Box): void {
  for (const p of sheet.protections) {
    if (p.warningOnly || canEdit(env, p)) continue;
    const area = p.box ?? sheet.whole();
    if (!intersects(area, box)) continue;
    if (p.type === "SHEET" && p.unprotected.some((u) => contains(u, box))) continue;
    throw new Error(
      "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
    );
  }
}

function each(box: Box, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let i = 0; i < box.numRows; i++) {
    for (let j = 0; j < box.numCols; j++) fn(box.row + i, box.col + j, i, j);
  }
}

function grid<T>(box: Box, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < box.numRows; i++) {
    const line: T[] = [];
    for (let j = 0; j < box.numCols; j++) line.push(fn(box.row + i, box.col + j));
    out.push(line);
  }
  return out;
}

/** Apps Script's dimension checks for every 2-D setter, with its exact wording. */
function checkDims(data: unknown, box: Box, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw signatureError("SpreadsheetApp.Range", method, [data]);
  }
  const rows = data as unknown[][];
  if (rows.length !== box.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${box.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== box.numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${box.numCols}.`,
      );
    }
  }
  return rows;
}

function readValue(env: SheetsEnv, sheet: SheetModel, row: number, col: number): CellValue {
  const cell = sheet.get(row, col);
  if (cell === undefined) return "";
  if (cell.formula !== "") {
    const v = env.formulaValue(cell.formula, { sheet: sheet.name, row, col });
    if (v === null || v === undefined) return "";
    if (isDate(v)) return new Date(v.getTime());
    return typeof v === "number" || typeof v === "boolean" ? v : String(v);
  }
  return isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value;
}

/** Writes what a script passes to setValue(s)/appendRow, with Sheets' typing semantics. */
/** Sheets refuses a cell of more than 50,000 characters (support.google.com/drive/answer/37603). */
export const MAX_CELL_CHARS = 50_000;

function checkCellText(input: unknown): void {
  if (typeof input === "string" && input.length > MAX_CELL_CHARS)
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
}

function writeInput(env: SheetsEnv, sheet: SheetModel, row: number, col: number, input: unknown): void {
  checkCellText(input);
  const cell = sheet.ensure(row, col);
  cell.formula = "";
  cell.link = null;
  if (input === null || input === undefined) {
    cell.value = "";
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (isDate(input)) {
    cell.value = new Date(input.getTime());
    return;
  }
  const text = String(input);
  if (cell.numberFormat === PLAIN_TEXT_FORMAT) {
    cell.value = text;
    return;
  }
  const parsed = parseTyped(text, env.book.locale, env.book.timeZone);
  if (parsed.kind === "formula") {
    cell.formula = parsed.formula;
    cell.value = "";
    return;
  }
  cell.value = parsed.value;
  // A plain number typed into a percent-formatted cell is read as a percent: 50 → 50 % = 0.5
  // (Sheets' percent entry, support.google.com/docs/answer/56470).
  if (
    typeof parsed.value === "number" &&
    parsed.numberFormat === undefined &&
    (cell.numberFormat ?? "").includes("%")
  )
    cell.value = parsed.value / 100;
  if (parsed.numberFormat !== undefined && cell.numberFormat === null)
    cell.numberFormat = parsed.numberFormat;
}

function writeFormula(env: SheetsEnv, sheet: SheetModel, row: number, col: number, formula: unknown): void {
  const text = formula === null || formula === undefined ? "" : String(formula);
  if (text.startsWith("=")) {
    const cell = sheet.ensure(row, col);
    cell.formula = text;
    cell.value = "";
    cell.link = null;
  } else writeInput(env, sheet, row, col, text);
}

function clearContent(sheet: SheetModel, box: Box): void {
  each(box, (r, c) => {
    const cell = sheet.get(r, c);
    if (cell === undefined) return;
    cell.value = "";
    cell.formula = "";
    cell.link = null;
  });
}

type StyleKey =
  | "background"
  | "fontColor"
  | "fontFamily"
  | "fontSize"
  | "fontWeight"
  | "fontStyle"
  | "fontLine"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapStrategy"
  | "numberFormat"
  | "note";

function styleOf(cell: CellData | undefined, key: StyleKey): unknown {
  if (key === "note") return cell?.note ?? "";
  if (key === "numberFormat") return cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  const v = cell?.[key] ?? null;
  return v ?? FORMAT_DEFAULTS[key];
}

function normalizeStyle(key: StyleKey, value: unknown): unknown {
  if (value === null || value === undefined) return key === "note" ? "" : null;
  if (key === "fontSize") return Number(value);
  if (key === "wrapStrategy") return String(value);
  if (key === "horizontalAlignment" && String(value).toLowerCase() === "normal") return "general";
  return String(value);
}

function setStyle(env: SheetsEnv, sheet: SheetModel, box: Box, key: StyleKey, value: unknown): void {
  guard(env, sheet, box);
  const v = normalizeStyle(key, value);
  each(box, (r, c) => {
    const cell = sheet.ensure(r, c);
    (cell as unknown as Record<string, unknown>)[key] = v;
  });
}

function setStyles(
  env: SheetsEnv,
  sheet: SheetModel,
  box: Box,
  key: StyleKey,
  data: unknown,
  method: string,
): void {
  const rows = checkDims(data, box, method);
  guard(env, sheet, box);
  each(box, (r, c, i, j) => {
    const cell = sheet.ensure(r, c);
    (cell as unknown as Record<string, unknown>)[key] = normalizeStyle(key, rows[i]?.[j]);
  });
}

function getStyles(sheet: SheetModel, box: Box, key: StyleKey): unknown[][] {
  return grid(box, (r, c) => styleOf(sheet.get(r, c), key));
}

function copyValidation(v: ValidationData): ValidationData {
  return { ...v, values: [...v.values] };
}

function newValidation(env: SheetsEnv, data: ValidationData): GValidation {
  const facade = new FakeDataValidation(env, copyValidation(data));
  validations.set(facade, copyValidation(data));
  return as<GValidation>(facade);
}

function validationOf(rule: unknown): ValidationData | null {
  if (rule === null || rule === undefined) return null;
  const data = typeof rule === "object" ? validations.get(rule) : undefined;
  if (data === undefined)
    throw new Error("Fakes: expected a DataValidation built by SpreadsheetApp.newDataValidation()");
  return copyValidation(data);
}

function mergeError(): Error {
  return new Error("You must select all cells in a merged range to merge or unmerge them.");
}

export function addMerge(sheet: SheetModel, box: Box): void {
  if (box.numRows === 1 && box.numCols === 1) return;
  for (const m of sheet.merges) if (intersects(m, box) && !contains(box, m)) throw mergeError();
  sheet.merges = sheet.merges.filter((m) => !contains(box, m));
  sheet.merges.push({ ...box });
  each(box, (r, c) => {
    if (r === box.row && c === box.col) return;
    const cell = sheet.get(r, c);
    if (cell !== undefined) {
      cell.value = "";
      cell.formula = "";
    }
  });
}

function newProtection(env: SheetsEnv, data: ProtectionData): GProtection {
  return as<GProtection>(new FakeProtection(env, data));
}

function newChartFacade(env: SheetsEnv, data: ChartData): GChart {
  const facade = new FakeEmbeddedChart(env, data);
  charts.set(facade, data);
  return as<GChart>(facade);
}

function chartOf(chart: unknown): ChartData {
  const data = typeof chart === "object" && chart !== null ? charts.get(chart) : undefined;
  if (data === undefined) throw new Error("Fakes: expected an EmbeddedChart built by sheet.newChart()");
  return data;
}

function emailOf(user: unknown): string {
  if (typeof user === "string") return user;
  if (user instanceof FakeUser) return (user as unknown as { email: string }).email;
  throw new Error("Invalid user");
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp and Ui

export class FakeSpreadsheetApp implements Partial<GSpreadsheetApp> {
  readonly BorderStyle = as<typeof GoogleAppsScript.Spreadsheet.BorderStyle>(BorderStyle);
  readonly ProtectionType = as<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(ProtectionType);
  readonly WrapStrategy = as<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(WrapStrategy);
  readonly Dimension = as<typeof GoogleAppsScript.Spreadsheet.Dimension>(Dimension);
  readonly DataValidationCriteria =
    as<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>(DataValidationCriteria);
  constructor(protected readonly env: SheetsEnv) {}
  // The typings say Spreadsheet; the reference says null when there is none.
  getActive(): GSpreadsheet {
    if (!this.env.ui.activeDocument) return null as unknown as GSpreadsheet;
    return as<GSpreadsheet>(new FakeSpreadsheet(this.env));
  }
  getActiveSpreadsheet(): GSpreadsheet {
    if (!this.env.ui.activeDocument) return null as unknown as GSpreadsheet;
    return as<GSpreadsheet>(new FakeSpreadsheet(this.env));
  }
  getActiveSheet(): GSheet {
    return newSheet(this.env, this.env.book.activeSheet());
  }
  getActiveRange(): GRange {
    const ref = this.env.book.activeRange;
    if (ref !== null && !ref.sheet.deleted) return newRange(this.env, ref.sheet, ref.box);
    return newRange(this.env, this.env.book.activeSheet(), { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.env.book.active = alive(sheetOf(sheet));
    return sheet;
  }
  setActiveRange(range: GRange): GRange {
    const ref = rangeOf(range);
    this.env.book.active = ref.sheet;
    this.env.book.activeRange = { sheet: ref.sheet, box: { ...ref.box } };
    return range;
  }
  openById(id: string): GSpreadsheet {
    if (id !== this.env.book.id) {
      throw new Error(
        "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    }
    return as<GSpreadsheet>(new FakeSpreadsheet(this.env));
  }
  openByUrl(url: string): GSpreadsheet {
    if (!url.includes(this.env.book.id)) {
      throw new Error(
        "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      );
    }
    return as<GSpreadsheet>(new FakeSpreadsheet(this.env));
  }
  flush(): void {
    this.env.flushes++;
  }
  getUi(): GUi {
    if (!this.env.ui.available) throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return as<GUi>(new FakeUi(this.env));
  }
  newDataValidation(): GValidationBuilder {
    return as<GValidationBuilder>(
      new FakeDataValidationBuilder(this.env, {
        criteria: "",
        values: [],
        allowInvalid: true,
        helpText: null,
      }),
    );
  }
  newRichTextValue(): GRichTextBuilder {
    return as<GRichTextBuilder>(new FakeRichTextValueBuilder(this.env, { text: "", link: null }));
  }
}
instrument(FakeSpreadsheetApp, "SpreadsheetApp");

export class FakeUi implements Partial<GUi> {
  readonly Button = as<typeof GoogleAppsScript.Base.Button>(Button);
  readonly ButtonSet = as<typeof GoogleAppsScript.Base.ButtonSet>(ButtonSet);
  constructor(protected readonly env: SheetsEnv) {}
  alert(a: string, b?: string | GButtonSet, c?: GButtonSet): GButton {
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), c] : b !== undefined ? ["", a, b as GButtonSet] : ["", a, "OK"];
    return this.env.ui.take("alert", title, prompt, String(buttons) as ButtonSetName)
      .answer as unknown as GButton;
  }
  prompt(a: string, b?: string | GButtonSet, c?: GButtonSet): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), c] : b !== undefined ? ["", a, b as GButtonSet] : ["", a, "OK"];
    const record = this.env.ui.take("prompt", title, prompt, String(buttons) as ButtonSetName);
    return as(new FakePromptResponse(this.env, record.answer, record.text));
  }
  createMenu(caption: string): GMenu {
    const facade = new FakeMenu(this.env);
    menus.set(facade, { caption, addon: false, items: [] });
    return as<GMenu>(facade);
  }
  createAddonMenu(): GMenu {
    const facade = new FakeMenu(this.env);
    menus.set(facade, { caption: "(add-on)", addon: true, items: [] });
    return as<GMenu>(facade);
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.env.ui.dialogs.push({ kind: "sidebar", ...htmlDataOf(userInterface) });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ kind: "modal", ...htmlDataOf(userInterface), title });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ kind: "modeless", ...htmlDataOf(userInterface), title });
  }
}
instrument(FakeUi, "Ui");

export class FakePromptResponse implements Partial<GoogleAppsScript.Base.PromptResponse> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GButton {
    return this.button as unknown as GButton;
  }
}
instrument(FakePromptResponse, "PromptResponse");

export class FakeMenu implements Partial<GMenu> {
  constructor(protected readonly env: SheetsEnv) {}
  addItem(caption: string, functionName: string): GMenu {
    menuOf(this).items.push({ kind: "item", caption, functionName });
    return as<GMenu>(this);
  }
  addSeparator(): GMenu {
    menuOf(this).items.push({ kind: "separator" });
    return as<GMenu>(this);
  }
  addSubMenu(menu: GMenu): GMenu {
    menuOf(this).items.push({ kind: "submenu", menu: menuOf(menu) });
    return as<GMenu>(this);
  }
  addToUi(): void {
    const record = menuOf(this);
    const list = this.env.ui.menus;
    const at = list.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
    if (at >= 0) list.splice(at, 1, record);
    else list.push(record);
  }
}
instrument(FakeMenu, "Menu");

function menuOf(menu: unknown): MenuRecord {
  const record = typeof menu === "object" && menu !== null ? menus.get(menu) : undefined;
  if (record === undefined) throw new Error("Fakes: expected a Menu from the fake Ui");
  return record;
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

export class FakeSpreadsheet implements Partial<GSpreadsheet> {
  constructor(protected readonly env: SheetsEnv) {}
  getId(): string {
    return this.env.book.id;
  }
  getUrl(): string {
    return this.env.book.url();
  }
  getName(): string {
    return this.env.book.name;
  }
  rename(newName: string): void {
    this.env.book.name = newName;
  }
  getSpreadsheetTimeZone(): string {
    return this.env.book.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.env.book.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.env.book.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.env.book.locale = locale;
  }
  getOwner(): GUser {
    return as<GUser>(new FakeUser(this.env, this.env.users.owner));
  }
  getEditors(): GUser[] {
    const people = [this.env.users.owner, ...this.env.users.editors];
    return people.map((e) => as<GUser>(new FakeUser(this.env, e)));
  }
  getSheets(): GSheet[] {
    return this.env.book.sheets.map((s) => newSheet(this.env, s));
  }
  getNumSheets(): number {
    return this.env.book.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    // Exact match: names are unique ignoring case, but a lookup that only works by luck of
    // case-folding would hide a bug, so the fake is the stricter of the two possibilities.
    const sheet = this.env.book.sheets.find((s) => s.name === name);
    return sheet === undefined ? null : newSheet(this.env, sheet);
  }
  getSheetById(id: number): GSheet | null {
    const sheet = this.env.book.sheets.find((s) => s.id === id);
    return sheet === undefined ? null : newSheet(this.env, sheet);
  }
  insertSheet(a?: unknown, b?: unknown, _c?: unknown): GSheet {
    const book = this.env.book;
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") name = a;
    else if (typeof a === "number") index = a;
    if (typeof b === "number") index = b;
    // A new sheet is 1000 × 26 cells, counted against the 10 million of a spreadsheet
    // (https://support.google.com/drive/answer/37603: "Up to 10 million cells").
    if (book.totalCells() + 1000 * 26 > MAX_CELLS)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    const sheet = book.addSheet(name ?? book.defaultName(), index ?? book.sheets.length);
    book.active = sheet;
    book.activeRange = null;
    return newSheet(this.env, sheet);
  }
  deleteSheet(sheet: GSheet): void {
    const book = this.env.book;
    const model = alive(sheetOf(sheet));
    if (book.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    guard(this.env, model, model.whole());
    const at = book.sheets.indexOf(model);
    book.sheets.splice(at, 1);
    model.deleted = true;
    if (book.active === model) {
      book.active = book.sheets[Math.max(0, at - 1)];
      book.activeRange = null;
    }
  }
  getActiveSheet(): GSheet {
    return newSheet(this.env, this.env.book.activeSheet());
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.env.book.active = alive(sheetOf(sheet));
    return sheet;
  }
  getActiveRange(): GRange {
    const ref = this.env.book.activeRange;
    if (ref !== null && !ref.sheet.deleted) return newRange(this.env, ref.sheet, ref.box);
    return newRange(this.env, this.env.book.activeSheet(), { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  moveActiveSheet(pos: number): void {
    const book = this.env.book;
    const sheet = book.activeSheet();
    if (pos < 1 || pos > book.sheets.length) throw new Error(`Sheet position ${pos} is out of range.`);
    book.sheets.splice(book.sheets.indexOf(sheet), 1);
    book.sheets.splice(pos - 1, 0, sheet);
  }
  getRange(a1Notation: string): GRange {
    return rangeFromA1(this.env, this.env.book.activeSheet(), a1Notation);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this.env.book.sheets
      .flatMap((s) => s.protections)
      .filter((p) => p.type === String(type))
      .map((p) => newProtection(this.env, p));
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.env.ui.toasts.push({ message: msg, title: title ?? "", timeoutSeconds: timeoutSeconds ?? 5 });
  }
}
instrument(FakeSpreadsheet, "Spreadsheet");

// ---------------------------------------------------------------------------------------------
// Sheet

export class FakeSheet implements Partial<GSheet> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly sheet: SheetModel,
  ) {}
  getName(): string {
    return alive(this.sheet).name;
  }
  setName(name: string): GSheet {
    this.env.book.checkNewName(name, alive(this.sheet));
    guard(this.env, this.sheet, this.sheet.whole());
    this.sheet.name = name;
    return as<GSheet>(this);
  }
  getSheetId(): number {
    return this.sheet.id;
  }
  getSheetName(): string {
    return alive(this.sheet).name;
  }
  getIndex(): number {
    return this.env.book.sheets.indexOf(alive(this.sheet)) + 1;
  }
  getParent(): GSpreadsheet {
    return as<GSpreadsheet>(new FakeSpreadsheet(this.env));
  }
  activate(): GSheet {
    this.env.book.active = alive(this.sheet);
    this.env.book.activeRange = null;
    return as<GSheet>(this);
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    alive(this.sheet);
    if (typeof a === "string" && column === undefined) return rangeFromA1(this.env, this.sheet, a);
    return makeRange(this.env, this.sheet, { row: a, col: column, numRows, numCols: numColumns }, "getRange");
  }
  getDataRange(): GRange {
    const s = alive(this.sheet);
    return newRange(this.env, s, {
      row: 1,
      col: 1,
      numRows: Math.max(1, s.lastRow()),
      numCols: Math.max(1, s.lastColumn()),
    });
  }
  getLastRow(): number {
    return alive(this.sheet).lastRow();
  }
  getLastColumn(): number {
    return alive(this.sheet).lastColumn();
  }
  getMaxRows(): number {
    return alive(this.sheet).maxRows;
  }
  getMaxColumns(): number {
    return alive(this.sheet).maxCols;
  }
  appendRow(rowContents: unknown[]): GSheet {
    const s = alive(this.sheet);
    if (!Array.isArray(rowContents)) throw signatureError("SpreadsheetApp.Sheet", "appendRow", [rowContents]);
    for (const value of rowContents) checkCellText(value);
    const row = s.lastRow() + 1;
    guard(this.env, s, { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) });
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxCols) s.maxCols = rowContents.length;
    rowContents.forEach((v, j) => {
      writeInput(this.env, s, row, j + 1, v);
    });
    return as<GSheet>(this);
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    insertAxis(this.env, this.sheet, "row", afterPosition + 1, howMany);
    return as<GSheet>(this);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    insertAxis(this.env, this.sheet, "row", beforePosition, howMany);
    return as<GSheet>(this);
  }
  insertRowAfter(afterPosition: number): GSheet {
    insertAxis(this.env, this.sheet, "row", afterPosition + 1, 1);
    return as<GSheet>(this);
  }
  insertRowBefore(beforePosition: number): GSheet {
    insertAxis(this.env, this.sheet, "row", beforePosition, 1);
    return as<GSheet>(this);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    insertAxis(this.env, this.sheet, "col", afterPosition + 1, howMany);
    return as<GSheet>(this);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    insertAxis(this.env, this.sheet, "col", beforePosition, howMany);
    return as<GSheet>(this);
  }
  insertColumnAfter(afterPosition: number): GSheet {
    insertAxis(this.env, this.sheet, "col", afterPosition + 1, 1);
    return as<GSheet>(this);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    insertAxis(this.env, this.sheet, "col", beforePosition, 1);
    return as<GSheet>(this);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    deleteAxis(this.env, this.sheet, "row", rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    deleteAxis(this.env, this.sheet, "row", rowPosition, 1);
    return as<GSheet>(this);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    deleteAxis(this.env, this.sheet, "col", columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    deleteAxis(this.env, this.sheet, "col", columnPosition, 1);
    return as<GSheet>(this);
  }
  setFrozenRows(rows: number): void {
    const s = alive(this.sheet);
    if (rows < 0 || rows > s.maxRows) throw new Error("Frozen rows out of bounds.");
    s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return alive(this.sheet).frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const s = alive(this.sheet);
    if (columns < 0 || columns > s.maxCols) throw new Error("Frozen columns out of bounds.");
    s.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return alive(this.sheet).frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    alive(this.sheet).columnWidths.set(columnPosition, width);
    return as<GSheet>(this);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let i = 0; i < numColumns; i++) alive(this.sheet).columnWidths.set(startColumn + i, width);
    return as<GSheet>(this);
  }
  getColumnWidth(columnPosition: number): number {
    return alive(this.sheet).columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    alive(this.sheet).rowHeights.set(rowPosition, height);
    return as<GSheet>(this);
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    for (let i = 0; i < numRows; i++) alive(this.sheet).rowHeights.set(startRow + i, height);
    return as<GSheet>(this);
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): GSheet {
    for (let i = 0; i < numRows; i++) alive(this.sheet).rowHeights.set(startRow + i, height);
    return as<GSheet>(this);
  }
  getRowHeight(rowPosition: number): number {
    return alive(this.sheet).rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    for (let i = 0; i < numColumns; i++) alive(this.sheet).columnWidths.delete(startColumn + i);
    return as<GSheet>(this);
  }
  autoResizeColumn(columnPosition: number): GSheet {
    alive(this.sheet).columnWidths.delete(columnPosition);
    return as<GSheet>(this);
  }
  hideSheet(): GSheet {
    const visible = this.env.book.sheets.filter((s) => !s.hidden && s !== this.sheet);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    alive(this.sheet).hidden = true;
    return as<GSheet>(this);
  }
  showSheet(): GSheet {
    alive(this.sheet).hidden = false;
    return as<GSheet>(this);
  }
  isSheetHidden(): boolean {
    return alive(this.sheet).hidden;
  }
  setHiddenGridlines(hideGridlines: boolean): GSheet {
    alive(this.sheet).hiddenGridlines = hideGridlines;
    return as<GSheet>(this);
  }
  hasHiddenGridlines(): boolean {
    return alive(this.sheet).hiddenGridlines;
  }
  setTabColor(color: string | null): GSheet {
    alive(this.sheet).tabColor = color;
    return as<GSheet>(this);
  }
  getTabColor(): string | null {
    return alive(this.sheet).tabColor;
  }
  protect(): GProtection {
    const s = alive(this.sheet);
    const existing = s.protections.find((p) => p.type === "SHEET");
    if (existing !== undefined) return newProtection(this.env, existing);
    const data: ProtectionData = {
      type: "SHEET",
      sheet: s,
      box: null,
      description: "",
      warningOnly: false,
      editors: [...new Set([this.env.users.owner, this.env.users.effective])],
      domainEdit: false,
      rangeName: null,
      unprotected: [],
    };
    s.protections.push(data);
    return newProtection(this.env, data);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return alive(this.sheet)
      .protections.filter((p) => p.type === String(type))
      .map((p) => newProtection(this.env, p));
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const s = alive(this.sheet);
    guard(this.env, s, s.whole());
    const contents = options?.formatOnly !== true || options.contentsOnly === true;
    const formats = options?.contentsOnly !== true || options.formatOnly === true;
    if (contents) clearContent(s, s.whole());
    if (formats) for (const cell of s.cells.values()) clearFormatOf(cell);
    return as<GSheet>(this);
  }
  clearContents(): GSheet {
    const s = alive(this.sheet);
    guard(this.env, s, s.whole());
    clearContent(s, s.whole());
    return as<GSheet>(this);
  }
  clearFormats(): GSheet {
    const s = alive(this.sheet);
    guard(this.env, s, s.whole());
    for (const cell of s.cells.values()) clearFormatOf(cell);
    return as<GSheet>(this);
  }
  clearNotes(): GSheet {
    const s = alive(this.sheet);
    guard(this.env, s, s.whole());
    for (const cell of s.cells.values()) cell.note = "";
    return as<GSheet>(this);
  }
  newChart(): GChartBuilder {
    const s = alive(this.sheet);
    return as<GChartBuilder>(
      new FakeEmbeddedChartBuilder(this.env, {
        id: null,
        sheet: s,
        ranges: [],
        type: "",
        options: {},
        position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
        numHeaders: -1,
        transpose: false,
        mergeStrategy: "MERGE_COLUMNS",
        hiddenDimensionStrategy: "IGNORE_BOTH",
      }),
    );
  }
  insertChart(chart: GChart): void {
    const s = alive(this.sheet);
    const data = chartOf(chart);
    if (data.type === "") throw new Error("Chart type must be set before the chart is inserted.");
    // A chart's anchor cell is a cell of the sheet (Sheets API OverlayPosition.anchorCell); past the grid
    // there is none, so the fake refuses it rather than guess where Sheets would put the chart.
    if (data.position.row > s.maxRows || data.position.col > s.maxCols)
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    if (data.id === null) data.id = this.env.nextChartId++;
    data.sheet = s;
    s.charts.push(data);
  }
  getCharts(): GChart[] {
    return alive(this.sheet).charts.map((c) => newChartFacade(this.env, c));
  }
  removeChart(chart: GChart): void {
    const s = alive(this.sheet);
    const id = chartOf(chart).id;
    s.charts = s.charts.filter((c) => c.id !== id);
  }
  updateChart(chart: GChart): void {
    const s = alive(this.sheet);
    const data = chartOf(chart);
    const at = s.charts.findIndex((c) => c.id === data.id);
    if (at < 0) throw new Error("The chart does not exist on this sheet.");
    s.charts[at] = data;
  }
}
instrument(FakeSheet, "Sheet");

function insertAxis(
  env: SheetsEnv,
  sheet: SheetModel,
  axis: "row" | "col",
  at: number,
  howMany: number,
): void {
  const s = alive(sheet);
  const max = axis === "row" ? s.maxRows : s.maxCols;
  if (!Number.isInteger(howMany) || howMany < 1)
    throw new Error("The number of rows or columns must be at least 1.");
  if (at < 1 || at > max + 1)
    throw new Error(`Those ${axis === "row" ? "rows" : "columns"} are out of bounds.`);
  const added = axis === "row" ? howMany * s.maxCols : howMany * s.maxRows;
  if (env.book.totalCells() + added > MAX_CELLS) {
    throw new Error(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
    );
  }
  if (axis === "col" && s.maxCols + howMany > MAX_COLUMNS) {
    throw new Error(
      `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`,
    );
  }
  guard(env, s, s.whole());
  s.shift(axis, at, howMany);
}
function deleteAxis(
  env: SheetsEnv,
  sheet: SheetModel,
  axis: "row" | "col",
  at: number,
  howMany: number,
): void {
  const s = alive(sheet);
  const max = axis === "row" ? s.maxRows : s.maxCols;
  if (at < 1 || at + howMany - 1 > max)
    throw new Error(`Those ${axis === "row" ? "rows" : "columns"} are out of bounds.`);
  if (howMany >= max)
    throw new Error(`You can't delete all the ${axis === "row" ? "rows" : "columns"} on the sheet.`);
  guard(env, s, s.whole());
  s.shift(axis, at, -howMany);
}

// ---------------------------------------------------------------------------------------------
// Range

export class FakeRange implements Partial<GRange> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly sheet: SheetModel,
    private readonly box: Box,
  ) {}
  // --- geometry
  getRow(): number {
    return this.box.row;
  }
  getRowIndex(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.col;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numCols;
  }
  getHeight(): number {
    return this.box.numRows;
  }
  getWidth(): number {
    return this.box.numCols;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.col + this.box.numCols - 1;
  }
  getA1Notation(): string {
    return a1Of(this.box);
  }
  getSheet(): GSheet {
    return newSheet(this.env, alive(this.sheet));
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numCols) {
      throw new Error("Cell reference out of range");
    }
    return newRange(this.env, this.sheet, {
      row: this.box.row + row - 1,
      col: this.box.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return makeRange(
      this.env,
      alive(this.sheet),
      {
        row: this.box.row + rowOffset,
        col: this.box.col + columnOffset,
        numRows: numRows ?? this.box.numRows,
        numCols: numColumns ?? this.box.numCols,
      },
      "offset",
    );
  }
  activate(): GRange {
    this.env.book.active = alive(this.sheet);
    this.env.book.activeRange = { sheet: this.sheet, box: { ...this.box } };
    return as<GRange>(this);
  }
  isBlank(): boolean {
    let blank = true;
    each(this.box, (r, c) => {
      const cell = this.sheet.get(r, c);
      if (cell !== undefined && this.sheet.hasContent(cell)) blank = false;
    });
    return blank;
  }
  // --- values
  getValues(): unknown[][] {
    const s = alive(this.sheet);
    return grid(this.box, (r, c) => readValue(this.env, s, r, c));
  }
  getValue(): unknown {
    return readValue(this.env, alive(this.sheet), this.box.row, this.box.col);
  }
  setValues(values: unknown[][]): GRange {
    const s = alive(this.sheet);
    const rows = checkDims(values, this.box, "setValues");
    guard(this.env, s, this.box);
    for (const row of rows) for (const value of row) checkCellText(value);
    each(this.box, (r, c, i, j) => {
      writeInput(this.env, s, r, c, rows[i]?.[j]);
    });
    return as<GRange>(this);
  }
  setValue(value: unknown): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      writeInput(this.env, s, r, c, value);
    });
    return as<GRange>(this);
  }
  getDisplayValues(): string[][] {
    const s = alive(this.sheet);
    return grid(this.box, (r, c) => displayOf(this.env, s, r, c));
  }
  getDisplayValue(): string {
    return displayOf(this.env, alive(this.sheet), this.box.row, this.box.col);
  }
  getFormulas(): string[][] {
    const s = alive(this.sheet);
    return grid(this.box, (r, c) => s.get(r, c)?.formula ?? "");
  }
  getFormula(): string {
    return alive(this.sheet).get(this.box.row, this.box.col)?.formula ?? "";
  }
  setFormulas(formulas: string[][]): GRange {
    const s = alive(this.sheet);
    const rows = checkDims(formulas, this.box, "setFormulas");
    guard(this.env, s, this.box);
    each(this.box, (r, c, i, j) => {
      writeFormula(this.env, s, r, c, rows[i]?.[j]);
    });
    return as<GRange>(this);
  }
  setFormula(formula: string): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      writeFormula(this.env, s, r, c, formula);
    });
    return as<GRange>(this);
  }
  getRichTextValue(): GRichText | null {
    return richTextAt(this.env, alive(this.sheet), this.box.row, this.box.col);
  }
  getRichTextValues(): Array<Array<GRichText | null>> {
    const s = alive(this.sheet);
    return grid(this.box, (r, c) => richTextAt(this.env, s, r, c));
  }
  setRichTextValue(value: GRichText): GRange {
    const s = alive(this.sheet);
    const data = richTextOf(value);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      const cell = s.ensure(r, c);
      cell.value = data.text;
      cell.formula = "";
      cell.link = data.link;
    });
    return as<GRange>(this);
  }
  setRichTextValues(values: GRichText[][]): GRange {
    const s = alive(this.sheet);
    const rows = checkDims(values, this.box, "setRichTextValues");
    guard(this.env, s, this.box);
    each(this.box, (r, c, i, j) => {
      const data = richTextOf(rows[i]?.[j]);
      const cell = s.ensure(r, c);
      cell.value = data.text;
      cell.formula = "";
      cell.link = data.link;
    });
    return as<GRange>(this);
  }
  // --- formats
  setNumberFormat(numberFormat: string): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "numberFormat", numberFormat);
    return as<GRange>(this);
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "numberFormat", numberFormats, "setNumberFormats");
    return as<GRange>(this);
  }
  getNumberFormat(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "numberFormat") as string;
  }
  getNumberFormats(): string[][] {
    return getStyles(alive(this.sheet), this.box, "numberFormat") as string[][];
  }
  setFontFamily(fontFamily: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "fontFamily", fontFamily);
    return as<GRange>(this);
  }
  setFontFamilies(fontFamilies: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "fontFamily", fontFamilies, "setFontFamilies");
    return as<GRange>(this);
  }
  getFontFamily(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "fontFamily") as string;
  }
  getFontFamilies(): string[][] {
    return getStyles(alive(this.sheet), this.box, "fontFamily") as string[][];
  }
  setFontSize(size: number): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "fontSize", size);
    return as<GRange>(this);
  }
  setFontSizes(sizes: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "fontSize", sizes, "setFontSizes");
    return as<GRange>(this);
  }
  getFontSize(): number {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "fontSize") as number;
  }
  getFontSizes(): number[][] {
    return getStyles(alive(this.sheet), this.box, "fontSize") as number[][];
  }
  setFontWeight(fontWeight: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "fontWeight", fontWeight);
    return as<GRange>(this);
  }
  setFontWeights(fontWeights: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "fontWeight", fontWeights, "setFontWeights");
    return as<GRange>(this);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return styleOf(
      alive(this.sheet).get(this.box.row, this.box.col),
      "fontWeight",
    ) as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return getStyles(
      alive(this.sheet),
      this.box,
      "fontWeight",
    ) as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontStyle(fontStyle: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "fontStyle", fontStyle);
    return as<GRange>(this);
  }
  setFontStyles(fontStyles: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "fontStyle", fontStyles, "setFontStyles");
    return as<GRange>(this);
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return styleOf(
      alive(this.sheet).get(this.box.row, this.box.col),
      "fontStyle",
    ) as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return getStyles(alive(this.sheet), this.box, "fontStyle") as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  setFontLine(fontLine: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "fontLine", fontLine);
    return as<GRange>(this);
  }
  setFontLines(fontLines: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "fontLine", fontLines, "setFontLines");
    return as<GRange>(this);
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return styleOf(
      alive(this.sheet).get(this.box.row, this.box.col),
      "fontLine",
    ) as GoogleAppsScript.Spreadsheet.FontLine;
  }
  getFontLines(): GoogleAppsScript.Spreadsheet.FontLine[][] {
    return getStyles(alive(this.sheet), this.box, "fontLine") as GoogleAppsScript.Spreadsheet.FontLine[][];
  }
  setFontColor(color: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "fontColor", color);
    return as<GRange>(this);
  }
  setFontColors(colors: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "fontColor", colors, "setFontColors");
    return as<GRange>(this);
  }
  getFontColor(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "fontColor") as string;
  }
  getFontColors(): string[][] {
    return getStyles(alive(this.sheet), this.box, "fontColor") as string[][];
  }
  setBackground(color: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "background", color);
    return as<GRange>(this);
  }
  setBackgrounds(color: string[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "background", color, "setBackgrounds");
    return as<GRange>(this);
  }
  getBackground(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "background") as string;
  }
  getBackgrounds(): string[][] {
    return getStyles(alive(this.sheet), this.box, "background") as string[][];
  }
  setHorizontalAlignment(alignment: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "horizontalAlignment", alignment);
    return as<GRange>(this);
  }
  setHorizontalAlignments(alignments: unknown[][]): GRange {
    setStyles(
      this.env,
      alive(this.sheet),
      this.box,
      "horizontalAlignment",
      alignments,
      "setHorizontalAlignments",
    );
    return as<GRange>(this);
  }
  getHorizontalAlignment(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "horizontalAlignment") as string;
  }
  getHorizontalAlignments(): string[][] {
    return getStyles(alive(this.sheet), this.box, "horizontalAlignment") as string[][];
  }
  setVerticalAlignment(alignment: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "verticalAlignment", alignment);
    return as<GRange>(this);
  }
  setVerticalAlignments(alignments: unknown[][]): GRange {
    setStyles(
      this.env,
      alive(this.sheet),
      this.box,
      "verticalAlignment",
      alignments,
      "setVerticalAlignments",
    );
    return as<GRange>(this);
  }
  getVerticalAlignment(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "verticalAlignment") as string;
  }
  getVerticalAlignments(): string[][] {
    return getStyles(alive(this.sheet), this.box, "verticalAlignment") as string[][];
  }
  setWrap(isWrapEnabled: boolean): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "wrapStrategy", isWrapEnabled ? "WRAP" : "OVERFLOW");
    return as<GRange>(this);
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    const rows = checkDims(isWrapEnabled, this.box, "setWraps");
    const strategies = rows.map((row) => row.map((w) => (w ? "WRAP" : "OVERFLOW")));
    setStyles(this.env, alive(this.sheet), this.box, "wrapStrategy", strategies, "setWraps");
    return as<GRange>(this);
  }
  getWrap(): boolean {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "wrapStrategy") === "WRAP";
  }
  getWraps(): boolean[][] {
    return getStyles(alive(this.sheet), this.box, "wrapStrategy").map((row) => row.map((v) => v === "WRAP"));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "wrapStrategy", strategy);
    return as<GRange>(this);
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "wrapStrategy", strategies, "setWrapStrategies");
    return as<GRange>(this);
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return as(styleOf(alive(this.sheet).get(this.box.row, this.box.col), "wrapStrategy") as never);
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return getStyles(
      alive(this.sheet),
      this.box,
      "wrapStrategy",
    ) as GoogleAppsScript.Spreadsheet.WrapStrategy[][];
  }
  setNote(note: string | null): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "note", note);
    return as<GRange>(this);
  }
  setNotes(notes: unknown[][]): GRange {
    setStyles(this.env, alive(this.sheet), this.box, "note", notes, "setNotes");
    return as<GRange>(this);
  }
  getNote(): string {
    return styleOf(alive(this.sheet).get(this.box.row, this.box.col), "note") as string;
  }
  getNotes(): string[][] {
    return getStyles(alive(this.sheet), this.box, "note") as string[][];
  }
  clearNote(): GRange {
    setStyle(this.env, alive(this.sheet), this.box, "note", null);
    return as<GRange>(this);
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    const line: BorderLine = {
      color: color === null || color === undefined ? "#000000" : color,
      style: style === null || style === undefined ? "SOLID" : String(style),
    };
    const apply = (
      r: number,
      c: number,
      side: "top" | "left" | "bottom" | "right",
      on: boolean | null,
    ): void => {
      if (on === null || on === undefined) return;
      const cell = s.ensure(r, c);
      if (on) cell.borders[side] = { ...line };
      else delete cell.borders[side];
    };
    const b = this.box;
    each(b, (r, c, i, j) => {
      if (i === 0) apply(r, c, "top", top);
      if (i === b.numRows - 1) apply(r, c, "bottom", bottom);
      if (j === 0) apply(r, c, "left", left);
      if (j === b.numCols - 1) apply(r, c, "right", right);
      if (j < b.numCols - 1) apply(r, c, "right", vertical);
      if (j > 0) apply(r, c, "left", vertical);
      if (i < b.numRows - 1) apply(r, c, "bottom", horizontal);
      if (i > 0) apply(r, c, "top", horizontal);
    });
    return as<GRange>(this);
  }
  // --- merges
  merge(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    addMerge(s, this.box);
    return as<GRange>(this);
  }
  mergeAcross(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    for (let i = 0; i < this.box.numRows; i++)
      addMerge(s, { ...this.box, row: this.box.row + i, numRows: 1 });
    return as<GRange>(this);
  }
  mergeVertically(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    for (let j = 0; j < this.box.numCols; j++)
      addMerge(s, { ...this.box, col: this.box.col + j, numCols: 1 });
    return as<GRange>(this);
  }
  breakApart(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    for (const m of s.merges) if (intersects(m, this.box) && !contains(this.box, m)) throw mergeError();
    s.merges = s.merges.filter((m) => !contains(this.box, m));
    return as<GRange>(this);
  }
  getMergedRanges(): GRange[] {
    const s = alive(this.sheet);
    return s.merges.filter((m) => intersects(m, this.box)).map((m) => newRange(this.env, s, { ...m }));
  }
  isPartOfMerge(): boolean {
    return alive(this.sheet).merges.some((m) => intersects(m, this.box));
  }
  // --- validation
  setDataValidation(rule: GValidation | null): GRange {
    const s = alive(this.sheet);
    const data = validationOf(rule);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      s.ensure(r, c).validation = data === null ? null : copyValidation(data);
    });
    return as<GRange>(this);
  }
  setDataValidations(rules: Array<Array<GValidation | null>>): GRange {
    const s = alive(this.sheet);
    const rows = checkDims(rules, this.box, "setDataValidations");
    const data = rows.map((row) => row.map((rule) => validationOf(rule)));
    guard(this.env, s, this.box);
    each(this.box, (r, c, i, j) => {
      s.ensure(r, c).validation = data[i]?.[j] ?? null;
    });
    return as<GRange>(this);
  }
  getDataValidation(): GValidation | null {
    const v = alive(this.sheet).get(this.box.row, this.box.col)?.validation ?? null;
    return v === null ? null : newValidation(this.env, v);
  }
  getDataValidations(): Array<Array<GValidation | null>> {
    const s = alive(this.sheet);
    return grid(this.box, (r, c) => {
      const v = s.get(r, c)?.validation ?? null;
      return v === null ? null : newValidation(this.env, v);
    });
  }
  clearDataValidations(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      const cell = s.get(r, c);
      if (cell !== undefined) cell.validation = null;
    });
    return as<GRange>(this);
  }
  insertCheckboxes(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      const cell = s.ensure(r, c);
      cell.validation = { criteria: "CHECKBOX", values: [], allowInvalid: false, helpText: null };
      cell.value = false;
      cell.formula = "";
    });
    return as<GRange>(this);
  }
  // --- clearing
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    const any =
      options?.contentsOnly || options?.formatOnly || options?.validationsOnly || options?.commentsOnly;
    if (!any || options?.contentsOnly) clearContent(s, this.box);
    if (!any || options?.formatOnly) {
      each(this.box, (r, c) => {
        const cell = s.get(r, c);
        if (cell !== undefined) clearFormatOf(cell);
      });
    }
    if (options?.validationsOnly) {
      each(this.box, (r, c) => {
        const cell = s.get(r, c);
        if (cell !== undefined) cell.validation = null;
      });
    }
    return as<GRange>(this);
  }
  clearContent(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    clearContent(s, this.box);
    return as<GRange>(this);
  }
  clearFormat(): GRange {
    const s = alive(this.sheet);
    guard(this.env, s, this.box);
    each(this.box, (r, c) => {
      const cell = s.get(r, c);
      if (cell !== undefined) clearFormatOf(cell);
    });
    return as<GRange>(this);
  }
  // --- protection
  protect(): GProtection {
    const s = alive(this.sheet);
    const data: ProtectionData = {
      type: "RANGE",
      sheet: s,
      box: { ...this.box },
      description: "",
      warningOnly: false,
      editors: [...new Set([this.env.users.owner, this.env.users.effective])],
      domainEdit: false,
      rangeName: null,
      unprotected: [],
    };
    s.protections.push(data);
    return newProtection(this.env, data);
  }
}
instrument(FakeRange, "Range");

function displayOf(env: SheetsEnv, s: SheetModel, r: number, c: number): string {
  const cell = s.get(r, c);
  if (cell === undefined) return "";
  return displayText(readValue(env, s, r, c), cell.numberFormat, env.book.locale, env.book.timeZone);
}

function richTextAt(env: SheetsEnv, s: SheetModel, r: number, c: number): GRichText | null {
  const value = readValue(env, s, r, c);
  if (typeof value !== "string") return null;
  return newRichText(env, { text: value, link: s.get(r, c)?.link ?? null });
}

// ---------------------------------------------------------------------------------------------
// Protection

export class FakeProtection implements Partial<GProtection> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: ProtectionData,
  ) {}
  addEditor(emailAddressOrUser: string | GUser): GProtection {
    const email = emailOf(emailAddressOrUser);
    if (!this.data.editors.includes(email)) this.data.editors.push(email);
    return as<GProtection>(this);
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const email of emailAddresses) if (!this.data.editors.includes(email)) this.data.editors.push(email);
    return as<GProtection>(this);
  }
  removeEditor(emailAddressOrUser: string | GUser): GProtection {
    removeEditor(this.env, this.data, emailOf(emailAddressOrUser));
    return as<GProtection>(this);
  }
  removeEditors(emailAddresses: string[] | GUser[]): GProtection {
    for (const e of emailAddresses) removeEditor(this.env, this.data, emailOf(e));
    return as<GProtection>(this);
  }
  getEditors(): GUser[] {
    return this.data.editors.map((e) => as<GUser>(new FakeUser(this.env, e)));
  }
  canEdit(): boolean {
    return canEdit(this.env, this.data);
  }
  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this.data.domainEdit = editable;
    return as<GProtection>(this);
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): GProtection {
    this.data.description = description;
    return as<GProtection>(this);
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.data.warningOnly = warningOnly;
    return as<GProtection>(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return as(this.data.type as never);
  }
  getRange(): GRange {
    return newRange(this.env, this.data.sheet, { ...(this.data.box ?? this.data.sheet.whole()) });
  }
  setRange(range: GRange): GProtection {
    const ref = rangeOf(range);
    if (this.data.type === "SHEET") throw new Error("Cannot change the range of a sheet protection.");
    this.data.box = { ...ref.box };
    return as<GProtection>(this);
  }
  getRangeName(): string | null {
    return this.data.rangeName;
  }
  setRangeName(rangeName: string): GProtection {
    this.data.rangeName = rangeName;
    return as<GProtection>(this);
  }
  getUnprotectedRanges(): GRange[] {
    return this.data.unprotected.map((b) => newRange(this.env, this.data.sheet, { ...b }));
  }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    if (this.data.type !== "SHEET") throw new Error("Only sheet protections can have unprotected ranges.");
    this.data.unprotected = ranges.map((r) => ({ ...rangeOf(r).box }));
    return as<GProtection>(this);
  }
  remove(): void {
    const list = this.data.sheet.protections;
    const at = list.indexOf(this.data);
    if (at >= 0) list.splice(at, 1);
  }
}
instrument(FakeProtection, "Protection");

function removeEditor(env: SheetsEnv, data: ProtectionData, email: string): void {
  // The owner and the current user always keep their access.
  if (email === env.users.owner || email === env.users.effective) return;
  data.editors = data.editors.filter((e) => e !== email);
}

// ---------------------------------------------------------------------------------------------
// Data validation

export class FakeDataValidationBuilder implements Partial<GValidationBuilder> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: ValidationData,
  ) {}
  build(): GValidation {
    if (this.data.criteria === "")
      throw new Error("You must specify a criteria type before building a data validation.");
    return newValidation(this.env, this.data);
  }
  copy(): GValidationBuilder {
    return as<GValidationBuilder>(new FakeDataValidationBuilder(this.env, copyValidation(this.data)));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return as(this.data.criteria as never);
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): GValidationBuilder {
    this.data.allowInvalid = allowInvalidData;
    return as<GValidationBuilder>(this);
  }
  setHelpText(helpText: string): GValidationBuilder {
    this.data.helpText = helpText;
    return as<GValidationBuilder>(this);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GValidationBuilder {
    this.data.criteria = String(criteria);
    this.data.values = [...args];
    return as<GValidationBuilder>(this);
  }
  requireValueInList(values: string[], showDropdown?: boolean): GValidationBuilder {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error("The data validation rule must have at least one value in the list.");
    }
    if (values.some((v) => String(v).length > 255)) {
      throw new Error("Values in a dropdown list must be 255 characters or fewer.");
    }
    return setCriteria(this, this.data, "VALUE_IN_LIST", [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: GRange, showDropdown?: boolean): GValidationBuilder {
    rangeOf(range);
    return setCriteria(this, this.data, "VALUE_IN_RANGE", [range, showDropdown ?? true]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GValidationBuilder {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return setCriteria(this, this.data, "CHECKBOX", values);
  }
  requireDate(): GValidationBuilder {
    return setCriteria(this, this.data, "DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: Date): GValidationBuilder {
    return setCriteria(this, this.data, "DATE_AFTER", [new Date(date.getTime())]);
  }
  requireDateBefore(date: Date): GValidationBuilder {
    return setCriteria(this, this.data, "DATE_BEFORE", [new Date(date.getTime())]);
  }
  requireDateBetween(start: Date, end: Date): GValidationBuilder {
    return setCriteria(this, this.data, "DATE_BETWEEN", [new Date(start.getTime()), new Date(end.getTime())]);
  }
  requireDateOnOrAfter(date: Date): GValidationBuilder {
    return setCriteria(this, this.data, "DATE_ON_OR_AFTER", [new Date(date.getTime())]);
  }
  requireDateOnOrBefore(date: Date): GValidationBuilder {
    return setCriteria(this, this.data, "DATE_ON_OR_BEFORE", [new Date(date.getTime())]);
  }
  requireNumberBetween(start: number, end: number): GValidationBuilder {
    return setCriteria(this, this.data, "NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThan(number: number): GValidationBuilder {
    return setCriteria(this, this.data, "NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GValidationBuilder {
    return setCriteria(this, this.data, "NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): GValidationBuilder {
    return setCriteria(this, this.data, "NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): GValidationBuilder {
    return setCriteria(this, this.data, "NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireTextIsEmail(): GValidationBuilder {
    return setCriteria(this, this.data, "TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): GValidationBuilder {
    return setCriteria(this, this.data, "TEXT_IS_VALID_URL", []);
  }
  requireFormulaSatisfied(formula: string): GValidationBuilder {
    return setCriteria(this, this.data, "CUSTOM_FORMULA", [formula]);
  }
}
instrument(FakeDataValidationBuilder, "DataValidationBuilder");

function setCriteria(
  builder: FakeDataValidationBuilder,
  data: ValidationData,
  criteria: string,
  values: unknown[],
): GValidationBuilder {
  data.criteria = criteria;
  data.values = values;
  return as<GValidationBuilder>(builder);
}

export class FakeDataValidation implements Partial<GValidation> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: ValidationData,
  ) {}
  copy(): GValidationBuilder {
    return as<GValidationBuilder>(new FakeDataValidationBuilder(this.env, copyValidation(this.data)));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return as(this.data.criteria as never);
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getHelpText(): string {
    return this.data.helpText ?? "";
  }
}
instrument(FakeDataValidation, "DataValidation");

// ---------------------------------------------------------------------------------------------
// Charts

export class FakeEmbeddedChartBuilder implements Partial<GChartBuilder> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: ChartData,
  ) {}
  addRange(range: GRange): GChartBuilder {
    const ref = rangeOf(range);
    this.data.ranges.push({ sheet: ref.sheet, box: { ...ref.box } });
    return as<GChartBuilder>(this);
  }
  removeRange(range: GRange): GChartBuilder {
    const ref = rangeOf(range);
    this.data.ranges = this.data.ranges.filter(
      (r) => !(r.sheet === ref.sheet && a1Of(r.box) === a1Of(ref.box)),
    );
    return as<GChartBuilder>(this);
  }
  clearRanges(): GChartBuilder {
    this.data.ranges = [];
    return as<GChartBuilder>(this);
  }
  getRanges(): GRange[] {
    return this.data.ranges.map((r) => newRange(this.env, r.sheet, { ...r.box }));
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GChartBuilder {
    this.data.type = String(type);
    return as<GChartBuilder>(this);
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return as(this.data.type as never);
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.data.type = "COLUMN";
    return as(this);
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this.data.type = "BAR";
    return as(this);
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this.data.type = "LINE";
    return as(this);
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    this.data.type = "PIE";
    return as(this);
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    this.data.type = "AREA";
    return as(this);
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    this.data.type = "TABLE";
    return as(this);
  }
  setOption(option: string, value: unknown): GChartBuilder {
    this.data.options[option] = value;
    return as<GChartBuilder>(this);
  }
  setTitle(chartTitle: string): GChartBuilder {
    this.data.options.title = chartTitle;
    return as<GChartBuilder>(this);
  }
  setStacked(): GChartBuilder {
    this.data.options.isStacked = true;
    return as<GChartBuilder>(this);
  }
  setColors(cssValues: string[]): GChartBuilder {
    this.data.options.colors = [...cssValues];
    return as<GChartBuilder>(this);
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): GChartBuilder {
    this.data.options["legend.position"] = String(position).toLowerCase();
    return as<GChartBuilder>(this);
  }
  setXAxisTitle(title: string): GChartBuilder {
    this.data.options["hAxis.title"] = title;
    return as<GChartBuilder>(this);
  }
  setYAxisTitle(title: string): GChartBuilder {
    this.data.options["vAxis.title"] = title;
    return as<GChartBuilder>(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GChartBuilder {
    this.data.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return as<GChartBuilder>(this);
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return as(new FakeContainerInfo(this.env, { ...this.data.position }));
  }
  setNumHeaders(headers: number): GChartBuilder {
    this.data.numHeaders = headers;
    return as<GChartBuilder>(this);
  }
  setTransposeRowsAndColumns(transpose: boolean): GChartBuilder {
    this.data.transpose = transpose;
    return as<GChartBuilder>(this);
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): GChartBuilder {
    this.data.mergeStrategy = String(mergeStrategy);
    return as<GChartBuilder>(this);
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): GChartBuilder {
    this.data.hiddenDimensionStrategy = String(strategy);
    return as<GChartBuilder>(this);
  }
  build(): GChart {
    if (this.data.ranges.length === 0) throw new Error("A chart needs at least one range.");
    return newChartFacade(this.env, cloneChart(this.data));
  }
}
instrument(FakeEmbeddedChartBuilder, "EmbeddedChartBuilder");

function cloneChart(data: ChartData): ChartData {
  return {
    ...data,
    ranges: data.ranges.map((r) => ({ sheet: r.sheet, box: { ...r.box } })),
    options: { ...data.options },
    position: { ...data.position },
  };
}

export class FakeEmbeddedChart implements Partial<GChart> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: ChartData,
  ) {}
  getChartId(): number | null {
    return this.data.id;
  }
  getRanges(): GRange[] {
    return this.data.ranges.map((r) => newRange(this.env, r.sheet, { ...r.box }));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return as(new FakeChartOptions(this.env, { ...this.data.options }));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return as(new FakeContainerInfo(this.env, { ...this.data.position }));
  }
  getNumHeaders(): number {
    return this.data.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.data.transpose;
  }
  modify(): GChartBuilder {
    return as<GChartBuilder>(new FakeEmbeddedChartBuilder(this.env, cloneChart(this.data)));
  }
}
instrument(FakeEmbeddedChart, "EmbeddedChart");

export class FakeChartOptions implements Partial<GoogleAppsScript.Charts.ChartOptions> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly options: Record<string, unknown>,
  ) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}
instrument(FakeChartOptions, "ChartOptions");

export class FakeContainerInfo implements Partial<GoogleAppsScript.Spreadsheet.ContainerInfo> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly position: ChartData["position"],
  ) {}
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.col;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}
instrument(FakeContainerInfo, "ContainerInfo");

// ---------------------------------------------------------------------------------------------
// Rich text

function newRichText(env: SheetsEnv, data: { text: string; link: string | null }): GRichText {
  const facade = new FakeRichTextValue(env, { ...data });
  richTexts.set(facade, { ...data });
  return as<GRichText>(facade);
}

function richTextOf(value: unknown): { text: string; link: string | null } {
  const data = typeof value === "object" && value !== null ? richTexts.get(value) : undefined;
  if (data === undefined)
    throw new Error("Fakes: expected a RichTextValue built by SpreadsheetApp.newRichTextValue()");
  return { ...data };
}

export class FakeRichTextValueBuilder implements Partial<GRichTextBuilder> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: { text: string; link: string | null },
  ) {}
  setText(text: string): GRichTextBuilder {
    this.data.text = text;
    return as<GRichTextBuilder>(this);
  }
  setLinkUrl(a: number | string | null, _b?: number, c?: string | null): GRichTextBuilder {
    this.data.link = typeof a === "number" ? (c ?? null) : a;
    return as<GRichTextBuilder>(this);
  }
  setTextStyle(): GRichTextBuilder {
    return as<GRichTextBuilder>(this);
  }
  build(): GRichText {
    return newRichText(this.env, this.data);
  }
}
instrument(FakeRichTextValueBuilder, "RichTextValueBuilder");

export class FakeRichTextValue implements Partial<GRichText> {
  constructor(
    protected readonly env: SheetsEnv,
    private readonly data: { text: string; link: string | null },
  ) {}
  getText(): string {
    return this.data.text;
  }
  getLinkUrl(): string | null {
    return this.data.link;
  }
  getStartIndex(): number {
    return 0;
  }
  getEndIndex(): number {
    return this.data.text.length;
  }
  copy(): GRichTextBuilder {
    return as<GRichTextBuilder>(new FakeRichTextValueBuilder(this.env, { ...this.data }));
  }
}
instrument(FakeRichTextValue, "RichTextValue");

// ---------------------------------------------------------------------------------------------
// Uncounted access for tests

/** The SpreadsheetApp model behind the facades, for test helpers. */
export function createSheetsEnv(init: {
  recorder: Recorder;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheetNames: string[];
  users: Users;
  autoGrow: boolean;
  formulaValue?: SheetsEnv["formulaValue"];
}): SheetsEnv {
  const book = new Book(init.id, init.name, init.timeZone, init.locale);
  for (const name of init.sheetNames) book.addSheet(name);
  return {
    recorder: init.recorder,
    book,
    ui: new UiState(),
    users: init.users,
    autoGrow: init.autoGrow,
    formulaValue: init.formulaValue ?? (() => "#FORMULA"),
    flushes: 0,
    nextChartId: 1,
  };
}

export { readValue, writeInput };
