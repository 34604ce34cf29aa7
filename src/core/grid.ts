/**
 * The report as spreadsheet grids: one sheet per document section, with values, styles, merges,
 * borders and row heights. The .xlsx writer and the Apps Script writer both render these grids, so a
 * report looks the same in Excel and in Google Sheets.
 */
import type {
  Align,
  Block,
  DocumentSection,
  HeaderLine,
  ReportDocument,
  TableColumn,
  TableRow,
} from "./document";
import { PAGE, TITLE_WIDTH_SHARE, usableWidthPt } from "./document";
import { drawableText, fontStyle, LINE_EM, phraseLines, wrapLine, wrapText } from "./measure";

export interface CellStyle {
  bold: boolean;
  italic: boolean;
  size: number;
  align: Align;
  valign: "top" | "middle";
  wrap: boolean;
  /** Light grey, for table header rows. */
  fill: string | null;
}

export interface GridCell {
  /** Text always stays text; numbers come only from numeric table columns. */
  value: string | number;
  style: CellStyle;
}

/** A block of cells, 1-based like Apps Script ranges. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface GridSheet {
  name: string;
  orientation: "portrait" | "landscape";
  /** Width of each column in points. */
  columnWidths: number[];
  /** Dense rows × columns; empty cells are "". */
  cells: GridCell[][];
  rowHeights: number[];
  merges: Rect[];
  /** Ranges drawn with thin borders on every cell (tables). */
  borders: Rect[];
  /** Ranges with only a bottom border: the short rules under the agency name and the motto. */
  rules: Rect[];
  /** The table header rows printed again on every page, if any. */
  repeatRows: { first: number; last: number } | null;
}

export const FILL_HEADER = "#e7e6e6";
/** Excel cannot make a row taller than this many points. */
export const MAX_ROW_HEIGHT = 409;
const PADDING_PT = 6;

export function reportGrids(doc: ReportDocument): GridSheet[] {
  return doc.sections.map(sectionGrid);
}

export function style(partial: Partial<CellStyle> = {}): CellStyle {
  return {
    bold: false,
    italic: false,
    size: PAGE.bodySize,
    align: "left",
    valign: "top",
    wrap: true,
    fill: null,
    ...partial,
  };
}

/** The grid's columns are those of the section's widest table, so tables need no merges. */
function sectionGrid(section: DocumentSection): GridSheet {
  const table = section.blocks.find((b) => b.type === "table");
  const columns =
    table?.type === "table" ? table.columns : [{ header: "", weight: 1, align: "left" as Align }];
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const width = usableWidthPt(section.orientation);
  const builder = new GridBuilder(
    section,
    columns.map((c) => (c.weight / total) * width),
  );
  for (const block of section.blocks) builder.add(block);
  return builder.sheet;
}

class GridBuilder {
  readonly sheet: GridSheet;
  private readonly n: number;
  private readonly repeatTableHeader: boolean;

  constructor(section: DocumentSection, columnWidths: number[]) {
    this.n = columnWidths.length;
    this.repeatTableHeader = section.repeatTableHeader === true;
    this.sheet = {
      name: section.name,
      orientation: section.orientation,
      columnWidths,
      cells: [],
      rowHeights: [],
      merges: [],
      borders: [],
      rules: [],
      repeatRows: null,
    };
  }

  add(block: Block): void {
    if (block.type === "header") this.header(block);
    else if (block.type === "title") this.title(block);
    else if (block.type === "heading") this.wide(block.text, style({ bold: true }));
    else if (block.type === "paragraph")
      for (const part of block.text.split("\n"))
        this.wide(part, style({ italic: !!block.italic, align: "justify" }));
    else if (block.type === "table") this.table(block.columns, block.rows, block.size);
    else this.closing(block);
  }

  private newRow(): number {
    this.sheet.cells.push(Array.from({ length: this.n }, () => ({ value: "", style: style() })));
    this.sheet.rowHeights.push(0);
    return this.sheet.cells.length;
  }

  private put(row: number, col: number, cols: number, text: string | number, cellStyle: CellStyle): void {
    const cells = this.sheet.cells[row - 1];
    if (!cells) return;
    const value = typeof text === "string" ? fitCell(text) : text;
    cells[col - 1] = { value, style: cellStyle };
    if (cols > 1) this.sheet.merges.push({ row, col, rows: 1, cols });
    const width = this.span(col, cols);
    const height = textHeight(String(value), cellStyle, width);
    this.sheet.rowHeights[row - 1] = Math.min(
      MAX_ROW_HEIGHT,
      Math.max(this.sheet.rowHeights[row - 1] ?? 0, height),
    );
  }

