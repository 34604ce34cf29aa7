/**
 * The Sheets advanced service (`Sheets.Spreadsheets.get` and `.batchUpdate`) over the same in-memory
 * book as the SpreadsheetApp fakes, so what a batch does is what SpreadsheetApp then sees.
 *
 * Strict like the API: every request's fields are checked against the v4 reference (an unknown field
 * or a wrong type is refused with the API's "Invalid JSON payload" text), sheet ids must exist or
 * must not collide, ranges must lie inside the grid, merges must not overlap, the workbook keeps to
 * 10 million cells. A batch is atomic: requests apply in order and, if one is invalid, nothing of
 * the batch stays. Only the request kinds and fields the add-on sends are modelled; any other is
 * refused, which is stricter than Google, never more lenient.
 *
 * Reference pages (https://developers.google.com/workspace/sheets/api/reference/rest/v4/…):
 *   spreadsheets/batchUpdate, spreadsheets/get, spreadsheets/request, spreadsheets/cells,
 *   spreadsheets/other (GridRange, ColorStyle), spreadsheets/sheets, spreadsheets/charts.
 */
import { as, type CountedEnv, instrument, isDate, zoneOffsetMs } from "./core";
import {
  addMerge,
  type Box,
  type CellData,
  type ChartData,
  intersects,
  type ProtectionData,
  readValue,
  SheetModel,
  type SheetsEnv,
} from "./spreadsheet";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Json = Record<string, unknown>;

/** Sheets' cell limit per spreadsheet (Google Sheets help, "Files you can store in Google Drive"). */
const MAX_CELLS = 10_000_000;
/**
 * The largest request body Google's front end accepts. The Usage limits page
 * (developers.google.com/workspace/sheets/api/limits) says only that "processing components not
 * controlled by Sheets" may limit a request and recommends 2 MB; the 10,485,760 bytes and the error
 * text are what callers report (github.com/googleworkspace/dotnet-samples/issues/23,
 * github.com/jlolling/talendcomp_tGoogleSheet/issues/1).
 */
const MAX_PAYLOAD_BYTES = 10_485_760;
const SERIAL_EPOCH = 25_569;
const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// The subset of the v4 schema the add-on sends: a field not listed here is an unknown field.

type Shape =
  | "int"
  | "num"
  | "str"
  | "bool"
  | { enum: readonly string[] }
  | { list: Shape }
  | { [k: string]: Shape };

