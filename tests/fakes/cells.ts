/**
 * How Sheets turns what a script writes into a cell value, and a cell value into the text the
 * user sees. setValue/setValues/appendRow behave like typing: "12" becomes 12, "1/3/2020" a date,
 * "TRUE" a boolean, "=…" a formula, unless the cell's number format is "@" (plain text).
 */
import { formatJavaDate, isDate, zonedDate, zonedParts } from "./core";

export type CellValue = string | number | boolean | Date;

export interface LocaleInfo {
  decimal: string;
  group: string;
  dateOrder: "DMY" | "MDY";
  /** Default display of a date cell whose number format is not a date pattern (Java pattern). */
  datePattern: string;
}

const LOCALES: Record<string, LocaleInfo> = {
  en_US: { decimal: ".", group: ",", dateOrder: "MDY", datePattern: "M/d/yyyy" },
  en_GB: { decimal: ".", group: ",", dateOrder: "DMY", datePattern: "dd/MM/yyyy" },
  vi_VN: { decimal: ",", group: ".", dateOrder: "DMY", datePattern: "dd/MM/yyyy" },
  fr_FR: { decimal: ",", group: " ", dateOrder: "DMY", datePattern: "dd/MM/yyyy" },
  de_DE: { decimal: ",", group: ".", dateOrder: "DMY", datePattern: "dd.MM.yyyy" },
};

export function localeInfo(locale: string): LocaleInfo {
  return LOCALES[locale] ?? (LOCALES.en_US as LocaleInfo);
}

/** The number format Sheets reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
export const PLAIN_TEXT_FORMAT = "@";

export type Parsed =
  | { kind: "value"; value: CellValue; numberFormat?: string }
  | { kind: "formula"; formula: string };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function numberPattern(loc: LocaleInfo): RegExp {
  const g = escapeRe(loc.group);
  const d = escapeRe(loc.decimal);
  return new RegExp(`^([+-]?)((?:\\d{1,3}(?:${g}\\d{3})+)|\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(\\s*%)?$`);
}

const DATE_RE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What typing `text` into a cell stores (number format "@" is handled by the caller). */
export function parseTyped(text: string, locale: string, timeZone: string): Parsed {
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const loc = localeInfo(locale);
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "value", value: text };
  const n = numberPattern(loc).exec(trimmed);
  if (n) {
    const [, sign = "", int = "0", frac = "", exp, percent] = n;
    let value = Number(`${sign}${int.split(loc.group).join("")}.${frac || "0"}${exp ? `e${exp}` : ""}`);
    if (percent) value /= 100;
    if (Number.isFinite(value)) {
      return percent
        ? { kind: "value", value, numberFormat: frac ? "0.00%" : "0%" }
        : { kind: "value", value };
    }
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const d = DATE_RE.exec(trimmed);
  if (d) {
    const a = Number(d[1]);
    const b = Number(d[2]);
    const c = Number(d[3]);
    let year: number;
    let month: number;
    let day: number;
    if ((d[1] ?? "").length === 4) [year, month, day] = [a, b, c];
    else if ((d[3] ?? "").length === 4) [year, month, day] = loc.dateOrder === "DMY" ? [c, b, a] : [c, a, b];
    else [year, month, day] = [0, 0, 0];
    const hour = Number(d[4] ?? 0);
    const minute = Number(d[5] ?? 0);
    const second = Number(d[6] ?? 0);
    if (
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour < 24 &&
      minute < 60 &&
      second < 60
    ) {
      return { kind: "value", value: zonedDate(timeZone, year, month, day, hour, minute, second) };
    }
  }
  // "+x" / "-x" that is not a number is read as a formula and fails to parse.
  if (/^[+-]/.test(trimmed) && trimmed.length > 1) return { kind: "formula", formula: text };
  return { kind: "value", value: text };
}

// ---------------------------------------------------------------------------------------------
// Display

function isDateFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"|\\./g, "");
  return /[dy]/i.test(stripped) || /h/i.test(stripped);
}

