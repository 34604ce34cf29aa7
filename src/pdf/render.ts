/**
 * Renders a ReportDocument as a Decree 30 PDF with pdfkit: the one renderer of the command and of the
 * add-on (run inside Apps Script's V8), so both make the same PDF.
 *
 * Every line is measured and wrapped by the pure src/core/measure.ts and drawn with `lineBreak: false`,
 * so pdfkit never wraps or adds a page on its own: a block that does not fit moves to the next page,
 * paragraphs and table rows taller than what is left are split by line, and a table's header row is
 * repeated on each page it continues on. Nothing here touches Node or Apps Script: fonts come in as
 * bytes and the PDF goes out as bytes, synchronously (no timers, no promises).
 */
import PDFDocument from "pdfkit";
import { lastOf } from "../core/arrays";
import { columnWidths } from "../core/columns";
import {
  type Block,
  type DocumentSection,
  type HeaderLine,
  MM_TO_PT,
  PAGE,
  type ReportDocument,
  type TableColumn,
  type TableRow,
  TITLE_WIDTH_SHARE,
  usableWidthPt,
} from "../core/document";
import {
  drawableText,
  type FontStyle,
  fontStyle,
  LINE_EM,
  phraseLines,
  textWidth,
  wrapLine,
  wrapText,
} from "../core/measure";

export type { FontStyle };
/** The four faces of the report's font (TrueType bytes). */
export type FontSet = Record<FontStyle, Uint8Array>;

type Pdf = PDFKit.PDFDocument;
type Orientation = DocumentSection["orientation"];

const CM = 10 * MM_TO_PT;
/** Space after a paragraph or a block (Decree 30: at least 6 pt). */
const GAP = 6;
const INDENT = 1 * CM;
const CELL_PAD_X = 3;
const CELL_PAD_Y = 2;
const BORDER = 0.5;
const HEADER_FILL = "#e6e6e6";
const SIGNATURE_SPACE = 2.5 * CM;
const EPS = 0.01;
/** A justified line's gaps stay within this many normal spaces (§7). */
const MAX_GAP_SPACES = 3;
/** Room under the subject line for its short rule. */
const RULE_SPACE = 9;
/** A bar chart: its text size, the share of the width its labels take, a bar's thickness and gaps. */
const CHART_SIZE = 9;
const CHART_LABEL_SHARE = 0.36;
const CHART_BAR = 5;
const CHART_BAR_GAP = 1;
const CHART_PAD = 3;
/** The scale is marked in this many steps (0–10 in twos). */
const CHART_STEPS = 5;
/** Tinos's ascent (1825 of 2048 units): where the baseline sits under the top of a line. */
const ASCENT_EM = 1825 / 2048;

type TextAlign = "left" | "center" | "right" | "justify";

interface Cell {
  x: number;
  width: number;
  lines: string[];
  style: FontStyle;
  align: TextAlign;
  fill?: string;
  middle?: boolean;
}

interface PreparedRow {
  cells: Cell[];
  lines: number;
  size: number;
  /** A group heading row stays on the page of the row after it. */
  keepNext?: boolean;
}

const lineHeight = (size: number) => size * LINE_EM;

const paragraphStyle = (block: Extract<Block, { type: "paragraph" }>): FontStyle =>
  block.italic || block.placeholder ? "italic" : "regular";

class Writer {
  private style: FontStyle = "regular";
  private size: number = PAGE.bodySize;
  orientation: Orientation = "portrait";
  left = 0;
  top = 0;
  bottom = 0;
  width = 0;
  y = 0;
  pageCount = 0;
  /** The page index each section starts at: each section is numbered on its own. */
  readonly sectionStarts: number[] = [];

  constructor(readonly pdf: Pdf) {}

  startSection(orientation: Orientation): void {
    this.sectionStarts.push(this.pageCount);
    this.newPage(orientation);
  }

