/**
 * The whole spreadsheet in one Sheets API call: its URL, time zone, locale, every sheet's id and
 * title, and the plan sheets' and the log's cells as `getValues()` hands them to the core (Dates for
 * date cells, numbers, booleans, text), so an action reads in one round trip whatever the number of
 * sheets.
 */
import { PercentCell } from "../core/cells";
import { type Day, wallClockOf } from "../core/day";
import { LOG, PLAN_SHEETS, UPDATES } from "../core/schema";
import type { RawSheet, RawWorkbook } from "../core/table";
import { normalizeKey } from "../core/text";
import { UserError } from "./errors";

export interface SheetMeta {
  id: number;
  title: string;
  /** The sheet's grid size: a write or a chart anchor past it is refused by the API. */
  rowCount: number;
  columnCount: number;
  /** The ids of the charts on the sheet. */
  chartIds: number[];
}

export interface SpreadsheetRead {
  url: string;
  timeZone: string;
  locale: string;
  sheets: SheetMeta[];
  workbook: RawWorkbook;
  /** The `Nhật ký` sheet's cells, when there is one: the grid came with the read anyway. */
  log: RawSheet | undefined;
}

type ApiSheet = GoogleAppsScript.Sheets.Schema.Sheet;
type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;

/**
 * The spreadsheet's facts and every sheet's id, title, size and charts: no cells, so old reports cost a
 * title each. The size and the charts are for the `Điểm PAPI` sheet's chart (scores-chart.ts).
 */
const META_FIELDS =
  "spreadsheetUrl,properties(timeZone,locale)," +
  "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),charts.chartId)";
/** Only what the core reads of a cell: its value and the kind of its number format (to know dates). */
const DATA_FIELDS =
  "sheets(properties.sheetId,data(startRow,startColumn," +
  "rowData.values(effectiveValue,effectiveFormat.numberFormat.type)))";

/** Sheets' day 0 (30/12/1899) is this many days before 1/1/1970. */
const SERIAL_EPOCH = 25_569;
const MS_PER_DAY = 86_400_000;

export function sheetsApi(): GoogleAppsScript.Sheets {
  const api = typeof Sheets === "undefined" ? undefined : Sheets;
  if (!api?.Spreadsheets)
    throw new UserError(
      'Chưa bật dịch vụ nâng cao "Google Sheets API" cho dự án Apps Script (người triển khai: xem docs/add-on.md, mục "Deploy to Google Sheets").',
    );
  return api;
}

/** Sheets compares sheet names without regard to case: two sheets cannot differ only by it. */
export function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Two gets, whatever the number of sheets: every sheet's id and title (no cells), then the cells of
 * the plan's sheets and the log only, named by `ranges`. One get cannot do both: `ranges` drops every
 * sheet it does not name from the answer, and a title no sheet has fails the whole call, so the
 * titles are read first. Old report sheets cost their title and id, never their cells.
 */
export function readSpreadsheet(spreadsheetId: string): SpreadsheetRead {
  const api = sheetsApi().Spreadsheets;
  const meta = api?.get(spreadsheetId, { fields: META_FIELDS });
  const timeZone = meta?.properties?.timeZone || "Asia/Ho_Chi_Minh";
  const sheets = (meta?.sheets ?? []).map((s) => ({
    id: s.properties?.sheetId ?? 0,
    title: s.properties?.title ?? "",
    rowCount: s.properties?.gridProperties?.rowCount ?? 0,
    columnCount: s.properties?.gridProperties?.columnCount ?? 0,
    chartIds: (s.charts ?? []).map((c) => c.chartId ?? 0),
  }));
  const wanted = sheets.filter((s) => planKeys.has(normalizeKey(s.title)));
  const cells = new Map<number, ApiSheet>();
  if (wanted.length > 0) {
    const got = api?.get(spreadsheetId, {
      ranges: wanted.map((s) => quotedTitle(s.title)),
      fields: DATA_FIELDS,
    });
    for (const s of got?.sheets ?? []) cells.set(s.properties?.sheetId ?? 0, s);
  }
  const rowsOf = (s: SheetMeta, percents: boolean) => valuesOf(cells.get(s.id) ?? {}, timeZone, percents);
  const log = wanted.find((s) => normalizeKey(s.title) === logSheet);
  return {
    url: meta?.spreadsheetUrl ?? "",
    timeZone,
    locale: meta?.properties?.locale ?? "",
    log: log ? { name: log.title, rows: rowsOf(log, false) } : undefined,
    sheets,
    workbook: {
      sheets: wanted
        .filter((s) => normalizeKey(s.title) !== logSheet)
        .map((s) => ({ name: s.title, rows: rowsOf(s, normalizeKey(s.title) === progressSheet) })),
      timeZone,
    },
  };
}

