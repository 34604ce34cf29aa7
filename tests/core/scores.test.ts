/** The `Điểm PAPI` sheet (docs/workbook.md, "PAPI scores"): its checks, the report's "Kết quả Chỉ số PAPI", and `"scores"`. */
import { DIMENSIONS } from "../../src/core/catalogue";
import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import type { Block } from "../../src/core/document";
import { prepareReport, reportJson } from "../../src/core/engine";
import { reportGrids } from "../../src/core/grid";
import type { Issue } from "../../src/core/issues";
import { type ScoreRecord, task, update, workbook } from "../support/workbook";

const TODAY = dayOf(2021, 1, 5);

const read = (scores: ScoreRecord[] | undefined) =>
  readPlan(workbook({ tasks: [task("1.1")], scores }), { fallbackYear: 2020 });
const scoreIssues = (issues: readonly Issue[]) => issues.filter((i) => i.sheet === "Điểm PAPI");

/** Eight rows of one year, from a list of eight scores. */
const year = (y: unknown, scores: unknown[], extra: ScoreRecord = {}): ScoreRecord[] =>
  scores.map((score, i) => ({ year: y, group: i + 1, score, ...extra }));
const targets = (y: number, values: unknown[]): ScoreRecord[] =>
  values.map((target, i) => ({ year: y, group: i + 1, target }));

describe("the checker on the Điểm PAPI sheet", () => {
  test("hostile scores and years: BAD_SCORE, DUPLICATE_SCORE and MISSING_SCORE, naming row and column", () => {
    const plan = read([
      { year: 2019, group: 1, score: "năm điểm" }, // row 2
      { year: 2019, group: 2, score: 0 }, // row 3
      { year: 2019, group: 3, score: 11 }, // row 4
      { year: 2019, group: 4, score: "10,5" }, // row 5: 10.5, out of range
      { year: "", group: 5, score: 5 }, // row 6
      { year: 2019, group: 6, score: "5,5" }, // row 7
      { year: 2019, group: 6, score: "5.6" }, // row 8: a second 2019 row of dimension 6
      { year: "2019a", group: 7, score: 5 }, // row 9
      { year: 2019, group: 7, score: new Date(Date.UTC(2020, 4, 5)) }, // row 10: a date is no score
      { year: 2019, group: 8, target: "mười" }, // row 11
    ]);
    const found = scoreIssues(plan.issues).map((i) => [i.code, i.severity, i.row, i.column]);
    expect(found).toEqual([
      ["BAD_SCORE", "error", 2, "Điểm"],
      ["BAD_SCORE", "error", 3, "Điểm"],
      ["BAD_SCORE", "error", 4, "Điểm"],
      ["BAD_SCORE", "error", 5, "Điểm"],
      ["BAD_SCORE", "error", 6, "Năm"],
      ["DUPLICATE_SCORE", "error", 8, "Nhóm PAPI"],
      ["BAD_SCORE", "error", 9, "Năm"],
      ["BAD_SCORE", "error", 10, "Điểm"],
      ["MISSING_SCORE", "warning", 10, "Điểm"],
      ["BAD_SCORE", "error", 11, "Mục tiêu"],
    ]);
    const messages = scoreIssues(plan.issues).map((i) => i.message);
    expect(messages[0]).toBe(
      'Trang "Điểm PAPI", dòng 2, cột "Điểm": điểm "năm điểm" phải là số từ 1 đến 10, ví dụ 5,53 hoặc 5.53.',
    );
    expect(messages[3]).toContain('"10,5"');
    expect(messages[5]).toBe(
      'Trang "Điểm PAPI", dòng 8, cột "Nhóm PAPI": năm 2019 đã có điểm nhóm 6 ở dòng 7; mỗi năm, mỗi nhóm chỉ ghi một dòng.',
    );
    // Row 6 has no year, so 2019 has a score cell for 1, 2, 3, 4, 6 and 7: 5 and 8 are missing.
    expect(messages[8]).toContain("năm 2019 mới có điểm 6/8 nhóm; còn thiếu nhóm 5, 8.");
    // Only the row without an error is kept, read with its decimal comma.
    expect(plan.scores).toEqual([{ row: 7, year: 2019, group: 6, score: 5.5, target: undefined }]);
  });

  test("decimal point and comma, numbers, and the group as its label are all read", () => {
    const plan = read([
      { year: 2019, group: "1. Tham gia của người dân ở cấp cơ sở", score: "5,53" },
      { year: "2019", group: "2", score: "6.29" },
      { year: 2019, group: 3, score: 4.89 },
      { year: 2019, group: "Kiểm soát tham nhũng trong khu vực công", score: 10 },
      { year: 2019, group: 5, score: 1 },
      ...[6, 7, 8].map((group) => ({ year: 2019, group, score: 7 })),
      { year: 2020, group: 1, target: "5,8" },
    ]);
    expect(scoreIssues(plan.issues)).toEqual([]);
    expect(plan.scores.map((s) => [s.group, s.score, s.target])).toEqual([
      [1, 5.53, undefined],
      [2, 6.29, undefined],
      [3, 4.89, undefined],
      [4, 10, undefined],
      [5, 1, undefined],
      [6, 7, undefined],
      [7, 7, undefined],
      [8, 7, undefined],
      [1, undefined, 5.8],
    ]);
  });

  test("an unknown group, and a row with neither score nor target, are errors of their own", () => {
    const issues = scoreIssues(
      read([
        { year: 2019, group: 9, score: 5 },
        { year: 2019, group: 1, source: "papi.org.vn" },
      ]).issues,
    );
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["UNKNOWN_GROUP", 2, "Nhóm PAPI"],
      ["BAD_SCORE", 3, "Điểm"],
    ]);
  });

  test("a year of 8 scores and a target-only plan year raise nothing; no sheet, nothing", () => {
    expect(
      scoreIssues(read([...year(2019, [5, 6, 4, 7, 7, 7, 4, 2]), ...targets(2020, [6])]).issues),
    ).toEqual([]);
    expect(read(undefined).scores).toEqual([]);
    expect(scoreIssues(read(undefined).issues)).toEqual([]);
  });
});

