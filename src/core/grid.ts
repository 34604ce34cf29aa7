/**
 * The report as spreadsheet grids: one sheet per document section, with values, styles, merges,
 * borders and row heights. The .xlsx writer and the Apps Script writer both render these grids, so a
 * report looks the same in Excel and in Google Sheets.
 */
import { columnWidths } from "./columns";
import type {
  Align,
  Block,
  DocumentSection,
  HeaderLine,
  ReportDocument,
  TableColumn,
  TableRow,
} from "./document";
import { MM_TO_PT, PAGE, TITLE_WIDTH_SHARE, usableWidthPt } from "./document";
import { headerLineWidth, headerRightWidth, RIGHT_SHARE, titleLineWidth } from "./header-layout";
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
  /** How a number in the cell is shown (a spreadsheet number format); whole numbers when absent. */
  numberFormat?: string;
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
  /**
   * Ranges with only a top border: the short rules under the agency name, the motto and the subject,
   * each on a low row of its own under its line, over the columns the rule spans (a border under part
   * of a merged cell is not printed).
   */
  rules: Rect[];
  /**
   * The grid column (1-based) where each column of the sheet's table starts: where the short rules
   * need finer columns, a table column spans several grid columns, merged.
   */
  tableColumns: number[];
  /**
   * The table header rows printed again on every page, if any (the appendix's); a spreadsheet also
   * keeps the rows down to them in view (frozen).
   */
  repeatRows: { first: number; last: number } | null;
  /** The table a reader filters in a spreadsheet, its header row first: the appendix's list of tasks. */
  filter: Rect | null;
  /**
   * Rows a printed page ends with, chosen as the PDF chooses its pages: the summary table whole, a
   * heading with what follows, the closing sentence with Nơi nhận and the signature. Between them a
   * spreadsheet breaks pages itself.
   */
  pageBreaks: number[];
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

/** Height of an empty row between blocks, in points. */
const SPACER_PT = 6;
/** Height of the low row a short rule is drawn on (as its top border), in points. */
const RULE_ROW_PT = 5;
/** A cut this close to a column edge uses the edge instead, in points. */
const SNAP_PT = 3;
/** A rule between two edges may sit this far off its line's centre, in points. */
const OFF_CENTRE_PT = 3;

/** Where the rules go, in points from the text area's left: the header's middle and each rule's ends. */
interface RulePlan {
  split: Map<Block, number>;
  rules: Map<object, [number, number]>;
}

/**
 * The grid's columns are those of the section's table, cut again where a short rule begins or ends
 * (a rule is the top border of whole cells), choosing among the widths Decree 30 allows the one that
 * needs the fewest new cuts, so a table column is rarely split (its cells then merge).
 * The table is the section's widest: a narrower one (the PAPI scores before the summary) takes the first of
 * its columns.
 */
function sectionGrid(section: DocumentSection): GridSheet {
  let table: Block | undefined;
  for (const b of section.blocks)
    if (b.type === "table" && (table?.type !== "table" || b.columns.length > table.columns.length)) table = b;
  const width = usableWidthPt(section.orientation);
  // The table's widths as the PDF sets them: by weight, a column widened to its longest word.
  const widths =
    table?.type === "table"
      ? columnWidths(
          table.sheetColumns ?? table.columns,
          table.sheetColumns ? table.rows.map((r) => ({ ...r, cells: r.sheetCells ?? r.cells })) : table.rows,
          table.size,
          width,
          PADDING_PT / 2,
        )
      : [width];
  let x = 0;
  const tableEdges = [0, ...widths.map((w) => (x += w))];
  const edges = new Edges(tableEdges);
  const plan: RulePlan = { split: new Map(), rules: new Map() };
  for (const block of section.blocks) planRules(block, width, edges, plan);
  const builder = new GridBuilder(
    section,
    edges.all,
    tableEdges.slice(0, -1).map((e) => edges.all.indexOf(e) + 1),
    plan,
  );
  for (const block of section.blocks) builder.add(block);
  const sheet = builder.sheet;
  const heightMm = section.orientation === "portrait" ? PAGE.heightMm : PAGE.widthMm;
  sheet.pageBreaks = pageBreaks(
    sheet.rowHeights,
    builder.keepNext,
    (heightMm - PAGE.marginMm.top - PAGE.marginMm.bottom) * MM_TO_PT,
    sheet.repeatRows,
  );
  return sheet;
}

/**
 * A kept run is moved to a new page when it would fill more than this share of the page: a little
 * early rather than after the spreadsheet's own break. The spreadsheet's own breaks are followed at
 * the full height (LibreOffice fills a page to its last point), so the pages counted stay its pages.
 */
const PAGE_SLACK = 0.98;