/** A Sheets date/time number format ("dd/mm/yyyy hh:mm") rendered in `timeZone`. */
export function formatSheetsDate(date: Date, timeZone: string, format: string): string {
  const p = zonedParts(date, timeZone);
  const tokens: Array<{ t: string; lit: boolean }> = [];
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ t: format.slice(i + 1, stop), lit: true });
      i = stop + 1;
      continue;
    }
    if (ch === "\\") {
      tokens.push({ t: format.charAt(i + 1), lit: true });
      i += 2;
      continue;
    }
    const lower = ch.toLowerCase();
    if ("dmyhs".includes(lower)) {
      let n = 1;
      while (format.charAt(i + n).toLowerCase() === lower) n++;
      tokens.push({ t: lower.repeat(n), lit: false });
      i += n;
      continue;
    }
    if (format.slice(i, i + 5).toLowerCase() === "am/pm") {
      tokens.push({ t: "am/pm", lit: false });
      i += 5;
      continue;
    }
    tokens.push({ t: ch, lit: true });
    i++;
  }
  const ampm = tokens.some((t) => t.t === "am/pm");
  const fields = tokens.filter((t) => !t.lit);
  let out = "";
  for (const token of tokens) {
    if (token.lit) {
      out += token.t;
      continue;
    }
    const k = fields.indexOf(token);
    const prev = fields[k - 1]?.t.charAt(0);
    const next = fields[k + 1]?.t.charAt(0);
    const t = token.t;
    const two = (n: number): string => String(n).padStart(2, "0");
    switch (t.charAt(0)) {
      case "d":
        if (t.length >= 4) out += formatJavaDate(date, timeZone, "EEEE");
        else if (t.length === 3) out += formatJavaDate(date, timeZone, "EEE");
        else out += t.length === 2 ? two(p.day) : String(p.day);
        break;
      case "m":
        if ((prev === "h" || next === "s") && t.length <= 2)
          out += t.length === 2 ? two(p.minute) : String(p.minute);
        else if (t.length >= 4) out += formatJavaDate(date, timeZone, "MMMM");
        else if (t.length === 3) out += formatJavaDate(date, timeZone, "MMM");
        else out += t.length === 2 ? two(p.month) : String(p.month);
        break;
      case "y":
        out += t.length <= 2 ? two(p.year % 100) : String(p.year);
        break;
      case "h": {
        const h = ampm ? p.hour % 12 || 12 : p.hour;
        out += t.length >= 2 ? two(h) : String(h);
        break;
      }
      case "s":
        out += t.length >= 2 ? two(p.second) : String(p.second);
        break;
      default:
        out += p.hour < 12 ? "AM" : "PM";
    }
  }
  return out;
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** A number rendered with a simple Sheets number format: 0, 0.00, #,##0.0, 0%, 0.00%. */
function formatNumber(value: number, format: string | null, loc: LocaleInfo): string {
  if (format === null || format === DEFAULT_NUMBER_FORMAT || format === PLAIN_TEXT_FORMAT || format === "") {
    const text = String(Number(value.toPrecision(15)));
    return text.replace(".", loc.decimal);
  }
  const percent = format.includes("%");
  const m = /[0#]+(?:,[0#]{3})*(?:\.([0#]+))?/.exec(format);
  if (!m) return String(value);
  const decimals = m[1]?.length ?? 0;
  const n = percent ? value * 100 : value;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const grouped = m[0].includes(",") ? groupDigits(int, loc.group) : int;
  const body = frac === undefined ? grouped : `${grouped}${loc.decimal}${frac}`;
  return `${n < 0 && Number(fixed) !== 0 ? "-" : ""}${body}${percent ? "%" : ""}`;
}

export function displayText(
  value: CellValue,
  numberFormat: string | null,
  locale: string,
  timeZone: string,
): string {
  const loc = localeInfo(locale);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    if (numberFormat !== null && numberFormat !== DEFAULT_NUMBER_FORMAT && isDateFormat(numberFormat)) {
      return formatSheetsDate(value, timeZone, numberFormat);
    }
    const p = zonedParts(value, timeZone);
    const day = formatJavaDate(value, timeZone, loc.datePattern);
    return p.hour === 0 && p.minute === 0 && p.second === 0
      ? day
      : `${day} ${formatJavaDate(value, timeZone, "H:mm:ss")}`;
  }
  return formatNumber(value, numberFormat, loc);
}
