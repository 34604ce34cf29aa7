/**
 * Property 5: period windows (docs/workbook.md: periods). For any year and both cut-off modes the quarters tile
 * the year's window with no gap and no overlap, the 6- and 9-month windows are unions of quarters,
 * consecutive years tile too, and Decree 09 windows run from a 15th to a 14th.
 */
import fc from "fast-check";
import { type Day, ymd } from "../../src/core/day";
import { makePeriod, PERIOD_KINDS, type Period, parsePeriodCode, periodCode } from "../../src/core/periods";
import type { CutoffMode } from "../../src/core/schema";
import { MODES } from "./arbitraries";

const PERIOD_RUNS = 1500;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const iso = (d: Day) => {
  const { year, month, day } = ymd(d);
  return `${year}-${month}-${day}`;
};

/** The first broken rule for the year's windows, or null. */
function periodProblem(year: number, mode: CutoffMode): string | null {
  const p = Object.fromEntries(PERIOD_KINDS.map((k) => [k, makePeriod(year, k, mode)])) as Record<
    (typeof PERIOD_KINDS)[number],
    Period
  >;
  const where = `${year} ${mode}`;
  for (const kind of PERIOD_KINDS) {
    const w = p[kind];
    if (!Number.isInteger(w.start) || !Number.isInteger(w.end)) return `${where} ${kind}: days are not whole`;
    if (w.start > w.end) return `${where} ${kind}: starts ${iso(w.start)} after it ends ${iso(w.end)}`;
    if (w.code !== periodCode(year, kind) || w.year !== year || w.kind !== kind || w.mode !== mode)
      return `${where} ${kind}: labelled ${w.code} ${w.mode}`;
    const code = parsePeriodCode(w.code);
    if (code?.year !== year || code.kind !== kind)
      return `${where} ${kind}: code ${w.code} does not read back`;
    if (mode === "decree09" && (ymd(w.start).day !== 15 || ymd(w.end).day !== 14))
      return `${where} ${kind}: ${iso(w.start)} – ${iso(w.end)} is not a 15th to a 14th`;
  }
  const quarters = [p.Q1, p.Q2, p.Q3, p.Q4];
  if (p.Q1.start !== p.Y.start) return `${where}: Q1 starts ${iso(p.Q1.start)}, Y starts ${iso(p.Y.start)}`;
  if (p.Q4.end !== p.Y.end) return `${where}: Q4 ends ${iso(p.Q4.end)}, Y ends ${iso(p.Y.end)}`;
  for (let i = 1; i < 4; i++) {
    const prev = quarters[i - 1] as Period;
    const next = quarters[i] as Period;
    if (next.start !== prev.end + 1)
      return `${where}: Q${i} ends ${iso(prev.end)}, Q${i + 1} starts ${iso(next.start)}`;
  }
  if (p.H1.start !== p.Q1.start || p.H1.end !== p.Q2.end) return `${where}: H1 is not Q1 ∪ Q2`;
  if (p["9M"].start !== p.Q1.start || p["9M"].end !== p.Q3.end) return `${where}: 9M is not Q1 ∪ Q2 ∪ Q3`;
  if (makePeriod(year + 1, "Y", mode).start !== p.Y.end + 1)
    return `${where}: Y and Y+1 leave a gap or overlap`;
  if (mode === "calendar") {
    const s = ymd(p.Y.start);
    const e = ymd(p.Y.end);
    if (s.year !== year || s.month !== 1 || s.day !== 1 || e.year !== year || e.month !== 12 || e.day !== 31)
      return `${where}: Y is ${iso(p.Y.start)} – ${iso(p.Y.end)}`;
  } else {
    const s = ymd(p.Y.start);
    if (s.year !== year - 1 || s.month !== 12) return `${where}: Y starts ${iso(p.Y.start)}`;
  }
  return null;
}

test(`for random years ${FIRST_YEAR}–${LAST_YEAR} and both modes, quarters tile the year, H1 = Q1∪Q2, 9M = Q1..Q3, Decree 09 runs 15th → 14th`, () => {
  fc.assert(
    fc.property(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), fc.constantFrom(...MODES), (year, mode) => {
      const problem = periodProblem(year, mode);
      if (problem !== null) throw new Error(problem);
    }),
    { numRuns: PERIOD_RUNS },
  );
});

test(`the same rules hold for every year ${FIRST_YEAR}–${LAST_YEAR}, checked one by one`, () => {
  const problems: string[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (const mode of MODES) {
      const problem = periodProblem(year, mode);
      if (problem !== null) problems.push(problem);
    }
  expect(problems).toEqual([]);
});
