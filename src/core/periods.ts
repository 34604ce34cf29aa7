/** Reporting periods and their windows (docs/workbook.md: periods; Decree 09/2019/NĐ-CP Art. 12). */
import { type Day, dayOf, isFourDigitYear } from "./day";
import type { CutoffMode } from "./schema";
import { roman } from "./text";

export type PeriodKind = "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "9M" | "Y";
export const PERIOD_KINDS: readonly PeriodKind[] = ["Q1", "Q2", "Q3", "Q4", "H1", "9M", "Y"];

export interface Period {
  /** e.g. `2020-Q1` */
  code: string;
  year: number;
  kind: PeriodKind;
  mode: CutoffMode;
  /** First and last day of the window, both inclusive. */
  start: Day;
  end: Day;
}

/** The month whose end (calendar mode) or 14th (Decree 09) closes the period. */
const LAST_MONTH: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, "9M": 9, Y: 12 };
const FIRST_MONTH: Record<PeriodKind, number> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, "9M": 1, Y: 1 };

export function parsePeriodCode(code: string): { year: number; kind: PeriodKind } | undefined {
  const m = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/i.exec(code.trim());
  if (!m?.[1] || !m[2] || !isFourDigitYear(Number(m[1]))) return undefined;
  return { year: Number(m[1]), kind: m[2].toUpperCase() as PeriodKind };
}

export function periodCode(year: number, kind: PeriodKind): string {
  return `${year}-${kind}`;
}

export function makePeriod(year: number, kind: PeriodKind, mode: CutoffMode): Period {
  const last = LAST_MONTH[kind];
  const first = FIRST_MONTH[kind];
  const [start, end] =
    mode === "decree09"
      ? // Art. 12: data is cut off on the 14th of the period's last month and counted from the 15th before.
        [first === 1 ? dayOf(year - 1, 12, 15) : dayOf(year, first - 1, 15), dayOf(year, last, 14)]
      : [dayOf(year, first, 1), dayOf(year, last + 1, 1) - 1];
  return { code: periodCode(year, kind), year, kind, mode, start, end };
}

/** `Quý I năm 2020`, `6 tháng đầu năm 2020`, `9 tháng đầu năm 2020`, `năm 2020`. */
export function periodLabel(period: Pick<Period, "year" | "kind">): string {
  switch (period.kind) {
    case "H1":
      return `6 tháng đầu năm ${period.year}`;
    case "9M":
      return `9 tháng đầu năm ${period.year}`;
    case "Y":
      return `Năm ${period.year}`;
    default:
      return `Quý ${roman(Number(period.kind[1]))} năm ${period.year}`;
  }
}

/** The label inside a sentence: `quý I năm 2020`, `năm 2020`. */
export function periodPhrase(period: Pick<Period, "year" | "kind">): string {
  const label = periodLabel(period);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The short name used for report sheets and files: `Q1-2020`, `6T-2020`, `9T-2020`, `2020`. */
export function periodShortName(period: Pick<Period, "year" | "kind">): string {
  switch (period.kind) {
    case "H1":
      return `6T-${period.year}`;
    case "9M":
      return `9T-${period.year}`;
    case "Y":
      return `${period.year}`;
    default:
      return `${period.kind}-${period.year}`;
  }
}

/**
 * The period the sidebar opens on: the quarter whose window holds today in the workbook's cut-off mode
 * (under Decree 09, 20 March is already Q2, whose window began on 15 March); Q1 before the plan year's
 * first window, the year once its last quarter's window has closed.
 */
export function defaultPeriodCode(year: number, today: Day, mode: CutoffMode): string {
  const quarters = (["Q1", "Q2", "Q3", "Q4"] as const).map((k) => makePeriod(year, k, mode));
  const current = quarters.find((p) => p.start <= today && today <= p.end);
  if (current) return current.code;
  return today < (quarters[0]?.start ?? today) ? periodCode(year, "Q1") : periodCode(year, "Y");
}
