/**
 * The one-batch writer against today's (SpreadsheetApp calls + a merges/heights batch): the same
 * sheets, values, formats, borders, merges, sizes, frozen rows, protection and chart, cell by cell.
 * The chart's anchor is the one intended difference: today's sits past the last column.
 */
import { generateReport } from "../../src/gas/generate";
import { generateReport as legacyGenerate } from "../../src/gas/generate-legacy";
import type { GasFakes } from "../fakes";
import { sampleSpreadsheet } from "../support/gas";

const REPORT = ["BC Q1-2020", "BC Q1-2020 (Phụ lục)"];

function build(generate: typeof generateReport): GasFakes {
  const { fakes, restore } = sampleSpreadsheet();
  try {
    expect(
      generate(SpreadsheetApp.getActiveSpreadsheet(), "2020-Q1", { replace: false, force: false }).status,
    ).toBe("done");
    return fakes;
  } finally {
    restore();
  }
}

function everything(fakes: GasFakes, name: string) {
  const { sheetId, index, charts, ...info } = fakes.sheetInfo(name);
  const cells: unknown[] = [];
  for (let r = 1; r <= info.maxRows; r++)
    for (let c = 1; c <= info.maxColumns; c++) {
      const { displayValue, ...cell } = fakes.cell(
        `${name}!R${r}C${c}`.replace(/R(\d+)C(\d+)/, (_, row, col) => `${letters(Number(col))}${row}`),
      );
      cells.push({ at: `${r}:${c}`, ...cell });
    }
  return {
    info: { ...info, merges: [...info.merges].sort() },
    cells,
    charts: charts.map(({ id, position, ...chart }) => ({ ...chart, row: position.row })),
  };
}

function letters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

test("the one-batch writer builds what today's writer builds", () => {
  const today = build(legacyGenerate);
  const batch = build(generateReport);
  expect(batch.sheetNames()).toEqual(today.sheetNames());
  for (const name of REPORT) {
    const a = everything(today, name);
    const b = everything(batch, name);
    expect(b.info).toEqual(a.info);
    expect(b.charts).toEqual(a.charts);
    for (let i = 0; i < a.cells.length; i++) expect(b.cells[i]).toEqual(a.cells[i]);
  }
  const log = (f: GasFakes) =>
    (f.snapshot()["Nhật ký"] ?? []).map((row) => row.slice(1, 4).concat(row.slice(5)));
  expect(log(batch)).toEqual(log(today));
}, 60_000);
