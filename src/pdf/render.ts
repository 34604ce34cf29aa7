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
/** Rows of at most this many lines are never split across pages. */
const KEEP_WHOLE_LINES = 4;
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
      if (extra > EPS) opts.wordSpacing = extra;
    }
    this.pdf.text(text, x + Math.max(dx, 0), y, opts);
  }

  hline(x1: number, x2: number, y: number, width = BORDER): void {
    this.pdf.save().lineWidth(width).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  // --- blocks ---

  block(block: Block, next: Block | undefined): void {
    switch (block.type) {
      case "header":
        this.header(block.left, block.right, block.number, block.date);
        break;
      case "title":
        this.title(block, next);
        break;
      case "heading":
        this.text(block.text, {
          style: "bold",
          size: PAGE.bodySize,
          align: "left",
          keepNext: this.keepNext(next),
        });
        break;
      case "paragraph":
        this.text(block.text, {
          style: block.italic || block.placeholder ? "italic" : "regular",
          size: PAGE.bodySize,
          align: "justify",
          indent: INDENT,
          split: true,
        });
        break;
      case "table":
        this.table(block.columns, block.rows, block.size);
        break;
      case "closing":
        this.closing(block.recipientsTitle, block.recipients, block.signerTitle, block.signer);
        break;
    }
  }

  /** Room a title or heading keeps for the start of the next block, so it is not left alone at a page foot. */
  private keepNext(next: Block | undefined): number {
    if (!next || next.type === "header") return 0;
    if (next.type === "title") return lineHeight(next.size);
    const size = next.type === "table" ? next.size : PAGE.bodySize;
    const lh = lineHeight(size);
    return next.type === "table" ? 2 * (2 * lh + 2 * CELL_PAD_Y) : 2 * lh;
  }

  /** A centred title broken between its phrases; the subject line gets a short rule under it. */
  private title(block: Extract<Block, { type: "title" }>, next: Block | undefined): void {
    const style = block.italic ? "italic" : "bold";
    const font = { style, size: block.size } as const;
    const lines = phraseLines(block.phrases, font, this.width * TITLE_WIDTH_SHARE);
    const lh = lineHeight(block.size);
    const ruleSpace = block.rule ? 9 : 0;
    this.ensure(lines.length * lh + ruleSpace + this.keepNext(next));
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
      this.y += ruleSpace;
    }
    this.y += GAP;
  }

  private text(
    text: string,
    o: {
      style: FontStyle;
      size: number;
      align: TextAlign;
      indent?: number;
      split?: boolean;
      keepNext?: number;
    },
  ): void {
    const lh = lineHeight(o.size);
    const font = { style: o.style, size: o.size };
    const paragraphs = drawableText(text)
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => wrapLine(p, font, this.width, o.indent ?? 0));
    const total = paragraphs.reduce((sum, lines) => sum + lines.length * lh + GAP, 0);
    const keepNext = o.keepNext ?? 0;
    if (!o.split && total + keepNext <= this.contentHeight) this.ensure(total + keepNext);
    else if (paragraphs.length > 0) this.ensure(Math.min(total, 2 * lh) + keepNext);
    this.use(o.style, o.size);
    for (const lines of paragraphs) {
      lines.forEach((line, i) => {
        this.ensure(lh);
        this.use(o.style, o.size);
        const indent = i === 0 ? (o.indent ?? 0) : 0;
        const last = i === lines.length - 1;
        const align = o.align === "justify" && last ? "left" : o.align;
        this.drawLine(line, this.left + indent, this.y, this.width - indent, align);
        this.y += lh;
      });
      this.y += GAP;
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

  private table(columns: TableColumn[], rows: TableRow[], size: number): void {
    if (columns.length === 0) return;
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

    let pageStart = 0; // y just under the header row on the current page
    const startPage = () => {
      this.drawRow(header, 0, header.lines, lh, headerHeight);
      pageStart = this.y;
    };
    const firstRow = body[0];
    this.ensure(headerHeight + (firstRow ? rowHeight(Math.min(firstRow.lines, 2)) : 0));
    startPage();
    const nextPage = () => {
      this.newPage();
      startPage();
    };

    // Lines a row can have on a page under the header; a row with more is split by line.
    const onFreshPage = Math.floor((this.contentHeight - headerHeight - 2 * CELL_PAD_Y) / lh + EPS);
    body.forEach((row, k) => {
      const next = body[k + 1];
      if (row.keepNext && next && this.y > pageStart + EPS) {
        const nextHere = next.lines <= onFreshPage ? next.lines : 2; // what the next row needs on this page
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
        // Short rows move to the next page whole; longer ones break across pages, as Word tables do
        // by default, so a long appendix does not leave half-empty pages.
        if (!fresh && (left <= Math.min(onFreshPage, KEEP_WHOLE_LINES) || here < 2)) {
          nextPage();
          continue;
        }
        const n = Math.max(here, 1); // a fresh page always takes at least one line: no endless loop
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

  private closing(recipientsTitle: string, recipients: string[], signerTitle: string, signer: string): void {
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
    section.blocks.forEach((block, i) => {
      w.block(block, section.blocks[i + 1]);
    });
  }
  if (doc.sections.length === 0) w.startSection("portrait");
  pdf.end();
  return bytes();
}
