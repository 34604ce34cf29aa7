/**
 * The spreadsheet's locale decides how typed dates are read (the fakes parse typed text by it, as Sheets
 * does): setup offers Vietnamese, and a month-first locale is never left to swap dates silently.
 */
import { checkWorkbook } from "../../src/gas/check";
import { menuCheck, menuSetup } from "../../src/gas/menu";
import { sheetDate } from "../fakes";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

test("setup asks to switch an en_US spreadsheet to vi_VN; after yes, 05/03/2020 is 5 March", () => {
  box = sampleSpreadsheet({ locale: "en_US" });
  box.fakes.ui.answer("YES");
  menuSetup();
  expect(box.fakes.ui.alerts[0]?.prompt).toContain('định dạng vùng "en_US"');
  expect(ss().getSpreadsheetLocale()).toBe("vi_VN");
  expect(box.fakes.ui.alerts.at(-1)?.prompt).toContain("Chuyển định dạng vùng sang Việt Nam");
  box.fakes.seed("Tiến độ", [["05/03/2020"]], { row: 20, col: 2 });
  expect(box.fakes.cell("Tiến độ!B20").value).toEqual(sheetDate(2020, 3, 5, ZONE));
});

test("after no, the locale stays, setup says what that means, and every check says it again", () => {
  box = sampleSpreadsheet({ locale: "en_US" });
  box.fakes.ui.answer("NO");
  menuSetup();
  expect(ss().getSpreadsheetLocale()).toBe("en_US");
  expect(box.fakes.ui.alerts.at(-1)?.prompt).toContain("05/03/2020 thành ngày 3 tháng 5");
  // What a user types now is read month first, as Sheets reads it.
  box.fakes.seed("Tiến độ", [["05/03/2020"]], { row: 20, col: 2 });
  expect(box.fakes.cell("Tiến độ!B20").value).toEqual(sheetDate(2020, 5, 3, ZONE));
  menuCheck();
  expect(box.fakes.ui.alerts.map((a) => a.prompt).join("\n")).toContain('định dạng vùng "en_US"');
});

test("a Vietnamese spreadsheet is not asked anything", () => {
  box = sampleSpreadsheet();
  menuSetup();
  expect(box.fakes.ui.alerts).toHaveLength(1);
  expect(box.fakes.ui.alerts[0]?.prompt).not.toContain("định dạng vùng");
});

test("a plain number typed into a percent-formatted progress cell reads as that percent", () => {
  box = sampleSpreadsheet();
  const cell = ss().getSheetByName("Tiến độ")?.getRange("C4");
  cell?.setNumberFormat("0%").setValue("50");
  expect(box.fakes.cell("Tiến độ!C4")).toMatchObject({ value: 0.5, displayValue: "50%" });
  const result = checkWorkbook(ss());
  expect(result.issues.filter((i) => i.row === 4 && i.sheet === "Tiến độ")).toEqual([]);
});
