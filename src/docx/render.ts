/**
 * Writes a ReportDocument as a Word document (.docx): the second writer of the report's blocks, beside
 * the PDF (src/pdf/render.ts), for the clerk who changes wording before the leader signs (docs/workbook.md, "The report"). Unlike the PDF, nothing is placed by position: the text carries real Word styles
 * (Normal, Body Text, Heading 1–3, Title, Table Grid) and the page rules are the word processor's own
 * (widow/orphan control, keep with next, rows that do not split, a repeated header row), so the layout
 * holds while the clerk edits in Word, LibreOffice or Google Docs.
 *
 * Like the PDF renderer it runs in the command and inside the add-on's V8 (no Node API, no timer, no
 * promise): docx's Packer is promise-based, but its compiler is synchronous, so the package's parts are
 * zipped here with fflate's zipSync (the zip library docx itself and pdfkit use).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  ImportedXmlComponent,
  type IRunOptions,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { strToU8, zipSync } from "fflate";
import { columnWidths } from "../core/columns";
import {
  type Align,
  type Block,
  type DocumentSection,
  type HeaderLine,
  PAGE,
  type ReportDocument,
  type TableRow as ReportRow,
  type TableColumn,
  TITLE_WIDTH_SHARE,
  usableWidthPt,
} from "../core/document";
import { drawableText, fontStyle, phraseLines, textWidth, wrapText } from "../core/measure";

/** Twentieths of a point, Word's unit of length. */
const TWIP_PER_PT = 20;
const twip = (pt: number) => Math.round(pt * TWIP_PER_PT);
const mmTwip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** Font sizes in Word are in half-points. */
const half = (pt: number) => Math.round(pt * 2);

const FONT = PAGE.font;
const LANGUAGE = "vi-VN";
/** Space after a paragraph (Decree 30: at least 6 pt), as in the PDF. */
const GAP_PT = 6;
const INDENT_MM = 10;
/** Padding left and right of a cell's text, in points (Word's default is 5.4 pt; the PDF uses 3). */
const CELL_PAD_PT = 3;
const HEADER_FILL = "E6E6E6";
/** Padding left and right in the header's and the closing's borderless tables, as in the PDF's header. */
const HEADER_PAD_PT = 4;
/** Room left for the signature between the signer's title and name, as in the PDF. */
const SIGNATURE_SPACE_MM = 25;
/** The page number's distance from the top edge: in the top margin, as in the PDF. */
const HEADER_DISTANCE_MM = 10;

/** Style ids: Word's built-in names, so Word, LibreOffice and Google Docs treat them as their own. */
const STYLE = {
  body: "BodyText",
  cell: "TableText",
  table: "TableGrid",
  plainTable: "TableNormal",
} as const;

type DocxAlign = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<Align, DocxAlign> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

/** A short rule: an empty line of 1 pt whose top border is the rule, `width` points long, centred in `cellWidth`. */
function rule(width: number, cellWidth: number): Paragraph {
  const side = twip(Math.max((cellWidth - width) / 2, 0));
  return new Paragraph({
    style: STYLE.cell,
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: twip(1.5), after: 0, line: 20, lineRule: "exact" },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    keepNext: true,
    children: [new TextRun({ text: "", size: 2 })],
  });
}