  /** Starts a page in the given orientation with the Decree 30 margins. */
  newPage(orientation: Orientation = this.orientation): void {
    const m = PAGE.marginMm;
    this.pdf.addPage({
      size: [PAGE.widthMm * MM_TO_PT, PAGE.heightMm * MM_TO_PT],
      layout: orientation,
      margins: {
        top: m.top * MM_TO_PT,
        bottom: m.bottom * MM_TO_PT,
        left: m.left * MM_TO_PT,
        right: m.right * MM_TO_PT,
      },
    });
    this.orientation = orientation;
    this.left = m.left * MM_TO_PT;
    this.top = m.top * MM_TO_PT;
    this.bottom = this.pdf.page.height - m.bottom * MM_TO_PT;
    this.width = usableWidthPt(orientation);
    this.y = this.top;
    this.pageCount++;
    this.numberPage();
  }

  get contentHeight(): number {
    return this.bottom - this.top;
  }

  get atTop(): boolean {
    return this.y <= this.top + EPS;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPS;
  }

  /** Moves to a new page unless `height` fits here (or the page is still empty). */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTop) this.newPage();
  }

  use(style: FontStyle, size: number): void {
    if (style !== this.style) this.pdf.font(style);
    if (size !== this.size) this.pdf.fontSize(size);
    this.style = style;
    this.size = size;
  }

  measure(text: string): number {
    return textWidth(text, this.style, this.size);
  }

  /** Draws one line with its top at `y`, aligned in [x, x + width]; `justify` stretches the spaces. */
  drawLine(text: string, x: number, y: number, width: number, align: TextAlign): void {
    if (text === "") return;
    const opts: PDFKit.Mixins.TextOptions = { lineBreak: false };
    let dx = 0;
    if (align === "center") dx = (width - this.measure(text)) / 2;
    else if (align === "right") dx = width - this.measure(text);
    else if (align === "justify" && !/ {2}/.test(text)) {
      const spaces = text.split(" ").length - 1;
      const extra = spaces > 0 ? (width - this.measure(text)) / spaces : 0;
      // A gap wider than 3 spaces reads as a hole: such a line is set left-aligned instead.
      if (extra > EPS && extra <= (MAX_GAP_SPACES - 1) * this.measure(" ")) opts.wordSpacing = extra;
    }
    this.pdf.text(text, x + Math.max(dx, 0), y, opts);
  }

  hline(x1: number, x2: number, y: number, width = BORDER): void {
    this.pdf.save().lineWidth(width).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  // --- blocks ---

  /** Draws `blocks[i]`; what follows it decides what it must keep on its page (§7 "Pages"). */
  block(blocks: readonly Block[], i: number): void {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (!block) return;
    switch (block.type) {
      case "header":
        this.header(block.left, block.right, block.number, block.date);
        break;
      case "title":
        this.title(block, this.lead(blocks, i + 1));
        break;
      case "heading":
        this.heading(block.text, this.lead(blocks, i + 1));
        break;
      case "paragraph": {
        // The closing sentence keeps its last lines with Nơi nhận and the signature.
        const tail = next?.type === "closing" ? GAP + this.closingHeight(next) : 0;
        this.paragraph(block, tail);
        break;
      }
      case "table":
        this.table(block.columns, block.rows, block.size);
        break;
      case "barChart":
        this.barChart(block);
        break;
      case "closing":
        this.closing(block.recipientsTitle, block.recipients, block.signerTitle, block.signer);
        break;
    }
  }

  /**
   * The least height `blocks[i]` needs on the page it starts on, so that what comes before it can stay
   * with it: a heading with at least 2 lines of what follows, a paragraph's first 2 lines (all of a
   * paragraph of 3 lines or fewer, which cannot split), a table's header and first row (all of it when
   * it fits on a page, as it is never split then).
   */
  private lead(blocks: readonly Block[], i: number): number {
    const block = blocks[i];
    if (!block) return 0;
    switch (block.type) {
      case "header":
        return 0;
      case "title":
        return this.titleHeight(block) + this.lead(blocks, i + 1);
      case "heading":
        return this.headingHeight(block.text) + this.lead(blocks, i + 1);
      case "paragraph": {
        const lh = lineHeight(PAGE.bodySize);
        const [first, second] = this.paragraphLines(block);
        if (!first) return 0;
        const own = first.length <= 3 ? first.length : 2;
        const next = blocks[i + 1];
        // A short last paragraph moves with the closing block; so does what keeps with it.
        if (!second && own === first.length && next?.type === "closing")
          return own * lh + 2 * GAP + this.closingHeight(next);
        // A one-line paragraph first: the next one's first lines too, to make 2 lines of what follows.
        if (own < 2 && second) return own * lh + GAP + (second.length <= 3 ? second.length : 2) * lh;
        if (own < 2 && next?.type === "paragraph") return own * lh + GAP + this.lead(blocks, i + 1);
        return own * lh;
      }
      case "table": {
        const t = this.prepareTable(block.columns, block.rows, block.size);
        if (t.total <= this.contentHeight) return t.total;
        const first = t.body[0];
        return t.headerHeight + (first ? t.rowHeight(t.linesToStart(first)) : 0);
      }
      case "barChart":
        return this.chartLayout(block).height;
      case "closing":
        return this.closingHeight(block);
    }
  }

  private titleLines(block: Extract<Block, { type: "title" }>): string[] {
    const style = block.italic ? "italic" : "bold";
    return phraseLines(block.phrases, { style, size: block.size }, this.width * TITLE_WIDTH_SHARE);
  }

  private titleHeight(block: Extract<Block, { type: "title" }>): number {
    return this.titleLines(block).length * lineHeight(block.size) + (block.rule ? RULE_SPACE : 0) + GAP;
  }

  /** A centred title broken between its phrases; the subject line gets a short rule under it. */
  private title(block: Extract<Block, { type: "title" }>, keepNext: number): void {
    const style = block.italic ? "italic" : "bold";
    const lines = this.titleLines(block);
    const lh = lineHeight(block.size);
    this.ensureWith(this.titleHeight(block), keepNext);
    this.use(style, block.size);
    for (const line of lines) {
      this.drawLine(line, this.left, this.y, this.width, "center");
      this.y += lh;
    }
    if (block.rule) {
      // Decree 30: a short rule (a third to a half of the line) under the subject line.
      const ruleWidth = Math.min(...lines.map((l) => this.measure(l)), this.width) * 0.4;
      const mid = this.left + this.width / 2;
      this.hline(mid - ruleWidth / 2, mid + ruleWidth / 2, this.y + 4, 0.75);
      this.y += RULE_SPACE;
    }
    this.y += GAP;
  }

  /** Moves to a new page unless `height` and `keepNext` fit here; a pair taller than a page keeps `height` only. */
  private ensureWith(height: number, keepNext: number): void {
    this.ensure(height + keepNext <= this.contentHeight ? height + keepNext : height);
  }

  private headingLines(text: string): string[] {
    return wrapText(text, { style: "bold", size: PAGE.bodySize }, this.width);
  }

  private headingHeight(text: string): number {
    return this.headingLines(text).length * lineHeight(PAGE.bodySize) + GAP;
  }

  /** A heading, bold at the left margin, on the page of at least 2 lines of what follows it. */
  private heading(text: string, keepNext: number): void {
    const lh = lineHeight(PAGE.bodySize);
    this.ensureWith(this.headingHeight(text), keepNext);
    this.use("bold", PAGE.bodySize);
    for (const line of this.headingLines(text)) {
      this.drawLine(line, this.left, this.y, this.width, "left");
      this.y += lh;
    }
    this.y += GAP;
  }

  /** The paragraph's parts (one per line of its text), each wrapped to the page with a first-line indent. */
  private paragraphLines(block: Extract<Block, { type: "paragraph" }>): string[][] {
    const font = { style: paragraphStyle(block), size: PAGE.bodySize };
    return drawableText(block.text)
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => wrapLine(p, font, this.width, INDENT));
  }

  /**
   * A justified paragraph. A part that does not fit splits by line, leaving at least 2 lines at the page's
   * foot and carrying at least 2 to the next (no widow, no orphan); a shorter one moves whole. The last
   * part keeps its last lines on the page of `tail` (the height of what must follow it there).
   */
  private paragraph(block: Extract<Block, { type: "paragraph" }>, tail: number): void {
    const style = paragraphStyle(block);
    const lh = lineHeight(PAGE.bodySize);
    const parts = this.paragraphLines(block);
    const keep = tail <= this.contentHeight - 2 * lh ? tail : 0;
    parts.forEach((lines, p) => {
      const after = p === parts.length - 1 ? keep : 0;
      let start = 0;
      while (start < lines.length) {
        const left = lines.length - start;
        if (this.fits(left * lh + after)) {
          this.drawLines(lines, start, lines.length, style, start === 0);
          break;
        }
        const room = Math.floor((this.bottom - this.y) / lh + EPS);
        // Lines here: at least 2, and at least 2 left for the next page (where `after` must fit with them).
        let here = Math.min(room, left - 2);
        if (here < 2) {
          if (!this.atTop) {
            this.newPage();
            continue;
          }
          here = Math.max(1, Math.min(room, left - 1)); // a fresh page always takes a line: no endless loop
        }
        this.drawLines(lines, start, start + here, style, start === 0);
        start += here;
        this.newPage();
      }
      this.y += GAP;
    });
  }

  private drawLines(lines: string[], from: number, to: number, style: FontStyle, first: boolean): void {
    const lh = lineHeight(PAGE.bodySize);
    this.use(style, PAGE.bodySize);
    for (let i = from; i < to; i++) {
      const indent = first && i === 0 ? INDENT : 0;
      // The last line of a paragraph is not stretched.
      const align = i === lines.length - 1 ? "left" : "justify";
      this.drawLine(lines[i] ?? "", this.left + indent, this.y, this.width - indent, align);
      this.y += lh;
    }
  }

  /** Lays out header lines in one column; returns its height and a function drawing it from a given top. */
  private headerColumn(lines: HeaderLine[], width: number, fullRule: boolean) {
    const ops: Array<(x: number, top: number) => void> = [];
    let height = 0;
    for (const hl of lines) {
      const style = fontStyle(hl.bold, hl.italic);
      const lh = lineHeight(hl.size);
      const wrapped = wrapText(hl.text, { style, size: hl.size }, width);
      const widest = Math.max(...wrapped.map((l) => textWidth(l, style, hl.size)));
      for (const line of wrapped) {
        const dy = height;
        ops.push((x, top) => {
          this.use(style, hl.size);
          this.drawLine(line, x, top + dy, width, "center");
        });
        height += lh;
      }
      if (hl.rule) {
        // Decree 30: under the motto the rule is as long as the line; under the issuing body 1/3–1/2.
        const ruleWidth = fullRule ? widest : widest * 0.4;
        const dy = height + 1.5;
        ops.push((x, top) =>
          this.hline(x + (width - ruleWidth) / 2, x + (width + ruleWidth) / 2, top + dy, 0.75),
        );
        height += 5;
      }
    }
    const draw = (x: number, top: number) => {
      for (const op of ops) op(x, top);
    };
    return { height, draw };
  }

  private header(left: HeaderLine[], right: HeaderLine[], number: HeaderLine, date: HeaderLine): void {
    const pad = 4;
    // The right column (national title) takes what its longest line needs, between 55% and 62%.
    const needRight = Math.max(
      0,
      ...[...right, date].map((hl) =>
        Math.max(
          ...drawableText(hl.text)
            .split("\n")
            .map((t) => textWidth(t.trim(), fontStyle(hl.bold, hl.italic), hl.size)),
        ),
      ),
    );
    const rightWidth = Math.min(Math.max(needRight + 2 * pad, 0.55 * this.width), 0.62 * this.width);
    const leftWidth = this.width - rightWidth;
    const l = this.headerColumn(left, leftWidth - 2 * pad, false);
    const r = this.headerColumn(right, rightWidth - 2 * pad, true);
    // `Số:` and the place and date share one baseline, under the taller of the two columns.
    const rowTop = Math.max(l.height, r.height) + 3;
    const baseline = Math.max(number.size, date.size) * ASCENT_EM;
    const numberLines = wrapText(
      number.text,
      { style: fontStyle(number.bold, number.italic), size: number.size },
      leftWidth - 2 * pad,
    );
    const dateLines = wrapText(
      date.text,
      { style: fontStyle(date.bold, date.italic), size: date.size },
      rightWidth - 2 * pad,
    );
    const lastHeight = Math.max(
      numberLines.length * lineHeight(number.size),
      dateLines.length * lineHeight(date.size),
    );
    const height = rowTop + lastHeight;
    this.ensure(height);
    const top = this.y;
    l.draw(this.left + pad, top);
    r.draw(this.left + leftWidth + pad, top);
    const drawLast = (hl: HeaderLine, lines: string[], x: number, width: number) => {
      this.use(fontStyle(hl.bold, hl.italic), hl.size);
      const y0 = top + rowTop + baseline - hl.size * ASCENT_EM;
      lines.forEach((line, i) => {
        this.drawLine(line, x, y0 + i * lineHeight(hl.size), width, "center");
      });
    };
    drawLast(number, numberLines, this.left + pad, leftWidth - 2 * pad);
    drawLast(date, dateLines, this.left + leftWidth + pad, rightWidth - 2 * pad);
    this.y = top + height + 2 * GAP;
  }

  /** A table's cells wrapped to their columns, and the heights pagination needs. */
  private prepareTable(columns: TableColumn[], rows: TableRow[], size: number) {
    const lh = lineHeight(size);
    const widths = columnWidths(columns, rows, size, this.width, CELL_PAD_X);
    const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
    const cell = (text: string, i: number, style: FontStyle, align: TextAlign, w = widths[i] ?? 0): Cell => {
      const inner = Math.max(w - 2 * CELL_PAD_X, 1);
      const lines = wrapText(text, { style, size }, inner);
      return { x: xs[i] ?? 0, width: w, lines, style, align: align === "justify" ? "left" : align };
    };
    const prepare = (cells: Cell[]): PreparedRow => ({
      cells,
      lines: Math.max(1, ...cells.map((c) => c.lines.length)),
      size,
    });
    const header = prepare(
      columns.map((c, i) => ({ ...cell(c.header, i, "bold", "center"), fill: HEADER_FILL, middle: true })),
    );
    const body = rows.map((row) => {
      if (row.kind === "group") {
        const text = row.cells.filter((c) => c.trim() !== "").join(" ");
        return { ...prepare([cell(text, 0, "bold", "left", this.width)]), keepNext: true };
      }
      const style: FontStyle = row.kind === "total" ? "bold" : "regular";
      return prepare(columns.map((c, i) => cell(row.cells[i] ?? "", i, style, c.align)));
    });
    const rowHeight = (lines: number) => lines * lh + 2 * CELL_PAD_Y;
    const headerHeight = rowHeight(header.lines);
    const total = headerHeight + body.reduce((sum, r) => sum + rowHeight(r.lines), 0) + GAP;
    // Lines a row can have on a page under the header; a row with more is split by line.
    const onFreshPage = Math.floor((this.contentHeight - headerHeight - 2 * CELL_PAD_Y) / lh + EPS);
    /** Lines a row needs on the page it starts on: all when it fits on a page, else 2 (it splits anyway). */
    const linesToStart = (row: PreparedRow) => (row.lines <= onFreshPage ? row.lines : 2);
    return { lh, header, body, rowHeight, headerHeight, total, onFreshPage, linesToStart };
  }

  /**
   * A table: on one page whenever it fits on one; otherwise its header row is repeated on each page, a row
   * moves whole to the next page when it fits on one, and only a row taller than a page is split (by line,
   * at least 2 lines on each side).
   */
  private table(columns: TableColumn[], rows: TableRow[], size: number): void {
    if (columns.length === 0) return;
    const { lh, header, body, rowHeight, headerHeight, total, onFreshPage, linesToStart } = this.prepareTable(
      columns,
      rows,
      size,
    );

    let pageStart = 0; // y just under the header row on the current page
    const startPage = () => {
      this.drawRow(header, 0, header.lines, lh, headerHeight);
      pageStart = this.y;
    };
    const firstRow = body[0];
    if (total <= this.contentHeight) this.ensure(total);
    else this.ensure(headerHeight + (firstRow ? rowHeight(linesToStart(firstRow)) : 0));
    startPage();
    const nextPage = () => {
      this.newPage();
      startPage();
    };

    body.forEach((row, k) => {
      const next = body[k + 1];
      if (row.keepNext && next && this.y > pageStart + EPS) {
        const nextHere = linesToStart(next); // what the next row needs on this page
        if (!this.fits(rowHeight(row.lines) + rowHeight(nextHere))) nextPage();
      }
      let start = 0;
      while (start < row.lines) {
        const fresh = this.y <= pageStart + EPS;
        const here = Math.floor((this.bottom - this.y - 2 * CELL_PAD_Y) / lh + EPS);
        const left = row.lines - start;
        if (left <= here) {
          this.drawRow(row, start, row.lines, lh, rowHeight(left));
          break;
        }
        // A row that fits on a page moves there whole; a taller one leaves at least 2 lines here.
        if (!fresh && (left <= onFreshPage || here < 2)) {
          nextPage();
          continue;
        }
        const n = Math.max(Math.min(here, left - 2), 1); // a fresh page always takes a line: no endless loop
        this.drawRow(row, start, start + n, lh, rowHeight(n));
        start += n;
        if (start < row.lines) nextPage();
      }
    });
    this.y += GAP;
  }

  private drawRow(row: PreparedRow, from: number, to: number, lh: number, height: number): void {
    const top = this.y;
    const pdf = this.pdf;
    for (const c of row.cells) {
      const x = this.left + c.x;
      if (c.fill) pdf.save().rect(x, top, c.width, height).fill(c.fill).restore();
      const lines = c.lines.slice(from, to);
      const offset = c.middle ? (height - 2 * CELL_PAD_Y - lines.length * lh) / 2 : 0;
      this.use(c.style, row.size);
      lines.forEach((line, i) => {
        this.drawLine(
          line,
          x + CELL_PAD_X,
          top + CELL_PAD_Y + offset + i * lh,
          c.width - 2 * CELL_PAD_X,
          c.align,
        );
      });
    }
    pdf.save().lineWidth(BORDER);
    for (const c of row.cells) pdf.rect(this.left + c.x, top, c.width, height);
    pdf.stroke().restore();
    this.y = top + height;
  }

  /** Where a bar chart's parts go: its categories' labels wrapped, each group's height, the plot's span. */
  private chartLayout(block: Extract<Block, { type: "barChart" }>) {
    const labelWidth = CHART_LABEL_SHARE * this.width;
    const plotLeft = this.left + labelWidth + CHART_PAD;
    const plotWidth = this.width - labelWidth - 2 * CHART_PAD;
    const labels = block.categories.map((c) =>
      wrapText(c, { style: "regular", size: CHART_SIZE }, labelWidth),
    );
    const bars = Math.max(block.series.length, 1) * (CHART_BAR + CHART_BAR_GAP) - CHART_BAR_GAP;
    const groups = labels.map((l) => Math.max(l.length * lineHeight(CHART_SIZE), bars) + 2 * CHART_PAD);
    const legend = lineHeight(CHART_SIZE) + CHART_PAD;
    const axis = lineHeight(CHART_SIZE) + CHART_PAD;
    const height = legend + groups.reduce((a, b) => a + b, 0) + axis + GAP;
    return { labelWidth, plotLeft, plotWidth, labels, bars, groups, legend, height };
  }

  /**
   * A small horizontal bar chart in greys (a report is printed in black and white): the legend, then per
   * category its label and a bar per series, a tick for its mark, and a scale under it. Kept on one page.
   */
  private barChart(block: Extract<Block, { type: "barChart" }>): void {
    const c = this.chartLayout(block);
    this.ensure(c.height);
    const pdf = this.pdf;
    const x = (v: number) => c.plotLeft + (Math.max(0, Math.min(v, block.max)) / block.max) * c.plotWidth;
    const shade = (i: number) => {
      const n = block.series.length;
      const level = n <= 1 ? 90 : Math.round(190 - (i * 130) / (n - 1));
      return `#${level.toString(16).padStart(2, "0").repeat(3)}`;
    };
    let y = this.y;

    // The legend: a swatch and the series' name, then the mark's.
    this.use("regular", CHART_SIZE);
    let lx = c.plotLeft;
    const swatch = CHART_SIZE * 0.8;
    block.series.forEach((s, i) => {
      pdf
        .save()
        .rect(lx, y + 2, swatch, swatch)
        .fill(shade(i))
        .restore();
      this.drawLine(s.name, lx + swatch + 3, y, this.measure(s.name) + 1, "left");
      lx += swatch + 3 + this.measure(s.name) + 10;
    });
    if (block.marks) {
      pdf
        .save()
        .lineWidth(1.2)
        .moveTo(lx + 2, y + 1)
        .lineTo(lx + 2, y + 2 + swatch + 1)
        .stroke()
        .restore();
      this.drawLine(block.marks.name, lx + 7, y, this.measure(block.marks.name) + 1, "left");
    }
    y += c.legend;

    const plotTop = y;
    const plotBottom = plotTop + c.groups.reduce((a, b) => a + b, 0);
    // The scale's grid lines, light, under the bars.
    const ticks = Array.from({ length: CHART_STEPS + 1 }, (_, step) => (block.max * step) / CHART_STEPS);
    for (const v of ticks)
      pdf
        .save()
        .lineWidth(0.3)
        .strokeColor("#bbbbbb")
        .moveTo(x(v), plotTop)
        .lineTo(x(v), plotBottom)
        .stroke()
        .restore();

    block.categories.forEach((_, k) => {
      const height = c.groups[k] ?? 0;
      const lines = c.labels[k] ?? [];
      const lh = lineHeight(CHART_SIZE);
      this.use("regular", CHART_SIZE);
      const labelTop = y + (height - lines.length * lh) / 2;
      lines.forEach((line, i) => {
        this.drawLine(line, this.left, labelTop + i * lh, c.labelWidth, "left");
      });
      const barsTop = y + (height - c.bars) / 2;
      block.series.forEach((s, i) => {
        const v = s.values[k];
        if (v === null || v === undefined) return;
        const top = barsTop + i * (CHART_BAR + CHART_BAR_GAP);
        pdf
          .save()
          .rect(c.plotLeft, top, x(v) - c.plotLeft, CHART_BAR)
          .fill(shade(i))
          .restore();
      });
      const mark = block.marks?.values[k];
      if (mark !== null && mark !== undefined)
        pdf
          .save()
          .lineWidth(1.2)
          .moveTo(x(mark), barsTop - 1.5)
          .lineTo(x(mark), barsTop + c.bars + 1.5)
          .stroke()
          .restore();
      y += height;
    });

    // The axis and its numbers.
    pdf
      .save()
      .lineWidth(BORDER)
      .moveTo(c.plotLeft, plotTop)
      .lineTo(c.plotLeft, plotBottom)
      .lineTo(x(block.max), plotBottom)
      .stroke()
      .restore();
    this.use("regular", CHART_SIZE);
    for (const v of ticks) {
      const label = String(Number(v.toPrecision(6))).replace(".", ",");
      this.drawLine(label, x(v) - this.measure(label) / 2, plotBottom + 2, this.measure(label) + 1, "left");
    }
    this.y = plotBottom + lineHeight(CHART_SIZE) + CHART_PAD + GAP;
  }

  /** The closing block's lines: Nơi nhận on the left, the signature on the right. */
  private closingLayout(recipientsTitle: string, recipients: string[], signerTitle: string, signer: string) {
    const leftWidth = 0.45 * this.width;
    const rightWidth = this.width - leftWidth;
    const lines = (text: string, style: FontStyle, size: number, width: number) =>
      wrapText(text, { style, size }, width)
        .filter((l) => l !== "")
        .map((l) => ({ text: l, style, size, lh: lineHeight(size) }));
    const leftLines = [
      ...lines(recipientsTitle, "boldItalic", 12, leftWidth),
      ...recipients.flatMap((r) => lines(r, "regular", 11, leftWidth)),
    ];
    const titleLines = lines(signerTitle.toLocaleUpperCase("vi"), "bold", PAGE.bodySize, rightWidth);
    const signerLines = lines(signer, "bold", PAGE.bodySize, rightWidth);
    const sum = (ls: { lh: number }[]) => ls.reduce((s, l) => s + l.lh, 0);
    const rightHeight = sum(titleLines) + SIGNATURE_SPACE + sum(signerLines);
    const height = Math.max(sum(leftLines), rightHeight);
    return { leftWidth, rightWidth, leftLines, titleLines, signerLines, rightHeight, height };
  }

  /** The height the closing block keeps together on its page (the signature alone when the whole is taller than a page). */
  private closingHeight(block: Extract<Block, { type: "closing" }>): number {
    const c = this.closingLayout(block.recipientsTitle, block.recipients, block.signerTitle, block.signer);
    return GAP + (c.height <= this.contentHeight ? c.height : c.rightHeight);
  }

  private closing(recipientsTitle: string, recipients: string[], signerTitle: string, signer: string): void {
    const { leftWidth, rightWidth, leftLines, titleLines, signerLines, rightHeight, height } =
      this.closingLayout(recipientsTitle, recipients, signerTitle, signer);

    this.y += GAP;
    if (height <= this.contentHeight) this.ensure(height);
    else this.ensure(rightHeight);
    const page = this.pageCount;
    let y = this.y;
    for (const l of titleLines) {
      this.use(l.style, l.size);
      this.drawLine(l.text, this.left + leftWidth, y, rightWidth, "center");
      y += l.lh;
    }
    y += SIGNATURE_SPACE;
    for (const l of signerLines) {
      this.use(l.style, l.size);
      this.drawLine(l.text, this.left + leftWidth, y, rightWidth, "center");
      y += l.lh;
    }
    const rightBottom = y;
    // The recipients list flows to a next page only when the whole block is taller than a page.
    for (const l of leftLines) {
      this.ensure(l.lh);
      this.use(l.style, l.size);
      this.drawLine(l.text, this.left, this.y, leftWidth, "left");
      this.y += l.lh;
    }
    if (this.pageCount === page) this.y = Math.max(this.y, rightBottom);
    this.y += GAP;
  }

  /**
   * The page number, centred in the top margin, from the second page of each section: Decree 30
   * numbers a document from 1 without showing the first page's number, and numbers each appendix on its
   * own. Drawn as the page starts, so no page has to be kept in memory until the end.
   */
  private numberPage(): void {
    const number = this.pageCount - (lastOf(this.sectionStarts) ?? 0);
    if (number < 2) return;
    const label = String(number);
    const size = PAGE.pageNumberSize;
    this.use("regular", size);
    const x = this.left + (this.width - this.measure(label)) / 2;
    // lineBreak: false keeps pdfkit from wrapping or adding a page for text in the margin.
    this.pdf.text(label, x, Math.max((this.top - lineHeight(size)) / 2, 0), { lineBreak: false });
  }
}

