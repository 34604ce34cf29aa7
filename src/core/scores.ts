/**
 * The PAPI scores beside the plan (docs/workbook.md, "PAPI scores"): the last published years before the plan year, by
 * dimension, the change between the last two, and the plan year's target.
 */
import { DIMENSIONS } from "./catalogue";
import type { Score } from "./plan";
import type { DashboardScore } from "./sidebar-api";

/** How many published years the report's table shows at most. */
export const SHOWN_YEARS = 3;

export interface DimensionScores {
  group: number;
  /** The dimension's score in each shown year that has one. */
  years: Map<number, number>;
  /** Last shown year minus the year before it; null when either score is missing. */
  change: number | null;
  /** The plan year's target, or null when none is set. */
  target: number | null;
  /** The dimension's latest score among the shown years, and its year. */
  last: { year: number; score: number } | null;
  fell: boolean;
  belowTarget: boolean;
}

export interface ScoresSummary {
  planYear: number;
  /** The shown years, oldest first: the last (at most 3) years before the plan year with a score. */
  years: number[];
  /** Always 8, in dimension order. */
  dimensions: DimensionScores[];
}

/** The summary of the scores sheet for a plan year; null when no year before it has a score. */
export function summarizeScores(scores: readonly Score[], planYear: number): ScoresSummary | null {
  const published = scores.filter((s) => s.score !== undefined && s.year < planYear);
  const years = [...new Set(published.map((s) => s.year))].sort((a, b) => a - b).slice(-SHOWN_YEARS);
  if (years.length === 0) return null;
  const [previous, latest] = years.length >= 2 ? years.slice(-2) : [undefined, years[0]];
  const dimensions = DIMENSIONS.map((d): DimensionScores => {
    const byYear = new Map<number, number>();
    for (const s of published)
      if (s.group === d.id && s.score !== undefined && years.includes(s.year)) byYear.set(s.year, s.score);
    const before = previous === undefined ? undefined : byYear.get(previous);
    const now = latest === undefined ? undefined : byYear.get(latest);
    const change = before === undefined || now === undefined ? null : difference(now, before);
    const target = scores.find(
      (s) => s.year === planYear && s.group === d.id && s.target !== undefined,
    )?.target;
    const lastYear = [...years].reverse().find((y) => byYear.has(y));
    const last = lastYear === undefined ? null : { year: lastYear, score: byYear.get(lastYear) as number };
    return {
      group: d.id,
      years: byYear,
      change,
      target: target ?? null,
      last,
      fell: change !== null && change < 0,
      belowTarget: last !== null && target !== undefined && last.score < target,
    };
  });
  return { planYear, years, dimensions };
}

/** `a - b` without float noise: 5.53 - 5.2 is 0.33, not 0.33000000000000007. */
export function difference(a: number, b: number): number {
  return Number((a - b).toPrecision(12));
}

/** The sum of the dimensions' scores in a year (the PAPI total, 8–80), when all 8 have one. */
export function totalOf(summary: ScoresSummary, year: number): number | null {
  let sum = 0;
  for (const d of summary.dimensions) {
    const s = d.years.get(year);
    if (s === undefined) return null;
    sum += s;
  }
  return Number(sum.toPrecision(12));
}

/** The sum of the 8 targets, when all are set. */
export function targetTotal(summary: ScoresSummary): number | null {
  if (summary.dimensions.some((d) => d.target === null)) return null;
  return Number(summary.dimensions.reduce((sum, d) => sum + (d.target ?? 0), 0).toPrecision(12));
}

/** A score as Vietnamese documents write it: two decimals after a comma (`5,53`); `–` when missing. */
export function vnScore(n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : n.toFixed(2).replace(".", ",");
}

/** A change with its sign: `+0,33`, `-0,10`, `0,00`. */
export function vnChange(n: number | null): string {
  if (n === null) return "–";
  const text = vnScore(Math.abs(n));
  return n > 0 && text !== "0,00" ? `+${text}` : n < 0 && text !== "0,00" ? `-${text}` : text;
}

/** The `"scores"` of `papi report --json` (docs/workbook.md, "PAPI scores"). */
export interface ScoresJson {
  group: number;
  years: Record<string, number>;
  change: number | null;
  target: number | null;
}

export function scoresJson(summary: ScoresSummary | null): ScoresJson[] | null {
  if (!summary) return null;
  return summary.dimensions.map((d) => ({
    group: d.group,
    years: Object.fromEntries([...d.years].map(([y, s]) => [String(y), s])),
    change: d.change,
    target: d.target,
  }));
}

/** What the sidebar shows of a dimension's scores beside its progress bar (null without a published score). */
export function dashboardScore(summary: ScoresSummary | null, group: number): DashboardScore | null {
  const d = summary?.dimensions[group - 1];
  if (!summary || !d?.last) return null;
  const previousYear = summary.years.length >= 2 ? (summary.years[summary.years.length - 2] ?? null) : null;
  return {
    year: d.last.year,
    score: d.last.score,
    change: d.change,
    previousYear: d.change === null ? null : previousYear,
    target: d.target,
    targetYear: summary.planYear,
    fell: d.fell,
    belowTarget: d.belowTarget,
  };
}

/** The top-left cell of the numbers the `Điểm PAPI` sheet's chart reads: how the add-on finds its own. */
export const CHART_DATA_MARK = "Số liệu biểu đồ (PAPI tự tạo khi lập báo cáo, không cần sửa)";
/** The chart data's rows: the mark, the years, then one row per dimension. */
export const CHART_DATA_ROWS = 2 + DIMENSIONS.length;
/** The chart data's columns: the dimension, then one per shown year (blank when fewer). */
export const CHART_DATA_COLS = 1 + SHOWN_YEARS;

/**
 * The dimensions × years the sheet's chart draws (the sheet itself holds one row per year and dimension,
 * which no chart can read): always CHART_DATA_ROWS × CHART_DATA_COLS, blank where there is no score.
 */
export function chartData(summary: ScoresSummary): (string | number)[][] {
  const pad = (cells: (string | number)[]) => [
    ...cells,
    ...Array.from({ length: CHART_DATA_COLS - cells.length }, () => ""),
  ];
  return [
    pad([CHART_DATA_MARK]),
    pad(["Lĩnh vực", ...summary.years.map((y) => `Năm ${y}`)]),
    ...summary.dimensions.map((d) =>
      pad([
        `${d.group}. ${DIMENSIONS[d.group - 1]?.vn ?? ""}`,
        ...summary.years.map((y) => d.years.get(y) ?? ""),
      ]),
    ),
  ];
}
