/** The report's "Words a clerk would write" (docs/workbook.md): what the report says, read from its document. */
import { dayOf } from "../../src/core/day";
import type { Block } from "../../src/core/document";
import { prepareReport } from "../../src/core/engine";
import { makePeriod } from "../../src/core/periods";
import { sampleWorkbook } from "../../src/sample/sample";
import { SAMPLE_UPDATES } from "../../src/sample/sample-data";
import { task, update, workbook } from "../support/workbook";

const ISSUED = dayOf(2020, 12, 18);
const PERIODS = ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2020-H1", "2020-9M", "2020-Y"];

type Report = ReturnType<typeof prepareReport>;
const bodyBlocks = (r: Report): Block[] => r.document.sections[0]?.blocks ?? [];
const bodyText = (r: Report) =>
  bodyBlocks(r)
    .map((b) => (b.type === "paragraph" || b.type === "heading" ? b.text : ""))
    .join("\n");
const appendixRows = (r: Report) => {
  const table = r.document.sections[1]?.blocks.find((b) => b.type === "table");
  return table?.type === "table" ? table.rows.filter((row) => row.kind === undefined) : [];
};
/** The paragraph after the heading "1. Tổng hợp chung" ("2. …" when the PAPI scores open II). */
const summary = (r: Report) => {
  const blocks = bodyBlocks(r);
  const at = blocks.findIndex((b) => b.type === "heading" && /^[12]\. Tổng hợp chung$/.test(b.text));
  const next = blocks[at + 1];
  return next?.type === "paragraph" ? next.text : "";
};

describe("a zero is said in words", () => {
  test("nothing done and nothing overdue: 'chưa có nhiệm vụ nào hoàn thành', 'không có nhiệm vụ nào quá hạn'", () => {
    const early = prepareReport(
      workbook({
        tasks: [task("1.1", { deadline: "30/06/2020" }), task("1.2", { deadline: "Thường xuyên" })],
        updates: [update("1.1", "01/02/2020", 50)],
      }),
      "2020-Q1",
      ISSUED,
    );
    const text = summary(early);
    expect(text).toContain("chưa có nhiệm vụ nào đến hạn");
    expect(text).toContain("chưa có nhiệm vụ nào hoàn thành");
    expect(text).toContain("không có nhiệm vụ nào quá hạn");
    expect(text).not.toMatch(/(^|\D)0 (nhiệm vụ|đúng hạn|trễ hạn)|(thực hiện|triển khai) 0\b/);
  });

  test.each(PERIODS)("the example's %s summary writes no count of 0", (period) => {
    const text = summary(prepareReport(sampleWorkbook(), period, ISSUED));
    expect(text).toMatch(/^Kế hoạch có \d+ nhiệm vụ\./);
    expect(text).not.toMatch(/(^|\D)0 (nhiệm vụ|đúng hạn|trễ hạn)|(thực hiện|triển khai) 0\b/);
  });
});

describe("the due sentence adds up to the plan's total", () => {
  test.each(PERIODS)("%s: due by the period's end + ongoing + due later = total", (period) => {
    const r = prepareReport(sampleWorkbook(), period, ISSUED);
    const text = summary(r);
    const total = Number(/^Kế hoạch có (\d+) nhiệm vụ\./.exec(text)?.[1]);
    const count = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    const due = count(/có (\d+) nhiệm vụ đã đến hạn/);
    const ongoing = count(/(\d+) nhiệm vụ thực hiện thường xuyên/);
    const later = count(/(\d+) nhiệm vụ có thời hạn sau ngày/);
    expect(total).toBe(r.model.totals.total);
    expect(ongoing).toBeGreaterThan(0);
    expect(due + ongoing + later).toBe(total);
  });
});

