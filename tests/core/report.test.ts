import { dayOf } from "../../src/core/day";
import {
  leftOutText,
  PeriodCodeError,
  prepareReport,
  reportFileBase,
  reportJson,
} from "../../src/core/engine";
import { pageBreaks, reportGrids } from "../../src/core/grid";
import { dateLine } from "../../src/core/report";
import { sampleWorkbook } from "../../src/sample/sample";
import { task, update, workbook } from "../support/workbook";

const ISSUED = dayOf(2020, 3, 20);

function sampleReport(
  period = "2020-Q1",
  narratives = [
    {
      period: "2020-Q1",
      situation: "Đã quán triệt kế hoạch.\nĐã phân công nhiệm vụ.",
      shortcomings: "Còn chậm.",
      nextSteps: "Tiếp tục.",
      proposals: "",
    },
  ],
) {
  return prepareReport(
    workbook({
      tasks: [
        task("1.1", { deadline: "Quý I/2020", subdimension: "1.2" }),
        task("1.2", { content: '=IMPORTXML("http://x","//a")' }),
        task("4.1", { group: 4, deadline: "Thường xuyên" }),
      ],
      updates: [
        update("1.1", "10/03/2020", 100, { evidence: "CV 12/BQLKCN" }),
        update("1.2", "01/02/2020", 30, { result: "+84 912 345 678" }),
      ],
      narratives,
      settings: { recipients: "- Sở Nội vụ;\n- Lưu: VT, VP." },
    }),
    period,
    ISSUED,
  );
}