/** How a run looks where it differs from its paragraph's style. */
interface Look {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** A run of text; only what `look` sets is written, so the rest comes from the style (a heading stays bold). */
/** An empty line `height` points tall: room after the header and the subject's rule, as in the PDF. */
function spacer(height: number): Paragraph {
  return new Paragraph({
    style: STYLE.cell,
    spacing: { before: 0, after: 0, line: twip(height), lineRule: "exact" },
  });
}

function run(text: string, look: Look = {}, breakBefore = false): TextRun {
  const options: { -readonly [K in keyof IRunOptions]: IRunOptions[K] } = { text: drawableText(text) };
  if (look.size !== undefined) options.size = half(look.size);
  if (look.bold) options.bold = true;
  if (look.italic) options.italics = true;
  if (breakBefore) options.break = 1;
  return new TextRun(options);
}

/** Lines given as one paragraph with line breaks between them (titles broken between their phrases). */
function lineRuns(lines: string[], look: Look): TextRun[] {
  return lines.map((line, i) => run(line, look, i > 0));
}

/** The paragraphs of a text: one per line of it, as the PDF sets them. */
function textParagraphs(text: string): string[] {
  return drawableText(text)
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * A heading's level from its number: "II." (Roman) is Heading 1, "2." Heading 2, "2.1." Heading 3, so
 * headings of one level look alike and Word's navigation pane shows the report's outline.
 */
function headingLevel(text: string): 1 | 2 | 3 {
  const number = /^\s*([IVXLCDM]+|\d+(?:\.\d+)*)\./.exec(text)?.[1];
  if (number === undefined || /^[IVXLCDM]+$/.test(number)) return 1;
  return number.includes(".") ? 3 : 2;
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

type Child = Paragraph | Table;

class Writer {
  constructor(readonly width: number) {}

  /** The Word content of a block; `next` is the block after it (a paragraph keeps with the closing block). */
  block(block: Block, next: Block | undefined): Child[] {
    switch (block.type) {
      case "header":
        return [this.header(block.left, block.right, block.number, block.date), spacer(2 * GAP_PT)];
      case "title":
        return this.title(block);
      case "heading":
        return [new Paragraph({ heading: HEADING[headingLevel(block.text)], children: [run(block.text)] })];
      case "paragraph": {
        const paragraphs = textParagraphs(block.text);
        // The closing sentence keeps (at least) its last lines on the page of Nơi nhận and the signature.
        const keepNext = next?.type === "closing";
        return paragraphs.map(
          (text, i) =>
            new Paragraph({
              style: STYLE.body,
              ...(keepNext && i === paragraphs.length - 1 ? { keepNext: true } : {}),
              children: [run(text, { italic: block.italic || block.placeholder })],
            }),
        );
      }
      case "table":
        return [this.table(block.columns, block.rows, block.size)];
      case "closing":
        return [this.closing(block)];
      case "barChart":
        // Word has no chart the clerk could edit as text; the table before it holds every number.
        return [];
      default:
        return unknownBlock(block);
    }
  }

  /** A centred title broken between its phrases, as the PDF breaks it; the subject line gets a short rule. */
  private title(block: Extract<Block, { type: "title" }>): Child[] {
    const style = block.italic ? "italic" : "bold";
    const lines = phraseLines(block.phrases, { style, size: block.size }, this.width * TITLE_WIDTH_SHARE);
    const children = lineRuns(lines, { size: block.size, bold: !block.italic, italic: block.italic });
    const paragraph = new Paragraph({
      heading: HeadingLevel.TITLE,
      ...(block.rule ? { spacing: { after: 0 } } : {}),
      children,
    });
    if (!block.rule) return [paragraph];
    // Decree 30: a short rule (a third to a half of the line) under the subject line.
    const ruleWidth = Math.min(...lines.map((l) => textWidth(l, style, block.size)), this.width) * 0.4;
    const after = rule(ruleWidth, this.width);
    return [paragraph, after, spacer(GAP_PT)];
  }

  /** One column of the header: its lines centred and broken as in the PDF, a rule under those that have one. */
  private headerColumn(lines: HeaderLine[], width: number, fullRule: boolean): Paragraph[] {
    return lines.flatMap((hl) => {
      const style = fontStyle(hl.bold, hl.italic);
      const wrapped = wrapText(hl.text, { style, size: hl.size }, width);
      const line = new Paragraph({
        style: STYLE.cell,
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: lineRuns(wrapped, hl),
      });
      if (!hl.rule) return [line];
      // Under the motto the rule is as long as the line; under the issuing body 1/3–1/2 of it.
      const widest = Math.max(0, ...wrapped.map((t) => textWidth(t, style, hl.size)));
      return [line, rule(fullRule ? widest : widest * 0.4, width)];
    });
  }

  /**
   * The two-column header as a borderless table: the agency and the national title above, then `Số:` and
   * the place and date in a row of their own, so they stand on one line however tall the columns above.
   */
  private header(left: HeaderLine[], right: HeaderLine[], number: HeaderLine, date: HeaderLine): Table {
    const pad = 2 * HEADER_PAD_PT;
    // The right column (national title) takes what its longest line needs, between 55% and 62%, as in the PDF.
    const needRight = Math.max(
      0,
      ...[...right, date].flatMap((hl) =>
        textParagraphs(hl.text).map((t) => textWidth(t, fontStyle(hl.bold, hl.italic), hl.size)),
      ),
    );
    const rightWidth = Math.min(Math.max(needRight + pad, 0.55 * this.width), 0.62 * this.width);
    const leftWidth = this.width - rightWidth;
    const last = (hl: HeaderLine, width: number) =>
      new Paragraph({
        style: STYLE.cell,
        alignment: AlignmentType.CENTER,
        children: lineRuns(
          wrapText(hl.text, { style: fontStyle(hl.bold, hl.italic), size: hl.size }, width),
          hl,
        ),
      });
    return this.sideBySide(leftWidth, [
      [this.headerColumn(left, leftWidth - pad, false), this.headerColumn(right, rightWidth - pad, true)],
      [[last(number, leftWidth - pad)], [last(date, rightWidth - pad)]],
    ]);
  }

  /**
   * A bordered table in the Table Grid style. Its header row repeats on every page the table continues on;
   * a group row keeps with the row after it; a row never splits across pages unless it is taller than a
   * page (Word then breaks it anyway). A table of at most a page (the summary) is kept on one page: every
   * row but the last keeps with the next.
   */
  private table(columns: TableColumn[], rows: ReportRow[], size: number): Table {
    const widths = columnWidths(columns, rows, size, this.width, CELL_PAD_PT);
    const keepTogether = rows.length <= 12;
    const cellParagraph = (text: string, align: Align, o: { bold?: boolean; keepNext?: boolean }) =>
      textParagraphs(text).map(
        (line) =>
          new Paragraph({
            style: STYLE.cell,
            alignment: ALIGN[align === "justify" ? "left" : align],
            ...(o.keepNext ? { keepNext: true } : {}),
            children: [run(line, { size, bold: o.bold })],
          }),
      );
    const cell = (text: string, i: number, align: Align, o: { bold?: boolean; keepNext?: boolean }) => {
      const paragraphs = cellParagraph(text, align, o);
      return new TableCell({
        width: { size: twip(widths[i] ?? 0), type: WidthType.DXA },
        // A cell must end with a paragraph, even an empty one.
        children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: STYLE.cell })],
      });
    };
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((c, i) => {
        const paragraphs = cellParagraph(c.header, "center", { bold: true, keepNext: true });
        return new TableCell({
          width: { size: twip(widths[i] ?? 0), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { fill: HEADER_FILL, type: "clear", color: "auto" },
          children: paragraphs,
        });
      }),
    });
    const body = rows.map((row, k) => {
      const keepNext = row.kind === "group" || (keepTogether && k < rows.length - 1);
      if (row.kind === "group") {
        const text = row.cells.filter((c) => c.trim() !== "").join(" ");
        return new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: twip(this.width), type: WidthType.DXA },
              columnSpan: columns.length,
              children: cellParagraph(text, "left", { bold: true, keepNext }),
            }),
          ],
        });
      }
      const bold = row.kind === "total";
      return new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => cell(row.cells[i] ?? "", i, c.align, { bold, keepNext })),
      });
    });
    return new Table({
      style: STYLE.table,
      layout: TableLayoutType.FIXED,
      width: { size: twip(this.width), type: WidthType.DXA },
      columnWidths: widths.map(twip),
      rows: [header, ...body],
    });
  }

  /** `Nơi nhận` on the left and the signature block on the right, side by side in a borderless table. */
  private closing(block: Extract<Block, { type: "closing" }>): Table {
    const leftWidth = 0.45 * this.width;
    const left = [
      new Paragraph({
        style: STYLE.cell,
        keepNext: true,
        children: [run(block.recipientsTitle, { size: 12, bold: true, italic: true })],
      }),
      ...block.recipients.map(
        (r) => new Paragraph({ style: STYLE.cell, keepNext: true, children: [run(r, { size: 11 })] }),
      ),
    ];
    const right = [
      new Paragraph({
        style: STYLE.cell,
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [run(block.signerTitle.toLocaleUpperCase("vi"), { bold: true })],
      }),
      new Paragraph({
        style: STYLE.cell,
        alignment: AlignmentType.CENTER,
        spacing: { before: mmTwip(SIGNATURE_SPACE_MM) },
        children: [run(block.signer, { bold: true })],
      }),
    ];
    return this.sideBySide(leftWidth, [[left, right]]);
  }

  /**
   * A borderless table of two columns across the text width, the left one `leftWidth` wide; each row
   * (left paragraphs, right paragraphs) never splits across pages.
   */
  private sideBySide(leftWidth: number, rows: [Paragraph[], Paragraph[]][]): Table {
    const rightWidth = this.width - leftWidth;
    const cell = (children: Paragraph[], width: number) =>
      new TableCell({ width: { size: twip(width), type: WidthType.DXA }, children });
    return new Table({
      style: STYLE.plainTable,
      layout: TableLayoutType.FIXED,
      width: { size: twip(this.width), type: WidthType.DXA },
      columnWidths: [twip(leftWidth), twip(rightWidth)],
      borders: NO_BORDERS,
      margins: { left: twip(HEADER_PAD_PT), right: twip(HEADER_PAD_PT) },
      rows: rows.map(
        ([left, right]) =>
          new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] }),
      ),
    });
  }
}

