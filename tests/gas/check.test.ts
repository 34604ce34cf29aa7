import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { PLAN_SHEETS } from "../../src/core/schema";
import { checkEditedRows, checkWorkbook } from "../../src/gas/check";
import { MARK_COLOURS, MARK_PREFIX } from "../../src/gas/marks";
import { readSpreadsheet } from "../../src/gas/read-api";
import { setupWorkbook } from "../../src/gas/setup";
import { readWorkbook } from "../../src/gas/workbook";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/** The example plan's first update row is row 2 of `Tiến độ`; its columns are A–F. */
describe("Kiểm tra dữ liệu", () => {
  test("the example plan has no problem and nothing is marked", () => {
    box = sampleSpreadsheet();
    const before = box.fakes.snapshot();
    const result = checkWorkbook(ss());
    expect(result).toMatchObject({ errors: 0, warnings: 0 });
    const { "Nhật ký": log, ...data } = box.fakes.snapshot();
    expect(data).toEqual(before);
    expect(log?.[1]?.slice(2)).toEqual(["Kiểm tra dữ liệu", "", "", "", "Thành công: 0 lỗi, 0 cảnh báo"]);
  });

  test("each sheet is read with one getValues()", () => {
    box = sampleSpreadsheet();
    readWorkbook(ss());
    // The example has every plan sheet (Cấu hình, Nhiệm vụ, Tiến độ, Nội dung báo cáo, Đơn vị).
    expect(box.fakes.count("Range.getValues")).toBe(PLAN_SHEETS.length);
  });

  test("a problem cell gets a note and a colour; the next run clears only its own marks", () => {
    box = sampleSpreadsheet();
    const { fakes } = box;
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ")?.getRange("C3").setValue("nhiều");
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Tiến độ")
      ?.getRange("D4")
      .setNote("ghi chú của tôi");
    const result = checkWorkbook(ss());
    expect(result.issues.map((i) => `${i.code}@${i.row}`)).toEqual(["BAD_PROGRESS@3"]);
    expect(fakes.cell("Tiến độ!C3").note).toBe(`${MARK_PREFIX}${result.issues[0]?.message}`);
    expect(fakes.cell("Tiến độ!C3").background).toBe(MARK_COLOURS.error);

    SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ")?.getRange("C3").setValue(40);
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Tiến độ")
      ?.getRange("D4")
      .setNote(`ghi chú của tôi`);
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ")?.getRange("E4").setBackground("#00ff00");
    expect(checkWorkbook(ss()).errors).toBe(0);
    expect(fakes.cell("Tiến độ!C3").note).toBe("");
    expect(fakes.cell("Tiến độ!C3").background).toBe("#ffffff");
    expect(fakes.cell("Tiến độ!D4").note).toBe("ghi chú của tôi");
    expect(fakes.cell("Tiến độ!E4").background).toBe("#00ff00");
  });

  test("marking takes the same number of calls for one problem or a hundred", () => {
    box = sampleSpreadsheet();
    const sheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ");
    sheet()?.getRange("C2").setValue("x");
    box.fakes.resetCalls();
    checkWorkbook(ss());
    const one = box.fakes.count();
    box.restore();
    box = sampleSpreadsheet();
    sheet()
      ?.getRange("C2:C101")
      .setValues(Array.from({ length: 100 }, () => ["x"]));
    box.fakes.resetCalls();
    expect(checkWorkbook(ss()).errors).toBe(100);
    expect(box.fakes.count()).toBe(one);
  });

  test("an edit re-checks and marks only the edited rows", () => {
    box = sampleSpreadsheet();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ");
    sheet?.getRange("C5").setValue(150);
    sheet?.getRange("C9").setValue(-4);
    const issues = checkEditedRows(ss(), sheet?.getRange("A5:F5") as GoogleAppsScript.Spreadsheet.Range);
    expect(issues.map((i) => `${i.code}@${i.row}`)).toEqual(["BAD_PROGRESS@5"]);
    expect(box.fakes.cell("Tiến độ!C5").background).toBe(MARK_COLOURS.error);
    expect(box.fakes.cell("Tiến độ!C9").background).toBe("#ffffff");
  });

  test("an edit leaves the marks of other rows alone", () => {
    box = sampleSpreadsheet();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ");
    sheet?.getRange("C9").setValue(-4);
    checkWorkbook(ss());
    sheet?.getRange("C9").setValue(40);
    sheet?.getRange("C5").setValue(150);
    checkEditedRows(ss(), sheet?.getRange("C5") as GoogleAppsScript.Spreadsheet.Range);
    expect(box.fakes.cell("Tiến độ!C5").background).toBe(MARK_COLOURS.error);
    expect(box.fakes.cell("Tiến độ!C9").note).toContain(MARK_PREFIX);
  });
});