const oneOf = (...values: string[]) => ({ enum: values });
// spreadsheets/other#Color, #ColorStyle
const COLOR: Shape = { red: "num", green: "num", blue: "num", alpha: "num" };
const COLOR_STYLE: Shape = { rgbColor: COLOR };
// spreadsheets/other#GridRange
const GRID_RANGE: Shape = {
  sheetId: "int",
  startRowIndex: "int",
  endRowIndex: "int",
  startColumnIndex: "int",
  endColumnIndex: "int",
};
// spreadsheets/cells#CellFormat, #NumberFormat, #TextFormat
const CELL_FORMAT: Shape = {
  numberFormat: {
    type: oneOf("TEXT", "NUMBER", "PERCENT", "CURRENCY", "DATE", "TIME", "DATE_TIME", "SCIENTIFIC"),
    pattern: "str",
  },
  backgroundColor: COLOR,
  backgroundColorStyle: COLOR_STYLE,
  horizontalAlignment: oneOf("LEFT", "CENTER", "RIGHT"),
  verticalAlignment: oneOf("TOP", "MIDDLE", "BOTTOM"),
  wrapStrategy: oneOf("OVERFLOW_CELL", "LEGACY_WRAP", "CLIP", "WRAP"),
  textFormat: { fontFamily: "str", fontSize: "int", bold: "bool", italic: "bool" },
};
// spreadsheets/cells#CellData, spreadsheets/other#ExtendedValue (no formulaValue: we never send one)
const CELL_DATA: Shape = {
  userEnteredValue: { numberValue: "num", stringValue: "str", boolValue: "bool" },
  userEnteredFormat: CELL_FORMAT,
};
const ROW_DATA: Shape = { values: { list: CELL_DATA } };
// spreadsheets/cells#Border
const BORDER: Shape = {
  style: oneOf("DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "NONE", "DOUBLE"),
  width: "int",
  color: COLOR,
  colorStyle: COLOR_STYLE,
};
// spreadsheets/charts#ChartSourceRange, #BasicChartSpec
const SOURCE: Shape = { sourceRange: { sources: { list: GRID_RANGE } } };
const BASIC_CHART: Shape = {
  chartType: oneOf("BAR", "LINE", "AREA", "COLUMN", "SCATTER", "COMBO", "STEPPED_AREA"),
  legendPosition: oneOf("BOTTOM_LEGEND", "LEFT_LEGEND", "RIGHT_LEGEND", "TOP_LEGEND", "NO_LEGEND"),
  axis: {
    list: {
      position: oneOf("BOTTOM_AXIS", "LEFT_AXIS", "RIGHT_AXIS"),
      title: "str",
      viewWindowOptions: {
        viewWindowMin: "num",
        viewWindowMax: "num",
        viewWindowMode: oneOf(
          "DEFAULT_VIEW_WINDOW_MODE",
          "VIEW_WINDOW_MODE_UNSUPPORTED",
          "EXPLICIT",
          "PRETTY",
        ),
      },
    },
  },
  domains: { list: { domain: SOURCE, reversed: "bool" } },
  series: { list: { series: SOURCE, targetAxis: oneOf("BOTTOM_AXIS", "LEFT_AXIS", "RIGHT_AXIS") } },
  headerCount: "int",
};
// spreadsheets/request#Request: one field per request kind
const REQUESTS: Record<string, Shape> = {
  // #AddSheetRequest, spreadsheets/sheets#SheetProperties, #GridProperties
  addSheet: {
    properties: {
      sheetId: "int",
      title: "str",
      index: "int",
      hidden: "bool",
      gridProperties: { rowCount: "int", columnCount: "int", frozenRowCount: "int", hideGridlines: "bool" },
    },
  },
  // #UpdateSheetPropertiesRequest (only title and hidden are modelled)
  updateSheetProperties: { properties: { sheetId: "int", title: "str", hidden: "bool" }, fields: "str" },
  // #DeleteSheetRequest
  deleteSheet: { sheetId: "int" },
  // #UpdateCellsRequest (only `start`; `range` is not modelled)
  updateCells: {
    rows: { list: ROW_DATA },
    fields: "str",
    start: { sheetId: "int", rowIndex: "int", columnIndex: "int" },
  },
  // #AppendCellsRequest
  appendCells: { sheetId: "int", rows: { list: ROW_DATA }, fields: "str" },
  // #RepeatCellRequest
  repeatCell: { range: GRID_RANGE, cell: CELL_DATA, fields: "str" },
  // #UpdateBordersRequest
  updateBorders: {
    range: GRID_RANGE,
    top: BORDER,
    bottom: BORDER,
    left: BORDER,
    right: BORDER,
    innerHorizontal: BORDER,
    innerVertical: BORDER,
  },
  // #MergeCellsRequest
  mergeCells: { range: GRID_RANGE, mergeType: oneOf("MERGE_ALL", "MERGE_COLUMNS", "MERGE_ROWS") },
  // #UpdateDimensionPropertiesRequest, spreadsheets/other#DimensionRange, spreadsheets/sheets#DimensionProperties
  updateDimensionProperties: {
    range: { sheetId: "int", dimension: oneOf("ROWS", "COLUMNS"), startIndex: "int", endIndex: "int" },
    properties: { pixelSize: "int", hiddenByUser: "bool" },
    fields: "str",
  },
  // #AddProtectedRangeRequest, spreadsheets/sheets#ProtectedRange
  addProtectedRange: { protectedRange: { range: GRID_RANGE, description: "str", warningOnly: "bool" } },
  // #DeleteEmbeddedObjectRequest
  deleteEmbeddedObject: { objectId: "int" },
  // #AddChartRequest, spreadsheets/charts#EmbeddedChart, #EmbeddedObjectPosition, #OverlayPosition
  addChart: {
    chart: {
      chartId: "int",
      spec: { title: "str", basicChart: BASIC_CHART },
      position: {
        overlayPosition: {
          anchorCell: { sheetId: "int", rowIndex: "int", columnIndex: "int" },
          offsetXPixels: "int",
          offsetYPixels: "int",
          widthPixels: "int",
          heightPixels: "int",
        },
      },
    },
  },
};

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function payloadError(detail: string): Error {
  return new Error(
    `API call to sheets.spreadsheets.batchUpdate failed with error: Invalid JSON payload received. ${detail}`,
  );
}

/** spreadsheets/batchUpdate: the API checks the JSON against the schema before looking at any request. */
function checkShape(value: unknown, shape: Shape, path: string): void {
  const bad = () => payloadError(`Invalid value at '${path}', ${JSON.stringify(value)}`);
  if (shape === "int") {
    if (!Number.isInteger(value)) throw bad();
  } else if (shape === "num") {
    if (typeof value !== "number" || !Number.isFinite(value)) throw bad();
  } else if (shape === "str") {
    if (typeof value !== "string") throw bad();
  } else if (shape === "bool") {
    if (typeof value !== "boolean") throw bad();
  } else if ("enum" in shape && Array.isArray(shape.enum)) {
    if (typeof value !== "string" || !shape.enum.includes(value)) throw bad();
  } else if ("list" in shape && typeof shape.list === "object") {
    if (!Array.isArray(value)) throw bad();
    value.forEach((item, i) => {
      checkShape(item, shape.list as Shape, `${path}[${i}]`);
    });
  } else {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad();
    const fields = shape as Record<string, Shape>;
    for (const [key, v] of Object.entries(value)) {
      const inner = fields[key];
      if (inner === undefined) throw payloadError(`Unknown name "${key}" at '${path}': Cannot find field.`);
      if (v !== undefined && v !== null) checkShape(v, inner, `${path}.${snake(key)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A batch as one transaction: each sheet it touches is saved first and restored if a request fails.

interface SavedSheet {
  sheet: SheetModel;
  state: Omit<SheetState, never>;
}

interface SheetState {
  name: string;
  maxRows: number;
  maxCols: number;
  cells: [number, CellData][];
  merges: Box[];
  frozenRows: number;
  hidden: boolean;
  hiddenGridlines: boolean;
  columnWidths: [number, number][];
  rowHeights: [number, number][];
  charts: ChartData[];
  protections: ProtectionData[];
  deleted: boolean;
}

function cloneCell(cell: CellData): CellData {
  return {
    ...cell,
    borders: structuredClone(cell.borders),
    validation: cell.validation ? { ...cell.validation, values: [...cell.validation.values] } : null,
  };
}

class Transaction {
  private readonly saved = new Map<SheetModel, SavedSheet>();
  private readonly order: SheetModel[];
  private readonly active: SheetModel | undefined;

  constructor(private readonly env: SheetsEnv) {
    this.order = [...env.book.sheets];
    this.active = env.book.active;
  }

  touch(sheet: SheetModel): SheetModel {
    if (!this.saved.has(sheet) && this.order.includes(sheet))
      this.saved.set(sheet, {
        sheet,
        state: {
          name: sheet.name,
          maxRows: sheet.maxRows,
          maxCols: sheet.maxCols,
          cells: [...sheet.cells].map(([k, c]) => [k, cloneCell(c)]),
          merges: sheet.merges.map((m) => ({ ...m })),
          frozenRows: sheet.frozenRows,
          hidden: sheet.hidden,
          hiddenGridlines: sheet.hiddenGridlines,
          columnWidths: [...sheet.columnWidths],
          rowHeights: [...sheet.rowHeights],
          charts: [...sheet.charts],
          protections: [...sheet.protections],
          deleted: sheet.deleted,
        },
      });
    return sheet;
  }

  rollback(): void {
    const book = this.env.book;
    for (const s of book.sheets) if (!this.order.includes(s)) s.deleted = true;
    book.sheets = [...this.order];
    book.active = this.active;
    for (const { sheet, state } of this.saved.values()) {
      sheet.name = state.name;
      sheet.maxRows = state.maxRows;
      sheet.maxCols = state.maxCols;
      sheet.cells.clear();
      for (const [k, c] of state.cells) sheet.cells.set(k, c);
      sheet.merges = state.merges;
      sheet.frozenRows = state.frozenRows;
      sheet.hidden = state.hidden;
      sheet.hiddenGridlines = state.hiddenGridlines;
      sheet.columnWidths.clear();
      for (const [k, v] of state.columnWidths) sheet.columnWidths.set(k, v);
      sheet.rowHeights.clear();
      for (const [k, v] of state.rowHeights) sheet.rowHeights.set(k, v);
      sheet.charts = state.charts;
      sheet.protections = state.protections;
      sheet.deleted = state.deleted;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

class RequestError extends Error {}

function fail(i: number, kind: string, detail: string): RequestError {
  return new RequestError(`Invalid requests[${i}].${kind}: ${detail}`);
}

interface Ctx {
  env: SheetsEnv;
  tx: Transaction;
  i: number;
  kind: string;
}

function sheetById(ctx: Ctx, id: unknown): SheetModel {
  // spreadsheets/other#GridRange: sheetId defaults to 0 like every proto int.
  const sheetId = typeof id === "number" ? id : 0;
  const sheet = ctx.env.book.sheets.find((s) => s.id === sheetId && !s.deleted);
  if (!sheet) throw fail(ctx.i, ctx.kind, `No grid with id: ${sheetId}`);
  return ctx.tx.touch(sheet);
}

function a1(sheet: SheetModel, box: Box): string {
  const col = (n: number) => {
    let s = "";
    for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  return `'${sheet.name}'!${col(box.col)}${box.row}:${col(box.col + box.numCols - 1)}${box.row + box.numRows - 1}`;
}

/** spreadsheets/other#GridRange: missing ends mean "to the sheet's end"; a range past the grid is refused. */
function boxOf(ctx: Ctx, range: Json | undefined): { sheet: SheetModel; box: Box } {
  const r = range ?? {};
  const sheet = sheetById(ctx, r.sheetId);
  const n = (v: unknown, d: number) => (typeof v === "number" ? v : d);
  const top = n(r.startRowIndex, 0);
  const bottom = n(r.endRowIndex, sheet.maxRows);
  const left = n(r.startColumnIndex, 0);
  const right = n(r.endColumnIndex, sheet.maxCols);
  if (top < 0 || left < 0 || bottom < top || right < left)
    throw fail(ctx.i, ctx.kind, "Invalid range: start index must not be negative or after the end index.");
  const box = { row: top + 1, col: left + 1, numRows: bottom - top, numCols: right - left };
  if (bottom > sheet.maxRows || right > sheet.maxCols)
    throw fail(
      ctx.i,
      ctx.kind,
      `Range (${a1(sheet, box)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
    );
  return { sheet, box };
}

function checkCellLimit(ctx: Ctx): void {
  const total = ctx.env.book.sheets.reduce((sum, s) => sum + s.maxRows * s.maxCols, 0);
  if (total > MAX_CELLS)
    throw fail(
      ctx.i,
      ctx.kind,
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
    );
}

const hex = (c: Json | undefined) => {
  const part = (v: unknown) =>
    Math.round((typeof v === "number" ? v : 0) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${part(c?.red)}${part(c?.green)}${part(c?.blue)}`;
};

/** Default patterns when a number format gives only its type (spreadsheets/cells#NumberFormat). */
const DEFAULT_PATTERNS: Record<string, string> = {
  TEXT: "@",
  NUMBER: "#,##0.00",
  PERCENT: "0.00%",
  CURRENCY: "#,##0.00 [$₫-1]",
  DATE: "dd/MM/yyyy",
  TIME: "HH:mm:ss",
  DATE_TIME: "dd/MM/yyyy HH:mm:ss",
  SCIENTIFIC: "0.00E+00",
};

/** One leaf of CellData the fake stores, by its field-mask path, and how it lands in the model. */
const LEAVES: Array<[string, (cell: CellData, data: Json) => void]> = [
  [
    "userEnteredValue",
    (cell, d) => {
      const v = d.userEnteredValue as Json | undefined;
      cell.formula = "";
      cell.link = null;
      // spreadsheets/other#ExtendedValue: stringValue is stored as typed, never parsed as a formula.
      cell.value =
        v?.stringValue !== undefined
          ? String(v.stringValue)
          : v?.numberValue !== undefined
            ? Number(v.numberValue)
            : v?.boolValue !== undefined
              ? Boolean(v.boolValue)
              : "";
    },
  ],
  [
    "userEnteredFormat.numberFormat",
    (cell, d) => {
      const f = fmt(d).numberFormat as Json | undefined;
      cell.numberFormat = f
        ? typeof f.pattern === "string" && f.type !== "TEXT"
          ? f.pattern
          : (DEFAULT_PATTERNS[String(f.type)] ?? null)
        : null;
    },
  ],
  [
    "userEnteredFormat.backgroundColor",
    (cell, d) => {
      const f = fmt(d);
      const c = ((f.backgroundColorStyle as Json | undefined)?.rgbColor ?? f.backgroundColor) as
        | Json
        | undefined;
      cell.background = c ? hex(c) : null;
    },
  ],
  [
    "userEnteredFormat.backgroundColorStyle",
    (cell, d) => {
      const c = (fmt(d).backgroundColorStyle as Json | undefined)?.rgbColor as Json | undefined;
      if (c || fmt(d).backgroundColor === undefined) cell.background = c ? hex(c) : null;
    },
  ],
  [
    "userEnteredFormat.horizontalAlignment",
    (cell, d) => {
      const v = fmt(d).horizontalAlignment;
      cell.horizontalAlignment = typeof v === "string" ? v.toLowerCase() : null;
    },
  ],
  [
    "userEnteredFormat.verticalAlignment",
    (cell, d) => {
      const v = fmt(d).verticalAlignment;
      cell.verticalAlignment = typeof v === "string" ? v.toLowerCase() : null;
    },
  ],
  [
    "userEnteredFormat.wrapStrategy",
    (cell, d) => {
      const v = fmt(d).wrapStrategy;
      cell.wrapStrategy =
        v === "OVERFLOW_CELL" ? "OVERFLOW" : v === "LEGACY_WRAP" ? "WRAP" : typeof v === "string" ? v : null;
    },
  ],
  [
    "userEnteredFormat.textFormat.fontFamily",
    (cell, d) => {
      const v = text(d).fontFamily;
      cell.fontFamily = typeof v === "string" ? v : null;
    },
  ],
  [
    "userEnteredFormat.textFormat.fontSize",
    (cell, d) => {
      const v = text(d).fontSize;
      cell.fontSize = typeof v === "number" ? v : null;
    },
  ],
  [
    "userEnteredFormat.textFormat.bold",
    (cell, d) => {
      const v = text(d).bold;
      cell.fontWeight = v === undefined ? null : v ? "bold" : "normal";
    },
  ],
  [
    "userEnteredFormat.textFormat.italic",
    (cell, d) => {
      const v = text(d).italic;
      cell.fontStyle = v === undefined ? null : v ? "italic" : "normal";
    },
  ],
];

function fmt(d: Json): Json {
  return (d.userEnteredFormat as Json | undefined) ?? {};
}
function text(d: Json): Json {
  return (fmt(d).textFormat as Json | undefined) ?? {};
}

/**
 * spreadsheets/request#UpdateCellsRequest `fields`: a comma-separated FieldMask; "*" is every field.
 * Fields named in the mask but absent from the data are cleared; others are left alone.
 */
function maskOf(ctx: Ctx, fields: unknown): Array<(cell: CellData, data: Json) => void> {
  if (typeof fields !== "string" || fields.trim() === "")
    throw fail(ctx.i, ctx.kind, "At least one field must be updated. Use '*' to update all fields.");
  const paths = fields.split(",").map((p) => p.trim());
  const chosen = new Set<(cell: CellData, data: Json) => void>();
  for (const path of paths) {
    const hits = LEAVES.filter(
      ([leaf]) => path === "*" || leaf === path || leaf.startsWith(`${path}.`) || path.startsWith(`${leaf}.`),
    );
    if (hits.length === 0) throw fail(ctx.i, ctx.kind, `Invalid field mask path: '${path}'`);
    for (const [, apply] of hits) chosen.add(apply);
  }
  return [...chosen];
}

/** Sheets holds at most 50,000 characters in a cell (support.google.com/drive/answer/37603). */
const MAX_CELL_TEXT = 50_000;

function checkCellText(ctx: Ctx, data: Json): void {
  const text = (data.userEnteredValue as Json | undefined)?.stringValue;
  if (typeof text === "string" && text.length > MAX_CELL_TEXT)
    throw fail(
      ctx.i,
      ctx.kind,
      `Your input contains more than the maximum of ${MAX_CELL_TEXT} characters in a single cell.`,
    );
}

function writeRows(
  ctx: Ctx,
  sheet: SheetModel,
  row0: number,
  col0: number,
  rows: Json[],
  fields: unknown,
): void {
  const mask = maskOf(ctx, fields);
  rows.forEach((row, i) => {
    const values = (row.values as Json[] | undefined) ?? [];
    if (values.length === 0) return;
    if (row0 + i > sheet.maxRows || col0 + values.length - 1 > sheet.maxCols)
      throw fail(
        ctx.i,
        ctx.kind,
        `Range (${a1(sheet, { row: row0 + i, col: col0, numRows: 1, numCols: values.length })}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
      );
    values.forEach((data, j) => {
      checkCellText(ctx, data);
      const cell = sheet.ensure(row0 + i, col0 + j);
      for (const apply of mask) apply(cell, data);
    });
  });
}

function applyBorders(sheet: SheetModel, box: Box, u: Json): void {
  const line = (b: unknown) => {
    const border = b as Json | undefined;
    if (!border) return undefined;
    if (border.style === "NONE") return null;
    const color = ((border.colorStyle as Json | undefined)?.rgbColor ?? border.color) as Json | undefined;
    return { color: hex(color), style: String(border.style ?? "SOLID") };
  };
  const set = (
    r: number,
    c: number,
    side: "top" | "left" | "bottom" | "right",
    l: ReturnType<typeof line>,
  ) => {
    if (l === undefined) return;
    const cell = sheet.ensure(r, c);
    if (l === null) delete cell.borders[side];
    else cell.borders[side] = { ...l };
  };
  const sides = {
    top: line(u.top),
    bottom: line(u.bottom),
    left: line(u.left),
    right: line(u.right),
    h: line(u.innerHorizontal),
    v: line(u.innerVertical),
  };
  for (let i = 0; i < box.numRows; i++)
    for (let j = 0; j < box.numCols; j++) {
      const r = box.row + i;
      const c = box.col + j;
      set(r, c, "top", i === 0 ? sides.top : sides.h);
      set(r, c, "bottom", i === box.numRows - 1 ? sides.bottom : sides.h);
      set(r, c, "left", j === 0 ? sides.left : sides.v);
      set(r, c, "right", j === box.numCols - 1 ? sides.right : sides.v);
    }
}

function applyRequest(ctx: Ctx, body: Json): unknown {
  const { env } = ctx;
  const book = env.book;
  switch (ctx.kind) {
    case "addSheet": {
      const props = (body.properties as Json | undefined) ?? {};
      const grid = (props.gridProperties as Json | undefined) ?? {};
      const title = typeof props.title === "string" ? props.title : book.defaultName();
      // spreadsheets/sheets#SheetProperties: sheetId "if set, must be non-negative" and unique.
      const id = typeof props.sheetId === "number" ? props.sheetId : undefined;
      if (id !== undefined && id < 0) throw fail(ctx.i, ctx.kind, `Invalid sheet id: ${id}`);
      if (id !== undefined && book.sheets.some((s) => s.id === id))
        throw fail(ctx.i, ctx.kind, `A sheet with the id ${id} already exists.`);
      if (title.trim() === "") throw fail(ctx.i, ctx.kind, "Sheet names cannot be empty.");
      if (book.find(title))
        throw fail(
          ctx.i,
          ctx.kind,
          `A sheet with the name "${title}" already exists. Please enter another name.`,
        );
      const rows = typeof grid.rowCount === "number" ? grid.rowCount : 1000;
      const cols = typeof grid.columnCount === "number" ? grid.columnCount : 26;
      if (rows < 1 || cols < 1) throw fail(ctx.i, ctx.kind, "A sheet needs at least one row and one column.");
      const frozen = typeof grid.frozenRowCount === "number" ? grid.frozenRowCount : 0;
      if (frozen < 0 || frozen > rows) throw fail(ctx.i, ctx.kind, `Invalid frozen row count: ${frozen}`);
      const index = typeof props.index === "number" ? props.index : book.sheets.length;
      const sheet = new SheetModel(title, id ?? book.nextSheetId());
      sheet.maxRows = rows;
      sheet.maxCols = cols;
      book.sheets.splice(Math.max(0, Math.min(index, book.sheets.length)), 0, sheet);
      sheet.frozenRows = frozen;
      sheet.hiddenGridlines = grid.hideGridlines === true;
      sheet.hidden = props.hidden === true;
      checkCellLimit(ctx);
      return { addSheet: { properties: { sheetId: sheet.id, title, index: book.sheets.indexOf(sheet) } } };
    }
    // #UpdateSheetPropertiesRequest: `fields` names what changes; a title must stay unique (case aside).
    case "updateSheetProperties": {
      const props = (body.properties as Json | undefined) ?? {};
      const sheet = sheetById(ctx, props.sheetId);
      const fields = typeof body.fields === "string" ? body.fields.split(",").map((f) => f.trim()) : [];
      if (fields.length === 0 || fields.some((f) => f !== "title" && f !== "hidden"))
        throw fail(
          ctx.i,
          ctx.kind,
          `Fakes: only the title and hidden fields are modelled, got '${String(body.fields)}'`,
        );
      if (fields.includes("title")) {
        const title = typeof props.title === "string" ? props.title : "";
        if (title.trim() === "") throw fail(ctx.i, ctx.kind, "Sheet names cannot be empty.");
        const other = book.find(title);
        if (other && other !== sheet)
          throw fail(
            ctx.i,
            ctx.kind,
            `A sheet with the name "${title}" already exists. Please enter another name.`,
          );
        sheet.name = title;
      }
      if (fields.includes("hidden")) {
        // spreadsheets/sheets#SheetProperties `hidden`; Sheet.hideSheet (apps-script/reference/spreadsheet/sheet)
        // and the UI keep one sheet visible. Unsure whether the API does too: refuse, with the same text.
        const hidden = props.hidden === true;
        if (hidden && book.sheets.every((s) => s === sheet || s.hidden))
          throw fail(ctx.i, ctx.kind, "You can't hide all the sheets in a document.");
        sheet.hidden = hidden;
      }
      return {};
    }
    case "deleteSheet": {
      const sheet = sheetById(ctx, body.sheetId);
      if (book.sheets.length === 1)
        throw fail(ctx.i, ctx.kind, "You can't remove all the sheets in a document.");
      // Unsure whether the API lets a batch leave only hidden sheets (the UI does not): refuse it.
      if (book.sheets.every((s) => s === sheet || s.hidden))
        throw fail(ctx.i, ctx.kind, "You can't remove all the visible sheets in a document.");
      const at = book.sheets.indexOf(sheet);
      book.sheets.splice(at, 1);
      sheet.deleted = true;
      if (book.active === sheet) {
        book.active = book.sheets[Math.max(0, at - 1)];
        book.activeRange = null;
      }
      return {};
    }
    case "updateCells": {
      const start = (body.start as Json | undefined) ?? {};
      const sheet = sheetById(ctx, start.sheetId);
      const row = (typeof start.rowIndex === "number" ? start.rowIndex : 0) + 1;
      const col = (typeof start.columnIndex === "number" ? start.columnIndex : 0) + 1;
      if (body.start === undefined)
        throw fail(ctx.i, ctx.kind, "Fakes: only updateCells with `start` is modelled.");
      writeRows(ctx, sheet, row, col, (body.rows as Json[] | undefined) ?? [], body.fields);
      return {};
    }
    case "appendCells": {
      const sheet = sheetById(ctx, body.sheetId);
      const rows = (body.rows as Json[] | undefined) ?? [];
      const first = sheet.lastRow() + 1;
      // #AppendCellsRequest: "inserting new rows into the sheet if necessary".
      sheet.maxRows = Math.max(sheet.maxRows, first + rows.length - 1);
      const width = Math.max(0, ...rows.map((r) => ((r.values as Json[] | undefined) ?? []).length));
      sheet.maxCols = Math.max(sheet.maxCols, width);
      checkCellLimit(ctx);
      writeRows(ctx, sheet, first, 1, rows, body.fields);
      return {};
    }
    case "repeatCell": {
      const { sheet, box } = boxOf(ctx, body.range as Json | undefined);
      const mask = maskOf(ctx, body.fields);
      const data = (body.cell as Json | undefined) ?? {};
      checkCellText(ctx, data);
      for (let r = box.row; r < box.row + box.numRows; r++)
        for (let c = box.col; c < box.col + box.numCols; c++) {
          const cell = sheet.ensure(r, c);
          for (const apply of mask) apply(cell, data);
        }
      return {};
    }
    case "updateBorders": {
      const { sheet, box } = boxOf(ctx, body.range as Json | undefined);
      applyBorders(sheet, box, body);
      return {};
    }
    case "mergeCells": {
      const { sheet, box } = boxOf(ctx, body.range as Json | undefined);
      if (box.numRows === 0 || box.numCols === 0) throw fail(ctx.i, ctx.kind, "Range is empty.");
      const type = body.mergeType ?? "MERGE_ALL";
      const boxes =
        type === "MERGE_ROWS"
          ? Array.from({ length: box.numRows }, (_, k) => ({ ...box, row: box.row + k, numRows: 1 }))
          : type === "MERGE_COLUMNS"
            ? Array.from({ length: box.numCols }, (_, k) => ({ ...box, col: box.col + k, numCols: 1 }))
            : [box];
      // When unsure what Sheets does with a merge over a merge, refuse it.
      if (sheet.merges.some((m) => intersects(m, box)))
        throw fail(ctx.i, ctx.kind, `Merged ranges may not overlap: ${a1(sheet, box)}`);
      for (const b of boxes) addMerge(sheet, b);
      return {};
    }
    case "updateDimensionProperties": {
      const range = (body.range as Json | undefined) ?? {};
      const sheet = sheetById(ctx, range.sheetId);
      const rows = range.dimension === "ROWS";
      if (!rows && range.dimension !== "COLUMNS") throw fail(ctx.i, ctx.kind, "dimension is required.");
      const max = rows ? sheet.maxRows : sheet.maxCols;
      const start = typeof range.startIndex === "number" ? range.startIndex : 0;
      const end = typeof range.endIndex === "number" ? range.endIndex : max;
      if (start < 0 || end < start || end > max)
        throw fail(
          ctx.i,
          ctx.kind,
          `Invalid dimension range ${start}:${end}; the sheet has ${max} ${rows ? "rows" : "columns"}.`,
        );
      const props = (body.properties as Json | undefined) ?? {};
      const fields = typeof body.fields === "string" ? body.fields.split(",").map((f) => f.trim()) : [];
      if (fields.length === 0 || fields.some((f) => f !== "pixelSize"))
        throw fail(
          ctx.i,
          ctx.kind,
          `Fakes: only the pixelSize field is modelled, got '${String(body.fields)}'`,
        );
      const size = props.pixelSize;
      if (typeof size !== "number" || size < 0)
        throw fail(ctx.i, ctx.kind, "pixelSize must be a non-negative integer.");
      const sizes = rows ? sheet.rowHeights : sheet.columnWidths;
      for (let k = start; k < end; k++) sizes.set(k + 1, size);
      return {};
    }
    case "addProtectedRange": {
      const p = (body.protectedRange as Json | undefined) ?? {};
      const range = (p.range as Json | undefined) ?? {};
      const { sheet, box } = boxOf(ctx, range);
      const whole = Object.keys(range).every((k) => k === "sheetId");
      if (whole && sheet.protections.some((x) => x.type === "SHEET"))
        throw fail(ctx.i, ctx.kind, `The sheet '${sheet.name}' is already protected.`);
      const editors = [...new Set([env.users.owner, env.users.effective])];
      sheet.protections = [
        ...sheet.protections,
        {
          type: whole ? "SHEET" : "RANGE",
          sheet,
          box: whole ? null : box,
          description: typeof p.description === "string" ? p.description : "",
          warningOnly: p.warningOnly === true,
          editors,
          domainEdit: false,
          rangeName: null,
          unprotected: [],
        },
      ];
      return { addProtectedRange: { protectedRange: { protectedRangeId: env.nextChartId++ } } };
    }
    case "addChart":
      return addChart(ctx, body);
    case "deleteEmbeddedObject":
      return deleteEmbeddedObject(ctx, body);
    default:
      throw fail(ctx.i, ctx.kind, "Fakes: this request kind is not modelled.");
  }
}

/** Every chart of the spreadsheet with an id, whatever its sheet. */
function chartsWithId(ctx: Ctx, id: number): SheetModel[] {
  return ctx.env.book.sheets.filter((s) => !s.deleted && s.charts.some((c) => c.id === id));
}

/** spreadsheets/request#DeleteEmbeddedObjectRequest: the object must exist. */
function deleteEmbeddedObject(ctx: Ctx, body: Json): unknown {
  const id = typeof body.objectId === "number" ? body.objectId : 0;
  const [sheet] = chartsWithId(ctx, id);
  if (!sheet) throw fail(ctx.i, ctx.kind, `No embedded object with id: ${id}`);
  const touched = ctx.tx.touch(sheet);
  touched.charts = touched.charts.filter((c) => c.id !== id);
  return {};
}

/**
 * spreadsheets/charts#ChartSourceRange: "Exactly one dimension must have a length of 1, and all sources in
 * the list must have the same dimension with length 1. The domain (if it exists) & all series must have the
 * same number of source ranges."
 */
function checkSources(ctx: Ctx, basic: Json): void {
  const sourcesOf = (d: Json, key: string) =>
    (((d[key] as Json | undefined)?.sourceRange as Json | undefined)?.sources as Json[] | undefined) ?? [];
  const domains = ((basic.domains as Json[] | undefined) ?? []).map((d) => sourcesOf(d, "domain"));
  const series = ((basic.series as Json[] | undefined) ?? []).map((d) => sourcesOf(d, "series"));
  const all = [...domains, ...series];
  const counts = new Set(all.map((list) => list.length));
  if (counts.size > 1)
    throw fail(ctx.i, ctx.kind, "The domain and all series must have the same number of source ranges.");
  const along = new Set<string>();
  for (const list of all)
    for (const range of list) {
      const { box } = boxOf(ctx, range);
      if (box.numRows !== 1 && box.numCols !== 1)
        throw fail(ctx.i, ctx.kind, "A chart source range must be one row or one column wide.");
      along.add(
        box.numCols === 1 && box.numRows !== 1
          ? "column"
          : box.numRows === 1 && box.numCols !== 1
            ? "row"
            : "cell",
      );
    }
  along.delete("cell");
  if (along.size > 1)
    throw fail(ctx.i, ctx.kind, "All chart source ranges must run the same way (all rows or all columns).");
}

/**
 * spreadsheets/charts#OverlayPosition: the anchor cell must be a cell of the sheet.
 * spreadsheets/request#AddChartRequest: "It is an error to specify the ID of an embedded object that
 * already exists."
 */
function addChart(ctx: Ctx, body: Json): unknown {
  const chart = (body.chart as Json | undefined) ?? {};
  const spec = (chart.spec as Json | undefined) ?? {};
  const basic = spec.basicChart as Json | undefined;
  if (!basic?.chartType)
    throw fail(ctx.i, ctx.kind, "Fakes: only basic charts with a chartType are modelled.");
  if (typeof chart.chartId === "number" && chartsWithId(ctx, chart.chartId).length > 0)
    throw fail(ctx.i, ctx.kind, `An embedded object with id ${chart.chartId} already exists.`);
  checkSources(ctx, basic);
  const overlay = (chart.position as Json | undefined)?.overlayPosition as Json | undefined;
  const anchor = (overlay?.anchorCell as Json | undefined) ?? {};
  const sheet = sheetById(ctx, anchor.sheetId);
  const row = typeof anchor.rowIndex === "number" ? anchor.rowIndex : 0;
  const col = typeof anchor.columnIndex === "number" ? anchor.columnIndex : 0;
  if (row >= sheet.maxRows || col >= sheet.maxCols)
    throw fail(
      ctx.i,
      ctx.kind,
      `The anchor cell (row ${row}, column ${col}) is outside the grid of ${sheet.maxRows} rows and ${sheet.maxCols} columns.`,
    );
  const sources = (list: unknown, key: string) =>
    ((list as Json[] | undefined) ?? []).flatMap((d) =>
      (
        (((d[key] as Json | undefined)?.sourceRange as Json | undefined)?.sources as Json[] | undefined) ?? []
      ).map((r) => {
        const { sheet: s, box } = boxOf(ctx, r);
        return { sheet: s, box };
      }),
    );
  const axis = ((basic.axis as Json[] | undefined) ?? []).find((a) => a.position === "BOTTOM_AXIS");
  const window = axis?.viewWindowOptions as Json | undefined;
  const id = typeof chart.chartId === "number" ? chart.chartId : ctx.env.nextChartId++;
  sheet.charts = [
    ...sheet.charts,
    {
      id,
      sheet,
      ranges: [...sources(basic.domains, "domain"), ...sources(basic.series, "series")],
      type: String(basic.chartType),
      options: {
        title: spec.title,
        legend: { position: basic.legendPosition === "NO_LEGEND" ? "none" : "right" },
        ...(window ? { hAxis: { minValue: window.viewWindowMin, maxValue: window.viewWindowMax } } : {}),
      },
      position: {
        row: row + 1,
        col: col + 1,
        offsetX: typeof overlay?.offsetXPixels === "number" ? overlay.offsetXPixels : 0,
        offsetY: typeof overlay?.offsetYPixels === "number" ? overlay.offsetYPixels : 0,
      },
      numHeaders: typeof basic.headerCount === "number" ? basic.headerCount : -1,
      transpose: false,
      mergeStrategy: "MERGE_COLUMNS",
      hiddenDimensionStrategy: "IGNORE_BOTH",
    },
  ];
  return { addChart: { chart: { chartId: id } } };
}

// ---------------------------------------------------------------------------------------------
// The service

/** Serial number of an instant as a wall clock in `timeZone` shows it (Sheets' date cells). */
function serialOf(date: Date, timeZone: string): number {
  return (date.getTime() + zoneOffsetMs(date, timeZone)) / MS_PER_DAY + SERIAL_EPOCH;
}

function numberFormatType(value: unknown, format: string | null, timeZone: string): string {
  if (isDate(value)) return serialOf(value, timeZone) % 1 === 0 ? "DATE" : "DATE_TIME";
  if (format === "@") return "TEXT";
  if (format?.includes("%")) return "PERCENT";
  return "NUMBER";
}

function notFound(method: string): Error {
  return new Error(
    `API call to sheets.spreadsheets.${method} failed with error: Requested entity was not found.`,
  );
}

/** spreadsheets/sheets#GridData: rows up to the last with a value, each up to its last value. */
function gridData(env: SheetsEnv, sheet: SheetModel) {
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const rowData = [];
  for (let r = 1; r <= rows; r++) {
    const values = [];
    let last = 0;
    for (let c = 1; c <= cols; c++) {
      const value = readValue(env, sheet, r, c);
      const format = sheet.get(r, c)?.numberFormat ?? null;
      if (value === "") {
        values.push({});
        continue;
      }
      last = c;
      const type = numberFormatType(value, format, env.book.timeZone);
      const effectiveValue = isDate(value)
        ? { numberValue: serialOf(value, env.book.timeZone) }
        : typeof value === "number"
          ? { numberValue: value }
          : typeof value === "boolean"
            ? { boolValue: value }
            : { stringValue: String(value) };
      values.push({ effectiveValue, effectiveFormat: { numberFormat: { type } } });
    }
    rowData.push(last === 0 ? {} : { values: values.slice(0, last) });
  }
  return { startRow: 0, startColumn: 0, rowData };
}

// ---------------------------------------------------------------------------------------------
// spreadsheets/get's `fields` (a FieldMask: https://developers.google.com/workspace/sheets/api/guides/field-masks)

/** A parsed mask: each selected field, and under it the mask of its parts (null: the whole field). */
type Mask = Map<string, Mask | null>;

/**
 * The fields of the Spreadsheet resource the fake can answer (spreadsheets#Spreadsheet,
 * spreadsheets/sheets#Sheet, #GridData, spreadsheets/cells#CellData); another field the API knows
 * (namedRanges, rowMetadata, formattedValue, …) is refused as not modelled rather than left out.
 */
const LEAF = null;
const SPREADSHEET_FIELDS: Mask = new Map<string, Mask | null>([
  ["spreadsheetId", LEAF],
  ["spreadsheetUrl", LEAF],
  [
    "properties",
    new Map([
      ["title", LEAF],
      ["locale", LEAF],
      ["timeZone", LEAF],
    ]),
  ],
  [
    "sheets",
    new Map<string, Mask | null>([
      // spreadsheets/sheets#Sheet.charts, spreadsheets/charts#EmbeddedChart (its id only)
      ["charts", new Map<string, Mask | null>([["chartId", LEAF]])],
      [
        "properties",
        new Map<string, Mask | null>([
          ["sheetId", LEAF],
          ["title", LEAF],
          ["index", LEAF],
          ["hidden", LEAF],
          [
            "gridProperties",
            new Map([
              ["rowCount", LEAF],
              ["columnCount", LEAF],
              ["frozenRowCount", LEAF],
            ]),
          ],
        ]),
      ],
      [
        "data",
        new Map<string, Mask | null>([
          ["startRow", LEAF],
          ["startColumn", LEAF],
          [
            "rowData",
            new Map([
              [
                "values",
                new Map<string, Mask | null>([
                  ["effectiveValue", LEAF],
                  ["effectiveFormat", new Map([["numberFormat", new Map([["type", LEAF]])]])],
                ]),
              ],
            ]),
          ],
        ]),
      ],
    ]),
  ],
]);

/** "a,b.c,d(e,f.g)" as a tree; a malformed mask is refused as the API refuses it. */
function parseMask(text: string): Mask {
  let at = 0;
  const bad = () =>
    new Error(`API call to sheets.spreadsheets.get failed with error: Invalid field selection ${text}`);
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const m = /^\s*([A-Za-z_]\w*)\s*/.exec(text.slice(at));
        if (!m) throw bad();
        path.push(m[1] as string);
        at += m[0].length;
        if (text[at] !== ".") break;
        at++;
      }
      let sub: Mask | null = null;
      if (text[at] === "(") {
        at++;
        sub = list();
        if (text[at] !== ")") throw bad();
        at++;
        while (text[at] === " ") at++;
      }
      // a.b.c(sub) is a(b(c(sub))); a field named twice keeps both selections.
      let node = mask;
      path.forEach((name, i) => {
        const last = i === path.length - 1;
        const existing = node.get(name);
        if (last) {
          if (existing === undefined) node.set(name, sub);
          else node.set(name, existing === null || sub === null ? null : merge(existing, sub));
          return;
        }
        if (existing === null) return;
        const next = existing ?? new Map();
        node.set(name, next);
        node = next;
      });
      if (text[at] !== ",") return mask;
      at++;
    }
  };
  const mask = list();
  if (at !== text.length) throw bad();
  return mask;
}

function merge(a: Mask, b: Mask): Mask {
  const out: Mask = new Map(a);
  for (const [k, v] of b) {
    const old = out.get(k);
    out.set(k, old === null || v === null ? null : old === undefined ? v : merge(old, v));
  }
  return out;
}

/** Every selected field must be one the fake models. */
function checkMask(mask: Mask, known: Mask, path: string): void {
  for (const [name, sub] of mask) {
    if (!known.has(name))
      throw new Error(
        `API call to sheets.spreadsheets.get failed with error: Fakes: field "${path}${name}" is not modelled.`,
      );
    const inner = known.get(name);
    if (sub !== null && inner !== null && inner !== undefined) checkMask(sub, inner, `${path}${name}.`);
    else if (sub !== null && inner === null)
      throw new Error(
        `API call to sheets.spreadsheets.get failed with error: Invalid field selection ${path}${name}`,
      );
  }
}

/** The parts of `value` the mask selects; lists are masked item by item. */
function project(value: unknown, mask: Mask | null): unknown {
  if (mask === null || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => project(v, mask));
  const out: Json = {};
  for (const [name, sub] of mask) {
    const v = (value as Json)[name];
    if (v !== undefined) out[name] = project(v, sub);
  }
  return out;
}

/**
 * A range of `ranges`: only a whole sheet by its title ("Kế hoạch" or "'Kế hoạch'", quotes doubled
 * inside) is modelled. A title no sheet has is the API's parse error.
 */
function sheetOfRange(book: SheetsEnv["book"], range: unknown): SheetModel {
  const text = String(range);
  const quoted = /^'((?:[^']|'')*)'$/.exec(text);
  const title = quoted ? (quoted[1] ?? "").replace(/''/g, "'") : text;
  // Unquoted, "A1", "A", "1" or anything with "!" or ":" is a cell range, which is not modelled.
  if (!quoted && (/[!:]/.test(text) || /^([A-Za-z]{1,3}\d*|\d+)$/.test(text)))
    throw new Error(
      `API call to sheets.spreadsheets.get failed with error: Fakes: only whole-sheet ranges are modelled, got "${text}".`,
    );
  // Sheets matches sheet titles in A1 notation without regard to case, as it names them.
  const sheet = book.sheets.find((s) => !s.deleted && s.name.toLowerCase() === title.toLowerCase());
  if (!sheet)
    throw new Error(`API call to sheets.spreadsheets.get failed with error: Unable to parse range: ${text}`);
  return sheet;
}

