/**
 * The Sheets advanced service (`Sheets.Spreadsheets.batchUpdate`), for the two requests the add-on
 * sends: mergeCells and updateDimensionProperties. Requests apply in order and all or nothing, like
 * the API; unknown request kinds are refused.
 */
import { as, type CountedEnv, instrument } from "./core";
import { addMerge, type Book, type SheetModel } from "./spreadsheet";

type Request = GoogleAppsScript.Sheets.Schema.Request;

interface SheetsApiEnv extends CountedEnv {
  readonly book: Book;
}

class FakeSpreadsheetsCollection {
  constructor(protected readonly env: SheetsApiEnv) {}

  batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, spreadsheetId: string) {
    const book = this.env.book;
    if (spreadsheetId !== book.id)
      throw new Error(
        `API call to sheets.spreadsheets.batchUpdate failed with error: Requested entity was not found.`,
      );
    const requests = resource.requests ?? [];
    const plan = requests.map((request, i) => prepare(book, request, i));
    for (const apply of plan) apply();
    return { spreadsheetId, replies: requests.map(() => ({})) };
  }
}
instrument(FakeSpreadsheetsCollection, "Sheets.Spreadsheets");

function fail(i: number, detail: string): Error {
  return new Error(
    `API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[${i}]: ${detail}`,
  );
}

function sheetById(book: Book, id: number | undefined, i: number): SheetModel {
  const sheet = book.sheets.find((s) => s.id === id && !s.deleted);
  if (!sheet) throw fail(i, `No grid with id: ${id}`);
  return sheet;
}

/** Checks one request and returns what applies it, so a bad request changes nothing. */
function prepare(book: Book, request: Request, i: number): () => void {
  if (request.mergeCells) {
    const r = request.mergeCells.range ?? {};
    const sheet = sheetById(book, r.sheetId, i);
    const box = {
      row: (r.startRowIndex ?? 0) + 1,
      col: (r.startColumnIndex ?? 0) + 1,
      numRows: (r.endRowIndex ?? 0) - (r.startRowIndex ?? 0),
      numCols: (r.endColumnIndex ?? 0) - (r.startColumnIndex ?? 0),
    };
    if (box.numRows < 1 || box.numCols < 1) throw fail(i, "mergeCells: range is empty");
    if (box.row + box.numRows - 1 > sheet.maxRows || box.col + box.numCols - 1 > sheet.maxCols)
      throw fail(i, "mergeCells: range is outside the grid");
    if (request.mergeCells.mergeType !== "MERGE_ALL") throw fail(i, "mergeCells: only MERGE_ALL is faked");
    return () => addMerge(sheet, box);
  }
  if (request.updateDimensionProperties) {
    const u = request.updateDimensionProperties;
    const range = u.range ?? {};
    const sheet = sheetById(book, range.sheetId, i);
    const size = u.properties?.pixelSize;
    if (u.fields !== "pixelSize" || typeof size !== "number")
      throw fail(i, "updateDimensionProperties: only pixelSize is faked");
    const rows = range.dimension === "ROWS";
    if (!rows && range.dimension !== "COLUMNS") throw fail(i, `unknown dimension ${range.dimension}`);
    const start = range.startIndex ?? 0;
    const end = range.endIndex ?? start + 1;
    if (end > (rows ? sheet.maxRows : sheet.maxCols))
      throw fail(i, "updateDimensionProperties: range is outside the grid");
    return () => {
      for (let k = start; k < end; k++) (rows ? sheet.rowHeights : sheet.columnWidths).set(k + 1, size);
    };
  }
  throw fail(i, `request kind ${Object.keys(request).join(", ")} is not faked`);
}

export function createSheetsApi(env: SheetsApiEnv): GoogleAppsScript.Sheets {
  return as<GoogleAppsScript.Sheets>({ Spreadsheets: new FakeSpreadsheetsCollection(env) });
}