const SCORES_2018 = [5.4, 6.15, 5.02, 7.4, 7.22, 7.58, 4.52, 2.45];
const SCORES_2019 = [5.53, 6.08, 4.89, 7.64, 7.3, 7.49, 4.75, 2.61];

function report(period: string, scores: ScoreRecord[] | undefined) {
  return prepareReport(
    workbook({
      tasks: [
        task("3.1", { group: 3, deadline: "Quý I/2020" }),
        task("3.2", { group: 3 }),
        task("6.1", { group: 6, deadline: "Quý I/2020" }),
      ],
      updates: [update("3.1", "01/03/2020", 100)],
      scores,
    }),
    period,
    TODAY,
  );
}

const mainBlocks = (r: ReturnType<typeof report>) => r.document.sections[0]?.blocks ?? [];
const scoresSection = (r: ReturnType<typeof report>) => {
  const blocks = mainBlocks(r);
  const start = blocks.findIndex((b) => b.type === "heading" && b.text === "1. Kết quả Chỉ số PAPI");
  return start < 0 ? [] : blocks.slice(start, start + 3);
};
const tableOf = (blocks: Block[]) => {
  const table = blocks.find((b) => b.type === "table");
  if (table?.type !== "table") throw new Error("no table");
  return table;
};
const sentenceOf = (blocks: Block[]) => {
  const p = blocks.find((b) => b.type === "paragraph");
  return p?.type === "paragraph" ? p.text : "";
};