/** A PDFDocument that hands over its output as it is written: no stream, no microtask, nothing async. */
function collectingDocument(options: PDFKit.PDFDocumentOptions): { pdf: Pdf; bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  let ended = false;
  class Collecting extends PDFDocument {
    // pdfkit writes every byte through push() (Node's Readable in Node, its own in the browser build).
    override push(chunk: unknown): boolean {
      if (chunk === null) ended = true;
      else if (chunk instanceof Uint8Array) chunks.push(chunk);
      else throw new Error(`pdfkit wrote ${typeof chunk}`);
      return true;
    }
  }
  const pdf = new Collecting(options) as Pdf;
  const bytes = () => {
    if (!ended) throw new Error("the PDF did not finish");
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  return { pdf, bytes };
}

/** Renders the report as an A4 PDF (Decree 30 margins, fonts embedded), each section on its own pages. */
export function renderPdf(doc: ReportDocument, fonts: FontSet): Uint8Array {
  const { pdf, bytes } = collectingDocument({
    autoFirstPage: false,
    // The document's first font: pdfkit would otherwise load Helvetica from a file, which Apps Script has not.
    font: fonts.regular as unknown as string,
    info: { Title: drawableText(doc.title), Creator: "papi-plan" },
    displayTitle: true,
    lang: "vi-VN",
  });
  for (const style of ["regular", "bold", "italic", "boldItalic"] as const)
    pdf.registerFont(style, fonts[style] as unknown as string);
  pdf.font("regular").fontSize(PAGE.bodySize);

  const w = new Writer(pdf);
  for (const section of doc.sections) {
    w.startSection(section.orientation);
    section.blocks.forEach((_, i) => {
      w.block(section.blocks, i);
    });
  }
  if (doc.sections.length === 0) w.startSection("portrait");
  pdf.end();
  return bytes();
}
