/** Edge days: the generators reach them, and the year warnings are exact on them. */
import fc from "fast-check";
import { readPlan } from "../../src/core/check";
import { makePeriod } from "../../src/core/periods";
import { EDGE_DAYS, generatedPlan, planWorkbook } from "./arbitraries";

test("about half of the generated update days are edge days (window ends, deadline days and their neighbours)", () => {
  const days = fc
    .sample(generatedPlan, { numRuns: 300, seed: 42 })
    .flatMap((plan) => plan.updates.map((u) => u.day))
    .filter((d) => d !== undefined);
  const edge = new Set(EDGE_DAYS);
  const share = days.filter((d) => edge.has(d)).length / days.length;
  expect(days.length).toBeGreaterThan(1000);
  expect(share).toBeGreaterThan(0.3);
  // Every edge day turns up somewhere, not only a few of them.
  expect(new Set(days.filter((d) => edge.has(d))).size).toBe(edge.size);
});

test("DATE_OUTSIDE_YEAR is raised exactly for valid dates outside the yearly window, its first and last day inside", () => {
  fc.assert(
    fc.property(generatedPlan, (plan) => {
      const { start, end } = makePeriod(2020, "Y", plan.mode);
      const issues = readPlan(planWorkbook(plan), { fallbackYear: 2020 }).issues;
      plan.updates.forEach((u, i) => {
        const row = i + 2;
        const warned = issues.some((x) => x.code === "DATE_OUTSIDE_YEAR" && x.row === row);
        expect(`row ${row}: ${warned}`).toBe(
          `row ${row}: ${u.day !== undefined && (u.day < start || u.day > end)}`,
        );
      });
    }),
    { numRuns: 400 },
  );
});
