/**
 * Renders a ReportDocument as a Decree 30 PDF with pdfkit and the embedded Noto Serif family.
 *
 * Every line is laid out here (wrapping, justification, page breaks) and drawn with
 * `lineBreak: false`, so pdfkit never wraps or adds a page on its own: a block that does not fit
 * moves to the next page, paragraphs and table rows taller than what is left are split by line,
 * and a table's header row is repeated on each page it continues on.
 */
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import {
  type Block,
  type DocumentSection,
  type HeaderLine,
  MM_TO_PT,
  PAGE,
  type ReportDocument,
  type TableColumn,
  type TableRow,
  usableWidthPt,
} from "../core/document";

type Pdf = PDFKit.PDFDocument;
type Orientation = DocumentSection["orientation"];
type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

/** Module specifiers of the four faces; resolved at run time, so they work from source and from dist/. */
export const FONT_FILES: Record<FontStyle, string> = {
  regular: "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
  bold: "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
  italic: "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
  boldItalic: "@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf",
};

const STYLES: FontStyle[] = ["regular", "bold", "italic", "boldItalic"];
let fontData: Map<FontStyle, Buffer> | undefined;

function fonts(): Map<FontStyle, Buffer> {
  fontData ??= new Map(STYLES.map((s) => [s, readFileSync(require.resolve(FONT_FILES[s]))]));
  return fontData;
}

function styleOf(bold?: boolean, italic?: boolean): FontStyle {
  if (bold) return italic ? "boldItalic" : "bold";
  return italic ? "italic" : "regular";
}

const CM = 10 * MM_TO_PT;
/** Space after a paragraph or a block (Decree 30: at least 6 pt). */
const GAP = 6;
const INDENT = 1 * CM;
const CELL_PAD_X = 3;
const CELL_PAD_Y = 2;
const BORDER = 0.5;
const HEADER_FILL = "#e6e6e6";
const SIGNATURE_SPACE = 2.5 * CM;
const PAGE_NUMBER_SIZE = 13;
const EPS = 0.01;

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

/** Clean text for drawing: NFC (precomposed Vietnamese glyphs), one kind of newline, no tabs. */
function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ");
}

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/**
 * Where a word too wide for its line may break: after "/", "-", "." and the like when a letter
 * follows ("45/BQLKCN-VP" → "45/", "BQLKCN-", "VP"), so dates and numbers (30/06/2025, 2.000) stay whole.
 */
function wordPieces(word: string): string[] {
  return word.split(/(?<=[/\-.,;:_?&=])(?=\p{L})/u);
}

class Writer {
  private readonly widthCache = new Map<string, number>();
  private font: FontStyle = "regular";
  private size: number = PAGE.bodySize;
  orientation: Orientation = "portrait";
  left = 0;
  top = 0;
  bottom = 0;
  width = 0;
  y = 0;
  pageCount = 0;

  constructor(readonly pdf: Pdf) {}

