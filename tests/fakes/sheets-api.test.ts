/** The Sheets API fake refuses what the v4 API refuses, and a batch is all or nothing. */
import { createGasFakes, type GasFakes, sheetDate } from ".";

type Request = GoogleAppsScript.Sheets.Schema.Request;

let fakes: GasFakes;
let restore: () => void;
beforeEach(() => {
  fakes = createGasFakes({ timeZone: "Asia/Ho_Chi_Minh", sheets: ["Dữ liệu"] });
  fakes.seed("Dữ liệu", [["giữ nguyên", 1]], { raw: true });
  restore = fakes.install();
});
afterEach(() => restore());

const api = () =>
  (Sheets as GoogleAppsScript.Sheets)
    .Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
const batch = (...requests: Request[]) => api().batchUpdate({ requests }, "fake-spreadsheet-id");
const addSheet = (sheetId: number, title = `S${sheetId}`, rowCount = 10, columnCount = 5): Request => ({
  addSheet: { properties: { sheetId, title, gridProperties: { rowCount, columnCount } } },
});
const range = (sheetId: number, r0: number, r1: number, c0: number, c1: number) => ({
  sheetId,
  startRowIndex: r0,
  endRowIndex: r1,
  startColumnIndex: c0,
  endColumnIndex: c1,
});

/** Every call leaves the spreadsheet as it was when it throws. */
function refuses(message: string | RegExp, ...requests: Request[]): void {
  const before = { names: fakes.sheetNames(), values: fakes.snapshot() };
  expect(() => batch(...requests)).toThrow(message);
  expect({ names: fakes.sheetNames(), values: fakes.snapshot() }).toEqual(before);
}

test("a batch applies in order and SpreadsheetApp sees the result", () => {
  batch(
    addSheet(7, "Mới"),
    {
      updateCells: {
        start: { sheetId: 7, rowIndex: 0, columnIndex: 0 },
        rows: [
          {
            values: [{ userEnteredValue: { stringValue: "=1+1" } }, { userEnteredValue: { numberValue: 5 } }],
          },
        ],
        fields: "userEnteredValue",
      },
    },
    { mergeCells: { range: range(7, 1, 3, 0, 2), mergeType: "MERGE_ROWS" } },
  );
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Mới");
  expect(sheet?.getSheetId()).toBe(7);
  expect(sheet?.getRange("A1:B1").getValues()).toEqual([["=1+1", 5]]);
  expect(fakes.cell("Mới!A1").formula).toBe("");
  expect(fakes.sheetInfo("Mới").merges).toEqual(["A2:B2", "A3:B3"]);
});

test("one invalid request and nothing of the batch stays, with the API's error text", () => {
  refuses(
    "Invalid requests[2].deleteSheet: No grid with id: 99",
    addSheet(7, "Mới"),
    { deleteSheet: { sheetId: fakes.sheetInfo("Dữ liệu").sheetId } },
    { deleteSheet: { sheetId: 99 } },
  );
  expect(fakes.sheetInfo("Dữ liệu").lastRow).toBe(1);
});

test("unknown fields and wrong types are refused before anything applies", () => {
  refuses(`Unknown name "colour" at 'requests[1].add_sheet.properties': Cannot find field.`, addSheet(7), {
    addSheet: { properties: { title: "x", colour: "red" } as never },
  });
  refuses("Invalid value at 'requests[0].add_sheet.properties.sheet_id'", {
    addSheet: { properties: { sheetId: "7" as never } },
  });
  refuses(`Unknown name "pasteData" at 'requests[0]'`, { pasteData: {} } as Request);
  refuses("Invalid value at 'requests[0].merge_cells.merge_type'", {
    mergeCells: { range: range(0, 0, 1, 0, 2), mergeType: "MERGE_EVERYTHING" },
  });
});

test("sheet ids and titles must not collide; the last sheet cannot go", () => {
  refuses("A sheet with the id 7 already exists", addSheet(7), addSheet(7, "Khác"));
  refuses('A sheet with the name "dữ liệu" already exists', addSheet(8, "dữ liệu"));
  refuses("You can't remove all the sheets in a document.", {
    deleteSheet: { sheetId: fakes.sheetInfo("Dữ liệu").sheetId },
  });
});

