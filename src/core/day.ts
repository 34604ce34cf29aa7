/**
 * A calendar day as a whole number of days since 1970-01-01. Days carry no time and no zone, so
 * every comparison and every period window is the same on any machine.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(utcMs(year, month - 1, day) / MS_PER_DAY);
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as given. */
function utcMs(year: number, monthIndex: number, day: number): number {
  // The common case without allocating a Date: reading 60,000 rows computes a day per date cell.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** A valid calendar day, or undefined for 31/02 and other impossible dates. */
export function validDay(year: number, month: number, day: number): Day | undefined {
  if (!isFourDigitYear(year)) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return dayOf(year, month, day);
}

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  if (month >= 1 && month <= 12) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** The years a date in this tool may have: four digits, as Vietnamese documents write them. */
export function isFourDigitYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymd(day: Day): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `2020-03-14` */
export function isoDay(day: Day): string {
  const { year, month, day: d } = ymd(day);
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** `14/03/2020`, the way Vietnamese documents write a date. */
export function vnDay(day: Day): string {
  const { year, month, day: d } = ymd(day);
  return `${pad(d)}/${pad(month)}/${year}`;
}

/**
 * The calendar day a Date shows on a wall clock in `timeZone`. Sheets hands back midnight in the
 * spreadsheet's zone; exceljs hands back midnight UTC.
 */
export function dayOfDate(date: Date, timeZone: string): Day | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  if (timeZone === "UTC") return Math.floor(ms / MS_PER_DAY);
  const clock = wallClockOf(date, timeZone);
  return validDay(clock.year, clock.month, clock.day);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a wall clock in `timeZone` shows at `date`, to the second. */
export function wallClockOf(date: Date, timeZone: string): WallClock {
  const parts = zoneFormatter(timeZone).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

// One formatter per zone: building one costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Midnight UTC of a day: how the .xlsx writer stores a date cell. */
export function utcDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}
