/**
 * Property 2: no data row is silently dropped (docs/workbook.md: status, problems). A data row is a row under the header
 * row that is not blank in every schema column found in the header (src/core/table.ts: a cell is
 * blank when it is null, undefined or a string of white space only; other columns do not count).
 * Every such row of `Nhiệm vụ`, `Tiến độ` and `Nội dung báo cáo` is either read into the plan or
 * named by at least one error on that sheet and row. An update whose task has an error is the one
 * case left out without an issue of its own: it is accounted for by that task's error. The task of an
 * id is the first row that carries it (a later row with the same id is a DUPLICATE_ID and never takes
 * its updates away), so only an error on that first row excuses an update.
 * Conversely, a row read into the plan carries no error, with one exception: a `Nội dung báo cáo` row
 * whose only errors are in `Ngày báo cáo` is read without that date, since its texts are still the
 * period's (docs/workbook.md, "The report's date").
 */
import fc from "fast-check";
import { cellText } from "../../src/core/cells";
import { readPlan } from "../../src/core/check";
import type { Issue } from "../../src/core/issues";
import type { Plan } from "../../src/core/plan";
import { NARRATIVES, type SheetSpec, TASKS, UPDATES } from "../../src/core/schema";
import { generatedPlan, type LaidOutPlan, type LaidOutSheet, layoutPlan, planLayout } from "./arbitraries";

const ACCOUNTING_RUNS = 1200;

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The 1-based row numbers of the sheet's data rows, with their cells. */
function dataRows(laid: LaidOutSheet): { row: number; cells: unknown[] }[] {
  const schemaColumns = Object.values(laid.columns);
  const rows: { row: number; cells: unknown[] }[] = [];
  laid.sheet.rows.forEach((cells, i) => {
    if (i <= laid.headerRow) return;
    if (schemaColumns.some((c) => !blank(cells[c]))) rows.push({ row: i + 1, cells });
  });
  return rows;
}

const errorRows = (issues: readonly Issue[], spec: SheetSpec) =>
  new Set(issues.filter((i) => i.severity === "error" && i.sheet === spec.name).map((i) => i.row));

const REPORT_DATE = NARRATIVES.columns.find((c) => c.key === "reportDate")?.header;

/** Rows of `Nội dung báo cáo` whose errors are all in `Ngày báo cáo`. */
function dateOnlyErrorRows(issues: readonly Issue[]): Set<number | null> {
  const errors = issues.filter((i) => i.severity === "error" && i.sheet === NARRATIVES.name);
  const others = new Set(errors.filter((i) => i.column !== REPORT_DATE).map((i) => i.row));
  return new Set(errors.filter((i) => i.column === REPORT_DATE && !others.has(i.row)).map((i) => i.row));
}

/** What went wrong, as a readable sentence, or null when every data row is accounted for. */
function accountingProblem(p: LaidOutPlan, plan: Plan): string | null {
  const tz = p.workbook.timeZone;
  const sheets: [SheetSpec, LaidOutSheet | null, Set<number>][] = [
    [TASKS, p.tasks, new Set(plan.tasks.map((t) => t.row))],
    [UPDATES, p.updates, new Set(plan.updates.map((u) => u.row))],
    [NARRATIVES, p.narratives, new Set([...plan.narratives.values()].map((n) => n.row))],
  ];
  const failedTaskIds = new Set<string>();
  if (p.tasks?.complete) {
    const failed = errorRows(plan.issues, TASKS);
    const idColumn = p.tasks.columns.id ?? -1;
    const seen = new Set<string>();
    for (const { row, cells } of dataRows(p.tasks)) {
      const id = cellText(cells[idColumn], tz);
      if (!seen.has(id) && failed.has(row)) failedTaskIds.add(id);
      seen.add(id);
    }
  }
  const dateOnly = dateOnlyErrorRows(plan.issues);
  for (const n of plan.narratives.values())
    if (dateOnly.has(n.row) && n.reportDate !== undefined)
      return `${NARRATIVES.name}: row ${n.row} kept a Ngày báo cáo that was reported as wrong`;
  for (const [spec, laid, parsed] of sheets) {
    if (!laid) continue;
    const failed = errorRows(plan.issues, spec);
    if (!laid.complete) {
      const flagged = plan.issues.some((i) => i.code === "MISSING_COLUMN" && i.sheet === spec.name);
      if (!flagged) return `${spec.name}: a required header is missing but no MISSING_COLUMN is reported`;
      if (parsed.size > 0) return `${spec.name}: rows were read from a sheet with a missing column`;
      continue;
    }
    const rows = dataRows(laid);
    const rowNumbers = new Set(rows.map((r) => r.row));
    for (const row of parsed) {
      if (!rowNumbers.has(row)) return `${spec.name}: row ${row} was read but is no data row`;
      if (failed.has(row) && !(spec === NARRATIVES && dateOnly.has(row)))
        return `${spec.name}: row ${row} was read although it has an error`;
    }
    for (const { row, cells } of rows) {
      if (parsed.has(row) || failed.has(row)) continue;
      if (spec === UPDATES && failedTaskIds.has(cellText(cells[laid.columns.taskId ?? -1], tz))) continue;
      return `${spec.name}: row ${row} (${JSON.stringify(cells).slice(0, 200)}) is neither read nor reported`;
    }
  }
  const taskIds = new Set(plan.tasks.map((t) => t.id));
  const orphan = plan.updates.find((u) => !taskIds.has(u.taskId));
  if (orphan) return `${UPDATES.name}: row ${orphan.row} was read but its task "${orphan.taskId}" was not`;
  return null;
}

test("every non-blank data row is read into the plan or reported, never silently dropped", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        { weight: 2, arbitrary: layoutPlan(12, 4) },
        { weight: 1, arbitrary: generatedPlan.map(planLayout) },
      ),
      (p) => {
        const problem = accountingProblem(p, readPlan(p.workbook, { fallbackYear: 2020 }));
        if (problem !== null) throw new Error(problem);
      },
    ),
    { numRuns: ACCOUNTING_RUNS },
  );
});