/**
 * The rows (1-based) that end a page where a run of rows kept together (`keepNext`: this row stays
 * with the next) would not fit on what is left of the page but fits on a new one. Runs taller than a
 * page flow over pages as the spreadsheet breaks them; `repeat` rows are printed again on each page.
 */
export function pageBreaks(
  heights: number[],
  keepNext: boolean[],
  pageHeight: number,
  repeat: { first: number; last: number } | null,
): number[] {
  const repeated = repeat ? heights.slice(repeat.first - 1, repeat.last).reduce((a, b) => a + b, 0) : 0;
  const top = (row: number) => (repeat && row >= repeat.last ? repeated : 0);
  const breaks: number[] = [];
  let used = 0;
  let i = 0;
  while (i < heights.length) {
    let j = i;
    while (j < heights.length - 1 && keepNext[j]) j++;
    const run = heights.slice(i, j + 1).reduce((a, b) => a + b, 0);
    // A single row needs no manual break: the spreadsheet moves a row that does not fit by itself.
    if (j > i && used > top(i) && used + run > pageHeight * PAGE_SLACK && top(i) + run <= pageHeight) {
      breaks.push(i);
      used = top(i);
    }
    for (let k = i; k <= j; k++) {
      const h = heights[k] ?? 0;
      if (used > top(k) && used + h > pageHeight) used = top(k);
      used += h;
    }
    i = j + 1;
  }
  return breaks;
}

/** Column edges, sorted, in points from the text area's left. */
class Edges {
  readonly all: number[];

  constructor(edges: number[]) {
    this.all = [...edges];
  }

  /** The edge at `x`, made if none is within SNAP_PT. */
  cut(x: number): number {
    const near = this.all.find((e) => Math.abs(e - x) <= SNAP_PT);
    if (near !== undefined) return near;
    this.all.push(x);
    this.all.sort((a, b) => a - b);
    return x;
  }

  /**
   * A rule centred on `centre`, between `min` and `max` wide (`best` preferred): two edges already
   * there if a pair fits, else one edge there and its mirror cut, else two cuts.
   */
  rule(centre: number, best: number, min: number, max: number): [number, number] {
    const closest = <T>(options: T[], width: (o: T) => number): T | undefined =>
      options.sort((a, b) => Math.abs(width(a) - best) - Math.abs(width(b) - best))[0];
    const pairs = this.all.flatMap((a) =>
      this.all
        .filter((b) => b - a >= min && b - a <= max && Math.abs((a + b) / 2 - centre) <= OFF_CENTRE_PT)
        .map((b): [number, number] => [a, b]),
    );
    const pair = closest(pairs, ([a, b]) => b - a);
    if (pair) return pair;
    const halves = this.all.map((e) => Math.abs(e - centre)).filter((h) => 2 * h >= min && 2 * h <= max);
    const half = closest(halves, (h) => 2 * h) ?? best / 2;
    return [this.cut(centre - half), this.cut(centre + half)];
  }
}

/** Decree 30: under the issuing body and the subject a third to a half of the line (the PDF: 0.4). */
const SHORT_RULE = { best: 0.4, min: 1 / 3, max: 1 / 2 };
/** Under the motto as long as the line. */
const FULL_RULE = { best: 1, min: 0.95, max: 1.05 };

function planRules(block: Block, width: number, edges: Edges, plan: RulePlan): void {
  const place = (key: object, centre: number, line: number, share: typeof SHORT_RULE) =>
    plan.rules.set(key, edges.rule(centre, line * share.best, line * share.min, line * share.max));
  if (block.type === "title" && block.rule) {
    const font = { style: fontStyle(!block.italic, !!block.italic), size: block.size };
    place(block, width / 2, titleLineWidth(titleLines(block, width), font), SHORT_RULE);
  }
  if (block.type !== "header") return;
  // The PDF's middle, or a table edge left of it that keeps the left column at least 38% wide: the
  // right column never narrower than its longest line needs.
  const pdf = width - headerRightWidth(block, width);
  const split =
    edges.all.filter((e) => e <= pdf + 0.5 && e >= width * (1 - RIGHT_SHARE.max)).sort((a, b) => b - a)[0] ??
    edges.cut(pdf);
  plan.split.set(block, split);
  for (const line of block.left)
    if (line.rule) place(line, split / 2, headerLineWidth(line, split), SHORT_RULE);
  for (const line of block.right)
    if (line.rule) place(line, (split + width) / 2, headerLineWidth(line, width - split), FULL_RULE);
}

function titleLines(block: Extract<Block, { type: "title" }>, width: number): string[] {
  const font = { style: fontStyle(!block.italic, !!block.italic), size: block.size };
  return phraseLines(block.phrases, font, width * TITLE_WIDTH_SHARE);
}