/** A block this writer does not know yet: a type error here, and nothing silently dropped at run time. */
function unknownBlock(block: never): never {
  throw new Error(`the .docx writer has no case for block ${JSON.stringify(block)}`);
}

/** The page number, centred in the header, 13 pt: a PAGE field, so it counts the pages as Word lays them out. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.cell,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: half(PAGE.pageNumberSize) })],
      }),
    ],
  });
}

/**
 * One Word section per document section: A4 in its orientation with Decree 30's margins, numbered from
 * 1 on its own (the appendix too), the number shown from its second page (a different first page).
 */
function wordSection(section: DocumentSection): ISectionOptions {
  const width = usableWidthPt(section.orientation);
  const writer = new Writer(width);
  const m = PAGE.marginMm;
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: mmTwip(PAGE.widthMm),
          height: mmTwip(PAGE.heightMm),
          orientation:
            section.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmTwip(m.top),
          bottom: mmTwip(m.bottom),
          left: mmTwip(m.left),
          right: mmTwip(m.right),
          header: mmTwip(HEADER_DISTANCE_MM),
          footer: mmTwip(HEADER_DISTANCE_MM),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: pageNumberHeader(),
      first: new Header({ children: [new Paragraph({ style: STYLE.cell })] }),
    },
    children: section.blocks.flatMap((block, i) => writer.block(block, section.blocks[i + 1])),
  };
}