describe("Kết quả Chỉ số PAPI in the report", () => {
  const twoYears = [...year(2018, SCORES_2018), ...year(2019, SCORES_2019)];

  test("opens II of the 6-month report: the table of years, the change and the target, then the rest moves down", () => {
    const r = report("2020-H1", [
      ...year(2017, [5, 6, 4.5, 7, 7, 7, 4, 2]),
      ...twoYears,
      ...targets(2020, [5.5, 6.4, 5.1, 7.6, 7.3, 7.7, 4.9, 3]),
    ]);
    const texts = mainBlocks(r).map((b) =>
      b.type === "heading" || b.type === "paragraph" ? b.text : b.type,
    );
    const ii = texts.indexOf("II. KẾT QUẢ THỰC HIỆN");
    expect(texts.slice(ii + 1, ii + 5)).toEqual([
      "1. Kết quả Chỉ số PAPI",
      expect.any(String),
      "table",
      "barChart",
    ]);
    expect(texts[ii + 5]).toBe("2. Tổng hợp chung");
    // The chart draws the table's numbers: a bar per year, oldest first, the targets as marks.
    const chart = mainBlocks(r).find((b) => b.type === "barChart");
    expect(chart).toEqual({
      type: "barChart",
      categories: DIMENSIONS.map((d) => `${d.id}. ${d.vn}`),
      series: [
        { name: "Năm 2017", values: [5, 6, 4.5, 7, 7, 7, 4, 2] },
        { name: "Năm 2018", values: SCORES_2018 },
        { name: "Năm 2019", values: SCORES_2019 },
      ],
      max: 10,
      marks: { name: "Mục tiêu năm 2020", values: [5.5, 6.4, 5.1, 7.6, 7.3, 7.7, 4.9, 3] },
    });
    expect(texts).toContain("3. Kết quả thực hiện theo từng lĩnh vực");
    expect(texts).toContain("3.3. Trách nhiệm giải trình với người dân");

    const table = tableOf(scoresSection(r));
    expect(table.columns.map((c) => c.header)).toEqual([
      "STT",
      "Lĩnh vực (nhóm chỉ số PAPI)",
      "Điểm năm 2017",
      "Điểm năm 2018",
      "Điểm năm 2019",
      "Tăng (+), giảm (-) năm 2019 so với 2018",
      "Mục tiêu năm 2020",
    ]);
    expect(table.rows[0]?.cells).toEqual([
      "1",
      "Tham gia của người dân ở cấp cơ sở",
      "5,00",
      "5,40",
      "5,53",
      "+0,13",
      "5,50",
    ]);
    expect(table.rows[2]?.cells.slice(2)).toEqual(["4,50", "5,02", "4,89", "-0,13", "5,10"]);
    expect(table.rows[8]).toEqual({
      cells: ["", "Tổng điểm", "42,50", "45,74", "46,29", "+0,55", "47,50"],
      kind: "total",
    });
  });

  test("the sentence names the dimensions that fell and those below target, with their tasks' progress", () => {
    const r = report("2020-Y", [...twoYears, ...targets(2020, [5.5, 6, 5.1, 7.6, 7.3, 7.4, 4.7, 2.5])]);
    expect(sentenceOf(scoresSection(r))).toBe(
      "Năm 2019, so với năm 2018, có 3 lĩnh vực giảm điểm: " +
        "Công khai, minh bạch trong việc ra quyết định ở địa phương (6,08 điểm, giảm 0,07 điểm); " +
        "Trách nhiệm giải trình với người dân (4,89 điểm, giảm 0,13 điểm); " +
        "Cung ứng dịch vụ công (7,49 điểm, giảm 0,09 điểm). " +
        "Có 1 lĩnh vực có điểm thấp hơn mục tiêu năm 2020: " +
        "Trách nhiệm giải trình với người dân (4,89 điểm năm 2019, mục tiêu 5,10 điểm). " +
        "Tiến độ thực hiện nhiệm vụ của các lĩnh vực này tính đến ngày 14/12/2020: " +
        "Công khai, minh bạch trong việc ra quyết định ở địa phương: Kế hoạch chưa có nhiệm vụ nào; " +
        "Trách nhiệm giải trình với người dân: đã hoàn thành 1/2 nhiệm vụ (50%); " +
        "Cung ứng dịch vụ công: chưa có nhiệm vụ nào hoàn thành trong 1 nhiệm vụ, 1 nhiệm vụ quá hạn.",
    );
  });

  test("all rising and no target: the sentence says so in words", () => {
    const rising = SCORES_2018.map((s) => s + 0.5);
    const r = report("2020-H1", [...year(2018, SCORES_2018), ...year(2019, rising)]);
    expect(sentenceOf(scoresSection(r))).toBe(
      "Năm 2019, so với năm 2018, không có lĩnh vực nào giảm điểm. Chưa đặt điểm mục tiêu năm 2020.",
    );
    expect(tableOf(scoresSection(r)).rows.map((row) => row.cells[4])).toEqual([
      ...Array(8).fill("+0,50"),
      "+4,00",
    ]);
  });

  test("the chart leaves a missing score out and has no marks without a target", () => {
    const r = report("2020-Y", [
      ...year(2018, SCORES_2018).filter((s) => s.group !== 8),
      ...year(2019, SCORES_2019),
    ]);
    const chart = mainBlocks(r).find((b) => b.type === "barChart");
    if (chart?.type !== "barChart") throw new Error("no chart");
    expect(chart.series[0]?.values[7]).toBeNull();
    expect(chart.marks).toBeUndefined();
    // The report sheet has no row for it: the grid is the same as without the chart.
    const withoutChart = {
      ...r.document,
      sections: r.document.sections.map((s) => ({
        ...s,
        blocks: s.blocks.filter((b) => b.type !== "barChart"),
      })),
    };
    expect(reportGrids(r.document)).toEqual(reportGrids(withoutChart));
  });

  test("a missing year of a dimension shows as – with no change, and no total that year", () => {
    const r = report("2020-H1", [
      ...year(2018, SCORES_2018).filter((s) => s.group !== 8),
      ...year(2019, SCORES_2019),
      ...targets(2020, [5]),
    ]);
    const table = tableOf(scoresSection(r));
    expect(table.rows[7]?.cells).toEqual(["8", "Quản trị điện tử", "–", "2,61", "–", "–"]);
    expect(table.rows[8]?.cells).toEqual(["", "Tổng điểm", "–", "46,29", "–", "–"]);
    expect(r.issues.map((i) => i.code)).toContain("MISSING_SCORE");
    expect(sentenceOf(scoresSection(r))).toContain(
      "Không có lĩnh vực nào có điểm thấp hơn mục tiêu năm 2020.",
    );
    const json = reportJson(r, null).scores;
    expect(json?.[7]).toEqual({ group: 8, years: { "2019": 2.61 }, change: null, target: null });
    expect(json?.[0]).toEqual({ group: 1, years: { "2018": 5.4, "2019": 5.53 }, change: 0.13, target: 5 });
  });

  test("a single published year is shown, with nothing to compare it with", () => {
    const r = report("2020-H1", year(2019, SCORES_2019));
    expect(sentenceOf(scoresSection(r))).toMatch(
      /^Năm 2019 là năm gần nhất có điểm Chỉ số PAPI; chưa có điểm năm trước để so sánh\./,
    );
    expect(
      tableOf(scoresSection(r))
        .columns.map((c) => c.header)
        .slice(2),
    ).toEqual(["Điểm năm 2019", "Tăng (+), giảm (-)", "Mục tiêu năm 2020"]);
  });

  test("only the last 3 years before the plan year are shown; later years are not", () => {
    const r = report("2020-Y", [
      ...year(2016, SCORES_2018),
      ...year(2017, SCORES_2018),
      ...twoYears,
      ...year(2020, SCORES_2019),
    ]);
    expect(
      tableOf(scoresSection(r))
        .columns.map((c) => c.header)
        .slice(2, 5),
    ).toEqual(["Điểm năm 2017", "Điểm năm 2018", "Điểm năm 2019"]);
  });

  test("quarterly and 9-month reports, a workbook without the sheet, or without years before the plan year: identical to today", () => {
    const scored = [...twoYears, ...targets(2020, [6])];
    for (const period of ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2020-9M"]) {
      const r = report(period, scored);
      expect(r.document).toEqual(report(period, undefined).document);
      expect(reportJson(r, null).scores).toBeNull();
    }
    for (const period of ["2020-H1", "2020-Y"]) {
      const without = report(period, undefined);
      expect(reportJson(without, null).scores).toBeNull();
      for (const scores of [[], targets(2020, [6, 6]), year(2020, SCORES_2019), year(2021, SCORES_2019)]) {
        const r = report(period, scores);
        expect(r.document).toEqual(without.document);
        expect(r.grids).toEqual(without.grids);
        expect(reportJson(r, null).scores).toBeNull();
      }
      expect(report(period, scored).document).not.toEqual(without.document);
    }
  });

  test("the report sheet keeps the summary's 9 columns; the scores' table takes the first of them", () => {
    const r = report("2020-H1", [...twoYears, ...targets(2020, [6])]);
    const [main] = reportGrids(r.document);
    if (!main) throw new Error("no grid");
    // The table's columns, as the grid places them (it may cut a column again where a short rule ends).
    expect(main.tableColumns).toHaveLength(9);
    const cells = main.cells.map((row) => main.tableColumns.map((c) => row[c - 1]?.value));
    const header = cells.findIndex((row) => row[2] === "Điểm năm 2018");
    expect(cells[header]).toEqual([
      "STT",
      "Lĩnh vực (nhóm chỉ số PAPI)",
      "Điểm năm 2018",
      "Điểm năm 2019",
      "Tăng (+), giảm (-) năm 2019 so với 2018",
      "Mục tiêu năm 2020",
      "",
      "",
      "",
    ]);
    // Numbers a spreadsheet can compute with, shown as the printed table shows them (5,40; +0,13).
    expect(cells[header + 1]?.slice(0, 6)).toEqual([
      1,
      "Tham gia của người dân ở cấp cơ sở",
      5.4,
      5.53,
      0.13,
      6,
    ]);
    const formats = main.tableColumns
      .slice(2, 6)
      .map((c) => main.cells[header + 1]?.[c - 1]?.style.numberFormat);
    expect(formats).toEqual(["0.00", "0.00", "+0.00;-0.00;0.00", "0.00"]);
    // A dimension without a score keeps the printed dash, as text.
    const missing = report("2020-H1", [...twoYears.filter((s) => !(s.year === 2018 && s.group === 2))]);
    const [grid] = reportGrids(missing.document);
    const row2 = grid?.cells.find((row) =>
      row.some((c) => c.value === "Công khai, minh bạch trong việc ra quyết định ở địa phương"),
    );
    expect(row2?.map((c) => c.value)).toContain("–");
    // Bordered over its own columns only; the summary, the sheet's widest table, over all of them.
    const summary = cells.findIndex((row) => row[8] === "Tỷ lệ hoàn thành (%)");
    expect(summary).toBeGreaterThan(header);
    const borderAt = (row: number) => main.borders.find((b) => b.row === row + 1);
    expect(borderAt(header)).toMatchObject({ col: 1, cols: (main.tableColumns[6] ?? 0) - 1, rows: 10 });
    expect(borderAt(summary)).toMatchObject({ col: 1, cols: main.columnWidths.length, rows: 10 });
  });
});