class GridBuilder {
  readonly sheet: GridSheet;
  /** By row (0-based): print this row on the same page as the next. */
  readonly keepNext: boolean[] = [];
  private readonly n: number;
  private readonly repeatTableHeader: boolean;

  /** `edges`: the columns' left edges and the right edge, in points from the text area's left. */
  constructor(
    section: DocumentSection,
    private readonly edges: number[],
    tableColumns: number[],
    private readonly plan: RulePlan,
  ) {
    const columnWidths = edges.slice(1).map((x, i) => x - (edges[i] ?? 0));
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
      tableColumns,
      repeatRows: null,
      filter: null,
      pageBreaks: [],
    };
  }

  add(block: Block): void {
    const first = this.sheet.cells.length;
    this.render(block);
    // The header, titles and headings stay with what follows them.
    if (block.type === "header" || block.type === "title" || block.type === "heading")
      for (let r = first; r < this.sheet.cells.length; r++) this.keepNext[r] = true;
  }

  private render(block: Block): void {
    if (block.type === "header") this.header(block);
    else if (block.type === "title") this.title(block);
    else if (block.type === "heading") this.wide(block.text, style({ bold: true }));
    else if (block.type === "paragraph")
      for (const part of block.text.split("\n"))
        this.wide(part, style({ italic: !!block.italic, align: "justify" }));
    else if (block.type === "table")
      this.table(block.sheetColumns ?? block.columns, block.rows, block.size, !!block.sheetColumns);
    // The table before a chart holds its numbers; the sheet's own chart is drawn by the add-on.
    else if (block.type === "barChart") return;
    else this.closing(block);
  }

  private newRow(): number {
    this.sheet.cells.push(Array.from({ length: this.n }, () => ({ value: "", style: style() })));
    this.sheet.rowHeights.push(SPACER_PT);
    this.keepNext.push(false);
    return this.sheet.cells.length;
  }

  /** A cell, merged over `rows` × `cols` when larger than one; the row heights are the caller's. */
  private place(at: Rect, text: string | number, cellStyle: CellStyle): string | number {
    const cells = this.sheet.cells[at.row - 1];
    const value = typeof text === "string" ? fitCell(text) : text;
    if (cells) cells[at.col - 1] = { value, style: cellStyle };
    if (at.rows > 1 || at.cols > 1) this.sheet.merges.push(at);
    return value;
  }

  /** A cell one row high; the row grows to hold its text. */
  private put(row: number, col: number, cols: number, text: string | number, cellStyle: CellStyle): void {
    if (!this.sheet.cells[row - 1]) return;
    const value = this.place({ row, col, rows: 1, cols }, text, cellStyle);
    const height = textHeight(String(value), cellStyle, this.span(col, cols));
    this.sheet.rowHeights[row - 1] = Math.min(
      MAX_ROW_HEIGHT,
      Math.max(this.sheet.rowHeights[row - 1] ?? 0, height),
    );
  }

  private span(col: number, cols: number): number {
    return (this.edges[col - 1 + cols] ?? 0) - (this.edges[col - 1] ?? 0);
  }

  /** The column whose left edge is nearest `x` (n + 1 for the right edge). */
  private edgeAt(x: number): number {
    let best = 0;
    this.edges.forEach((e, i) => {
      if (Math.abs(e - x) < Math.abs((this.edges[best] ?? 0) - x)) best = i;
    });
    return best + 1;
  }

  /** The columns a rule planned for `key` spans. */
  private ruleColumns(key: object): { col: number; cols: number } | null {
    const ends = this.plan.rules.get(key);
    if (!ends) return null;
    const col = this.edgeAt(ends[0]);
    return { col, cols: Math.max(1, this.edgeAt(ends[1]) - col) };
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
    this.put(this.newRow(), 1, this.n, titleLines(block, this.span(1, this.n)).join("\n"), cellStyle);
    const rule = this.ruleColumns(block);
    if (!rule) return;
    // A low row of its own, holding only the rule.
    const row = this.newRow();
    this.sheet.rowHeights[row - 1] = RULE_ROW_PT;
    this.sheet.rules.push({ row, rows: 1, ...rule });
  }

  /**
   * The two columns as the PDF sets them, each line under the one before and each rule right under its
   * line, however many lines the other column's lines take: a line is a cell merged over the rows its
   * height spans, rows being cut wherever a line or rule of either column begins or ends. `Số:` and the
   * place and date share the row after the longer column.
   */
  private header(block: Extract<Block, { type: "header" }>): void {
    const split = this.plan.split.get(block) ?? this.span(1, this.n) / 2;
    const leftCols = Math.min(Math.max(this.edgeAt(split) - 1, 1), this.n - 1);
    type Item = { top: number; bottom: number; col: number; cols: number; line?: HeaderLine };
    const items: Item[] = [];
    const stack = (lines: HeaderLine[], col: number, cols: number) => {
      let y = 0;
      for (const line of lines) {
        const height = textHeight(line.text, headerStyle(line), this.span(col, cols));
        items.push({ top: y, bottom: y + height, col, cols, line });
        y += height;
        const rule = this.ruleColumns(line);
        if (!rule) continue;
        items.push({ top: y, bottom: y + RULE_ROW_PT, ...rule });
        y += RULE_ROW_PT;
      }
    };
    stack(block.left, 1, leftCols);
    stack(block.right, leftCols + 1, this.n - leftCols);
    const cuts = [...new Set(items.flatMap((i) => [i.top, i.bottom]))].sort((a, b) => a - b);
    const first = this.sheet.cells.length + 1;
    for (let i = 1; i < cuts.length; i++) {
      const row = this.newRow();
      this.sheet.rowHeights[row - 1] = (cuts[i] ?? 0) - (cuts[i - 1] ?? 0);
    }
    for (const item of items) {
      const row = first + cuts.indexOf(item.top);
      const rows = cuts.indexOf(item.bottom) - cuts.indexOf(item.top);
      if (item.line)
        this.place({ row, col: item.col, rows, cols: item.cols }, item.line.text, headerStyle(item.line));
      else this.sheet.rules.push({ row, col: item.col, rows: 1, cols: item.cols });
    }
    const row = this.newRow();
    this.headerLine(row, 1, leftCols, block.number);
    this.headerLine(row, leftCols + 1, this.n - leftCols, block.date);
    this.newRow();
  }

  private headerLine(row: number, col: number, cols: number, line: HeaderLine): void {
    this.put(row, col, cols, line.text, headerStyle(line));
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

  private table(columns: TableColumn[], rows: TableRow[], size: number, sheetCells: boolean): void {
    const at = (i: number) => {
      const col = this.sheet.tableColumns[i] ?? i + 1;
      return { col, cols: (this.sheet.tableColumns[i + 1] ?? this.n + 1) - col };
    };
    const first = this.newRow();
    columns.forEach((c, i) => {
      const { col, cols } = at(i);
      this.put(
        first,
        col,
        cols,
        c.header,
        style({ bold: true, size, align: "center", valign: "middle", fill: FILL_HEADER }),
      );
    });
    if (this.repeatTableHeader) {
      this.sheet.repeatRows ??= { first, last: first };
      this.sheet.filter ??= { row: first, col: 1, rows: rows.length + 1, cols: this.n };
    }
    // A list (the appendix) keeps its header and each group's title with the next row; a small table
    // (the summary) is kept whole.
    this.keepNext[first - 1] = true;
    for (const r of rows) {
      const row = this.newRow();
      this.keepNext[row - 1] = !this.repeatTableHeader || r.kind === "group";
      if (r.kind === "group") {
        this.put(row, 1, this.n, r.cells[0] ?? "", style({ bold: true, size }));
        continue;
      }
      const cells = (sheetCells && r.sheetCells) || r.cells;
      columns.forEach((c, i) => {
        const value = tableValue(c, cells[i] ?? "");
        const { col, cols } = at(i);
        const shown = typeof value === "number" && c.decimalFormat ? { numberFormat: c.decimalFormat } : {};
        this.put(row, col, cols, value, style({ bold: r.kind === "total", size, align: c.align, ...shown }));
      });
    }
    // A table narrower than the grid (the PAPI scores) is bordered over its own columns only.
    const last = at(columns.length - 1);
    this.sheet.borders.push({ row: first, col: 1, rows: rows.length + 1, cols: last.col + last.cols - 1 });
    this.keepNext[this.sheet.cells.length - 1] = false;
    this.newRow();
  }

  /** Nơi nhận and the signature, on the page of the closing sentence (the row before them). */
  private closing(block: Extract<Block, { type: "closing" }>): void {
    const sentence = this.sheet.cells.length;
    if (sentence > 0) this.keepNext[sentence - 1] = true;
    this.keepNext[this.newRow() - 1] = true;
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
      this.keepNext[row - 1] = i < lines - 1;
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

function headerStyle(line: HeaderLine): CellStyle {
  return style({ bold: !!line.bold, italic: !!line.italic, size: line.size, align: "center" });
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

/** A numeric column's cell as a number (a decimal comma read as the point); anything else as its text. */
function tableValue(column: TableColumn, text: string): string | number {
  if (column.decimalFormat && /^[+-]?\d+(,\d+)?$/.test(text)) return Number(text.replace(",", "."));
  return column.numeric && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