describe("the report model and its document (docs/workbook.md: the report)", () => {
  test("the JSON of §8 carries the period, eight groups and the totals", () => {
    const json = reportJson(sampleReport(), null);
    expect(json.period).toEqual({
      code: "2020-Q1",
      label: "Quý I năm 2020",
      start: "2019-12-15",
      end: "2020-03-14",
      mode: "decree09",
    });
    expect(json.groups).toHaveLength(8);
    expect(json.groups?.[0]).toEqual({
      group: 1,
      total: 2,
      done: 1,
      doneOnTime: 1,
      doneLate: 0,
      inProgress: 1,
      notStarted: 0,
      overdue: 0,
    });
    expect(json.totals).toEqual({
      total: 3,
      done: 1,
      doneOnTime: 1,
      doneLate: 0,
      inProgress: 1,
      notStarted: 1,
      overdue: 0,
    });
    expect(json.files).toBeNull();
    expect(json.validation.errors).toBe(0);
  });

  test("the document holds the Decree 30 header, title, sections I–V, closing and appendix", () => {
    const r = sampleReport();
    const [main, appendix] = r.document.sections;
    const texts = JSON.stringify(main?.blocks);
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tỉnh Mẫu, ngày 20 tháng 3 năm 2020",
      "Số:      /BC-BQLKCN",
      "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH MẪU",
      "BÁO CÁO",
      '"Kết quả thực hiện","Kế hoạch cải thiện, nâng cao","Chỉ số PAPI quý I năm 2020"',
      "Thực hiện Kế hoạch số 28/KH-BQLKCN ngày 15/01/2020",
      "từ ngày 15/12/2019 đến ngày 14/03/2020",
      "I. TÌNH HÌNH TRIỂN KHAI",
      "II. KẾT QUẢ THỰC HIỆN",
      "III. TỒN TẠI, HẠN CHẾ",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
      "V. KIẾN NGHỊ, ĐỀ XUẤT",
      "Đã quán triệt kế hoạch.",
      "Nơi nhận:",
      "- Sở Nội vụ;",
    ])
      expect(texts).toContain(expected);
    expect(texts).toContain("- Nhiệm vụ 1.1: Kết quả 1.1 ngày 10/03/2020. Hoàn thành đúng hạn (10/03/2020).");
    expect(main?.orientation).toBe("portrait");
    expect(appendix?.orientation).toBe("landscape");
    const table = appendix?.blocks.find((b) => b.type === "table");
    expect(table?.type === "table" && table.columns.map((c) => c.header)).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Nhóm / Nội dung thành phần",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
      "Kết quả trong kỳ",
      "Tình trạng",
      "Minh chứng",
    ]);
    expect(table?.type === "table" && table.rows.map((row) => row.cells[7] ?? row.cells[0])).toEqual([
      "I. Tham gia của người dân ở cấp cơ sở",
      "Hoàn thành đúng hạn (10/03/2020)",
      "Đang thực hiện (30%)",
      "IV. Kiểm soát tham nhũng trong khu vực công",
      "Chưa triển khai",
    ]);
  });

  test("a missing narrative section is a placeholder and a MISSING_NARRATIVE warning", () => {
    const r = sampleReport();
    expect(r.issues.map((i) => `${i.code}:${i.column}`)).toEqual(["MISSING_NARRATIVE:Kiến nghị, đề xuất"]);
    expect(JSON.stringify(r.document)).toContain(
      '[Chưa có nội dung. Nhập tại trang \\"Nội dung báo cáo\\", dòng kỳ 2020-Q1, cột \\"Kiến nghị, đề xuất\\".]',
    );
    const none = sampleReport("2020-H1", []);
    expect(none.issues.map((i) => i.code)).toEqual(["MISSING_NARRATIVE"]);
    expect(none.warnings).toBe(1);
  });

  test("user text lands as text in the grid, exactly as typed", () => {
    const r = sampleReport();
    const values = r.grids.flatMap((g) => g.cells.flat().map((c) => c.value));
    expect(values).toContain('=IMPORTXML("http://x","//a")');
    expect(values.some((v) => String(v).includes("+84 912 345 678"))).toBe(true);
  });

  test("the grid draws the summary table with borders, rules under the agency, the motto and the subject, and repeats the appendix header", () => {
    const [main, appendix] = reportGrids(sampleReport().document);
    const n = main?.columnWidths.length ?? 0;
    // The table's 9 columns start where `tableColumns` says; the other edges are the rules' ends.
    expect(main?.tableColumns).toHaveLength(9);
    expect(main?.borders).toEqual([expect.objectContaining({ col: 1, rows: 10, cols: n })]);
    const values = (row: number) => main?.cells[row - 1]?.map((c) => c.value) ?? [];
    const rowOf = (start: string) =>
      (main?.cells ?? []).findIndex((r) => r.some((c) => String(c.value).startsWith(start))) + 1;
    // Số: shares the row of the place and date.
    expect(values(rowOf("Tỉnh Mẫu, ngày"))).toContain("Số:      /BC-BQLKCN");
    // Each rule is the top border of a low row of its own, right under its line, over part of the width.
    /** The row just under the cell that starts with `start` (merged over one row or more). */
    const below = (start: string) => {
      const row = rowOf(start);
      const col = (main?.cells[row - 1] ?? []).findIndex((c) => String(c.value).startsWith(start)) + 1;
      return row + (main?.merges.find((m) => m.row === row && m.col === col)?.rows ?? 1);
    };
    const ruled = ["BAN QUẢN LÝ", "Độc lập", "Kết quả thực hiện"].map(below);
    expect(main?.rules).toHaveLength(3);
    for (const rule of main?.rules ?? []) {
      expect(main?.rowHeights[rule.row - 1]).toBeLessThanOrEqual(6);
      expect(values(rule.row).every((v) => v === "")).toBe(true);
    }
    const width = (main?.columnWidths ?? []).reduce((a, b) => a + b, 0);
    const span = (r: { col: number; cols: number }) =>
      (main?.columnWidths ?? []).slice(r.col - 1, r.col - 1 + r.cols).reduce((a, b) => a + b, 0);
    const subjectRule = main?.rules.find((r) => r.row === rowOf("Kết quả thực hiện") + 1);
    expect(subjectRule).toBeDefined();
    expect(span(subjectRule ?? { col: 1, cols: n }) / width).toBeLessThan(0.25);
    expect(ruled.sort()).toEqual(main?.rules.map((r) => r.row).sort());
    expect(main?.repeatRows).toBeNull();
    expect(main?.filter).toBeNull();
    const header = appendix?.repeatRows?.first ?? 0;
    expect(appendix?.cells[header - 1]?.map((c) => c.value)[0]).toBe("STT");
    expect(appendix?.filter).toEqual({ row: header, col: 1, rows: expect.any(Number), cols: 10 });
    for (const height of main?.rowHeights ?? []) expect(height).toBeLessThanOrEqual(409);
    expect(Math.round(width)).toBe(468);
  });

  test("the appendix grid has status and percentage in columns of their own, STT and % as numbers", () => {
    const [main, appendix] = reportGrids(sampleReport().document);
    const header = appendix?.repeatRows?.first ?? 0;
    const headers = appendix?.cells[header - 1]?.map((c) => c.value);
    expect(headers?.slice(7, 9)).toEqual(["Tình trạng", "Tiến độ (%)"]);
    const rows = (appendix?.cells ?? []).slice(header).filter((r) => typeof r[0]?.value === "number");
    expect(rows.map((r) => [r[0]?.value, r[7]?.value, r[8]?.value])).toEqual([
      [1, "Hoàn thành đúng hạn (10/03/2020)", 100],
      [2, "Đang thực hiện", 30],
      [3, "Chưa triển khai", 0],
    ]);
    // The summary's STT too: 1 to 8, numbers.
    const stt = (main?.cells ?? []).map((r) => r[0]?.value).filter((v) => typeof v === "number");
    expect(stt).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test("page breaks: a run of rows kept together starts a new page when it does not fit what is left", () => {
    const keep = (...rows: number[]) => Array.from({ length: 10 }, (_, i) => rows.includes(i));
    // Rows of 100 pt on pages of 450 pt: rows 4 to 6 kept together do not fit under rows 1 to 3.
    expect(pageBreaks(Array(10).fill(100), keep(3, 4), 450, null)).toEqual([3]);
    expect(pageBreaks(Array(10).fill(100), keep(), 450, null)).toEqual([]);
    // A run taller than a page is left to flow; the repeated header row counts on every page after it.
    expect(pageBreaks(Array(10).fill(100), keep(1, 2, 3, 4, 5), 450, null)).toEqual([]);
    expect(pageBreaks([50, ...Array(9).fill(100)], keep(5, 6), 450, { first: 1, last: 1 })).toEqual([5]);
  });

  test("long narrative text is split over rows no taller than Excel allows", () => {
    const long = Array.from({ length: 400 }, (_, i) => `câu số ${i} của phần tình hình triển khai.`).join(
      " ",
    );
    const r = sampleReport("2020-Q1", [
      { period: "2020-Q1", situation: long, shortcomings: "a", nextSteps: "b", proposals: "c" },
    ]);
    const [main] = r.grids;
    const values = main?.cells.map((row) => row[0]?.value ?? "") ?? [];
    const pieces = values.slice(
      values.indexOf("I. TÌNH HÌNH TRIỂN KHAI") + 1,
      values.indexOf("II. KẾT QUẢ THỰC HIỆN"),
    );
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(" ") === long).toBe(true);
  });

  test("dates in the place line pad days below 10 and months 1–2", () => {
    expect(dateLine("Hà Nội", dayOf(2021, 1, 5))).toBe("Hà Nội, ngày 05 tháng 01 năm 2021");
    expect(dateLine("Hà Nội", dayOf(2021, 2, 15))).toBe("Hà Nội, ngày 15 tháng 02 năm 2021");
    expect(dateLine("Hà Nội", dayOf(2021, 3, 5))).toBe("Hà Nội, ngày 05 tháng 3 năm 2021");
    expect(dateLine("Hà Nội", dayOf(2021, 12, 25))).toBe("Hà Nội, ngày 25 tháng 12 năm 2021");
  });

  test("files are named after the year, period and agency code", () => {
    expect(reportFileBase(sampleReport("2020-9M").model)).toBe("BC-PAPI-2020-9M-BQLKCN");
  });

  test("a bad period code is refused with the accepted forms", () => {
    expect(() => sampleReport("2020-Q5")).toThrow("2020-Q1, 2020-Q2");
  });
});

