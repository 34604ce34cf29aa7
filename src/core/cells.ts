/** Reading one cell: Sheets and exceljs hand back Dates, numbers, booleans or strings. */
import { DIMENSIONS, type Dimension, findSubDimension } from "./catalogue";
import { type Day, dayOf, dayOfDate, isFourDigitYear, lastDayOfMonth, validDay, vnDay } from "./day";
import { cleanText, normalizeKey } from "./text";

export type Parsed<T> = { ok: true; value: T } | { ok: false };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail: Parsed<never> = { ok: false };

/** The text a user sees in a cell, for free-text columns. */
export function cellText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return cleanText(value);
  if (value instanceof Date) {
    const day = dayOfDate(value, timeZone);
    if (day === undefined) return "";
    return vnDay(day);
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return cleanText(String(value));
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;

/** A calendar day from a Date, or from `dd/mm/yyyy`, `d/m/yyyy` or `yyyy-mm-dd` text. */
export function parseDay(value: unknown, timeZone: string): Parsed<Day> {
  if (value instanceof Date) {
    const day = dayOfDate(value, timeZone);
    return day === undefined ? fail : ok(day);
  }
  if (typeof value !== "string") return fail;
  const text = value.trim();
  let m = DMY.exec(text);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return fail;
}

function fromParts(year: number, month: number, day: number): Parsed<Day> {
  const result = validDay(year, month, day);
  return result === undefined ? fail : ok(result);
}

/**
 * A number from a cell with a percent number format. Excel and Sheets store what shows as `100%` as 1
 * (docs/workbook.md: sheets and columns), so the readers hand such numbers over wrapped, and progress reads them × 100.
 */
export class PercentCell {
  constructor(readonly fraction: number) {}
  /** The percentage the cell shows (rounded off float noise: 0.07 shows 7, not 7.000000000000001). */
  get percent(): number {
    return Number((this.fraction * 100).toPrecision(12));
  }
  toString(): string {
    return `${this.percent}%`;
  }
}

/** Whether a number format (Excel's or Sheets') shows numbers as percentages: a `%` not quoted or escaped. */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  return /%/.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
}

/** A cell's value as the core reads it: a finite number in a percent-formatted cell becomes a PercentCell. */
export function withFormat(value: unknown, format: unknown): unknown {
  return typeof value === "number" && Number.isFinite(value) && isPercentFormat(format)
    ? new PercentCell(value)
    : value;
}

/** Progress 0–100 from a number, a percent cell, or text such as `50`, `50%` or `50,5 %`. */
export function parseProgress(value: unknown): Parsed<number> {
  let n: number;
  if (typeof value === "number") n = value;
  else if (value instanceof PercentCell) n = value.percent;
  else if (typeof value === "string") {
    const m = /^([+-]?\d+(?:[.,]\d+)?)\s*%?$/.exec(value.trim());
    if (!m) return fail;
    n = Number(m[1]?.replace(",", "."));
  } else return fail;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? ok(n) : fail;
}

/**
 * A plain 0 < p ≤ 1 typed without `%` in a cell without a percent format: "1" may have been meant as 100 %
 * (PROGRESS_FRACTION); it is still read as written.
 */
export function looksLikeFraction(value: unknown): boolean {
  const parsed = parseProgress(value);
  const plain = typeof value === "number" || (typeof value === "string" && !value.includes("%"));
  return plain && parsed.ok && parsed.value > 0 && parsed.value <= 1;
}

/** A deadline is a day, or ongoing work that has no due date and is never overdue. */
export type Deadline = { kind: "day"; day: Day } | { kind: "ongoing" };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ONGOING = new Set(["thường xuyên", "liên tục", "hằng quý", "hằng năm", "hàng quý", "hàng năm"]);

/** Words before a date that still mean "by that day": `Trước ngày 30/6/2020`, `Chậm nhất là 30/6/2020`, … */
const BY_DAY =
  /^(?:trước(?: ngày)?|chậm nhất(?: là)?(?: ngày)?|hạn(?: chót)?(?: ngày)?|đến(?: hết)?(?: ngày)?)\s*(.+)$/;
/** Words before a quarter, month or year that mean its last day: `Trong quý III/2020`, `Cuối năm`, `Hết quý I`. */
const WITHIN = /^(?:trong|cuối|hết)\s+((?:quý|quí|tháng|năm)(?=\s|\d|\/|$).*|t\d.*)$/;

/** Every deadline phrase of docs/workbook.md (deadlines); a year left out means the plan year. */
export function parseDeadline(value: unknown, planYear: number, timeZone: string): Parsed<Deadline> {
  const asDay = parseDay(value, timeZone);
  if (asDay.ok) return ok({ kind: "day", day: asDay.value });
  if (typeof value !== "string") return fail;
  const text = normalizeKey(value).replace(/\.$/, "");
  if (ONGOING.has(text)) return ok({ kind: "ongoing" });
  const byDay = BY_DAY.exec(text);
  if (byDay?.[1]) {
    const day = parseDay(byDay[1], timeZone);
    return day.ok ? ok({ kind: "day", day: day.value }) : fail;
  }
  const within = WITHIN.exec(text);
  if (within?.[1]) return endOfPeriod(within[1], planYear, true);
  return endOfPeriod(text, planYear, false);
}

