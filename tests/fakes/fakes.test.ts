import type { FakeBlob, FakeUser } from "./core";
import { createGasFakes, type GasFakes, SCOPE, sheetDate } from "./index";
import type {
  FakeDriveApp,
  FakeFile,
  FakeFolder,
  FakeHtmlOutput,
  FakeHtmlService,
  FakeLock,
  FakeLockService,
  FakeMailApp,
  FakeProperties,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
} from "./services";
import type {
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeMenu,
  FakeProtection,
  FakeRange,
  FakeRichTextValue,
  FakeRichTextValueBuilder,
  FakeSheet,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  FakeUi,
} from "./spreadsheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// ---------------------------------------------------------------------------------------------
// Compile-time: every public member of a fake is a real Apps Script member (no invented API).
type OnlyReal<F, G> = [Exclude<keyof F, keyof G>] extends [never] ? true : Exclude<keyof F, keyof G>;
const typeChecks: true[] = [
  true satisfies OnlyReal<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>,
  true satisfies OnlyReal<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  true satisfies OnlyReal<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>,
  true satisfies OnlyReal<FakeRange, GoogleAppsScript.Spreadsheet.Range>,
  true satisfies OnlyReal<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>,
  true satisfies OnlyReal<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>,
  true satisfies OnlyReal<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>,
  true satisfies OnlyReal<
    FakeEmbeddedChartBuilder,
    GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder &
      GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder
  >,
  true satisfies OnlyReal<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>,
  true satisfies OnlyReal<FakeRichTextValueBuilder, GoogleAppsScript.Spreadsheet.RichTextValueBuilder>,
  true satisfies OnlyReal<FakeRichTextValue, GoogleAppsScript.Spreadsheet.RichTextValue>,
  true satisfies OnlyReal<FakeUi, GoogleAppsScript.Base.Ui>,
  true satisfies OnlyReal<FakeMenu, GoogleAppsScript.Base.Menu>,
  true satisfies OnlyReal<FakeUser, GoogleAppsScript.Base.User>,
  true satisfies OnlyReal<FakeBlob, GoogleAppsScript.Base.Blob>,
  true satisfies OnlyReal<FakeDriveApp, GoogleAppsScript.Drive.DriveApp>,
  true satisfies OnlyReal<FakeFolder, GoogleAppsScript.Drive.Folder>,
  true satisfies OnlyReal<FakeFile, GoogleAppsScript.Drive.File>,
  true satisfies OnlyReal<FakeMailApp, GoogleAppsScript.Mail.MailApp>,
  true satisfies OnlyReal<FakeLockService, GoogleAppsScript.Lock.LockService>,
  true satisfies OnlyReal<FakeLock, GoogleAppsScript.Lock.Lock>,
  true satisfies OnlyReal<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>,
  true satisfies OnlyReal<FakeProperties, GoogleAppsScript.Properties.Properties>,
  true satisfies OnlyReal<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>,
  true satisfies OnlyReal<FakeSession, GoogleAppsScript.Base.Session>,
  true satisfies OnlyReal<FakeUtilities, GoogleAppsScript.Utilities.Utilities>,
  true satisfies OnlyReal<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>,
  true satisfies OnlyReal<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>,
];

const TZ = "Asia/Ho_Chi_Minh";

function setup(options: Parameters<typeof createGasFakes>[0] = {}): { fakes: GasFakes; sheet: Sheet } {
  const fakes = createGasFakes({ timeZone: TZ, ...options });
  const sheet = fakes.uncounted(() => fakes.SpreadsheetApp.getActive().getSheets()[0] as Sheet);
  return { fakes, sheet };
}

test("every facade only exposes real Apps Script members", () => {
  expect(typeChecks.every((t) => t)).toBe(true);
});