class FakeSpreadsheetsCollection {
  constructor(protected readonly env: SheetsEnv & { readBytes: { total: number } }) {}

  /**
   * spreadsheets/get. `ranges`: "Limiting the range returns only the portions of the spreadsheet that
   * intersect the requested ranges": a sheet no range names is not in `sheets` at all, and a sheet gets
   * one GridData per range naming it. Grid data comes with `includeGridData`, or when `fields` (a field
   * mask, after which "the includeGridData parameter is ignored") selects it. The answer's bytes, as
   * JSON, are added to `readBytes`.
   */
  get(spreadsheetId: string, optionalArgs: Json = {}) {
    const book = this.env.book;
    if (spreadsheetId !== book.id) throw notFound("get");
    for (const key of Object.keys(optionalArgs))
      if (!["includeGridData", "fields", "ranges"].includes(key))
        throw new Error(
          `API call to sheets.spreadsheets.get failed with error: Fakes: parameter "${key}" is not modelled.`,
        );
    const mask = typeof optionalArgs.fields === "string" ? parseMask(optionalArgs.fields) : undefined;
    if (mask) checkMask(mask, SPREADSHEET_FIELDS, "");
    const sheetsMask = mask?.get("sheets");
    const withData = mask
      ? sheetsMask === null || sheetsMask?.has("data") === true
      : optionalArgs.includeGridData === true;
    const ranges = optionalArgs.ranges;
    if (ranges !== undefined && !Array.isArray(ranges))
      throw new Error(
        "API call to sheets.spreadsheets.get failed with error: Fakes: `ranges` is modelled as a list.",
      );
    const named = ranges?.map((r) => sheetOfRange(book, r));
    const shown = book.sheets.filter((s) => named === undefined || named.includes(s));
    const full = {
      spreadsheetId,
      spreadsheetUrl: book.url(),
      properties: { title: book.name, locale: book.locale, timeZone: book.timeZone },
      sheets: shown.map((sheet) => ({
        properties: {
          sheetId: sheet.id,
          title: sheet.name,
          index: book.sheets.indexOf(sheet),
          // spreadsheets/sheets#SheetProperties: like every proto bool, sent only when true.
          ...(sheet.hidden ? { hidden: true } : {}),
          gridProperties: {
            rowCount: sheet.maxRows,
            columnCount: sheet.maxCols,
            frozenRowCount: sheet.frozenRows,
          },
        },
        // spreadsheets/sheets#Sheet: `charts`, the sheet's embedded charts (sent only when it has some).
        ...(sheet.charts.some((c) => c.id !== null)
          ? { charts: sheet.charts.filter((c) => c.id !== null).map((c) => ({ chartId: c.id })) }
          : {}),
        ...(withData
          ? { data: (named?.filter((s) => s === sheet) ?? [sheet]).map(() => gridData(this.env, sheet)) }
          : {}),
      })),
    };
    const answer = mask ? (project(full, mask) as typeof full) : full;
    this.env.readBytes.total += Buffer.byteLength(JSON.stringify(answer));
    return answer;
  }

