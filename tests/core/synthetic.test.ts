import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { syntheticSheets } from "../../src/core/synthetic";

test("the synthetic plan used by the benchmark is valid and its counts add up", () => {
  const r = prepareReport({ sheets: syntheticSheets(400, 5), timeZone: "UTC" }, "2020-Y", dayOf(2021, 1, 5));
  expect(r.errors).toBe(0);
  expect(r.model.totals.total).toBe(400);
  expect(r.model.groups.map((g) => g.total)).toEqual([50, 50, 50, 50, 50, 50, 50, 50]);
  for (const g of [...r.model.groups, r.model.totals]) {
    expect(g.done + g.inProgress + g.notStarted).toBe(g.total);
    expect(g.doneOnTime + g.doneLate).toBe(g.done);
  }
  expect(r.model.totals.done).toBeGreaterThan(0);
  expect(r.model.totals.inProgress).toBeGreaterThan(0);
});