describe("dates from Sheets", () => {
  test("a date typed as 01/03/2020 in Asia/Ho_Chi_Minh is 1 March, not 29 February", () => {
    box = sampleSpreadsheet({ sample: false });
    const { fakes } = box;
    fakes.seed("Cấu hình", [
      ["Mục", "Giá trị"],
      ["Tên cơ quan", "Ban A"],
      ["Năm kế hoạch", "2020"],
    ]);
    fakes.seed("Nhiệm vụ", [
      ["Mã", "Nhóm PAPI", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
      ["1.1", "1", "Việc", "VP", "29/02/2020"],
    ]);
    fakes.seed("Tiến độ", [
      ["Mã nhiệm vụ", "Ngày cập nhật", "Tiến độ (%)", "Kết quả thực hiện", "Minh chứng"],
      ["1.1", "01/03/2020", "100", "Xong", "CV 1"],
    ]);
    const date = fakes.cell("Tiến độ!B2").value as Date;
    expect(date.toISOString()).toBe("2020-02-29T17:00:00.000Z");
    const result = checkWorkbook(ss());
    // Done on 1 March against a deadline of 29 February: late, which it would not be if read as 29/02.
    expect(result.errors).toBe(0);
    const r = prepareReport(readWorkbook(ss()), "2020-Q1", 0);
    expect(r.model.totals).toMatchObject({ done: 1, doneLate: 1, doneOnTime: 0 });
  });
});

describe("percent cells in Sheets (docs/workbook.md: sheets and columns)", () => {
  test("after setup, typing `100%` as progress stores 1 in a percent cell, read as 100: the task is done", () => {
    box = sampleSpreadsheet({ sample: false });
    setupWorkbook(ss());
    const sheet = (name: string) => ss().getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
    sheet("Cấu hình").getRange("B6").setValue("2020");
    sheet("Nhiệm vụ")
      .getRange("A2:G3")
      .setValues([
        ["1.1", "1", "", "Việc một", "Văn phòng", "", "Quý I/2020"],
        ["1.2", "1", "", "Việc hai", "Văn phòng", "", "Quý I/2020"],
      ]);
    sheet("Tiến độ")
      .getRange("A2:E3")
      .setValues([
        ["1.1", "01/03/2020", "100%", "Xong", "QĐ 1"],
        ["1.2", "01/03/2020", "1", "Mới làm", ""],
      ]);
    expect(sheet("Tiến độ").getRange("C2").getNumberFormat()).toContain("%");
    const read = readWorkbook(ss());
    const r = prepareReport(read, "2020-Q1", dayOf(2020, 3, 20));
    expect(r.model.totals).toMatchObject({ total: 2, done: 1, inProgress: 1 });
    expect(r.issues.filter((i) => i.sheet === "Tiến độ").map((i) => `${i.code}@${i.row}`)).toEqual([
      "PROGRESS_FRACTION@3",
    ]);
    // Tạo báo cáo reads through one Sheets API call: it must count the same task as done.
    const api = prepareReport(readSpreadsheet(ss().getId()).workbook, "2020-Q1", dayOf(2020, 3, 20));
    expect(api.model.totals).toMatchObject({ total: 2, done: 1, inProgress: 1 });
  });
});
