/**
 * Property 1: whatever the cells hold, the core never throws. Reading, checking, every period's
 * report of the year, its grids and its JSON all complete on hostile workbooks.
 */
import fc from "fast-check";
import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { prepareReport, reportJson, validateWorkbook } from "../../src/core/engine";
import { reportGrids } from "../../src/core/grid";
import { ERROR_CODES, WARNING_CODES } from "../../src/core/issues";
import { issueCells } from "../../src/core/locate";
import { PERIOD_KINDS } from "../../src/core/periods";
import { wildWorkbook } from "./arbitraries";
import { expectCountInvariants } from "./invariants";

/** Each run reads the workbook, then makes the seven reports of its year. */
const ROBUSTNESS_RUNS = 500;

const CODES = new Set<string>([...ERROR_CODES, ...WARNING_CODES]);

test("the core never throws on any workbook, and its answers stay well-formed", () => {
  fc.assert(
    fc.property(
      wildWorkbook,
      fc.integer({ min: dayOf(2019, 1, 1), max: dayOf(2022, 12, 31) }),
      (wb, today) => {
        const plan = readPlan(wb, { fallbackYear: 2020 });
        const validation = validateWorkbook(wb, today);
        issueCells(wb, validation.issues);
        for (const i of validation.issues) {
          expect(CODES.has(i.code)).toBe(true);
          expect(i.row === null || (Number.isInteger(i.row) && i.row >= 1)).toBe(true);
        }
        const year = plan.settings.year ?? 2020;
        for (const kind of PERIOD_KINDS) {
          const report = prepareReport(wb, `${year}-${kind}`, today);
          expectCountInvariants(report.model.groups, report.model.totals);
          expect(report.model.totals.total).toBe(report.plan.tasks.length);
          const grids = reportGrids(report.document);
          expect(grids).toHaveLength(2);
          JSON.stringify(reportJson(report, null));
        }
      },
    ),
    { numRuns: ROBUSTNESS_RUNS },
  );
});