  /** spreadsheets/batchUpdate: validated first, then applied in order, all or nothing. */
  batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, spreadsheetId: string) {
    const book = this.env.book;
    if (spreadsheetId !== book.id) throw notFound("batchUpdate");
    const r = resource as Json;
    // What the advanced service sends: the resource as JSON, in UTF-8.
    const bytes = Buffer.byteLength(JSON.stringify(r));
    if (bytes > MAX_PAYLOAD_BYTES)
      throw new Error(
        `API call to sheets.spreadsheets.batchUpdate failed with error: Request payload size exceeds the limit: ${MAX_PAYLOAD_BYTES} bytes.`,
      );
    for (const key of Object.keys(r))
      if (key !== "requests") throw payloadError(`Unknown name "${key}": Cannot find field.`);
    const requests = (resource.requests ?? []) as Request[];
    if (!Array.isArray(requests) || requests.length === 0)
      throw new Error(
        "API call to sheets.spreadsheets.batchUpdate failed with error: Must specify at least one request.",
      );
    requests.forEach((request, i) => {
      const kinds = Object.keys(request);
      if (kinds.length !== 1)
        throw new Error(
          `API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[${i}]: exactly one kind of request must be set, got ${kinds.length}.`,
        );
      const kind = kinds[0] ?? "";
      const shape = REQUESTS[kind];
      if (!shape) throw payloadError(`Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`);
      checkShape((request as Json)[kind], shape, `requests[${i}].${snake(kind)}`);
    });
    const tx = new Transaction(this.env);
    try {
      const replies = requests.map((request, i) => {
        const kind = Object.keys(request)[0] ?? "";
        return applyRequest({ env: this.env, tx, i, kind }, (request as Json)[kind] as Json);
      });
      return { spreadsheetId, replies };
    } catch (error) {
      tx.rollback();
      if (error instanceof RequestError)
        throw new Error(`API call to sheets.spreadsheets.batchUpdate failed with error: ${error.message}`);
      throw error;
    }
  }
}
instrument(FakeSpreadsheetsCollection, "Sheets.Spreadsheets");

export function createSheetsApi(
  env: SheetsEnv & CountedEnv & { readBytes: { total: number } },
): GoogleAppsScript.Sheets {
  return as<GoogleAppsScript.Sheets>({ Spreadsheets: new FakeSpreadsheetsCollection(env) });
}