  private span(col: number, cols: number): number {
    return this.sheet.columnWidths.slice(col - 1, col - 1 + cols).reduce((a, b) => a + b, 0);
  }

  /** A line across the page; a paragraph too tall for one row is split over several. */
  private wide(text: string, cellStyle: CellStyle): void {
    for (const chunk of splitForRows(text, cellStyle, this.span(1, this.n))) {
      this.put(this.newRow(), 1, this.n, chunk, cellStyle);
    }
  }

  /** The title's lines as the PDF breaks them (between phrases), one cell with explicit line breaks. */
  private title(block: Extract<Block, { type: "title" }>): void {
    const cellStyle = style({
      bold: !block.italic,
      italic: !!block.italic,
      size: block.size,
      align: "center",
    });
    const font = { style: fontStyle(cellStyle.bold, cellStyle.italic), size: block.size };
    const row = this.newRow();
    const lines = phraseLines(block.phrases, font, this.span(1, this.n) * TITLE_WIDTH_SHARE);
    this.put(row, 1, this.n, lines.join("\n"), cellStyle);
    if (block.rule)
      this.sheet.rules.push({ row, rows: 1, ...centredSpan(this.sheet.columnWidths, 1, this.n) });
  }

  /** Row by row as in the PDF; `Số:` and the place and date share the row after the longer column. */
  private header(block: Extract<Block, { type: "header" }>): void {
    const leftCols = this.splitColumn(0.45);
    const lines = Math.max(block.left.length, block.right.length);
    for (let i = 0; i < lines; i++) {
      const row = this.newRow();
      this.headerLine(row, 1, leftCols, block.left[i]);
      this.headerLine(row, leftCols + 1, this.n - leftCols, block.right[i]);
    }
    const row = this.newRow();
    this.headerLine(row, 1, leftCols, block.number);
    this.headerLine(row, leftCols + 1, this.n - leftCols, block.date);
    this.newRow();
  }

  private headerLine(row: number, col: number, cols: number, line: HeaderLine | undefined): void {
    if (!line) return;
    this.put(
      row,
      col,
      cols,
      line.text,
      style({ bold: !!line.bold, italic: !!line.italic, size: line.size, align: "center" }),
    );
    if (line.rule)
      this.sheet.rules.push({ row, rows: 1, ...centredSpan(this.sheet.columnWidths, col, cols) });
  }

  /** How many columns make up about `share` of the width. */
  private splitColumn(share: number): number {
    const total = this.span(1, this.n);
    let best = 1;
    for (let cols = 1; cols < this.n; cols++) {
      if (Math.abs(this.span(1, cols) / total - share) < Math.abs(this.span(1, best) / total - share))
        best = cols;
    }
    return best;
  }

  private table(columns: TableColumn[], rows: TableRow[], size: number): void {
    const first = this.newRow();
    columns.forEach((c, i) => {
      this.put(
        first,
        i + 1,
        1,
        c.header,
        style({ bold: true, size, align: "center", valign: "middle", fill: FILL_HEADER }),
      );
    });
    if (this.repeatTableHeader) this.sheet.repeatRows ??= { first, last: first };
    for (const r of rows) {
      const row = this.newRow();
      if (r.kind === "group") {
        this.put(row, 1, this.n, r.cells[0] ?? "", style({ bold: true, size }));
        continue;
      }
      columns.forEach((c, i) => {
        const text = r.cells[i] ?? "";
        const value = c.numeric && /^\d+$/.test(text) ? Number(text) : text;
        this.put(row, i + 1, 1, value, style({ bold: r.kind === "total", size, align: c.align }));
      });
    }
    this.sheet.borders.push({ row: first, col: 1, rows: rows.length + 1, cols: columns.length });
    this.newRow();
  }

