/**
 * The reference writer: every cell, format, merge and size of a grid with its own SpreadsheetApp
 * call, the way Google's samples write a sheet. Slow by design; the bench counts its calls next
 * to the add-on's, and a test checks the one-batch writer builds the very same sheet.
 */
import { PAGE } from "../../src/core/document";
import { pointsToPixels } from "../../src/core/export";
import type { GridSheet } from "../../src/core/grid";
import { CHART_TITLE, PROTECTION_NOTE } from "../../src/gas/grid-writer";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeNaively(sheet: Sheet, grid: GridSheet): void {
  const rows = grid.cells.length;
  const cols = grid.columnWidths.length;
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
  grid.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      const range = sheet.getRange(r + 1, c + 1);
      range.setNumberFormat(typeof cell.value === "number" ? (cell.style.numberFormat ?? "0") : "@");
      if (cell.value !== "") range.setValue(cell.value);
      range.setFontFamily(PAGE.font);
      range.setFontSize(cell.style.size);
      range.setFontWeight(cell.style.bold ? "bold" : "normal");
      range.setFontStyle(cell.style.italic ? "italic" : "normal");
      range.setHorizontalAlignment(cell.style.align === "justify" ? "left" : cell.style.align);
      range.setVerticalAlignment(cell.style.valign);
      range.setWrap(cell.style.wrap);
      if (cell.style.fill) range.setBackground(cell.style.fill);
    });
    sheet.setRowHeight(r + 1, pointsToPixels(Math.max(grid.rowHeights[r] ?? 0, 12)));
  });
  grid.columnWidths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, pointsToPixels(w));
  });
  for (const m of grid.merges) sheet.getRange(m.row, m.col, m.rows, m.cols).merge();
  for (const b of grid.borders)
    sheet.getRange(b.row, b.col, b.rows, b.cols).setBorder(true, true, true, true, true, true);
  for (const b of grid.rules)
    sheet.getRange(b.row, b.col, b.rows, b.cols).setBorder(true, null, null, null, null, null);
  sheet.setHiddenGridlines(true);
  if (grid.repeatRows) sheet.setFrozenRows(grid.repeatRows.last);
  sheet.protect().setWarningOnly(true).setDescription(PROTECTION_NOTE);
}

/** The summary table's completion rate by dimension, as the add-on charts it. */
export function chartNaively(sheet: Sheet, grid: GridSheet): void {
  // The summary is the table as wide as the grid; the PAPI scores' table before it is narrower.
  const cols = grid.columnWidths.length;
  const table = grid.borders.find((b) => b.cols === cols);
  if (!table) return;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(table.row + 1, grid.tableColumns[1] ?? 2, 8, 1))
    .addRange(sheet.getRange(table.row + 1, grid.tableColumns[grid.tableColumns.length - 1] ?? cols, 8, 1))
    .setPosition(table.row, cols, pointsToPixels(grid.columnWidths[cols - 1] ?? 0) + 24, 0)
    .setOption("title", CHART_TITLE)
    .setOption("legend", { position: "none" })
    .setOption("hAxis", { minValue: 0, maxValue: 100 })
    .build();
  sheet.insertChart(chart);
}
