/** Writes the report grids as an .xlsx workbook: Decree 30 layout, Times New Roman, A4 print setup. */
import ExcelJS from "exceljs";
import { PAGE } from "../core/document";
import type { CellStyle, GridSheet, Rect } from "../core/grid";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const INCH_PER_MM = 1 / 25.4;

/** Excel measures columns in widths of the default font's digit (7 px at 96 dpi). */
export function pointsToColumnWidth(points: number): number {
  return Math.round(((points * 96) / 72 / 7) * 100) / 100;
}

export function gridWorkbook(grids: GridSheet[], title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  workbook.creator = "papi";
  for (const grid of grids) addGridSheet(workbook, grid);
  return workbook;
}

function addGridSheet(workbook: ExcelJS.Workbook, grid: GridSheet): void {
  const ws = workbook.addWorksheet(grid.name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: grid.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: PAGE.marginMm.left * INCH_PER_MM,
        right: PAGE.marginMm.right * INCH_PER_MM,
        top: PAGE.marginMm.top * INCH_PER_MM,
        bottom: PAGE.marginMm.bottom * INCH_PER_MM,
        header: 10 * INCH_PER_MM,
        footer: 10 * INCH_PER_MM,
      },
      ...(grid.repeatRows ? { printTitlesRow: `${grid.repeatRows.first}:${grid.repeatRows.last}` } : {}),
    },
    // Page numbers centred at the top, from page 2 (Decree 30).
    headerFooter: { differentFirst: true, firstHeader: "", oddHeader: '&C&"Times New Roman"&13&P' },
  });
  ws.columns = grid.columnWidths.map((w) => ({ width: pointsToColumnWidth(w) }));
  grid.cells.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    row.height = Math.max(grid.rowHeights[r] ?? 0, 6);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      // Always a string: text that looks like a formula stays text.
      target.value = cell.value;
      applyStyle(target, cell.style);
    });
  });
  for (const m of grid.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  for (const rect of grid.borders)
    eachCell(ws, rect, (cell) => (cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN }));
  for (const rect of grid.rules)
    eachCell(ws, rect, (cell) => (cell.border = { ...cell.border, bottom: THIN }));
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = { name: PAGE.font, size: style.size, bold: style.bold, italic: style.italic };
  cell.alignment = {
    horizontal: style.align === "justify" ? "justify" : style.align,
    vertical: style.valign,
    wrapText: style.wrap,
  };
  if (style.fill)
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${style.fill.slice(1).toUpperCase()}` },
    };
}

function eachCell(ws: ExcelJS.Worksheet, rect: Rect, f: (cell: ExcelJS.Cell) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) f(ws.getCell(r, c));
}