  private closing(block: Extract<Block, { type: "closing" }>): void {
    this.newRow();
    const leftCols = this.splitColumn(0.45);
    const right: { text: string; bold: boolean }[] = [
      { text: block.signerTitle, bold: true },
      { text: "", bold: false },
      { text: "", bold: false },
      { text: "", bold: false },
      { text: block.signer, bold: true },
    ];
    const left = [block.recipientsTitle, ...block.recipients];
    const lines = Math.max(left.length, right.length);
    for (let i = 0; i < lines; i++) {
      const row = this.newRow();
      const text = left[i];
      if (text !== undefined)
        this.put(
          row,
          1,
          leftCols,
          text,
          style({ bold: i === 0, italic: i === 0, size: i === 0 ? 12 : 11, wrap: false }),
        );
      const r = right[i];
      if (r)
        this.put(
          row,
          leftCols + 1,
          this.n - leftCols,
          r.text,
          style({ bold: r.bold, size: 14, align: "center" }),
        );
    }
  }
}

/** The columns, within a block, whose middle is nearest the block's middle and that cover a third to a half of it. */
export function centredSpan(widths: number[], col: number, cols: number): { col: number; cols: number } {
  const start = widths.slice(0, col - 1).reduce((a, b) => a + b, 0);
  const blockWidth = widths.slice(col - 1, col - 1 + cols).reduce((a, b) => a + b, 0);
  const centre = start + blockWidth / 2;
  let best = { col, cols: 1, score: Number.POSITIVE_INFINITY };
  for (let a = col; a < col + cols; a++) {
    for (let b = a; b < col + cols; b++) {
      const left = widths.slice(0, a - 1).reduce((x, y) => x + y, 0);
      const width = widths.slice(a - 1, b).reduce((x, y) => x + y, 0);
      const share = width / blockWidth;
      const penalty =
        share < 0.25 ? (0.25 - share) * blockWidth : share > 0.6 ? (share - 0.6) * blockWidth : 0;
      const score = Math.abs(left + width / 2 - centre) + penalty * 2;
      if (score < best.score) best = { col: a, cols: b - a + 1, score };
    }
  }
  return { col: best.col, cols: best.cols };
}

/**
 * The most text one spreadsheet cell of the report holds: Excel's 32,767 characters, below Sheets'
 * 50,000 (support.google.com/drive/answer/37603), so the same grid fits the Google sheet and the .xlsx.
 */
export const CELL_TEXT_LIMIT = 32_767;
export const SHORTENED_MARK =
  " … [Đã rút gọn: một ô bảng tính chứa tối đa 32.767 ký tự; toàn văn có trong bản PDF.]";

/** Text that fits one cell: longer text is cut, visibly, before the limit (never inside a surrogate pair). */
export function fitCell(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let cut = CELL_TEXT_LIMIT - SHORTENED_MARK.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut) + SHORTENED_MARK;
}

/** Sheets pads a cell by about 3 pt on each side; row heights add a little under the last line. */
const ROW_EXTRA_PT = 4;

/** How many lines `text` takes in a cell `widthPt` wide: the PDF's own wrapping, in the same metrics. */
export function cellLines(
  text: string,
  cellStyle: Pick<CellStyle, "bold" | "italic" | "size">,
  widthPt: number,
): number {
  const font = { style: fontStyle(cellStyle.bold, cellStyle.italic), size: cellStyle.size };
  return wrapText(text, font, Math.max(widthPt - PADDING_PT, 1)).length;
}

export function textHeight(
  text: string,
  cellStyle: Pick<CellStyle, "bold" | "italic" | "size">,
  widthPt: number,
): number {
  return Math.ceil(cellLines(text, cellStyle, widthPt) * cellStyle.size * LINE_EM + ROW_EXTRA_PT);
}

/** Splits text at spaces into pieces that each fit in one spreadsheet row (Excel: 409 pt at most). */
export function splitForRows(
  text: string,
  cellStyle: Pick<CellStyle, "bold" | "italic" | "size">,
  widthPt: number,
): string[] {
  const font = { style: fontStyle(cellStyle.bold, cellStyle.italic), size: cellStyle.size };
  const maxLines = Math.max(1, Math.floor((MAX_ROW_HEIGHT - ROW_EXTRA_PT) / (cellStyle.size * LINE_EM)));
  const lines = wrapLine(drawableText(text), font, Math.max(widthPt - PADDING_PT, 1));
  if (lines.length <= maxLines) return [text];
  const pieces: string[] = [];
  for (let i = 0; i < lines.length; i += maxLines) pieces.push(lines.slice(i, i + maxLines).join(" "));
  return pieces;
}