test("a sheet can be added hidden, then shown and renamed; a batch cannot hide or delete every visible sheet", () => {
  const data = fakes.sheetInfo("Dữ liệu").sheetId;
  const props = (properties: GoogleAppsScript.Sheets.Schema.SheetProperties, fields: string): Request => ({
    updateSheetProperties: { properties, fields },
  });
  batch({ addSheet: { properties: { sheetId: 7, title: "~tạm", hidden: true } } });
  expect(fakes.sheetInfo("~tạm").hidden).toBe(true);
  expect(
    api()
      .get("fake-spreadsheet-id")
      .sheets?.map((s) => s.properties?.hidden),
  ).toEqual([undefined, true]);
  refuses('A sheet with the name "dữ liệu" already exists', props({ sheetId: 7, title: "dữ liệu" }, "title"));
  refuses("You can't hide all the sheets in a document.", props({ sheetId: data, hidden: true }, "hidden"));
  refuses("You can't remove all the visible sheets in a document.", { deleteSheet: { sheetId: data } });
  refuses(
    "Fakes: only the title and hidden fields are modelled",
    props({ sheetId: 7, title: "x" }, "title,index"),
  );
  // A refused batch gives the sheet back its title and visibility.
  refuses("No grid with id: 99", props({ sheetId: 7, title: "Mới", hidden: false }, "title,hidden"), {
    deleteSheet: { sheetId: 99 },
  });
  expect(fakes.sheetInfo("~tạm").hidden).toBe(true);
  batch(
    props({ sheetId: 7, hidden: false }, "hidden"),
    { deleteSheet: { sheetId: data } },
    props({ sheetId: 7, title: "Dữ liệu" }, "title"),
  );
  expect(fakes.sheetNames()).toEqual(["Dữ liệu"]);
  expect(fakes.sheetInfo("Dữ liệu")).toEqual(expect.objectContaining({ sheetId: 7, hidden: false }));
});

test("a request body over 10,485,760 bytes is refused whole, as Google's front end refuses it", () => {
  // 70 rows of 5 cells of 10,000 "ệ", 3 bytes each in UTF-8: 10.5 MB from 3.5 million characters.
  const rows = Array.from({ length: 70 }, () => ({
    values: Array.from({ length: 5 }, () => ({ userEnteredValue: { stringValue: "ệ".repeat(10_000) } })),
  }));
  const write = (sheetId: number, count: number): Request => ({
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows: rows.slice(0, count),
      fields: "userEnteredValue",
    },
  });
  refuses("Request payload size exceeds the limit: 10485760 bytes.", addSheet(7, "A", 100), write(7, 70));
  // 60 such rows, 9 MB, pass.
  batch(addSheet(7, "A", 100), write(7, 60));
  expect(fakes.sheetInfo("A").lastRow).toBe(60);
});

test("ranges outside the grid, overlapping merges and anchors past the last column are refused", () => {
  refuses("exceeds grid limits. Max rows: 10, max columns: 5", addSheet(7), {
    repeatCell: { range: range(7, 0, 11, 0, 1), cell: {}, fields: "userEnteredFormat" },
  });
  refuses("exceeds grid limits", addSheet(7), {
    updateCells: {
      start: { sheetId: 7, rowIndex: 0, columnIndex: 4 },
      rows: [{ values: [{}, { userEnteredValue: { stringValue: "x" } }] }],
      fields: "userEnteredValue",
    },
  });
  refuses(
    "Merged ranges may not overlap",
    addSheet(7),
    { mergeCells: { range: range(7, 0, 2, 0, 2), mergeType: "MERGE_ALL" } },
    { mergeCells: { range: range(7, 1, 3, 1, 3), mergeType: "MERGE_ALL" } },
  );
  refuses("is outside the grid", addSheet(7), {
    addChart: {
      chart: {
        spec: {
          basicChart: {
            chartType: "BAR",
            series: [{ series: { sourceRange: { sources: [range(7, 0, 8, 1, 2)] } } }],
          },
        },
        position: { overlayPosition: { anchorCell: { sheetId: 7, rowIndex: 0, columnIndex: 5 } } },
      },
    },
  });
  refuses("Invalid field mask path: 'userEnteredFormat.colour'", addSheet(7), {
    repeatCell: { range: range(7, 0, 1, 0, 1), cell: {}, fields: "userEnteredFormat.colour" },
  });
});