/**
 * Widow and orphan control: a paragraph leaves at least 2 lines at a page's foot and carries at least 2
 * over. docx writes it for a style as for a paragraph (one properties class) but types it for paragraphs only.
 */
const WIDOW_CONTROL = { widowControl: true };

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const BODY_RUN = { font, size: half(PAGE.bodySize), color: "000000" };

/** A heading of the report (I.–V., 1., 2.1.): bold body text that stays with what follows it. */
function headingStyle(level: 1 | 2 | 3) {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: "Normal",
    next: STYLE.body,
    quickFormat: true,
    run: { ...BODY_RUN, bold: true, italic: false },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      spacing: { before: twip(GAP_PT), after: twip(GAP_PT) },
      alignment: AlignmentType.LEFT,
    },
  };
}

/**
 * The style sheet, Word's own style names: Normal (Times New Roman 14), Body Text (justified, first line
 * indented 1 cm, 6 pt after), Title, Heading 1–3, Table Text and Table Grid. docx's own defaults (blue
 * Calibri headings) are left out: given any styles, docx keeps only those given.
 */
function styles() {
  return {
    paragraphStyles: [
      {
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        run: BODY_RUN,
        paragraph: { ...WIDOW_CONTROL, spacing: { before: 0, after: 0 } },
      },
      {
        id: STYLE.body,
        name: "Body Text",
        basedOn: "Normal",
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: mmTwip(INDENT_MM) },
          spacing: { after: twip(GAP_PT) },
          ...WIDOW_CONTROL,
        },
      },
      {
        id: "Title",
        name: "Title",
        basedOn: "Normal",
        next: STYLE.body,
        quickFormat: true,
        run: { ...BODY_RUN, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          spacing: { before: 0, after: twip(GAP_PT) },
        },
      },
      headingStyle(1),
      headingStyle(2),
      headingStyle(3),
      {
        id: STYLE.cell,
        name: "Table Text",
        basedOn: "Normal",
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
    importedStyles: [
      ImportedXmlComponent.fromXmlString(DOC_DEFAULTS_XML),
      ImportedXmlComponent.fromXmlString(TABLE_NORMAL_XML),
      ImportedXmlComponent.fromXmlString(TABLE_GRID_XML),
    ],
  };
}

