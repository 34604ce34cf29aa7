/**
 * Per-unit status on any workbook: it never throws, every valid task belongs to exactly one unit, and a
 * unit's counts add up (docs/workbook.md: the command's JSON).
 */
import fc from "fast-check";
import { unitKey } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { prepareUnits, unitsJson } from "../../src/core/engine";
import { PERIOD_KINDS } from "../../src/core/periods";
import { wildWorkbook } from "./arbitraries";

const RUNS = 300;

test("per-unit status: every valid task in one unit, updated + owing ≤ tasks, owing ids are the unit's own", () => {
  fc.assert(
    fc.property(
      wildWorkbook,
      fc.constantFrom(...PERIOD_KINDS),
      fc.integer({ min: dayOf(2019, 1, 1), max: dayOf(2022, 12, 31) }),
      (wb, kind, today) => {
        const r = prepareUnits(wb, `2020-${kind}`, today);
        const tasks = r.plan.tasks;
        expect(r.units.reduce((n, u) => n + u.tasks, 0)).toBe(tasks.length);
        // One entry per unit, matched like headers.
        const keys = r.units.map((u) => unitKey(u.unit));
        expect(new Set(keys).size).toBe(keys.length);
        // The sheet's units first, in sheet order.
        const listed = r.units.filter((u) => u.listed).map((u) => u.unit);
        expect(r.units.slice(0, listed.length).map((u) => u.unit)).toEqual(listed);
        expect(listed).toEqual(r.plan.units.map((u) => u.name));
        const seen = new Set<string>();
        for (const u of r.units) {
          expect(u.updated + u.missing.length).toBeLessThanOrEqual(u.tasks);
          expect(u.overdue).toBeLessThanOrEqual(u.tasks);
          const own = new Set(tasks.filter((t) => unitKey(t.lead) === unitKey(u.unit)).map((t) => t.id));
          for (const t of u.missing) {
            expect(own.has(t.id)).toBe(true);
            expect(seen.has(t.id)).toBe(false);
            seen.add(t.id);
          }
        }
        const json = unitsJson(r);
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      },
    ),
    { numRuns: RUNS },
  );
});
