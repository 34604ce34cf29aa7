/**
 * A period as a person types it on the command line: the code (`2020-Q1`), the kind alone for the plan's
 * year (`Q1`, `H1`, `9M`, `Y`), and, for anything else, the codes they most likely meant (`2020-6M`,
 * `6T`, `Quý I/2020` → `2020-H1`, `2020-H1`, `2020-Q1`).
 */
import { PERIOD_KINDS, type PeriodKind, parsePeriodCode, periodPhrase } from "./periods";

/** `Q1`, `h1`, ` 9m `: a kind with no year, or undefined. */
export function bareKind(text: string): PeriodKind | undefined {
  const upper = text.trim().toUpperCase();
  return PERIOD_KINDS.find((k) => k === upper);
}

/** Upper case, without Vietnamese diacritics, spaces or separators: `Quý I/2020` → `QUYI2020`. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/[\s\-/._,:]+/g, "");
}

const ROMAN: Record<string, PeriodKind> = { I: "Q1", II: "Q2", III: "Q3", IV: "Q4" };

/** What a kind typed another way most likely means; more than one when it is unclear. */
function kindsMeant(rest: string): PeriodKind[] {
  const quarter = /^(?:Q|QUY|K|KY)?([1-4]|I|II|III|IV)$/.exec(rest) ?? /^([1-4])Q$/.exec(rest);
  if (quarter?.[1]) return [ROMAN[quarter[1]] ?? (`Q${quarter[1]}` as PeriodKind)];
  if (/^(?:6M|6T|6TH|6THANG(?:DAUNAM)?|H|1H|S1|HK1|HALF|NUANAM)$/.test(rest)) return ["H1"];
  if (/^(?:H2|2H|S2|HK2|6THANGCUOI(?:NAM)?)$/.test(rest)) return ["H1", "Y"];
  if (/^(?:9T|9TH|9THANG(?:DAUNAM)?|M9)$/.test(rest)) return ["9M"];
  if (/^(?:N|NAM|CANAM|12M|12T|12THANG|FY|YR|YEAR|CN)$/.test(rest)) return ["Y"];
  if (/^Q\d$/.test(rest)) return ["Q1", "Q2", "Q3", "Q4"];
  return [];
}

/**
 * The period codes `text` most likely meant, for a "did you mean" hint; empty when nothing is close.
 * A year typed anywhere (`Quý I/2020`, `6T-2020`) is kept, else `year` (the plan's) is used.
 */
export function meantPeriodCodes(text: string, year: number): string[] {
  const folded = fold(text);
  const typedYear = /(?:19|20|21)\d\d/.exec(folded);
  const rest = typedYear ? folded.replace(typedYear[0], "") : folded;
  const y = typedYear ? Number(typedYear[0]) : year;
  const kinds = parsePeriodCode(`${y}-${rest}`) ? [rest as PeriodKind] : kindsMeant(rest);
  return kinds.map((k) => `${y}-${k}`);
}

/** `"2020-H1" (6 tháng đầu năm 2020)`, for a message. */
export function quotedPeriod(code: string): string {
  const parsed = parsePeriodCode(code);
  return parsed ? `"${code}" (${periodPhrase(parsed)})` : `"${code}"`;
}