describe("evidence: named once in the body, kept whole in the appendix", () => {
  const r = prepareReport(
    workbook({
      tasks: [task("1.1"), task("1.2")],
      updates: [
        update("1.1", "10/02/2020", 100, {
          result: "Đã ban hành Thông báo số 18/TB-BQLKCN kết luận Hội nghị",
          evidence: "TB 18/TB-BQLKCN",
        }),
        update("1.2", "10/02/2020", 40, { result: "Đã dự thảo quy chế", evidence: "CV 12/BQLKCN" }),
      ],
    }),
    "2020-Q1",
    ISSUED,
  );

  test("a result that names its document is printed without repeating the evidence", () => {
    const body = bodyText(r);
    expect(body.match(/18\/TB-BQLKCN/g)).toHaveLength(1);
    expect(body).toContain("- Nhiệm vụ 1.1: Đã ban hành Thông báo số 18/TB-BQLKCN kết luận Hội nghị.");
  });

  test("the body never shows a raw evidence cell; the appendix keeps Minh chứng", () => {
    expect(bodyText(r)).not.toContain("CV 12/BQLKCN");
    expect(appendixRows(r).map((row) => row.cells[8])).toEqual(["TB 18/TB-BQLKCN", "CV 12/BQLKCN"]);
  });

  test.each(PERIODS)("the example's %s body shows no evidence cell in brackets", (period) => {
    const example = prepareReport(sampleWorkbook(), period, ISSUED);
    const body = bodyText(example);
    const cells = example.model.statuses.flatMap((s) => s.periodUpdates.map((u) => u.evidence));
    expect(cells.filter((e) => e !== "").length).toBeGreaterThan(0);
    for (const e of cells) if (e !== "") expect(body).not.toContain(`(${e})`);
  });
});

describe("the appendix's Nhóm/Nội dung thành phần", () => {
  test("reads '1.1. Tri thức công dân', or 'Nhóm 2' without a sub-dimension, never a bare number", () => {
    const r = prepareReport(
      workbook({ tasks: [task("1.1", { subdimension: "1.1" }), task("2.1", { group: 2 })] }),
      "2020-Q1",
      ISSUED,
    );
    expect(appendixRows(r).map((row) => row.cells[2])).toEqual(["1.1. Tri thức công dân", "Nhóm 2"]);
  });

  test.each(PERIODS)("in the example's %s report", (period) => {
    for (const row of appendixRows(prepareReport(sampleWorkbook(), period, ISSUED)))
      expect(row.cells[2]).toMatch(/^(\d\.\d\. \p{L}.*|Nhóm [1-8])$/u);
  });
});

describe("the example plan never cites the report being written", () => {
  /** The period a cited report is about, from its words: "… Kế hoạch quý I năm 2020", "6 tháng đầu năm 2020"… */
  const citedPeriod = (result: string) => {
    const m =
      /Báo cáo số \S+ ngày \S+ về kết quả thực hiện Kế hoạch(?: cải thiện Chỉ số PAPI)? (quý I|quý II|quý III|quý IV|6 tháng đầu|9 tháng)? ?năm 2020/.exec(
        result,
      );
    if (!m) return undefined;
    const kinds = {
      "quý I": "Q1",
      "quý II": "Q2",
      "quý III": "Q3",
      "quý IV": "Q4",
      "6 tháng đầu": "H1",
      "9 tháng": "9M",
    } as const;
    return makePeriod(2020, m[1] ? kinds[m[1] as keyof typeof kinds] : "Y", "decree09");
  };

  test("each periodic report an update cites is about a period that ended before that update", () => {
    const cited = SAMPLE_UPDATES.filter((u) => citedPeriod(u.result));
    expect(cited.length).toBeGreaterThanOrEqual(3);
    for (const u of cited) {
      const [y, m, d] = u.date.split("-").map(Number);
      const period = citedPeriod(u.result);
      // An update dated inside the cited period's window would be printed in that very report.
      expect(`${u.date} cites ${period?.code}: ${dayOf(y ?? 0, m ?? 0, d ?? 0) > (period?.end ?? 0)}`).toBe(
        `${u.date} cites ${period?.code}: true`,
      );
    }
  });
});