// Built once: parseDeadline runs for every task row (10,000 in the benchmark).
const YEAR_PART = "(?:\\s*(?:/|năm)\\s*(\\d{4}))?";
const QUARTER = new RegExp(`^(?:quý|quí)\\s+(iv|iii|ii|i|[1-4])${YEAR_PART}$`);
const MONTH = new RegExp(`^(?:tháng\\s*|t)?(\\d{1,2})${YEAR_PART}$`);
const FIRST_MONTHS = /^(6|9) tháng đầu năm(?:\s+(\d{4}))?$/;
const WHOLE_YEAR = /^(?:trong năm|năm|cả năm)(?:\s+(\d{4}))?$/;

/**
 * The last day of a quarter, month or year phrase (`Quý I/2020`, `Tháng 6`, `9 tháng đầu năm`, `Năm 2020`).
 * A bare `năm` is a year only after `Cuối`/`Hết`/`Trong` (`Cuối năm`); alone it is not a deadline.
 */
function endOfPeriod(text: string, planYear: number, bareYear: boolean): Parsed<Deadline> {
  let m = QUARTER.exec(text);
  if (m?.[1]) {
    const quarter = ROMAN[m[1]] ?? Number(m[1]);
    return endOfMonth(yearOf(m[2], planYear), quarter * 3);
  }
  m = MONTH.exec(text);
  if (m?.[1] && (m[2] || !/^\d/.test(text))) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) return endOfMonth(yearOf(m[2], planYear), month);
    return fail;
  }
  m = FIRST_MONTHS.exec(text);
  if (m?.[1]) return endOfMonth(yearOf(m[2], planYear), Number(m[1]));
  m = WHOLE_YEAR.exec(text);
  if (m && (m[1] || text !== "năm" || bareYear)) return endOfMonth(yearOf(m[1], planYear), 12);
  return fail;
}

/** The year a phrase names, or the plan year when it names none. */
function yearOf(group: string | undefined, planYear: number): number {
  return group ? Number(group) : planYear;
}

function endOfMonth(year: number, month: number): Parsed<Deadline> {
  return isFourDigitYear(year)
    ? ok({ kind: "day", day: dayOf(year, month, lastDayOfMonth(year, month)) })
    : fail;
}

/** The PAPI dimension of a `Nhóm PAPI` cell: 1–8, `1. Tham gia…`, or the dimension's name. */
export function parseGroup(value: unknown): Parsed<Dimension> {
  let id: number | undefined;
  if (typeof value === "number") id = value;
  else if (typeof value === "string") {
    const text = normalizeKey(value);
    const m = /^(\d+)(?:\s*[.:)-]\s*(.*))?$/.exec(text);
    if (m) {
      id = Number(m[1]);
      const dimension = DIMENSIONS[id - 1];
      if (m[2] && dimension && normalizeKey(dimension.vn) !== m[2]) return fail;
    } else id = DIMENSIONS.find((d) => normalizeKey(d.vn) === text)?.id;
  }
  const dimension = id !== undefined && Number.isInteger(id) ? DIMENSIONS[id - 1] : undefined;
  return dimension ? ok(dimension) : fail;
}

/** The code of a `Nội dung thành phần` cell (`1.2` or `1.2 Cơ hội tham gia`), if it exists. */
export function parseSubDimension(value: unknown): Parsed<string> {
  const text =
    typeof value === "number" ? value.toFixed(1) : typeof value === "string" ? normalizeKey(value) : "";
  const m = /^(\d\.\d)\b/.exec(text);
  if (!m?.[1]) return fail;
  const found = findSubDimension(m[1]);
  if (!found) return fail;
  const rest = text.slice(m[1].length).trim();
  return rest === "" || rest === normalizeKey(found.vn) ? ok(found.code) : fail;
}

/** A task id as the user typed it: numbers such as 1.2 arrive from Sheets as the number 1.2. */
export function parseId(value: unknown, timeZone: string): string {
  return cellText(value, timeZone);
}

/**
 * A PAPI score 1–10 (docs/workbook.md, "PAPI scores"): a number, or text with a decimal point or comma (`5.53`, `5,53`), as
 * a sheet in an English or a Vietnamese locale leaves it. `10,5` is 10.5, and so out of range.
 */
export function parseScore(value: unknown): Parsed<number> {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const m = /^\d{1,2}(?:[.,]\d+)?$/.exec(value.trim());
    if (!m) return fail;
    n = Number(value.trim().replace(",", "."));
  } else return fail;
  return Number.isFinite(n) && n >= 1 && n <= 10 ? ok(n) : fail;
}

/** A year as the workbook writes it: four digits, 2000–2100 (a number, or text). */
export function parseYear(value: unknown, timeZone: string): Parsed<number> {
  const text = typeof value === "number" ? String(value) : cellText(value, timeZone);
  if (!/^\d{4}$/.test(text)) return fail;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? ok(year) : fail;
}