/** What a paragraph or run has when no style says otherwise: the report's font and size, in Vietnamese. */
const DOC_DEFAULTS_XML =
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
  `<w:sz w:val="${half(PAGE.bodySize)}"/><w:szCs w:val="${half(PAGE.bodySize)}"/><w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}"/></w:rPr></w:rPrDefault>` +
  "<w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault></w:docDefaults>";

/** Word's default table style, which Table Grid is based on: no borders, 5.4 pt padding. */
const TABLE_NORMAL_XML =
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
  '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

/**
 * Word's own "Table Grid": single 0.5 pt borders, here with 3 pt padding as in the PDF, so a row the
 * clerk adds looks like the others. docx has no option for table styles, so it is given as Word's XML.
 */
const TABLE_GRID_XML =
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>' +
  '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  "<w:tblPr><w:tblBorders>" +
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join("") +
  `</w:tblBorders><w:tblCellMar><w:left w:w="${twip(CELL_PAD_PT)}" w:type="dxa"/>` +
  `<w:right w:w="${twip(CELL_PAD_PT)}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

/** The report as a Word document (the .docx's bytes), made synchronously. */
export function renderDocx(doc: ReportDocument): Uint8Array {
  return packSync(wordDocument(doc));
}

/** The report as docx's Document, before it is packed. */
export function wordDocument(doc: ReportDocument): Document {
  const empty: DocumentSection = { name: "", orientation: "portrait", blocks: [] };
  const sections = doc.sections.length > 0 ? doc.sections : [empty];
  return new Document({
    title: drawableText(doc.title),
    creator: "papi-plan",
    styles: styles(),
    sections: sections.map(wordSection),
  });
}

/**
 * docx's Packer.pack compiles the package synchronously and zips it with fflate's zipSync, but hands the
 * result over in a promise, which Apps Script cannot wait for inside a call. Its compiler is used here
 * directly (a test holds the result equal to Packer's, part by part).
 */
export function packSync(document: Document): Uint8Array {
  const compiler = (Packer as unknown as { compiler: Compiler }).compiler;
  const parts = compiler.compile(document);
  const files: Record<string, Uint8Array> = {};
  for (const [path, data] of parts)
    files[path] = typeof data === "string" ? strToU8(data) : new Uint8Array(data);
  return zipSync(files, { level: 6 });
}

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}