describe("the embedded example plan", () => {
  test.each(["2020-Q1", "2020-Y"])("has no problem and shows every status in %s", (period) => {
    const r = prepareReport(sampleWorkbook(), period, ISSUED);
    expect(r.issues).toEqual([]);
    const t = r.model.totals;
    expect(t.total).toBeGreaterThanOrEqual(32);
    for (const n of [t.doneOnTime, t.doneLate, t.inProgress, t.notStarted, t.overdue])
      expect(n).toBeGreaterThan(0);
    expect(r.model.groups.every((g) => g.total > 0)).toBe(true);
    expect(r.model.dimensions.every((d) => d.tasks.length > 0)).toBe(true);
  });
});

describe("each dimension's subsection lists the tasks with a result in the period", () => {
  test("a task with no update inside the period's window is counted but not listed", () => {
    const q1 = sampleReport("2020-Q1").model;
    const listed = (m: typeof q1, group: number) =>
      m.dimensions.find((d) => d.dimension.id === group)?.tasks.map((s) => s.task.id);
    expect(listed(q1, 1)).toEqual(["1.1", "1.2"]);
    expect(listed(q1, 4)).toEqual([]);
    expect(q1.groups[3]?.total).toBe(1);
    // Q2 (15/03–14/06) holds no update: every task is still counted, none is listed.
    const q2 = sampleReport("2020-Q2").model;
    expect(q2.totals.total).toBe(3);
    expect(q2.dimensions.flatMap((d) => d.tasks)).toEqual([]);
  });
});

