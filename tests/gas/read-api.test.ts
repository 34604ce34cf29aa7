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
  expect(box.fakes.calls).toEqual([
    "Spreadsheet.getId",
    "Sheets.Spreadsheets.get",
    "Sheets.Spreadsheets.get",
  ]);
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

test("old report sheets cost the read their title, id and size, never their cells: 0 and 20 of them", () => {
  // A report-sized sheet: 300 rows of Vietnamese text.
  const report = Array.from({ length: 300 }, (_, i) => [
    `${i + 1}`,
    "Kết quả thực hiện nhiệm vụ",
    "Đã hoàn thành",
  ]);
  const readWith = (old: number) => {
    box = sampleSpreadsheet();
    for (let i = 1; i <= old; i++) box.fakes.seed(`BC Q${1 + (i % 4)}-${2000 + i}`, report, { raw: true });
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const before = box.fakes.sheetsReadBytes();
    const read = readSpreadsheet(ss.getId());
    const bytes = box.fakes.sheetsReadBytes() - before;
    box.restore();
    return { read, bytes };
  };
  const none = readWith(0);
  const twenty = readWith(20);
  const old = twenty.read.sheets.filter((s) => s.title.startsWith("BC "));
  expect(old).toHaveLength(20);
  // Each old sheet adds `,{"properties":{"sheetId":…,"title":"…","gridProperties":{…}}}` to the list of
  // sheets (its size, which the Điểm PAPI chart needs of its own sheet), and nothing else.
  const titles = old.reduce(
    (n, s) =>
      n +
      1 +
      Buffer.byteLength(
        JSON.stringify({
          properties: {
            sheetId: s.id,
            title: s.title,
            gridProperties: { rowCount: s.rowCount, columnCount: s.columnCount },
          },
        }),
      ),
    0,
  );
  expect(twenty.bytes - none.bytes).toBe(titles);
  expect(twenty.read.workbook).toEqual(none.read.workbook);
  expect(twenty.read.log).toEqual(none.read.log);
  box = sampleSpreadsheet();
});
