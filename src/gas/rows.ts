/**
 * Sheets' grid is finite: a range past getMaxRows() throws ("The coordinates of the range are outside
 * the dimensions of the sheet"), so a sheet that grows (Nhật ký, Tiến độ, Cấu hình) gets rows first.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Adds rows at the bottom of the grid until row `lastRow` exists. */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/** `count` rows of `width` columns starting at `first`, the grid grown to hold them. */
export function rowsAt(
  sheet: Sheet,
  first: number,
  count: number,
  width: number,
): GoogleAppsScript.Spreadsheet.Range {
  ensureRows(sheet, first + count - 1);
  return sheet.getRange(first, 1, count, width);
}

/** The `count` rows right after the last row with content. */
export function rowsAfterLast(
  sheet: Sheet,
  count: number,
  width: number,
): GoogleAppsScript.Spreadsheet.Range {
  return rowsAt(sheet, sheet.getLastRow() + 1, count, width);
}