describe("charts, as spreadsheets/charts and spreadsheets/request say", () => {
  const chart = (chartId: number | undefined, domain: object, ...series: object[]): Request => ({
    addChart: {
      chart: {
        ...(chartId === undefined ? {} : { chartId }),
        spec: {
          basicChart: {
            chartType: "BAR",
            domains: [{ domain: { sourceRange: { sources: [domain] } } }],
            series: series.map((r) => ({ series: { sourceRange: { sources: [r] } } })),
          },
        },
        position: { overlayPosition: { anchorCell: { sheetId: 7, rowIndex: 0, columnIndex: 4 } } },
      },
    },
  });
  const column = (c: number) => range(7, 0, 9, c, c + 1);

  test("a chart id given is the chart's; a second chart with it is refused, until the first is deleted", () => {
    batch(addSheet(7), chart(42, column(0), column(1)));
    expect(fakes.sheetInfo("S7").charts.map((c) => c.id)).toEqual([42]);
    const read = api().get("fake-spreadsheet-id", {
      includeGridData: false,
    }) as GoogleAppsScript.Sheets.Schema.Spreadsheet;
    expect(read.sheets?.find((s) => s.properties?.sheetId === 7)?.charts).toEqual([{ chartId: 42 }]);
    refuses("An embedded object with id 42 already exists", chart(42, column(0), column(2)));
    batch({ deleteEmbeddedObject: { objectId: 42 } }, chart(42, column(0), column(2)));
    expect(fakes.sheetInfo("S7").charts.map((c) => c.ranges)).toEqual([["S7!A1:A9", "S7!C1:C9"]]);
  });

  test("deleting an object that does not exist is refused, and the batch with it", () => {
    batch(addSheet(7));
    refuses("No embedded object with id: 43", chart(undefined, column(0), column(1)), {
      deleteEmbeddedObject: { objectId: 43 },
    });
    expect(fakes.sheetInfo("S7").charts).toEqual([]);
  });

  test("a source range is one row or one column, all the same way, the domain and series alike in number", () => {
    batch(addSheet(7));
    refuses("one row or one column wide", chart(undefined, column(0), range(7, 0, 9, 1, 3)));
    refuses("must run the same way", chart(undefined, column(0), range(7, 0, 1, 1, 4)));
    const twoSources: Request = {
      addChart: {
        chart: {
          spec: {
            basicChart: {
              chartType: "BAR",
              domains: [{ domain: { sourceRange: { sources: [column(0)] } } }],
              series: [{ series: { sourceRange: { sources: [column(1), column(2)] } } }],
            },
          },
          position: { overlayPosition: { anchorCell: { sheetId: 7, rowIndex: 0, columnIndex: 4 } } },
        },
      },
    };
    refuses("the same number of source ranges", twoSources);
  });
});

test("a cell holds at most 50,000 characters", () => {
  refuses("more than the maximum of 50000 characters in a single cell", addSheet(7), {
    updateCells: {
      start: { sheetId: 7, rowIndex: 0, columnIndex: 0 },
      rows: [{ values: [{ userEnteredValue: { stringValue: "x".repeat(50_001) } }] }],
      fields: "userEnteredValue",
    },
  });
});

test("a workbook keeps to 10 million cells", () => {
  refuses(
    "above the limit of 10000000 cells",
    addSheet(7, "A", 1_000_000, 5),
    addSheet(8, "B", 1_000_000, 6),
  );
  batch(addSheet(7, "A", 1_000_000, 5));
  expect(fakes.sheetInfo("A").maxRows).toBe(1_000_000);
});