describe("ranges are 1-based with Apps Script's checks", () => {
  test("getRange(row, col, rows, cols) and A1 notation address the same cells", () => {
    const { sheet } = setup();
    expect(sheet.getRange(1, 1).getA1Notation()).toBe("A1");
    const r = sheet.getRange(2, 3, 2, 2);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 2, 2]);
    expect(r.getA1Notation()).toBe("C2:D3");
    r.setValues([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(sheet.getRange("C2:D3").getValues()).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(sheet.getRange("D3").getValue()).toBe("d");
    expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions of the sheet");
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:D3");
  });

  test("empty cells read as empty strings, never undefined", () => {
    const { sheet } = setup();
    sheet.getRange("B2").setValue(5);
    expect(sheet.getRange("A1:C2").getValues()).toEqual([
      ["", "", ""],
      ["", 5, ""],
    ]);
    expect(sheet.getRange("A1:C2").getDisplayValues()).toEqual([
      ["", "", ""],
      ["", "5", ""],
    ]);
  });

  test("bad coordinates throw the real messages", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 27)).toThrow("outside the dimensions of the sheet");
    expect(() => sheet.getRange(undefined as unknown as number, 1)).toThrow(
      "don't match the method signature for SpreadsheetApp.Sheet.getRange",
    );
    sheet.insertColumnsAfter(26, 4);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1, 30).getA1Notation()).toBe("AD1");
  });

  test("autoGrow lets writes grow the sheet instead", () => {
    const { sheet } = setup({ autoGrow: true });
    sheet.getRange(1200, 30).setValue("far");
    expect(sheet.getMaxRows()).toBe(1200);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastRow()).toBe(1200);
  });

  test("setValues with the wrong shape throws the real message, for rows then columns", () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 3, 2);
    expect(() => r.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
    expect(() => r.setValues([[1, 2], [3], [5, 6]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => r.setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "don't match the method signature",
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test("plural style setters take 2-D arrays and check their shape too", () => {
    const { fakes, sheet } = setup();
    const r = sheet.getRange("A1:B2");
    r.setBackgrounds([
      ["#ff0000", null as unknown as string],
      ["#00ff00", "#0000ff"],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ["#ff0000", "#ffffff"],
      ["#00ff00", "#0000ff"],
    ]);
    r.setFontWeights([
      ["bold", "normal"],
      [null, "bold"],
    ]);
    expect(r.getFontWeights()).toEqual([
      ["bold", "normal"],
      ["normal", "bold"],
    ]);
    expect(() => r.setBackgrounds([["#fff", "#fff"]])).toThrow("The data has 1 but the range has 2.");
    expect(() => r.setNumberFormats([["@"], ["@"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => r.setFontColors([["#000", "#000", "#000"], []])).toThrow(
      "The data has 3 but the range has 2.",
    );
    r.setFontSizes([
      [12, 14],
      [10, 10],
    ]);
    r.setHorizontalAlignments([
      ["center", "left"],
      ["right", null],
    ]);
    r.setWraps([
      [true, false],
      [false, true],
    ]);
    r.setNotes([
      ["n1", ""],
      ["", "n4"],
    ]);
    expect(r.getFontSizes()).toEqual([
      [12, 14],
      [10, 10],
    ]);
    expect(r.getWraps()).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(r.getNotes()).toEqual([
      ["n1", ""],
      ["", "n4"],
    ]);
    expect(fakes.cell("Sheet1!A1")).toMatchObject({
      horizontalAlignment: "center",
      fontWeight: "bold",
      fontSize: 12,
    });
    expect(fakes.cell("Sheet1!B2").horizontalAlignment).toBe("general");
  });
});

describe("what a script writes is read like typing", () => {
  test("a string starting with = becomes a formula unless the cell is plain text (@)", () => {
    const { fakes, sheet } = setup();
    sheet.getRange("A1:B1").setValues([["=SUM(C1:C3)", "=1+1"]]);
    expect(sheet.getRange("A1:B1").getFormulas()).toEqual([["=SUM(C1:C3)", "=1+1"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["#FORMULA", "#FORMULA"]]);

    sheet.getRange("A2:B2").setNumberFormat("@");
    sheet.getRange("A2:B2").setValues([["=SUM(C1:C3)", "0012"]]);
    expect(sheet.getRange("A2:B2").getValues()).toEqual([["=SUM(C1:C3)", "0012"]]);
    expect(sheet.getRange("A2:B2").getFormulas()).toEqual([["", ""]]);
    expect(sheet.getRange("A2").getNumberFormat()).toBe("@");
    expect(fakes.cell("A1").formula).toBe("=SUM(C1:C3)");
  });

  test("numbers, booleans, an apostrophe and stray + / - are read as Sheets reads them", () => {
    const { sheet } = setup();
    sheet.getRange("A1:F1").setValues([["0012", "TRUE", "'0012", "- item", "-5", "50%"]]);
    expect(sheet.getRange("A1:F1").getValues()).toEqual([[12, true, "0012", "#FORMULA", -5, 0.5]]);
    expect(sheet.getRange("D1").getFormula()).toBe("- item");
    expect(sheet.getRange("F1").getDisplayValue()).toBe("50%");
  });

  test("formula values can be supplied by the test", () => {
    const { sheet } = setup({ formulaValue: (f) => (f === "=1+1" ? 2 : "#N/A") });
    sheet.getRange("A1").setFormula("=1+1");
    expect(sheet.getRange("A1").getValue()).toBe(2);
  });

  test("a date typed as 01/03/2020 in Asia/Ho_Chi_Minh is midnight of 1 March there", () => {
    const { fakes, sheet } = setup();
    fakes.seed("Sheet1", [["01/03/2020"]]);
    const value = sheet.getRange("A1").getValue() as Date;
    expect(value).toBeInstanceOf(Date);
    expect(value.toISOString()).toBe("2020-02-29T17:00:00.000Z");
    expect(sheetDate(2020, 3, 1, TZ).toISOString()).toBe("2020-02-29T17:00:00.000Z");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("01/03/2020");
    sheet.getRange("A2").setValue("2020-03-01");
    expect((sheet.getRange("A2").getValue() as Date).getTime()).toBe(value.getTime());
  });

  test("the en_US locale reads month first", () => {
    const { sheet } = setup({ locale: "en_US", timeZone: "America/New_York" });
    sheet.getRange("A1").setValue("01/03/2020");
    expect(sheet.getRange("A1").getValue()).toEqual(sheetDate(2020, 1, 3, "America/New_York"));
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2020-01-03T05:00:00.000Z");
  });

  test("Dates are stored and returned as copies", () => {
    const { sheet } = setup();
    const d = new Date("2024-05-06T01:02:03Z");
    sheet.getRange("A1").setValue(d);
    d.setFullYear(1999);
    const first = sheet.getRange("A1").getValue() as Date;
    first.setFullYear(1990);
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2024-05-06T01:02:03.000Z");
  });

  test("seed raw keeps strings as strings; snapshot returns the data ranges", () => {
    const { fakes } = setup();
    fakes.seed("Data", [["=x", "12"]], { raw: true });
    fakes.seed("Data", [[1, 2, 3]], { row: 3 });
    expect(fakes.snapshot()).toEqual({
      Sheet1: [],
      Data: [
        ["=x", "12", ""],
        ["", "", ""],
        [1, 2, 3],
      ],
    });
    expect(fakes.count()).toBe(0);
  });
});

describe("counting and fault injection", () => {
  test("every public call is counted by class and method", () => {
    const { fakes } = setup();
    const ss = fakes.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet("Report");
    sheet.getRange(1, 1, 1, 2).setValues([["a", "b"]]);
    sheet.getRange("A1").setFontWeight("bold").setBackground("#eeeeee");
    expect(fakes.calls).toEqual([
      "SpreadsheetApp.getActiveSpreadsheet",
      "Spreadsheet.insertSheet",
      "Sheet.getRange",
      "Range.setValues",
      "Sheet.getRange",
      "Range.setFontWeight",
      "Range.setBackground",
    ]);
    expect(fakes.count("Range")).toBe(3);
    expect(fakes.count("Range.setValues")).toBe(1);
    expect(fakes.count("Range.setValue")).toBe(0);
    expect(fakes.count("Sheet")).toBe(2);
    expect(fakes.count()).toBe(7);
    fakes.resetCalls();
    expect(fakes.count()).toBe(0);
  });

  test("each public call counts exactly once, whatever it does inside", () => {
    const { fakes, sheet } = setup();
    const app = fakes.SpreadsheetApp;
    const r = fakes.uncounted(() => sheet.getRange("A1:B2"));
    const rule = fakes.uncounted(() => app.newDataValidation().requireValueInList(["a"]).build());
    const ops: Array<[string, () => unknown]> = [
      [
        "Range.setValues",
        () =>
          r.setValues([
            [1, "=A1"],
            ["01/03/2020", true],
          ]),
      ],
      ["Range.getValues", () => r.getValues()],
      ["Range.getDisplayValues", () => r.getDisplayValues()],
      [
        "Range.setBackgrounds",
        () =>
          r.setBackgrounds([
            ["#fff", "#fff"],
            ["#fff", "#fff"],
          ]),
      ],
      [
        "Range.setWraps",
        () =>
          r.setWraps([
            [true, true],
            [true, true],
          ]),
      ],
      ["Range.setDataValidation", () => r.setDataValidation(rule)],
      ["Range.getDataValidations", () => r.getDataValidations()],
      ["Range.getRichTextValues", () => r.getRichTextValues()],
      ["Range.merge", () => r.merge()],
      ["Range.getMergedRanges", () => r.getMergedRanges()],
      ["Range.protect", () => r.protect()],
      ["Range.offset", () => r.offset(1, 1)],
      ["Sheet.getDataRange", () => sheet.getDataRange()],
      ["Sheet.appendRow", () => sheet.appendRow(["x"])],
      ["Sheet.insertRowsAfter", () => sheet.insertRowsAfter(1, 1)],
      ["Sheet.deleteRows", () => sheet.deleteRows(2, 1)],
      ["Sheet.getCharts", () => sheet.getCharts()],
      ["SpreadsheetApp.getActiveRange", () => app.getActiveRange()],
      ["Utilities.formatDate", () => fakes.Utilities.formatDate(new Date(0), TZ, "yyyy")],
    ];
    for (const [name, op] of ops) {
      const before = fakes.count();
      op();
      expect([name, fakes.count() - before, fakes.calls[fakes.calls.length - 1]]).toEqual([name, 1, name]);
    }
  });

  test("failOnCall(k) makes the k-th counted call from now throw, once, before it acts", () => {
    const { fakes, sheet } = setup();
    fakes.failOnCall(2);
    const range = sheet.getRange("A1");
    expect(() => range.setValue("x")).toThrow("Injected failure in Range.setValue");
    expect(range.getValue()).toBe("");
    range.setValue("y");
    expect(range.getValue()).toBe("y");
    expect(fakes.pendingFaults()).toBe(0);
  });

  test("failOnCall can target one method and carry a message", () => {
    const { fakes, sheet } = setup();
    fakes.failOnCall(2, "Range.setValues", "Service Spreadsheets timed out");
    sheet.getRange("A1").setValues([[1]]);
    sheet.getRange("A2").setValue(2);
    expect(() => sheet.getRange("A3").setValues([[3]])).toThrow("Service Spreadsheets timed out");
    expect(fakes.snapshot().Sheet1).toEqual([[1], [2]]);
  });

  test("services are counted and can fail too", () => {
    const { fakes } = setup();
    fakes.failOnCall(1, "MailApp");
    expect(() => fakes.MailApp.sendEmail("a@example.com", "s", "b")).toThrow(
      "Injected failure in MailApp.sendEmail",
    );
    expect(fakes.mail.sent).toHaveLength(0);
    fakes.PropertiesService.getDocumentProperties().setProperty("k", "v");
    expect(fakes.count("PropertiesService.getDocumentProperties")).toBe(1);
    expect(fakes.count("Properties.setProperty")).toBe(1);
  });

  test("uncounted() neither counts nor fires faults", () => {
    const { fakes, sheet } = setup();
    fakes.failOnCall(1);
    fakes.uncounted(() => sheet.getRange("A1").setValue(1));
    expect(fakes.count()).toBe(0);
    expect(fakes.pendingFaults()).toBe(1);
    fakes.clearFaults();
  });
});

describe("sheets", () => {
  test("insert, name, index, ids and delete", () => {
    const { fakes } = setup();
    const ss = fakes.SpreadsheetApp.getActive();
    const first = ss.getSheets()[0] as Sheet;
    expect(first.getSheetId()).toBe(0);
    const b = ss.insertSheet("B");
    const a = ss.insertSheet("A", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["A", "Sheet1", "B"]);
    expect([a.getIndex(), b.getIndex()]).toEqual([1, 3]);
    expect(ss.getActiveSheet().getName()).toBe("A");
    expect(ss.getSheetByName("B")?.getSheetId()).toBe(b.getSheetId());
    expect(b.getSheetId()).not.toBe(a.getSheetId());
    expect(ss.getSheetByName("Missing")).toBeNull();
    expect(ss.getSheetByName("b")).toBeNull();
    expect(() => ss.insertSheet("B")).toThrow(
      'A sheet with the name "B" already exists. Please enter another name.',
    );
    expect(() => a.setName("sheet1")).toThrow("already exists");
    a.setName("Renamed");
    expect(fakes.sheetNames()).toEqual(["Renamed", "Sheet1", "B"]);
    ss.deleteSheet(b);
    ss.deleteSheet(a);
    expect(() => ss.deleteSheet(ss.getSheets()[0] as Sheet)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  test("appendRow, inserting rows and columns, frozen rows, sizes, tab colour, hiding", () => {
    const { fakes, sheet } = setup();
    sheet.appendRow(["h1", "h2"]);
    sheet.appendRow(["v1", "v2"]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A1:B4").getValues()).toEqual([
      ["h1", "h2"],
      ["", ""],
      ["", ""],
      ["v1", "v2"],
    ]);
    sheet.insertColumnsAfter(0, 1);
    expect(sheet.getRange("B1").getValue()).toBe("h1");
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 150);
    sheet.setRowHeight(1, 30);
    sheet.setTabColor("#ff0000");
    fakes.SpreadsheetApp.getActive().insertSheet("Other");
    sheet.hideSheet();
    expect(fakes.sheetInfo("Sheet1")).toMatchObject({
      frozenRows: 1,
      columnWidths: { 1: 150, 2: 150 },
      rowHeights: { 1: 30 },
      tabColor: "#ff0000",
      hidden: true,
      lastRow: 4,
      lastColumn: 3,
    });
    expect(sheet.getColumnWidth(3)).toBe(100);
  });

  test("merges: merge, mergeAcross, getMergedRanges, breakApart", () => {
    const { fakes, sheet } = setup();
    sheet.getRange("A1:B1").setValues([["title", "lost"]]);
    sheet.getRange("A1:C1").merge();
    expect(sheet.getRange("B1").getValue()).toBe("");
    expect(sheet.getRange("A1").getValue()).toBe("title");
    sheet.getRange("A3:B4").mergeAcross();
    expect(
      sheet
        .getRange("A1:D4")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1", "A3:B3", "A4:B4"]);
    expect(() => sheet.getRange("B1:D1").merge()).toThrow(
      "You must select all cells in a merged range to merge or unmerge them.",
    );
    expect(() => sheet.getRange("A1:B1").breakApart()).toThrow("You must select all cells in a merged range");
    sheet.getRange("A1:C1").breakApart();
    expect(fakes.sheetInfo("Sheet1").merges).toEqual(["A3:B3", "A4:B4"]);
    expect(fakes.cell("Sheet1!B3").merge).toBe("A3:B3");
  });

  test("data validation rules are built, stored per cell and read back", () => {
    const { fakes, sheet } = setup();
    const app = fakes.SpreadsheetApp;
    const list = app
      .newDataValidation()
      .requireValueInList(["Chưa làm", "Đang làm", "Xong"], true)
      .setAllowInvalid(false)
      .setHelpText("Chọn trạng thái")
      .build();
    const date = app.newDataValidation().requireDate().build();
    const pct = app.newDataValidation().requireNumberBetween(0, 100).build();
    sheet.getRange("A2:A10").setDataValidation(list);
    sheet.getRange("B2:C2").setDataValidations([[date, pct]]);
    const rule = sheet.getRange("A5").getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule?.getCriteriaValues()).toEqual([["Chưa làm", "Đang làm", "Xong"], true]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(rule?.getHelpText()).toBe("Chọn trạng thái");
    const rules = sheet.getRange("A1:C2").getDataValidations();
    expect(rules[0]).toEqual([null, null, null]);
    expect(rules[1]?.map((r) => (r === null ? null : String(r.getCriteriaType())))).toEqual([
      "VALUE_IN_LIST",
      "DATE_IS_VALID_DATE",
      "NUMBER_BETWEEN",
    ]);
    const source = sheet.getRange("Z1:Z3");
    const inRange = app.newDataValidation().requireValueInRange(source).build();
    expect((inRange.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe(
      "Z1:Z3",
    );
    sheet.getRange("A2:A10").clearDataValidations();
    expect(fakes.cell("Sheet1!A5").validation).toBeNull();
    expect(() => sheet.getRange("A1:B1").setDataValidations([[list]])).toThrow(
      "The data has 1 but the range has 2.",
    );
  });

  test("protection: editors, warning-only, and edits by someone who may not edit", () => {
    const { fakes, sheet } = setup({ user: "me@example.com" });
    const p = sheet.protect().setDescription("Khoá danh mục").setWarningOnly(false);
    p.removeEditors(p.getEditors());
    p.addEditor("boss@example.com");
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["me@example.com", "boss@example.com"]);
    expect(p.canEdit()).toBe(true);
    expect(sheet.getProtections(fakes.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.protect().getDescription()).toBe("Khoá danh mục");
    sheet.getRange("A1").setValue("ok");

    fakes.setActiveUser("intruder@example.com");
    expect(p.canEdit()).toBe(false);
    expect(() => sheet.getRange("A1").setValue("no")).toThrow(
      "You are trying to edit a protected cell or object.",
    );
    p.setWarningOnly(true);
    sheet.getRange("A1").setValue("warned");
    expect(sheet.getRange("A1").getValue()).toBe("warned");
  });

  test("charts are built, inserted and read back", () => {
    const { fakes, sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(fakes.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A1:B5"))
      .setPosition(2, 4, 0, 0)
      .setOption("title", "Tiến độ")
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getChartId()).toBe(1);
    expect(stored?.getOptions().get("title")).toBe("Tiến độ");
    expect(stored?.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(fakes.sheetInfo("Sheet1").charts[0]).toMatchObject({ type: "COLUMN", ranges: ["Sheet1!A1:B5"] });
    sheet.removeChart(stored as GoogleAppsScript.Spreadsheet.EmbeddedChart);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test("borders, notes, number formats and clearing", () => {
    const { fakes, sheet } = setup();
    const r = sheet.getRange("A1:B2");
    r.setBorder(true, true, true, true, true, true, "#333333", fakes.SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
    expect(fakes.cell("Sheet1!A1").borders).toEqual({
      top: { color: "#333333", style: "SOLID_MEDIUM" },
      left: { color: "#333333", style: "SOLID_MEDIUM" },
      right: { color: "#333333", style: "SOLID_MEDIUM" },
      bottom: { color: "#333333", style: "SOLID_MEDIUM" },
    });
    r.setValues([
      [1.5, 2],
      [3, 4],
    ]).setNumberFormat("0.00");
    expect(r.getDisplayValues()[0]).toEqual(["1,50", "2,00"]);
    r.setNote("ghi chú");
    r.clearContent();
    expect(r.getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(r.getNote()).toBe("ghi chú");
    r.clear();
    expect(r.getNumberFormat()).toBe("0.###############");
    sheet.clearNotes();
    expect(r.getNote()).toBe("");
  });

  test("activate records the active range and sheet", () => {
    const { fakes } = setup();
    const ss = fakes.SpreadsheetApp.getActive();
    const other = ss.insertSheet("Other");
    ss.getSheets()[0]?.activate();
    other.getRange("B2:C3").activate();
    expect(fakes.activeRange()).toBe("Other!B2:C3");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("B2:C3");
    expect(ss.getActiveSheet().getName()).toBe("Other");
  });
});

describe("Ui", () => {
  test("menus are recorded", () => {
    const { fakes } = setup();
    const ui = fakes.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Mở bảng điều khiển", "openSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("Báo cáo").addItem("Xuất PDF", "exportPdf"))
      .addToUi();
    expect(fakes.ui.menuItems()).toEqual([
      { menu: "(add-on)", caption: "Mở bảng điều khiển", functionName: "openSidebar" },
      { menu: "(add-on) > Báo cáo", caption: "Xuất PDF", functionName: "exportPdf" },
    ]);
  });

  test("alerts and prompts take scripted answers; unscripted choices fail loudly", () => {
    const { fakes } = setup();
    const ui = fakes.SpreadsheetApp.getUi();
    expect(ui.alert("Xong")).toBe(ui.Button.OK);
    fakes.ui.answer("NO");
    expect(ui.alert("Gửi lại?", "Kỳ này đã gửi. Gửi lại?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    fakes.ui.answer("OK", "Tháng 3");
    const response = ui.prompt("Tên kỳ", ui.ButtonSet.OK_CANCEL);
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(response.getResponseText()).toBe("Tháng 3");
    expect(() => ui.alert("Chắc chưa?", ui.ButtonSet.YES_NO)).toThrow("no scripted answer");
    fakes.ui.answer("YES");
    expect(() => ui.alert("Ok?", ui.ButtonSet.OK_CANCEL)).toThrow("not a button of ButtonSet.OK_CANCEL");
    expect(fakes.ui.alerts.map((a) => a.answer)).toEqual(["OK", "NO", "OK"]);
  });

  test("sidebars and dialogs show HtmlOutput; getUi can be unavailable", () => {
    const { fakes } = setup({ htmlFiles: { Sidebar: "<p>Hello</p>" } });
    const html = fakes.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("PAPI").setWidth(320);
    fakes.SpreadsheetApp.getUi().showSidebar(html);
    fakes.SpreadsheetApp.getUi().showModalDialog(
      fakes.HtmlService.createHtmlOutput("<b>&lt;A&amp;B&gt;</b>").append("<i>x</i>"),
      "Tiêu đề",
    );
    expect(fakes.ui.dialogs).toEqual([
      { kind: "sidebar", title: "PAPI", content: "<p>Hello</p>", width: 320, height: 300 },
      { kind: "modal", title: "Tiêu đề", content: "<b>&lt;A&amp;B&gt;</b><i>x</i>", width: 300, height: 300 },
    ]);
    expect(() => fakes.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
    fakes.ui.available = false;
    expect(() => fakes.SpreadsheetApp.getUi()).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
  });
});

describe("LockService", () => {
  test("tryLock, hasLock and releaseLock on a free lock", () => {
    const { fakes } = setup();
    const lock = fakes.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(fakes.locks.heldBySelf()).toEqual(["document"]);
    lock.releaseLock();
    expect(fakes.locks.state("document")).toBe("free");
  });

  test("another user holding the lock: tryLock fails, waitLock throws, virtual time passes", () => {
    const { fakes } = setup();
    fakes.locks.holdByOther("document");
    const lock = fakes.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(10000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(fakes.clock.elapsedMs).toBe(15000);
    expect(fakes.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  test("a lock the other user releases in time is acquired", () => {
    const { fakes } = setup();
    fakes.locks.holdByOther("script", 3000);
    const lock = fakes.LockService.getScriptLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(fakes.clock.elapsedMs).toBe(3000);
  });
});

describe("MailApp", () => {
  test("the quota decreases per recipient and running out throws", () => {
    const { fakes } = setup({ mailQuota: 3 });
    const mail = fakes.MailApp;
    mail.sendEmail({
      to: "a@example.com, b@example.com",
      subject: "Báo cáo",
      htmlBody: "<p>x</p>",
      attachments: [fakes.Utilities.newBlob("pdf", "application/pdf", "r.pdf")],
    });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail("c@example.com", "s", "b", { cc: "d@example.com" })).toThrow(
      "Service invoked too many times for one day: email.",
    );
    mail.sendEmail("c@example.com", "s", "b");
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(fakes.mail.sent.map((m) => m.recipients)).toEqual([
      ["a@example.com", "b@example.com"],
      ["c@example.com"],
    ]);
    expect(fakes.mail.sent[0]?.attachments[0]).toMatchObject({
      name: "r.pdf",
      contentType: "application/pdf",
    });
    fakes.mail.quota = 10;
    expect(() => mail.sendEmail({ subject: "x", body: "y" })).toThrow("Failed to send email: no recipient");
  });
});

describe("DriveApp", () => {
  test("folders, files from blobs, iterators and lookups by id", () => {
    const { fakes } = setup();
    const id = fakes.drive.addFolder("Báo cáo PAPI", { id: "folder-1" });
    const folder = fakes.DriveApp.getFolderById(id);
    const blob = fakes.Utilities.newBlob([1, 2, 3], "application/pdf", "Q1.pdf");
    const file = folder.createFile(blob);
    expect(file.getName()).toBe("Q1.pdf");
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    expect(fakes.DriveApp.getFileById(file.getId()).getBlob().getBytes()).toEqual([1, 2, 3]);
    file.setName("Quý 1.pdf");
    expect(fakes.drive.files().find((f) => f.id === file.getId())).toMatchObject({
      name: "Quý 1.pdf",
      mimeType: "application/pdf",
      parents: [id],
    });
    const it = fakes.DriveApp.getFoldersByName("Báo cáo PAPI");
    expect(it.hasNext()).toBe(true);
    expect(it.next().getId()).toBe("folder-1");
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow("iterator has reached the end");
    expect(fakes.DriveApp.createFolder("New").getUrl()).toMatch(
      /^https:\/\/drive\.google\.com\/drive\/folders\//,
    );
    expect(() => fakes.DriveApp.getFolderById("nope")).toThrow("No item with the given ID could be found");
  });
});

describe("PropertiesService, ScriptApp, Session", () => {
  test("properties are per store and strings", () => {
    const { fakes } = setup();
    const doc = fakes.PropertiesService.getDocumentProperties();
    doc.setProperty("a", "1").setProperties({ b: "2" });
    expect(doc.getProperty("a")).toBe("1");
    expect(doc.getProperty("zzz")).toBeNull();
    expect(doc.getProperties()).toEqual({ a: "1", b: "2" });
    expect(fakes.PropertiesService.getUserProperties().getProperty("a")).toBeNull();
    doc.setProperties({ c: "3" }, true);
    expect(doc.getKeys()).toEqual(["c"]);
    doc.deleteProperty("c");
    expect(fakes.properties.document.size).toBe(0);
    expect(() => doc.setProperty("big", "x".repeat(10_000))).toThrow("Argument too large: value");
  });

  test("ScriptApp and Session", () => {
    const { fakes } = setup({ user: "an@example.com", scopes: [SCOPE.scriptApp, SCOPE.email] });
    expect(fakes.ScriptApp.getOAuthToken()).toBe("ya29.fake-oauth-token");
    expect(String(fakes.ScriptApp.AuthMode.LIMITED)).toBe("LIMITED");
    const trigger = fakes.ScriptApp.newTrigger("dailyCheck").timeBased().everyDays(1).atHour(7).create();
    expect(fakes.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["dailyCheck"]);
    fakes.ScriptApp.deleteTrigger(trigger);
    expect(fakes.triggers).toHaveLength(0);
    expect(fakes.Session.getActiveUser().getEmail()).toBe("an@example.com");
    expect(fakes.Session.getEffectiveUser().getEmail()).toBe("an@example.com");
    expect(fakes.Session.getScriptTimeZone()).toBe(TZ);
  });
});

describe("Utilities", () => {
  test("formatDate converts to the zone with Java patterns", () => {
    const { fakes } = setup();
    const d = new Date("2020-02-29T17:00:00Z");
    const u = fakes.Utilities;
    expect(u.formatDate(d, TZ, "yyyy-MM-dd HH:mm:ss")).toBe("2020-03-01 00:00:00");
    expect(u.formatDate(d, "UTC", "dd/MM/yyyy HH:mm")).toBe("29/02/2020 17:00");
    expect(u.formatDate(d, "America/New_York", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2020-02-29T12:00:00-05:00");
    expect(u.formatDate(d, "Not/AZone", "HH:mm")).toBe("17:00");
    expect(() => u.formatDate(d, TZ, "yyyy-bb")).toThrow("Illegal pattern character 'b'");
  });

  test("blobs, base64 and sleep", () => {
    const { fakes } = setup();
    const u = fakes.Utilities;
    const blob = u.newBlob("Tiếng Việt", "text/plain", "a.txt");
    expect(blob.getDataAsString()).toBe("Tiếng Việt");
    expect(blob.getBytes().some((b) => b < 0)).toBe(true);
    expect(blob.getName()).toBe("a.txt");
    expect(blob.setName("b.txt").getName()).toBe("b.txt");
    expect(u.base64Encode("hi")).toBe("aGk=");
    expect(u.base64Decode("aGk=")).toEqual([104, 105]);
    u.sleep(250);
    expect(fakes.clock.sleeps).toEqual([250]);
  });
});

describe("install", () => {
  test("puts the services on a target and restores it", () => {
    const fakes = createGasFakes();
    const target: Record<string, unknown> = { SpreadsheetApp: "before" };
    const restore = fakes.install(target);
    expect(target.SpreadsheetApp).toBe(fakes.SpreadsheetApp);
    expect(target.DriveApp).toBe(fakes.DriveApp);
    restore();
    expect(target.SpreadsheetApp).toBe("before");
    expect("DriveApp" in target).toBe(false);
  });

  test("on globalThis, code written against the Apps Script globals runs on the fakes", () => {
    const fakes = createGasFakes();
    const restore = fakes.install();
    try {
      const day = Utilities.formatDate(new Date("2020-02-29T17:00:00Z"), "Asia/Ho_Chi_Minh", "dd/MM/yyyy");
      SpreadsheetApp.getActive().getActiveSheet().getRange("A1").setNumberFormat("@").setValue(day);
      SpreadsheetApp.flush();
    } finally {
      restore();
    }
    expect(fakes.snapshot().Sheet1).toEqual([["01/03/2020"]]);
    expect(fakes.flushes()).toBe(1);
    expect(typeof (globalThis as Record<string, unknown>).SpreadsheetApp).toBe("undefined");
  });
});

describe("Utilities.parseDate", () => {
  test("reads the wall-clock time in the given zone and refuses text that does not fit", () => {
    const fakes = createGasFakes();
    const d = fakes.Utilities.parseDate("2020-03-01", "Asia/Ho_Chi_Minh", "yyyy-MM-dd");
    expect(d.toISOString()).toBe("2020-02-29T17:00:00.000Z");
    expect(fakes.Utilities.parseDate("15/01/2020 08:30", "UTC", "dd/MM/yyyy HH:mm").toISOString()).toBe(
      "2020-01-15T08:30:00.000Z",
    );
    expect(() => fakes.Utilities.parseDate("1/3", "UTC", "yyyy-MM-dd")).toThrow('Unparseable date: "1/3"');
    expect(fakes.count("Utilities.parseDate")).toBe(3);
  });
});
