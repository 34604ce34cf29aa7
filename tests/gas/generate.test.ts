import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { rowsOf, settingsRows } from "../../src/core/rows";
import { TASKS, UPDATES } from "../../src/core/schema";
import { CHART_DATA_MARK } from "../../src/core/scores";
import { percentDone } from "../../src/core/status";
import { syntheticSheets } from "../../src/core/synthetic";
import { BATCH_BYTES } from "../../src/gas/batches";
import { messageOf } from "../../src/gas/errors";
import { generateReport } from "../../src/gas/generate";
import { SCORES_CHART_ID } from "../../src/gas/scores-chart";
import { readWorkbook } from "../../src/gas/workbook";
import { createGasFakes } from "../fakes";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";
import { BASE_SETTINGS, task, update } from "../support/workbook";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const GENERATE = { replace: false, force: false };

describe("Tạo báo cáo", () => {
  test("builds `BC Q1-2020` and its appendix with the core's numbers, Times New Roman, protected, with a chart", () => {
    box = sampleSpreadsheet();
    const result = generateReport(ss(), "2020-Q1", GENERATE);
    expect(result.status).toBe("done");
    const { fakes } = box;
    expect(fakes.sheetNames()).toEqual(
      expect.arrayContaining(["BC Q1-2020", "BC Q1-2020 (Phụ lục)", "Nhật ký"]),
    );
    expect(fakes.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
    const sheet = fakes.snapshot()["BC Q1-2020"] ?? [];
    const texts = sheet.flat();
    for (const t of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "I. TÌNH HÌNH TRIỂN KHAI",
      "Nơi nhận:",
    ])
      expect(texts).toContain(t);
    const core = prepareReport(readWorkbook(ss()), "2020-Q1", dayOf(2020, 3, 20)).model.totals;
    const totalRow = sheet.find((r) => r[1] === "Tổng cộng");
    // A table column cut where a short rule above ends is merged: its other cells read "".
    expect(totalRow?.slice(2).filter((v) => v !== "")).toEqual([
      core.total,
      core.doneOnTime,
      core.doneLate,
      core.inProgress,
      core.notStarted,
      core.overdue,
      10,
    ]);
    expect(fakes.cell("BC Q1-2020!A1").fontFamily).toBe("Times New Roman");
    const info = fakes.sheetInfo("BC Q1-2020");
    expect(info.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    expect(info.charts).toHaveLength(1);
    // The chart reads the dimensions' names and their completion rates, whatever columns they span.
    const [names, rates] = (info.charts[0]?.ranges ?? []).map((a1) =>
      (fakes.snapshot()["BC Q1-2020"] ?? []).flatMap((row, r) => {
        const m = /!([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(a1);
        const col = [...(m?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        return r + 1 >= Number(m?.[2]) && r + 1 <= Number(m?.[3]) ? [row[col - 1]] : [];
      }),
    );
    expect(names?.[0]).toBe("Tham gia của người dân ở cấp cơ sở");
    expect(names).toHaveLength(8);
    expect(rates).toEqual(
      prepareReport(readWorkbook(ss()), "2020-Q1", dayOf(2020, 3, 20)).model.groups.map((g) =>
        percentDone(g),
      ),
    );
    // Inside the grid (the fakes refuse an anchor past it), beside the printed area rather than over it.
    const position = info.charts[0]?.position;
    expect(position?.col).toBe(info.maxColumns);
    expect(position?.offsetX).toBeGreaterThan(info.columnWidths[info.maxColumns] ?? 0);
    expect(info.merges.length).toBeGreaterThan(10);
    expect(fakes.sheetInfo("BC Q1-2020 (Phụ lục)").frozenRows).toBeGreaterThan(0);
    const log = fakes.snapshot()["Nhật ký"] ?? [];
    expect(log.at(-1)?.slice(2, 4)).toEqual(["Tạo báo cáo", "2020-Q1"]);
  });

  test("text a user typed lands as text: formulas, phone numbers and dashes appear literally", () => {
    box = sampleSpreadsheet({ sample: false });
    const hostile = ['=IMPORTXML("http://x","//a")', "+84 912 345 678", "-", "@everyone"];
    box.fakes.seed("Cấu hình", settingsRows(BASE_SETTINGS), { raw: true });
    box.fakes.seed(
      "Nhiệm vụ",
      rowsOf(
        TASKS,
        hostile.map((h, i) => task(`1.${i + 1}`, { content: h })),
      ),
      { raw: true },
    );
    box.fakes.seed("Tiến độ", rowsOf(UPDATES, [update("1.1", "2020-03-01", 50, { result: "=1+1" })]), {
      raw: true,
    });
    expect(generateReport(ss(), "2020-Q1", GENERATE).status).toBe("done");
    const appendix = box.fakes.snapshot()["BC Q1-2020 (Phụ lục)"] ?? [];
    const texts = appendix.flat();
    for (const h of hostile) expect(texts).toContain(h);
    expect(texts.some((t) => String(t).includes("=1+1"))).toBe(true);
    expect(texts).not.toContain("#FORMULA");
  });

  test("an existing report is replaced only after asking; other sheets are not touched", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    generateReport(ss(), "2020-Y", GENERATE);
    const year = box.fakes.snapshot()["BC 2020"];
    const again = generateReport(ss(), "2020-Q1", GENERATE);
    expect(again).toEqual({
      status: "exists",
      period: "2020-Q1",
      sheets: ["BC Q1-2020", "BC Q1-2020 (Phụ lục)"],
    });
    expect(generateReport(ss(), "2020-Q1", { replace: true, force: false }).status).toBe("done");
    expect(box.fakes.snapshot()["BC 2020"]).toEqual(year);
    expect(box.fakes.sheetNames().filter((n) => n.startsWith("BC Q1-2020"))).toHaveLength(2);
  });

  test("data with errors is not reported unless forced", () => {
    box = sampleSpreadsheet();
    ss().getSheetByName("Tiến độ")?.getRange("C2").setValue("abc");
    expect(generateReport(ss(), "2020-H1", GENERATE)).toEqual({
      status: "hasErrors",
      period: "2020-H1",
      errors: 1,
    });
    expect(box.fakes.sheetNames()).not.toContain("BC 6T-2020");
    const forced = generateReport(ss(), "2020-H1", { replace: false, force: true });
    expect(forced.status).toBe("done");
    // The sidebar and the menu say which rows were left out.
    expect(forced.status === "done" && forced.leftOut).toBe(
      'Đã bỏ qua 1 dòng có lỗi (không tính vào báo cáo): trang "Tiến độ" dòng 2.',
    );
  });

  test("a period of another year than the plan's is refused with a clear message, nothing written", () => {
    box = sampleSpreadsheet();
    const before = box.fakes.snapshot();
    let shown = "";
    try {
      generateReport(ss(), "2021-Q1", GENERATE);
    } catch (error) {
      shown = messageOf(error);
    }
    expect(shown).toBe(
      'Kỳ 2021-Q1 không thuộc năm kế hoạch 2020 (mục "Năm kế hoạch" ở trang "Cấu hình"); chọn một kỳ của năm 2020.',
    );
    expect(box.fakes.snapshot()).toEqual(before);
  });

  test("a failure half-way leaves no report sheet and no temporary sheet", () => {
    box = sampleSpreadsheet();
    const before = box.fakes.snapshot();
    box.fakes.failOnCall(1, "Sheets.Spreadsheets.batchUpdate");
    expect(() => generateReport(ss(), "2020-Q2", GENERATE)).toThrow();
    expect(box.fakes.snapshot()).toEqual(before);
    expect(box.fakes.locks.state("document")).toBe("free");
  });

  test("a batch the API refuses half-way leaves the old report, its log and every sheet as they were", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    const before = box.fakes.snapshot();
    const names = box.fakes.sheetNames();
    const info = box.fakes.sheetInfo("BC Q1-2020");
    // The report's own sheet name taken by a sheet the batch does not delete: Sheets refuses the
    // addSheet request, after the batch already deleted the old report and its appendix.
    const collection = (Sheets as GoogleAppsScript.Sheets)
      .Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
    const real = collection.batchUpdate.bind(collection);
    const spy = jest.spyOn(collection, "batchUpdate");
    spy.mockImplementation((resource, id) => {
      const requests = [...(resource.requests ?? [])];
      const at = requests.findIndex((r) => r.addSheet);
      requests.splice(at + 1, 0, { addSheet: { properties: { title: "Tiến độ" } } });
      return real({ requests }, id);
    });
    try {
      expect(() => generateReport(ss(), "2020-Q1", { replace: true, force: false })).toThrow(
        'A sheet with the name "Tiến độ" already exists',
      );
    } finally {
      spy.mockRestore();
    }
    expect(box.fakes.snapshot()).toEqual(before);
    expect(box.fakes.sheetNames()).toEqual(names);
    expect(box.fakes.sheetInfo("BC Q1-2020")).toEqual(info);
  });

  test("built over several batches, one refused half-way: the old report stays as it was, no hidden sheet is left", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    const before = { names: box.fakes.sheetNames(), values: box.fakes.snapshot() };
    const info = box.fakes.sheetInfo("BC Q1-2020");
    box.fakes.resetCalls();
    box.fakes.failOnCall(3, "Sheets.Spreadsheets.batchUpdate");
    expect(() =>
      generateReport(ss(), "2020-Q1", { replace: true, force: false, batchBytes: 10_000 }),
    ).toThrow("Injected failure");
    // Two batches applied, the third refused, then one more that deletes what the two added.
    expect(box.fakes.count("Sheets.Spreadsheets.batchUpdate")).toBe(4);
    expect({ names: box.fakes.sheetNames(), values: box.fakes.snapshot() }).toEqual(before);
    expect(box.fakes.sheetInfo("BC Q1-2020")).toEqual(info);
    expect(box.fakes.locks.state("document")).toBe("free");
  });

  test("when deleting the half-built sheets fails too, they stay hidden and the next report deletes them", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    const report = box.fakes.snapshot()["BC Q1-2020"];
    const api = (Sheets as GoogleAppsScript.Sheets)
      .Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
    const real = api.batchUpdate.bind(api);
    let call = 0;
    const spy = jest.spyOn(api, "batchUpdate").mockImplementation((resource, id) => {
      call++;
      if (call >= 3) throw new Error("Service Spreadsheets timed out while accessing document");
      return real(resource, id);
    });
    try {
      expect(() =>
        generateReport(ss(), "2020-Q1", { replace: true, force: false, batchBytes: 10_000 }),
      ).toThrow("timed out");
    } finally {
      spy.mockRestore();
    }
    const staged = box.fakes.sheetNames().filter((n) => n.startsWith("~PAPI"));
    expect(staged.length).toBeGreaterThan(0);
    for (const name of staged) expect(box.fakes.sheetInfo(name).hidden).toBe(true);
    expect(box.fakes.snapshot()["BC Q1-2020"]).toEqual(report);
    expect(box.fakes.sheetInfo("BC Q1-2020").hidden).toBe(false);

    expect(generateReport(ss(), "2020-Q1", { replace: true, force: false }).status).toBe("done");
    expect(box.fakes.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
    expect(box.fakes.snapshot()["BC Q1-2020"]).toEqual(report);
  });

  test("a second user waiting for the lock gets a clear message and no sheet", () => {
    box = sampleSpreadsheet();
    box.fakes.locks.holdByOther("document");
    expect(() => generateReport(ss(), "2020-Q1", GENERATE)).toThrow(
      "Một người khác đang tạo, xuất hoặc gửi báo cáo",
    );
    expect(box.fakes.sheetNames()).not.toContain("BC Q1-2020");
  });
});

describe("the Điểm PAPI sheet's chart", () => {
  const scoresInfo = () => box.fakes.sheetInfo("Điểm PAPI");

  test("the report's batch writes the dimensions × years beside the scores and charts them, one chart however many reports", () => {
    box = sampleSpreadsheet();
    const calls = () => box.fakes.count("Sheets.Spreadsheets.batchUpdate");
    expect(generateReport(ss(), "2020-H1", GENERATE).status).toBe("done");
    // No call of its own: the chart travels with the report.
    expect(calls()).toBe(1);
    const sheet = box.fakes.snapshot()["Điểm PAPI"] ?? [];
    // Staff's five columns (A–E), a blank one, then the table from G.
    expect(sheet[0]?.slice(5, 10)).toEqual(["", CHART_DATA_MARK, "", "", ""]);
    expect(sheet[1]?.slice(6, 10)).toEqual(["Lĩnh vực", "Năm 2017", "Năm 2018", "Năm 2019"]);
    expect(sheet[2]?.slice(6, 10)).toEqual(["1. Tham gia của người dân ở cấp cơ sở", 5.21, 5.4, 5.53]);
    expect(sheet[9]?.slice(6, 10)).toEqual(["8. Quản trị điện tử", 2.2, 2.45, 2.61]);
    const [chart, ...others] = scoresInfo().charts;
    expect(others).toEqual([]);
    expect(chart).toMatchObject({
      id: SCORES_CHART_ID,
      type: "BAR",
      ranges: ["Điểm PAPI!G2:G10", "Điểm PAPI!H2:H10", "Điểm PAPI!I2:I10", "Điểm PAPI!J2:J10"],
      options: { title: "Điểm Chỉ số PAPI theo lĩnh vực", hAxis: { minValue: 0, maxValue: 10 } },
      // Under the table, so it covers none of the numbers.
      position: { row: 12, col: 7 },
    });

    // Another report, of another period: the chart and its table are replaced, not added.
    setScore(2019, 2, 7.5);
    expect(generateReport(ss(), "2020-Q3", GENERATE).status).toBe("done");
    expect(scoresInfo().charts).toHaveLength(1);
    expect(box.fakes.snapshot()["Điểm PAPI"]?.[3]?.slice(6, 10)).toEqual([
      "2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
      6.02,
      6.15,
      7.5,
    ]);
    // Staff add a column: the table moves right of it, and the old one is cleared.
    const scores = ss().getSheetByName("Điểm PAPI");
    scores?.getRange(1, 6).setValue("Ghi chú");
    expect(generateReport(ss(), "2020-Y", GENERATE).status).toBe("done");
    const after = box.fakes.snapshot()["Điểm PAPI"] ?? [];
    expect(after[0]?.slice(5, 8)).toEqual(["Ghi chú", "", CHART_DATA_MARK]);
    expect(after.map((row) => row[6] ?? "").filter((v) => v !== "")).toEqual([]);
    expect(scoresInfo().charts).toHaveLength(1);
    expect(scoresInfo().charts[0]?.ranges[0]).toBe("Điểm PAPI!H2:H10");
  });

  function setScore(year: number, group: number, score: number): void {
    const sheet = ss().getSheetByName("Điểm PAPI");
    const rows = sheet?.getDataRange().getValues() ?? [];
    const row = rows.findIndex((r) => r[0] === year && r[1] === group) + 1;
    sheet?.getRange(row, 3).setValue(score);
  }

  test("without scores before the plan year, or without the sheet, nothing is drawn and nothing else changes", () => {
    box = sampleSpreadsheet();
    const sheet = ss().getSheetByName("Điểm PAPI");
    const rows = sheet?.getDataRange().getValues() ?? [];
    // Only the plan year's targets are left.
    for (let r = rows.length; r >= 2; r--) if (rows[r - 1]?.[0] !== 2020) sheet?.deleteRow(r);
    const before = box.fakes.snapshot()["Điểm PAPI"];
    expect(generateReport(ss(), "2020-H1", GENERATE).status).toBe("done");
    expect(box.fakes.snapshot()["Điểm PAPI"]).toEqual(before);
    expect(scoresInfo().charts).toEqual([]);

    if (sheet) ss().deleteSheet(sheet);
    expect(generateReport(ss(), "2020-Y", GENERATE).status).toBe("done");
  });

  test("a chart of ours the batch finds already there is deleted first; a user's own chart is left alone", () => {
    box = sampleSpreadsheet();
    const sheet = ss().getSheetByName("Điểm PAPI");
    if (!sheet) throw new Error("no Điểm PAPI");
    sheet.insertChart(
      sheet.newChart().asBarChart().addRange(sheet.getRange("A1:C9")).setPosition(1, 1, 0, 0).build(),
    );
    generateReport(ss(), "2020-H1", GENERATE);
    generateReport(ss(), "2020-Y", GENERATE);
    expect(scoresInfo().charts.map((c) => c.id === SCORES_CHART_ID)).toEqual([false, true]);
  });
});

describe("a constant, small number of service calls", () => {
  /** Every call of generating the yearly report of `tasks` tasks, and the bytes of each batch sent. */
  function figuresFor(tasks: number): { calls: number; batches: number[] } {
    const fakes = createGasFakes({ timeZone: ZONE });
    for (const sheet of syntheticSheets(tasks, 5)) fakes.seed(sheet.name, sheet.rows, { raw: true });
    const restore = fakes.install();
    try {
      // The menu and the sidebar open the spreadsheet once for all their steps.
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const api = (Sheets as GoogleAppsScript.Sheets)
        .Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
      const real = api.batchUpdate.bind(api);
      const batches: number[] = [];
      jest.spyOn(api, "batchUpdate").mockImplementation((resource, id) => {
        batches.push(Buffer.byteLength(JSON.stringify(resource)));
        return real(resource, id);
      });
      fakes.resetCalls();
      expect(generateReport(ss, "2020-Y", GENERATE).status).toBe("done");
      return { calls: fakes.count(), batches };
    } finally {
      restore();
    }
  }

  test("reading and writing a report takes at most 11 calls at 100 and 1,000 tasks", () => {
    // Two gets (the sheets' titles, then the plan's cells: read-api.ts), one batch, and the rest.
    for (const tasks of [100, 1000])
      expect(figuresFor(tasks)).toEqual({ calls: 11, batches: [expect.any(Number)] });
  }, 120_000);

  test("10,000 tasks (11 MB of requests): batches of at most 2 MB, filled, and no other call added", () => {
    const { calls, batches } = figuresFor(10_000);
    for (const bytes of batches) expect(bytes).toBeLessThanOrEqual(BATCH_BYTES);
    const total = batches.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5 * BATCH_BYTES);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(total / BATCH_BYTES) + 1);
    expect(calls).toBe(10 + batches.length);
  }, 240_000);

  test("up to 1,000 tasks the report is written by exactly one Sheets API batch and no Range call", () => {
    const fakes = createGasFakes({ timeZone: ZONE });
    for (const sheet of syntheticSheets(1000, 5)) fakes.seed(sheet.name, sheet.rows, { raw: true });
    const restore = fakes.install();
    try {
      fakes.resetCalls();
      generateReport(SpreadsheetApp.getActiveSpreadsheet(), "2020-Y", GENERATE);
      expect(fakes.count("Sheets.Spreadsheets.batchUpdate")).toBe(1);
      expect(fakes.count("Range")).toBe(0);
    } finally {
      restore();
    }
  }, 60_000);
});
