import { dayOf } from "../../src/core/day";
import { appendLog } from "../../src/gas/log";
import { fileStampIn, midnightIn, readSpreadsheet, stampIn } from "../../src/gas/read-api";
import { readWorkbook } from "../../src/gas/workbook";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());

test("one Sheets API read gives the core the same cells as getValues(): dates, numbers, text", () => {
  box = sampleSpreadsheet();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.getSheetByName("Tiến độ")?.getRange("H40").setValue(true);
  const expected = readWorkbook(ss);
  box.fakes.resetCalls();
  const read = readSpreadsheet(ss.getId());
  expect(box.fakes.calls).toEqual(["Spreadsheet.getId", "Sheets.Spreadsheets.get"]);
  expect(read.workbook).toEqual(expected);
  expect(read.timeZone).toBe(ZONE);
  expect(read.sheets.map((s) => s.title)).toEqual(box.fakes.sheetNames());
});

test("the log's time stamp is the spreadsheet's wall clock", () => {
  box = sampleSpreadsheet();
  expect(stampIn(ZONE, new Date(Date.UTC(2020, 2, 20, 17, 5, 9)))).toBe("21/03/2020 00:05:09");
});

test("the same read gives the log's cells as getValues() does, and the locale", () => {
  box = sampleSpreadsheet();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  appendLog(ss, { action: "Kiểm tra dữ liệu", period: "2020-Q1", link: "=1+1", result: "Thành công" });
  const log = ss.getSheetByName("Nhật ký");
  const read = readSpreadsheet(ss.getId());
  expect(read.log).toEqual({ name: "Nhật ký", rows: log?.getDataRange().getValues() });
  expect(read.locale).toBe(ss.getSpreadsheetLocale());
});

test("midnight of a day and a file's stamp in the zone, as Utilities would give them", () => {
  box = sampleSpreadsheet();
  expect(midnightIn(dayOf(2020, 3, 1), ZONE)).toEqual(Utilities.parseDate("2020-03-01", ZONE, "yyyy-MM-dd"));
  const at = new Date(Date.UTC(2020, 2, 20, 17, 5, 9));
  expect(fileStampIn(ZONE, at)).toBe(Utilities.formatDate(at, ZONE, "yyyyMMdd-HHmm"));
});
