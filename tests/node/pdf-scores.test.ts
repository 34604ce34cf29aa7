/**
 * "Kết quả Chỉ số PAPI" in the PDF (docs/workbook.md, "PAPI scores"): the table and the bar chart under it,
 * read back from the rendered example plan with pdfjs.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIMENSIONS } from "../../src/core/catalogue";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { renderPdf } from "../../src/node/pdf";
import { sampleWorkbook } from "../../src/sample/sample";

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Extracted {
  pages: { width: number; items: Item[] }[];
}

jest.setTimeout(120_000);
const EXTRACT = join(__dirname, "..", "support", "pdf-text.mjs");
const dir = mkdtempSync(join(tmpdir(), "papi-pdf-scores-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pages(period: string): Promise<Extracted["pages"]> {
  const report = prepareReport(sampleWorkbook(), period, dayOf(2021, 1, 5));
  const file = join(dir, `${period}.pdf`);
  writeFileSync(file, await renderPdf(report.document));
  return (JSON.parse(execFileSync(process.execPath, [EXTRACT, file], { encoding: "utf8" })) as Extracted)
    .pages;
}

const texts = (page: { items: Item[] }) => page.items.map((i) => i.str.trim()).filter((s) => s !== "");

test("the 6-month report: the heading, the table and the chart's legend, labels and scale, the chart on one page", async () => {
  const all = await pages("2020-H1");
  const heading = all.findIndex((p) => texts(p).includes("1. Kết quả Chỉ số PAPI"));
  expect(heading).toBeGreaterThanOrEqual(0);
  const at = (s: string) => all.findIndex((p) => texts(p).includes(s));
  // The table, then the chart: its legend, every dimension's label and the scale 0–10, all on one page.
  const chartPage = at("Mục tiêu năm 2020");
  expect(chartPage).toBeGreaterThanOrEqual(at("Tổng điểm"));
  const page = all[chartPage] ?? { width: 0, items: [] };
  for (const name of ["Năm 2017", "Năm 2018", "Năm 2019"]) expect(texts(page)).toContain(name);
  const labels = DIMENSIONS.map((d) =>
    page.items.find((i) => i.str.trim().startsWith(`${d.id}. `) && i.height === 9),
  );
  expect(labels.every((l) => l !== undefined)).toBe(true);
  // Labels top to bottom in dimension order, then the scale under the last one.
  const ys = labels.map((l) => l?.y ?? 0);
  expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  const scale = page.items.filter((i) => i.height === 9 && /^(0|2|4|6|8|10)$/.test(i.str.trim()));
  expect(scale.map((i) => i.str.trim())).toEqual(["0", "2", "4", "6", "8", "10"]);
  for (const tick of scale) expect(tick.y).toBeGreaterThan(Math.max(...ys));
  // Left to right, evenly spaced.
  const xs = scale.map((i) => i.x + i.width / 2);
  for (let k = 2; k < xs.length; k++)
    expect((xs[k] ?? 0) - (xs[k - 1] ?? 0)).toBeCloseTo((xs[1] ?? 0) - (xs[0] ?? 0), 0);
  // "2. Tổng hợp chung" follows the chart.
  expect(at("2. Tổng hợp chung")).toBeGreaterThanOrEqual(chartPage);
});

test("a quarterly report has no scores, no table of them and no chart", async () => {
  const all = (await pages("2020-Q1")).flatMap(texts);
  expect(all).not.toContain("1. Kết quả Chỉ số PAPI");
  expect(all).not.toContain("Mục tiêu năm 2020");
  expect(all).toContain("1. Tổng hợp chung");
});