test("get hands back every sheet and, for date cells, serial numbers with a DATE format", () => {
  fakes.seed("Dữ liệu", [[sheetDate(2020, 3, 20, "Asia/Ho_Chi_Minh"), "", true]], { row: 2, raw: true });
  const got = api().get("fake-spreadsheet-id", { includeGridData: true });
  const rows = got.sheets?.[0]?.data?.[0]?.rowData ?? [];
  expect(rows[0]?.values?.map((v) => v.effectiveValue)).toEqual([
    { stringValue: "giữ nguyên" },
    { numberValue: 1 },
  ]);
  expect(rows[1]?.values?.[0]).toEqual({
    effectiveValue: { numberValue: 43910 },
    effectiveFormat: { numberFormat: { type: "DATE" } },
  });
  expect(rows[1]?.values?.[2]?.effectiveValue).toEqual({ boolValue: true });
  expect(() => api().get("fake-spreadsheet-id", { ranges: ["A1"] })).toThrow(
    "only whole-sheet ranges are modelled",
  );
});

describe("get's ranges and fields, as the v4 reference describes them (spreadsheets/get, guides/field-masks)", () => {
  beforeEach(() => {
    fakes.seed("Cũ", [["báo cáo cũ", 2]], { raw: true });
    fakes.seed("Bà's", [["x"]], { raw: true });
  });

  test("ranges: only the sheets they name are in the answer, one GridData per range", () => {
    const got = api().get("fake-spreadsheet-id", { ranges: ["'Dữ liệu'", "'Bà''s'"], includeGridData: true });
    expect(got.sheets?.map((s) => s.properties?.title)).toEqual(["Dữ liệu", "Bà's"]);
    expect(got.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[0]?.effectiveValue).toEqual({
      stringValue: "giữ nguyên",
    });
    const meta = api().get("fake-spreadsheet-id", { ranges: ["Cũ"] });
    expect(meta.sheets?.map((s) => [s.properties?.title, s.data])).toEqual([["Cũ", undefined]]);
  });

  test("ranges: a title no sheet has fails the whole call", () => {
    expect(() => api().get("fake-spreadsheet-id", { ranges: ["'Dữ liệu'", "'Không có'"] })).toThrow(
      "Unable to parse range: 'Không có'",
    );
  });

  test("fields: only what the mask selects comes back, and a mask naming data brings the cells", () => {
    const meta = api().get("fake-spreadsheet-id", {
      fields: "properties.timeZone,sheets.properties(sheetId,title)",
    });
    expect(meta).toEqual({
      properties: { timeZone: "Asia/Ho_Chi_Minh" },
      sheets: fakes.sheetNames().map((title) => ({ properties: { sheetId: expect.any(Number), title } })),
    });
    const cells = api().get("fake-spreadsheet-id", {
      ranges: ["'Cũ'"],
      fields: "sheets(data(rowData.values.effectiveValue))",
    });
    expect(cells).toEqual({
      sheets: [
        {
          data: [
            {
              rowData: [
                {
                  values: [
                    { effectiveValue: { stringValue: "báo cáo cũ" } },
                    { effectiveValue: { numberValue: 2 } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  test("fields: a field the fake does not model, or a malformed mask, is refused", () => {
    expect(() => api().get("fake-spreadsheet-id", { fields: "namedRanges" })).toThrow(
      'field "namedRanges" is not modelled',
    );
    expect(() => api().get("fake-spreadsheet-id", { fields: "sheets.data.rowMetadata" })).toThrow(
      'field "sheets.data.rowMetadata" is not modelled',
    );
    expect(() => api().get("fake-spreadsheet-id", { fields: "sheets(properties" })).toThrow(
      "Invalid field selection",
    );
  });

  test("the answer's bytes are counted, as JSON", () => {
    const before = fakes.sheetsReadBytes();
    const got = api().get("fake-spreadsheet-id", { fields: "sheets.properties.title" });
    expect(fakes.sheetsReadBytes() - before).toBe(Buffer.byteLength(JSON.stringify(got)));
  });
});
