/**
 * Properties 3 and 4: the counts by dimension add up (docs/workbook.md: status, the command's JSON), and a report as of a
 * period's end date E depends only on the updates dated on or before E (docs/workbook.md, `Tiến độ`: "a report for Q1 made again
 * in December gives the same numbers").
 */
import fc from "fast-check";
import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { makePeriod, PERIOD_KINDS } from "../../src/core/periods";
import type { Plan, Update } from "../../src/core/plan";
import { buildReport, type ReportModel } from "../../src/core/report";
import type { CutoffMode } from "../../src/core/schema";
import { type GeneratedPlan, generatedPlan, layoutWorkbook, MODES, planWorkbook } from "./arbitraries";
import { expectCountInvariants } from "./invariants";

/** Each run makes the 7 reports of the year in both cut-off modes. */
const COUNT_RUNS = 600;
/** Each run compares 7 periods × 2 modes, each against a workbook with the later updates deleted. */
const AS_OF_RUNS = 500;
/** Each run checks every task's status in the 7 periods of both modes against §5 restated. */
const STATUS_RUNS = 400;

const ISSUED = dayOf(2021, 2, 1);
const read = (plan: GeneratedPlan, mode: CutoffMode, updates = plan.updates) =>
  readPlan(planWorkbook({ ...plan, mode }, updates), { fallbackYear: 2020 });

function expectCountsOf(plan: Plan, report: ReportModel): void {
  expectCountInvariants(report.groups, report.totals);
  // Every task read is counted once, in its own dimension.
  expect(report.totals.total).toBe(plan.tasks.length);
  expect(report.groups.map((g) => g.total)).toEqual(
    report.groups.map((g) => plan.tasks.filter((t) => t.group === g.group).length),
  );
}

test("per dimension and in total: done + inProgress + notStarted = total, onTime + late = done, overdue ≤ not done, 8 groups summing to the totals", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        { weight: 3, arbitrary: generatedPlan.map((p) => ({ p, wb: null })) },
        {
          weight: 1,
          arbitrary: layoutWorkbook(10, 3).map((wb) => ({ p: null, wb })),
        },
      ),
      ({ p, wb }) => {
        const plans = p
          ? MODES.map((mode) => read(p, mode))
          : wb
            ? [readPlan(wb, { fallbackYear: 2020 })]
            : [];
        for (const plan of plans)
          for (const kind of PERIOD_KINDS) expectCountsOf(plan, buildReport(plan, 2020, kind, ISSUED));
      },
    ),
    { numRuns: COUNT_RUNS },
  );
});

/** What a report says about the plan, without row numbers (deleting rows renumbers those below). */
function summary(report: ReportModel) {
  return {
    groups: report.groups,
    totals: report.totals,
    statuses: report.statuses.map((s) => ({
      task: s.task.row,
      progress: s.progress,
      state: s.state,
      completedOn: s.completedOn,
      onTime: s.onTime,
      overdue: s.overdue,
      results: s.periodUpdates.map((u) => [u.taskId, u.date, u.progress, u.result, u.evidence]),
    })),
  };
}

test("a report as of E equals the report after deleting every update dated after E, for every period and both cut-off modes", () => {
  fc.assert(
    fc.property(generatedPlan, (p) => {
      for (const mode of MODES) {
        const full = read(p, mode);
        for (const kind of PERIOD_KINDS) {
          const end = makePeriod(2020, kind, mode).end;
          const kept = p.updates.filter((u) => u.day === undefined || u.day <= end);
          const before = summary(buildReport(full, 2020, kind, ISSUED));
          const after = summary(buildReport(read(p, mode, kept), 2020, kind, ISSUED));
          expect(before).toEqual(after);
        }
      }
    }),
    { numRuns: AS_OF_RUNS },
  );
});

/** Domain.md §5 restated on its own: where a task stands as of E, from the plan's valid updates. */
function expectedStatus(
  plan: Plan,
  taskId: string,
  deadline: Plan["tasks"][number]["deadline"],
  start: number,
  end: number,
) {
  const mine = plan.updates.filter((u) => u.taskId === taskId && u.date <= end);
  const later = (a: Update, b: Update) => a.date > b.date || (a.date === b.date && a.row > b.row);
  const latest = mine.reduce<Update | undefined>(
    (best, u) => (best === undefined || later(u, best) ? u : best),
    undefined,
  );
  const progress = latest?.progress ?? 0;
  const state = progress === 100 ? "done" : progress > 0 ? "inProgress" : "notStarted";
  const completedOn =
    state === "done" ? Math.min(...mine.filter((u) => u.progress === 100).map((u) => u.date)) : undefined;
  const due = deadline.kind === "day" ? deadline.day : undefined;
  return {
    progress,
    state,
    completedOn,
    onTime: completedOn === undefined ? undefined : due === undefined || completedOn <= due,
    overdue: state !== "done" && due !== undefined && due < end,
    results: mine
      .filter((u) => u.date >= start)
      .sort((a, b) => a.date - b.date || a.row - b.row)
      .map((u) => u.row),
  };
}

test("each task's status as of E follows docs/workbook.md's status rules: latest update by date then row, first 100 % dates completion, overdue only when not done", () => {
  fc.assert(
    fc.property(generatedPlan, (p) => {
      for (const mode of MODES) {
        const plan = read(p, mode);
        for (const kind of PERIOD_KINDS) {
          const { start, end } = makePeriod(2020, kind, mode);
          const report = buildReport(plan, 2020, kind, ISSUED);
          expect(report.statuses.map((s) => s.task)).toEqual(plan.tasks);
          for (const s of report.statuses) {
            const got = {
              progress: s.progress,
              state: s.state,
              completedOn: s.completedOn,
              onTime: s.onTime,
              overdue: s.overdue,
              results: s.periodUpdates.map((u) => u.row),
            };
            expect(got).toEqual(expectedStatus(plan, s.task.id, s.task.deadline, start, end));
          }
        }
      }
    }),
    { numRuns: STATUS_RUNS },
  );
});