  /** Starts a page in the given orientation with the Decree 30 margins. */
  newPage(orientation: Orientation = this.orientation): void {
    const w = PAGE.widthMm * MM_TO_PT;
    const h = PAGE.heightMm * MM_TO_PT;
    const m = PAGE.marginMm;
    this.pdf.addPage({
      size: [w, h],
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
    if (style !== this.font) this.pdf.font(style);
    this.pdf.fontSize(size);
    this.font = style;
    this.size = size;
  }

  lineHeight(style: FontStyle, size: number): number {
    this.use(style, size);
    return this.pdf.currentLineHeight(true);
  }

  /** Width of `text` in the current font and size (cached). */
  measure(text: string): number {
    const key = `${this.font}|${this.size}|${text}`;
    let width = this.widthCache.get(key);
    if (width === undefined) {
      width = this.pdf.widthOfString(text);
      this.widthCache.set(key, width);
    }
    return width;
  }

  /** Width of a line as drawn with extra word spacing: words plus the spaces between them. */
  private wordsWidth(words: string[]): number {
    return words.reduce((sum, w) => sum + this.measure(w), 0);
  }

  /**
   * Wraps one paragraph (no newlines) into lines of at most `width` in the current font; the first
   * line is `indent` narrower. Breaks at spaces (runs of spaces inside a line are kept, e.g. in
   * "Số:      /BC-…"); a word wider than a line is broken between characters.
   */
  wrap(text: string, width: number, indent = 0): string[] {
    const parts = text.split(/( +)/);
    const lines: string[] = [];
    let line = "";
    let lineWidth = 0;
    let avail = Math.max(width - indent, 1);
    const pushLine = () => {
      lines.push(line);
      line = "";
      lineWidth = 0;
      avail = Math.max(width, 1);
    };
    const place = (word: string) => {
      const w = this.measure(word);
      if (w <= avail + EPS) {
        line = word;
        lineWidth = w;
        return;
      }
      // Too wide for a line: break after "/", "-", "." etc. before a letter, else between letters.
      for (const piece of wordPieces(word)) {
        const pw = this.measure(piece);
        if (line !== "" && lineWidth + pw > avail + EPS) pushLine();
        if (pw <= avail + EPS) {
          line += piece;
          lineWidth += pw;
          continue;
        }
        for (const { segment } of graphemes.segment(piece)) {
          const cw = this.measure(segment);
          if (line !== "" && lineWidth + cw > avail + EPS) pushLine();
          line += segment;
          lineWidth += cw;
        }
      }
    };
    for (let k = 0; k < parts.length; k += 2) {
      const word = parts[k] ?? "";
      if (word === "") continue;
      if (line === "") {
        place(word);
        continue;
      }
      const sep = parts[k - 1] ?? " ";
      const candidate = lineWidth + this.measure(sep) + this.measure(word);
      if (candidate <= avail + EPS) {
        line += sep + word;
        lineWidth = candidate;
      } else {
        pushLine();
        place(word);
      }
    }
    if (line !== "" || lines.length === 0) lines.push(line);
    return lines;
  }

  /** Draws one line with its top at `y`, aligned in [x, x + width]; `justify` stretches the spaces. */
  drawLine(text: string, x: number, y: number, width: number, align: TextAlign): void {
    if (text === "") return;
    const opts: PDFKit.Mixins.TextOptions = { lineBreak: false };
    let dx = 0;
    if (align === "center") dx = (width - this.measure(text)) / 2;
    else if (align === "right") dx = width - this.measure(text);
    else if (align === "justify" && !/ {2}/.test(text)) {
      const words = text.split(" ");
      if (words.length > 1) {
        const extra = (width - this.wordsWidth(words)) / (words.length - 1) - this.measure(" ");
        if (extra > EPS) opts.wordSpacing = extra;
      }
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
        this.header(block.left, block.right);
        break;
      case "title":
        this.text(block.text, {
          style: "bold",
          size: block.size,
          align: "center",
          keepNext: this.keepNext(next),
        });
        break;
      case "subtitle":
        this.text(block.text, {
          style: block.italic ? "italic" : "bold",
          size: block.size,
          align: "center",
          keepNext: this.keepNext(next),
        });
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
    const size = next.type === "table" ? next.size : PAGE.bodySize;
    const lh = this.lineHeight("regular", size);
    return next.type === "table" ? 2 * (2 * lh + 2 * CELL_PAD_Y) : 2 * lh;
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
    const lh = this.lineHeight(o.style, o.size);
    const paragraphs = cleanText(text)
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => {
        this.use(o.style, o.size);
        return this.wrap(p, this.width, o.indent ?? 0);
      });
    const total = paragraphs.reduce((sum, lines) => sum + lines.length * lh + GAP, 0);
    const keepNext = o.keepNext ?? 0;
    if (!o.split && total + keepNext <= this.contentHeight) this.ensure(total + keepNext);
    else if (paragraphs.length > 0) this.ensure(Math.min(total, 2 * lh) + keepNext);
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

  /** Lays out one header column; returns its height and a function drawing it from a given top. */
  private headerColumn(lines: HeaderLine[], width: number, fullRule: boolean) {
    const ops: Array<(x: number, top: number) => void> = [];
    let height = 0;
    for (const hl of lines) {
      const style = styleOf(hl.bold, hl.italic);
      const lh = this.lineHeight(style, hl.size);
      for (const part of cleanText(hl.text).split("\n")) {
        this.use(style, hl.size);
        const wrapped = this.wrap(part.trim(), width);
        const widest = Math.max(...wrapped.map((l) => this.measure(l)));
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
    }
    const draw = (x: number, top: number) => {
      for (const op of ops) op(x, top);
    };
    return { height, draw };
  }

  private header(left: HeaderLine[], right: HeaderLine[]): void {
    const pad = 4;
    // The right column (national title) takes what its longest line needs, between 55% and 62%.
    const needRight = Math.max(
      0,
      ...right.map((hl) => {
        this.use(styleOf(hl.bold, hl.italic), hl.size);
        return Math.max(
          ...cleanText(hl.text)
            .split("\n")
            .map((t) => this.measure(t.trim())),
        );
      }),
    );
    const rightWidth = Math.min(Math.max(needRight + 2 * pad, 0.55 * this.width), 0.62 * this.width);
    const leftWidth = this.width - rightWidth;
    const l = this.headerColumn(left, leftWidth - 2 * pad, false);
    const r = this.headerColumn(right, rightWidth - 2 * pad, true);
    const height = Math.max(l.height, r.height);
    this.ensure(height);
    l.draw(this.left + pad, this.y);
    r.draw(this.left + leftWidth + pad, this.y);
    this.y += height + 2 * GAP;
  }

  private table(columns: TableColumn[], rows: TableRow[], size: number): void {
    if (columns.length === 0) return;
    const lh = Math.max(this.lineHeight("regular", size), this.lineHeight("bold", size));
    const widths = this.columnWidths(columns, rows, size);
    const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
    const cell = (text: string, i: number, style: FontStyle, align: TextAlign, w = widths[i] ?? 0): Cell => {
      this.use(style, size);
      const inner = Math.max(w - 2 * CELL_PAD_X, 1);
      const lines = cleanText(text)
        .split("\n")
        .flatMap((p) => this.wrap(p.trim(), inner));
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

  /**
   * Column widths from the weights, except that a column too narrow for its longest word (say "STT"
   * in a 4% column) is widened to fit it, the others sharing the rest by weight, so words are not
   * broken between letters. A table that cannot afford that keeps the plain weights.
   */
  private columnWidths(columns: TableColumn[], rows: TableRow[], size: number): number[] {
    const total = this.width;
    const weights = columns.map((c) => (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0));
    const share = (ids: number[], width: number): number[] => {
      const weight = ids.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
      return ids.map((i) => (weight > 0 ? (width * (weights[i] ?? 0)) / weight : width / ids.length));
    };
    const all = columns.map((_, i) => i);
    const plain = share(all, total);
    // Longest piece that cannot break (see wordPieces); a very long one (a link) may still break
    // between letters rather than squeeze the other columns.
    const cap = 0.3 * total - 2 * CELL_PAD_X - 0.5;
    const longestWord = (text: string, style: FontStyle) => {
      this.use(style, size);
      const widths = cleanText(text)
        .split(/\s+/)
        .flatMap(wordPieces)
        .map((w) => this.measure(w));
      return Math.max(0, ...widths.filter((w) => w <= cap));
    };
    const mins = columns.map((c, i) => {
      let need = longestWord(c.header, "bold");
      for (const row of rows) {
        if (row.kind === "group") continue;
        need = Math.max(need, longestWord(row.cells[i] ?? "", row.kind === "total" ? "bold" : "regular"));
      }
      return need + 2 * CELL_PAD_X + 0.5;
    });
    if (mins.reduce((a, b) => a + b, 0) > total) return plain;
    const fixed = new Set<number>();
    for (;;) {
      const free = all.filter((i) => !fixed.has(i));
      const freeWidth = total - [...fixed].reduce((sum, i) => sum + (mins[i] ?? 0), 0);
      const shared = share(free, freeWidth);
      const widths = all.map((i) => (fixed.has(i) ? (mins[i] ?? 0) : (shared[free.indexOf(i)] ?? 0)));
      const narrow = free.filter((i) => (widths[i] ?? 0) < (mins[i] ?? 0) - EPS);
      if (narrow.length === 0) return widths;
      for (const i of narrow) fixed.add(i);
    }
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
    const lines = (text: string, style: FontStyle, size: number, width: number) => {
      this.use(style, size);
      return cleanText(text)
        .split("\n")
        .flatMap((p) => this.wrap(p.trim(), width))
        .filter((l) => l !== "")
        .map((l) => ({ text: l, style, size, lh: this.lineHeight(style, size) }));
    };
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

  /** Page numbers centred in the top margin from page 2 on, continuous over all sections. */
  numberPages(): void {
    const range = this.pdf.bufferedPageRange();
    for (let i = 1; i < range.count; i++) {
      const page = this.pdf.switchToPage(range.start + i);
      const label = String(i + 1);
      const lh = this.lineHeight("regular", PAGE_NUMBER_SIZE);
      const m = page.margins;
      const x = m.left + (page.width - m.left - m.right - this.measure(label)) / 2;
      // lineBreak: false keeps pdfkit from wrapping or adding a page for text in the margin.
      this.pdf.text(label, x, Math.max((m.top - lh) / 2, 0), { lineBreak: false });
    }
  }
}

/** Renders the report as an A4 PDF (Decree 30 margins, Noto Serif embedded), one section per page run. */
/** Rows of at most this many lines are never split across pages. */
const KEEP_WHOLE_LINES = 4;

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: cleanText(doc.title), Creator: "papi-plan" },
    displayTitle: true,
    lang: "vi-VN",
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  for (const [style, data] of fonts()) pdf.registerFont(style, data);
  pdf.font("regular");

  const w = new Writer(pdf);
  for (const section of doc.sections) {
    w.newPage(section.orientation);
    section.blocks.forEach((block, i) => {
      w.block(block, section.blocks[i + 1]);
    });
  }
  if (doc.sections.length === 0) w.newPage("portrait");
  w.numberPages();
  pdf.end();
  return done;
}
