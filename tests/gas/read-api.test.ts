import { readSpreadsheet, stampIn } from "../../src/gas/read-api";
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