/** A whole sheet in A1 notation: its title in single quotes, a quote in it doubled. */
function quotedTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

const progressSheet = normalizeKey(UPDATES.name);
const logSheet = normalizeKey(LOG.name);
/** The sheets whose cells are read: the plan's and the log. */
const planKeys = new Set([...PLAN_SHEETS.map((s) => normalizeKey(s.name)), logSheet]);

/**
 * The sheet's cells from A1 to its last cell with a value, padded to a rectangle like getDataRange().
 * In `Tiến độ` a number in a percent-formatted cell is a fraction (typing `100%` stores 1), as the
 * checker's reader (workbook.ts) reads it, so a report counts the same tasks as done.
 */
function valuesOf(sheet: ApiSheet, timeZone: string, percents: boolean): unknown[][] {
  const data = sheet.data?.[0];
  const top = data?.startRow ?? 0;
  const left = data?.startColumn ?? 0;
  const rows: unknown[][] = [];
  (data?.rowData ?? []).forEach((row, i) => {
    const line: unknown[] = Array.from({ length: left }, () => "");
    for (const cell of row.values ?? []) line.push(cellValueOf(cell, timeZone, percents));
    rows[top + i] = line;
  });
  let height = rows.length;
  while (height > 0 && !(rows[height - 1] ?? []).some((v) => v !== "")) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const line = rows[r] ?? [];
    for (let c = line.length; c > width; c--) if (line[c - 1] !== "") width = c;
  }
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ""),
  );
}

const ERROR_TEXT: Record<string, string> = {
  NULL_VALUE: "#NULL!",
  DIVIDE_BY_ZERO: "#DIV/0!",
  VALUE: "#VALUE!",
  REF: "#REF!",
  NAME: "#NAME?",
  NUM: "#NUM!",
  N_A: "#N/A",
  LOADING: "#LOADING",
};

function cellValueOf(cell: ApiCell, timeZone: string, percents: boolean): unknown {
  const v = cell.effectiveValue;
  if (!v) return "";
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.errorValue !== undefined) return ERROR_TEXT[v.errorValue.type ?? ""] ?? "#ERROR!";
  const n = v.numberValue;
  if (n === undefined) return "";
  const type = cell.effectiveFormat?.numberFormat?.type;
  if (type === "DATE" || type === "DATE_TIME" || type === "TIME") return dateOfSerial(n, timeZone);
  return percents && type === "PERCENT" ? new PercentCell(n) : n;
}

/** A serial number is a wall-clock time in the spreadsheet's zone; getValues() gives that instant. */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - SERIAL_EPOCH) * MS_PER_DAY);
  const offset = zoneOffsetMs(new Date(wall), timeZone);
  return new Date(wall - zoneOffsetMs(new Date(wall - offset), timeZone));
}

function zoneOffsetMs(date: Date, timeZone: string): number {
  const c = wallClockOf(date, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** Midnight of a day in `timeZone`, the Date Utilities.parseDate gives for it, without a service call. */
export function midnightIn(day: Day, timeZone: string): Date {
  return dateOfSerial(day + SERIAL_EPOCH, timeZone);
}

/** The wall clock of `timeZone` at `date`: its UTC fields are what a clock there shows. */
function wallIn(timeZone: string, date: Date): Date {
  return new Date(date.getTime() + zoneOffsetMs(date, timeZone));
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * A wall-clock stamp in `timeZone`, as Utilities.formatDate(…, "dd/MM/yyyy HH:mm:ss") would write it,
 * without a service call.
 */
export function stampIn(timeZone: string, date = new Date()): string {
  const wall = wallIn(timeZone, date);
  return (
    `${two(wall.getUTCDate())}/${two(wall.getUTCMonth() + 1)}/${wall.getUTCFullYear()} ` +
    `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}`
  );
}

/** As Utilities.formatDate(…, "yyyyMMdd-HHmm") would write it (a PDF's file name), without a service call. */
export function fileStampIn(timeZone: string, date = new Date()): string {
  const wall = wallIn(timeZone, date);
  return (
    `${wall.getUTCFullYear()}${two(wall.getUTCMonth() + 1)}${two(wall.getUTCDate())}-` +
    `${two(wall.getUTCHours())}${two(wall.getUTCMinutes())}`
  );
}
