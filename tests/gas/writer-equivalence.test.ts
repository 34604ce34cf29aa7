/**
 * The batch writer against the reference cell-by-cell writer (tests/support/naive-writer.ts,
 * also the bench's side-by-side reference): the same values, formats, borders, merges, sizes,
 * frozen rows, gridlines, protection and chart, cell by cell. Until the one-batch writer replaced
 * it, this test also held today's writer (SpreadsheetApp calls + a merges/heights batch) to it.
 */
import { prepareReport } from "../../src/core/engine";
import { syntheticSheets } from "../../src/core/synthetic";
import { todayIn } from "../../src/gas/context";
import { generateReport } from "../../src/gas/generate";
import { readWorkbook } from "../../src/gas/workbook";
import { createGasFakes, type GasFakes } from "../fakes";
import { sampleSpreadsheet, ZONE } from "../support/gas";
import { chartNaively, writeNaively } from "../support/naive-writer";

function letters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function everything(fakes: GasFakes, name: string) {
  const { sheetId, index, charts, ...info } = fakes.sheetInfo(name);
  const cells: unknown[] = [];
  for (let r = 1; r <= info.maxRows; r++)
    for (let c = 1; c <= info.maxColumns; c++)
      cells.push({ at: `${r}:${c}`, ...fakes.cell(`${name}!${letters(c)}${r}`) });
  return {
    info: { ...info, merges: [...info.merges].sort() },
    cells,
    charts: charts.map(({ id, ...chart }) => chart),
  };
}

/** The batch writer's report in `fakes`, the reference writer's from the same grids in fresh fakes. */
function compare(
  fakes: GasFakes,
  period: string,
  names: string[],
  { user, batchBytes }: { user?: string; batchBytes?: number } = {},
): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = readWorkbook(ss);
  expect(generateReport(ss, period, { replace: false, force: true, batchBytes }).status).toBe("done");
  const grids = prepareReport(workbook, period, todayIn(ZONE)).grids;
  const reference = createGasFakes({ timeZone: ZONE, sheets: ["Trang"], ...(user ? { user } : {}) });
  const restore = reference.install();
  try {
    const rss = SpreadsheetApp.getActiveSpreadsheet();
    grids.forEach((grid, i) => {
      const sheet = rss.insertSheet(names[i] ?? "");
      writeNaively(sheet, grid);
      if (i === 0) chartNaively(sheet, grid);
    });
  } finally {
    restore();
  }
  for (const name of names) {
    const a = everything(reference, name);
    const b = everything(fakes, name);
    expect(b.info).toEqual(a.info);
    expect(b.charts).toEqual(a.charts);
    expect(b.cells.length).toBe(a.cells.length);
    for (let i = 0; i < a.cells.length; i++) expect(b.cells[i]).toEqual(a.cells[i]);
  }
}

test("the example plan's report: the batch writer builds what the cell-by-cell writer builds", () => {
  const { fakes, restore } = sampleSpreadsheet();
  try {
    compare(fakes, "2020-Q1", ["BC Q1-2020", "BC Q1-2020 (Phụ lục)"], { user: "chuyenvien@example.gov.vn" });
    // The year's report opens II with the PAPI scores: decimals with their own number formats.
    compare(fakes, "2020-Y", ["BC 2020", "BC 2020 (Phụ lục)"], { user: "chuyenvien@example.gov.vn" });
  } finally {
    restore();
  }
}, 60_000);

test("300 tasks' yearly report, with runs of formats and heights: the same sheets again", () => {
  const fakes = createGasFakes({ timeZone: ZONE });
  for (const sheet of syntheticSheets(300, 5)) fakes.seed(sheet.name, sheet.rows, { raw: true });
  const restore = fakes.install();
  try {
    compare(fakes, "2020-Y", ["BC 2020", "BC 2020 (Phụ lục)"]);
  } finally {
    restore();
  }
}, 120_000);

test("the same 300 tasks built over many batches of 20 KB: the same sheets, shown, in the same place", () => {
  const fakes = createGasFakes({ timeZone: ZONE });
  for (const sheet of syntheticSheets(300, 5)) fakes.seed(sheet.name, sheet.rows, { raw: true });
  const restore = fakes.install();
  try {
    compare(fakes, "2020-Y", ["BC 2020", "BC 2020 (Phụ lục)"], { batchBytes: 20_000 });
    expect(fakes.count("Sheets.Spreadsheets.batchUpdate")).toBeGreaterThan(10);
    expect(fakes.sheetNames().slice(-3)).toEqual(["BC 2020", "BC 2020 (Phụ lục)", "Nhật ký"]);
  } finally {
    restore();
  }
}, 120_000);