describe("what a clerk signs (docs/workbook.md: the report, the command's JSON)", () => {
  const plan = () =>
    workbook({
      tasks: [
        task("1.1", { deadline: "Trước ngày 12/03/2020" }),
        task("1.2", { deadline: "Tháng 2/2020" }),
        // Quý I ends on 31/03, after Q1's cut-off (14/03, Decree 09): not yet due.
        task("1.3", { deadline: "Quý I/2020" }),
        task("1.4", { deadline: "Thường xuyên" }),
      ],
      updates: [
        update("1.1", "10/01/2020", 40, { result: "Đã dự thảo" }),
        update("1.1", "10/03/2020", 100, { result: "Đã ban hành", evidence: "CV 12" }),
        update("1.2", "20/02/2020", 60, { result: "Đang tổ chức" }),
        update("1.4", "01/03/2020", 50, { result: "Thường xuyên tuyên truyền" }),
      ],
      settings: { reportDate: "16/03/2020" },
    });
  const text = (r: ReturnType<typeof prepareReport>, section = 0) =>
    (r.document.sections[section]?.blocks ?? [])
      .map((b) => ("text" in b ? b.text : "cells" in b ? "" : JSON.stringify(b)))
      .join("\n");

  test("the summary counts the tasks due by the period's end and how many of those are done", () => {
    const r = prepareReport(plan(), "2020-Q1", ISSUED);
    expect(r.model.due).toEqual({ total: 2, done: 1, ongoing: 1, later: 1 });
    expect(text(r)).toContain(
      "Tính đến ngày 14/03/2020, có 2 nhiệm vụ đã đến hạn (đã hoàn thành 1 nhiệm vụ, đạt 50%), 1 nhiệm vụ thực hiện thường xuyên và 1 nhiệm vụ có thời hạn sau ngày 14/03/2020.",
    );
    expect(text(r)).toContain("Kế hoạch có 4 nhiệm vụ.");
  });

  test("a task due on the period's last day is due (and not yet overdue), in both cut-off modes", () => {
    for (const [mode, lastDay] of [
      ["Nghị định 09/2019/NĐ-CP", "14/03/2020"],
      ["Theo quý dương lịch", "31/03/2020"],
    ]) {
      const wb = workbook({
        tasks: [task("1.1", { deadline: "01/03/2020" }), task("1.2", { deadline: lastDay })],
        updates: [update("1.1", "01/03/2020", 100, { evidence: "CV 1" })],
        settings: { cutoffMode: mode, reportDate: "01/04/2020" },
      });
      const r = prepareReport(wb, "2020-Q1", ISSUED);
      expect(r.model.due).toMatchObject({ total: 2, done: 1 });
      expect(text(r)).toMatch(/\b2 nhiệm vụ đã đến hạn/);
      expect(r.model.totals.overdue).toBe(0);
    }
  });

  test("the summary says how many are in progress and how many not started, each its own number", () => {
    // 1.2 and 1.4 are in progress, 1.3 not started: swapping the two would read 1 and 2.
    const r = prepareReport(plan(), "2020-Q1", ISSUED);
    expect(r.model.totals).toMatchObject({ inProgress: 2, notStarted: 1 });
    const said = (phrase: string) => {
      const m = new RegExp(`(\\d+) nhiệm vụ ${phrase}|${phrase} (\\d+)`).exec(text(r));
      return Number(m?.[1] ?? m?.[2]);
    };
    expect(said("đang thực hiện")).toBe(2);
    expect(said("chưa triển khai")).toBe(1);
  });

  test("the body gives each task once with its latest result; the appendix keeps every update with its date", () => {
    const r = prepareReport(plan(), "2020-Q1", ISSUED);
    const body = text(r);
    expect(body.match(/- Nhiệm vụ 1\.1:/g)).toHaveLength(1);
    expect(body).toContain("- Nhiệm vụ 1.1: Đã ban hành. Hoàn thành đúng hạn (10/03/2020).");
    expect(body).not.toContain("Đã dự thảo");
    const appendix = r.document.sections[1]?.blocks.find((b) => b.type === "table");
    const row =
      appendix?.type === "table" ? appendix.rows.find((x) => x.cells[1] === "Nhiệm vụ 1.1") : undefined;
    expect(row?.cells[6]).toBe("10/01/2020: Đã dự thảo\n10/03/2020: Đã ban hành");
  });

  test("the report's date is the option, else the Ngày báo cáo setting, else today", () => {
    const dated = (r: ReturnType<typeof prepareReport>) => {
      const header = r.document.sections[0]?.blocks[0];
      return header?.type === "header" ? header.date.text : "";
    };
    expect(dated(prepareReport(plan(), "2020-Q1", ISSUED))).toBe("Tỉnh Mẫu, ngày 16 tháng 3 năm 2020");
    expect(dated(prepareReport(plan(), "2020-Q1", ISSUED, { reportDate: dayOf(2020, 1, 5) }))).toBe(
      "Tỉnh Mẫu, ngày 05 tháng 01 năm 2020",
    );
    expect(dated(prepareReport(workbook({ tasks: [task("1.1")] }), "2020-Q1", ISSUED))).toBe(
      "Tỉnh Mẫu, ngày 20 tháng 3 năm 2020",
    );
  });

  test("a period of another year than the plan's is refused", () => {
    expect(() => prepareReport(plan(), "2021-Q1", ISSUED)).toThrow(PeriodCodeError);
    expect(() => prepareReport(plan(), "2019-Y", ISSUED)).toThrow("không thuộc năm kế hoạch 2020");
  });

  test("the header prints agency names in capitals whatever was typed", () => {
    const r = prepareReport(
      workbook({
        tasks: [task("1.1")],
        settings: { parentBody: "Ubnd tỉnh Mẫu", agency: "Sở Nội vụ tỉnh Mẫu" },
      }),
      "2020-Q1",
      ISSUED,
    );
    const header = r.document.sections[0]?.blocks[0];
    expect(header?.type === "header" ? header.left.map((l) => l.text) : []).toEqual([
      "UBND TỈNH MẪU",
      "SỞ NỘI VỤ TỈNH MẪU",
    ]);
    expect(text(r)).toContain("của Sở Nội vụ tỉnh Mẫu về cải thiện");
  });

  test("the rows a forced report leaves out are named by sheet and row", () => {
    const r = prepareReport(
      workbook({
        tasks: [task("1.1"), task("1.2", { deadline: "khi nào xong" })],
        updates: [update("1.1", "01/03/2020", 150), update("1.1", "02/03/2020", 10)],
      }),
      "2020-Q1",
      ISSUED,
    );
    expect(leftOutText(r.issues)).toBe(
      'Đã bỏ qua 2 dòng có lỗi (không tính vào báo cáo): trang "Nhiệm vụ" dòng 3; trang "Tiến độ" dòng 2.',
    );
    expect(leftOutText(prepareReport(plan(), "2020-Q1", ISSUED).issues)).toBe("");
  });
});
