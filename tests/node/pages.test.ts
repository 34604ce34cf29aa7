/**
 * The report's "Pages as a văn thư checks them" (docs/workbook.md), read from the PDF's words: the example's seven reports and
 * generated plans, each rule checked by tests/support/page-rules.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { renderPdf } from "../../src/node/pdf";
import { sampleWorkbook } from "../../src/sample/sample";
import {
  appendixRowsWhole,
  closingKept,
  type Extracted,
  extract,
  headingsAlike,
  headingsKeptWithNext,
  justifiedGaps,
  linksBreakWell,
  linksIn,
  summaryTableWhole,
  widowsAndOrphans,
} from "../support/page-rules";

const dir = mkdtempSync(join(tmpdir(), "papi-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERIODS = ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2020-H1", "2020-9M", "2020-Y"];

const examples = new Map<string, { pdf: Extracted; links: string[] }>();
function example(period: string): Extracted {
  return made(period).pdf;
}
function made(period: string) {
  let found = examples.get(period);
  if (!found) {
    const r = prepareReport(sampleWorkbook(), period, dayOf(2020, 12, 18));
    const links = r.model.statuses.flatMap((s) =>
      s.periodUpdates.flatMap((u) => linksIn(`${u.result} ${u.evidence}`)),
    );
    expect(links.length).toBeGreaterThan(0);
    found = { pdf: extract(renderPdf(r.document), join(dir, `${period}.pdf`)), links };
    examples.set(period, found);
  }
  return found;
}

describe.each(PERIODS)("the example's %s report, page by page", (period) => {
  beforeAll(() => example(period), 120_000);
  test("the closing sentence keeps its last 2 lines with Nơi nhận and the signature", () => {
    expect(closingKept(example(period))).toEqual([]);
  });
  test("no paragraph leaves or carries a lone line at a page break", () => {
    expect(widowsAndOrphans(example(period))).toEqual([]);
  });
  test("each heading stays with at least 2 lines of what follows", () => {
    expect(headingsKeptWithNext(example(period))).toEqual([]);
  });
  test("the summary table stands whole on one page", () => {
    expect(summaryTableWhole(example(period))).toEqual([]);
  });
  test("an appendix row that fits on a page is never split", () => {
    expect(appendixRowsWhole(example(period))).toEqual([]);
  });
  test("no justified gap is wider than 3 spaces, and links break after their separators", () => {
    expect(justifiedGaps(example(period))).toEqual([]);
    expect(linksBreakWell(example(period), made(period).links)).toEqual([]);
  });
  test('"1. Tổng hợp chung" is a heading like "2. Kết quả thực hiện theo từng lĩnh vực"', () => {
    // The 6-month and yearly reports open II with the PAPI scores, and the parts after it move down one.
    const scored = period.endsWith("-H1") || period.endsWith("-Y");
    const headings = scored
      ? ["1. Kết quả Chỉ số PAPI", "2. Tổng hợp chung", "3. Kết quả thực hiện theo từng lĩnh vực"]
      : ["1. Tổng hợp chung", "2. Kết quả thực hiện theo từng lĩnh vực"];
    expect(headingsAlike(example(period), headings)).toEqual([]);
  });
});
