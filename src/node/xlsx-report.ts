/**
 * The report grids as an .xlsx file: Decree 30 layout, Times New Roman, A4 print setup. Written with
 * exceljs's streaming writer: each row goes to the file as soon as it is built, so 10,000 tasks never
 * sit in memory as a workbook model, and each distinct style is built once and shared by its cells.
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { PAGE } from "../core/document";
import type { CellStyle, GridSheet, Rect } from "../core/grid";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const INCH_PER_MM = 1 / 25.4;

/** Excel measures columns in widths of the default font's digit (7 px at 96 dpi). */
export function pointsToColumnWidth(points: number): number {
  return Math.round(((points * 96) / 72 / 7) * 100) / 100;
}

/** The .xlsx file's bytes, for the command to write with the PDF as one whole-or-nothing step. */
export async function gridWorkbookBytes(grids: GridSheet[], title: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Shared strings, as Excel writes text: LibreOffice drops the line breaks of inline `t="str"`
    // text, which would run the subject's two lines into one ("nâng caoChỉ số").
    useSharedStrings: true,
  });
  setDefaultFont(workbook);
  workbook.title = title;
  workbook.creator = "papi";
  for (const grid of grids) addGridSheet(workbook, grid);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Column widths are counted in digits of the workbook's first font. exceljs makes that Calibri 11
 * (digit 7 px), which LibreOffice replaces where Calibri is missing (by DejaVu Sans on Debian, digit
 * 9.3 px): the columns come out a third wider and fit-to-width prints every page at 75%. Times New
 * Roman at 10.5 pt (the report's font, Liberation Serif in LibreOffice) has a digit of exactly 7 px at
 * 96 dpi, so the widths mean the same in Excel and LibreOffice. exceljs has no option for it: its style
 * manager takes the first font it is given as the first font of the file.
 */
function setDefaultFont(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles?: { _addFont?: (font: Partial<ExcelJS.Font>) => number } })
    .styles;
  styles?._addFont?.({ name: PAGE.font, size: 10.5 });
}

function addGridSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, grid: GridSheet): void {
  const frozen = grid.repeatRows?.last ?? 0;
  const ws = workbook.addWorksheet(grid.name, {
    views: [
      frozen > 0
        ? { state: "frozen", ySplit: frozen, topLeftCell: `A${frozen + 1}`, showGridLines: false }
        : { showGridLines: false },
    ],
    ...(grid.filter ? { autoFilter: rangeRef(grid.filter) } : {}),
    pageSetup: {
      paperSize: 9,
      orientation: grid.orientation,
      // Each sheet counts its own pages: the appendix starts again at 1, as in the PDF.
      firstPageNumber: 1,
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
  const cols = grid.columnWidths.length;
  const borders = bordersByCell(grid);
  const styles = new Map<string, StyleParts>();
  // A streamed row cannot change once committed, so a merge is made when its last row is built and
  // rows are committed only once no merge still open covers them.
  const endingAt = new Map<number, Rect[]>();
  for (const m of grid.merges)
    endingAt.set(m.row + m.rows - 1, [...(endingAt.get(m.row + m.rows - 1) ?? []), m]);
  const openUntil = new Map<number, number>();
  for (const m of grid.merges)
    for (let r = m.row; r < m.row + m.rows - 1; r++)
      openUntil.set(r, Math.max(openUntil.get(r) ?? 0, m.row + m.rows - 1));
  let held = 0;
  grid.cells.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    // An empty spacer row the grid leaves unsized gets a little height.
    row.height = grid.rowHeights[r] || 6;
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      // Text stays a string (text that looks like a formula stays text), a number a number; an
      // empty cell gets its style but no value, so it stays blank rather than holding "".
      if (cell.value !== "") target.value = cell.value;
      const key = styleKey(cell.style);
      let parts = styles.get(key);
      if (!parts) {
        parts = styleParts(cell.style);
        styles.set(key, parts);
      }
      target.font = parts.font;
      target.alignment = parts.alignment;
      if (parts.fill) target.fill = parts.fill;
      if (parts.numFmt && typeof cell.value === "number") target.numFmt = parts.numFmt;
      const border = borders.get(r * cols + c);
      if (border) target.border = border;
    });
    for (const m of endingAt.get(r + 1) ?? [])
      ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
    if (!openUntil.has(r + 1)) {
      for (; held <= r; held++) ws.getRow(held + 1).commit();
    }
  });
  // Manual page breaks after these rows (`<brk id>`: the last row of a page). The streaming writer
  // writes its `rowBreaks` list, which its typings leave out; Row.addPageBreak needs a live row.
  const breaks = (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
  for (const row of grid.pageBreaks) breaks.push({ id: row, max: 16383, man: 1 });
  ws.commit();
}

/** `A5:K60`: a rectangle in A1 notation. */
export function rangeRef(r: Rect): string {
  return `${columnLetters(r.col)}${r.row}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Table cells get thin lines all round, the short rules a top line; keyed (row − 1) × columns + column − 1. */
function bordersByCell(grid: GridSheet): Map<number, Partial<ExcelJS.Borders>> {
  const cols = grid.columnWidths.length;
  const out = new Map<number, Partial<ExcelJS.Borders>>();
  const all = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const each = (rect: Rect, f: (key: number) => void) => {
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) f((r - 1) * cols + (c - 1));
  };
  for (const rect of grid.borders) each(rect, (k) => out.set(k, all));
  for (const rect of grid.rules) each(rect, (k) => out.set(k, { ...out.get(k), top: THIN }));
  return out;
}

interface StyleParts {
  font: Partial<ExcelJS.Font>;
  alignment: Partial<ExcelJS.Alignment>;
  fill: ExcelJS.Fill | null;
  numFmt: string | null;
}

function styleKey(s: CellStyle): string {
  return `${s.bold}|${s.italic}|${s.size}|${s.align}|${s.valign}|${s.wrap}|${s.fill}|${s.numberFormat}`;
}

function styleParts(style: CellStyle): StyleParts {
  return {
    font: { name: PAGE.font, size: style.size, bold: style.bold, italic: style.italic },
    alignment: {
      horizontal: style.align === "justify" ? "justify" : style.align,
      vertical: style.valign,
      wrapText: style.wrap,
    },
    fill: style.fill
      ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1).toUpperCase()}` } }
      : null,
    numFmt: style.numberFormat ?? null,
  };
}
