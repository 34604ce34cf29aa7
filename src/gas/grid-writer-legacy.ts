/**
 * Renders a core grid into a sheet with a fixed number of Spreadsheet calls, whatever the number of
 * tasks: one setValues, each style as one 2-D array, one Sheets API batch for merges and row heights.
 */
import { PAGE } from "../core/document";
import { pointsToPixels } from "../core/export";
import type { GridSheet, Rect } from "../core/grid";
import { UserError } from "./errors";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeGrid(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: Sheet, grid: GridSheet): void {
  const rows = grid.cells.length;
  const cols = grid.columnWidths.length;
  ensureSize(sheet, rows, cols);
  const range = sheet.getRange(1, 1, rows, cols);
  const cells = grid.cells;
  // Text is set as text ("@") before it is written, so "=…", "+84…" or "-" stay what the user typed.
  range.setNumberFormats(cells.map((row) => row.map((c) => (typeof c.value === "number" ? "0" : "@"))));
  range.setValues(cells.map((row) => row.map((c) => c.value)));
  range.setFontFamily(PAGE.font);
  range.setFontSizes(cells.map((row) => row.map((c) => c.style.size)));
  range.setFontWeights(cells.map((row) => row.map((c) => (c.style.bold ? "bold" : "normal"))));
  range.setFontStyles(cells.map((row) => row.map((c) => (c.style.italic ? "italic" : "normal"))));
  range.setHorizontalAlignments(
    cells.map((row) => row.map((c) => (c.style.align === "justify" ? "left" : c.style.align))),
  );
  range.setVerticalAlignments(cells.map((row) => row.map((c) => c.style.valign)));
  range.setWraps(cells.map((row) => row.map((c) => c.style.wrap)));
  range.setBackgrounds(cells.map((row) => row.map((c) => c.style.fill ?? "#ffffff")));
  grid.columnWidths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, pointsToPixels(w));
  });
  for (const r of grid.borders) rangeOf(sheet, r).setBorder(true, true, true, true, true, true);
  for (const r of grid.rules) rangeOf(sheet, r).setBorder(null, null, true, null, null, null);
  sheet.setHiddenGridlines(true);
  if (grid.repeatRows) sheet.setFrozenRows(grid.repeatRows.last);
  SpreadsheetApp.flush();
  mergeAndSize(ss.getId(), sheet.getSheetId(), grid);
}

/**
 * Sizes the new sheet to exactly the grid: the same calls whatever the grid's size (grow past the
 * end, then drop the sheet's original rows and columns), and nothing empty left to print.
 */
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, rows);
  sheet.deleteRows(1, maxRows);
  const maxCols = sheet.getMaxColumns();
  sheet.insertColumnsAfter(maxCols, cols);
  sheet.deleteColumns(1, maxCols);
}

function rangeOf(sheet: Sheet, r: Rect): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row, r.col, r.rows, r.cols);
}

/**
 * Merges and per-row heights in one Sheets API request: SpreadsheetApp would need one call per merge
 * and per row, and Sheets does not fit the height of merged wrapped cells by itself.
 */
function mergeAndSize(spreadsheetId: string, sheetId: number, grid: GridSheet): void {
  const api = typeof Sheets === "undefined" ? undefined : Sheets;
  if (!api?.Spreadsheets)
    throw new UserError(
      'Chưa bật dịch vụ nâng cao "Google Sheets API" cho dự án Apps Script (xem README, mục triển khai).',
    );
  const merges = grid.merges.map((m) => ({
    mergeCells: {
      mergeType: "MERGE_ALL",
      range: {
        sheetId,
        startRowIndex: m.row - 1,
        endRowIndex: m.row - 1 + m.rows,
        startColumnIndex: m.col - 1,
        endColumnIndex: m.col - 1 + m.cols,
      },
    },
  }));
  const heights = grid.rowHeights.map((h, i) => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: "ROWS", startIndex: i, endIndex: i + 1 },
      properties: { pixelSize: pointsToPixels(Math.max(h, 12)) },
      fields: "pixelSize",
    },
  }));
  api.Spreadsheets.batchUpdate({ requests: [...merges, ...heights] }, spreadsheetId);
}
