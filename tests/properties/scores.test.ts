/**
 * Any set of PAPI scores (docs/workbook.md, "PAPI scores"): the report's table has every dimension once, in order, and its
 * changes are the differences of the last two years shown; `"scores"` says the same in numbers.
 */
import fc from "fast-check";
import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { buildReport } from "../../src/core/report";
import { reportDocument } from "../../src/core/report-document";
import { scoresJson } from "../../src/core/scores";
import { type ScoreRecord, task, workbook } from "../support/workbook";

const RUNS = 300;

/** A score as a sheet holds it: two decimals, as a number or as text with a point or a comma. */
const score = fc
  .integer({ min: 100, max: 1000 })
  .chain((hundredths) =>
    fc.constantFrom(
      hundredths / 100,
      (hundredths / 100).toFixed(2),
      (hundredths / 100).toFixed(2).replace(".", ","),
    ),
  );
const row = fc.record({
  year: fc.integer({ min: 2015, max: 2021 }),
  group: fc.integer({ min: 1, max: 8 }),
  score,
  target: fc.option(score, { nil: "" }),
});

const numberOf = (s: unknown) => Number(String(s).replace(",", "."));

test("the table has each dimension once and its changes are the differences of the last two years", () => {
  fc.assert(
    fc.property(
      fc.array(row, { maxLength: 60 }),
      fc.constantFrom("H1" as const, "Y" as const),
      (rows, kind) => {
        const plan = readPlan(workbook({ tasks: [task("1.1")], scores: rows as ScoreRecord[] }), {
          fallbackYear: 2020,
        });
        const model = buildReport(plan, 2020, kind, dayOf(2021, 1, 5));
        // What was kept: the first row of each year and dimension.
        const kept = new Map<string, number>();
        for (const r of rows)
          if (!kept.has(`${r.year}:${r.group}`)) kept.set(`${r.year}:${r.group}`, numberOf(r.score));
        const years = [...new Set(rows.map((r) => r.year).filter((y) => y < 2020))].sort().slice(-3);

        const json = scoresJson(model.scores);
        if (years.length === 0) {
          expect(json).toBeNull();
          return;
        }
        expect(json?.map((d) => d.group)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        const table = reportDocument(model).sections[0]?.blocks.find((b) => b.type === "table");
        if (table?.type !== "table") throw new Error("no scores table");
        expect(table.rows.slice(0, 8).map((r) => r.cells[0])).toEqual([
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "7",
          "8",
        ]);
        const changeColumn = 2 + years.length;
        for (let g = 1; g <= 8; g++) {
          const [before, now] = years.length >= 2 ? years.slice(-2).map((y) => kept.get(`${y}:${g}`)) : [];
          const expected = before === undefined || now === undefined ? null : now - before;
          const d = json?.[g - 1];
          const cell = table.rows[g - 1]?.cells[changeColumn] ?? "";
          if (expected === null) {
            expect(d?.change).toBeNull();
            expect(cell).toBe("–");
          } else {
            expect(d?.change).toBeCloseTo(expected, 9);
            expect(numberOf(cell)).toBeCloseTo(expected, 9);
          }
          for (const y of years) expect(d?.years[String(y)]).toBe(kept.get(`${y}:${g}`));
        }
      },
    ),
    { numRuns: RUNS },
  );
});
