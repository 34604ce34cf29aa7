/** Clearing a mark gives the cell its own fill back: a colour the user chose, or none (banding shows). */
import { checkWorkbook } from "../../src/gas/check";
import { MARK_COLOURS } from "../../src/gas/marks";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const progress = (a1: string) =>
  ss().getSheetByName("Tiến độ")?.getRange(a1) as GoogleAppsScript.Spreadsheet.Range;

test("a cell the user coloured gets its colour back when its problem is fixed", () => {
  box = sampleSpreadsheet();
  progress("C4").setBackground("#d9ead3").setValue(250);
  checkWorkbook(ss());
  expect(box.fakes.cell("Tiến độ!C4").background).toBe(MARK_COLOURS.error);
  progress("C4").setValue(50);
  checkWorkbook(ss());
  expect(box.fakes.cell("Tiến độ!C4")).toMatchObject({ fill: "#d9ead3", note: "" });
});

test("a cell without a fill of its own gets none back, so the sheet's banding shows again", () => {
  box = sampleSpreadsheet();
  progress("C5").setValue(-3);
  checkWorkbook(ss());
  expect(box.fakes.cell("Tiến độ!C5").fill).toBe(MARK_COLOURS.error);
  progress("C5").setValue(20);
  checkWorkbook(ss());
  expect(box.fakes.cell("Tiến độ!C5")).toMatchObject({ fill: null, note: "" });
});

test("the user's own note stays, and a cell marked twice in a row still gets its colour back", () => {
  box = sampleSpreadsheet();
  progress("C4").setBackground("#fff2cc").setNote("Chờ phòng Kế hoạch xác nhận").setValue(250);
  checkWorkbook(ss());
  checkWorkbook(ss());
  progress("C4").setValue(60);
  checkWorkbook(ss());
  expect(box.fakes.cell("Tiến độ!C4")).toMatchObject({
    fill: "#fff2cc",
    note: "Chờ phòng Kế hoạch xác nhận",
  });
});
