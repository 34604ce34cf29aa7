/**
 * The report as a document of blocks (Decree 30/2020/NĐ-CP, Appendix I). The spreadsheet grid (core)
 * and the PDF (node) are two renderings of the same document, so they cannot disagree on content.
 */

export type Align = "left" | "center" | "right" | "justify";

/** One line of the header blocks; `rule` draws a short line under it, as under the motto. */
export interface HeaderLine {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  rule?: boolean;
}

export interface TableColumn {
  header: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  align: Align;
  /** Cells are whole numbers: spreadsheets store them as numbers (so a chart can read them). */
  numeric?: boolean;
  /**
   * Cells are decimals written with a decimal comma (`5,53`, `+0,13`, as a clerk reads them): spreadsheets
   * store the number and show it with this number format (`0.00`), in their own locale's separator.
   */
  decimalFormat?: string;
}

export interface TableRow {
  cells: string[];
  /** `group`: a dimension heading spanning the row; `total`: the bold totals row. */
  kind?: "group" | "total";
  /** The row's cells in the table's `sheetColumns`, when a spreadsheet shows it otherwise than print. */
  sheetCells?: string[];
}

/** One series of a bar chart: a value per category, null where there is none. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export type Block =
  /**
   * The two-column header. `number` (Số: …/BC-…) and `date` (place and date) end the columns and stand
   * on one line, as in Decree 30's layout, however many lines the columns above them take.
   */
  | { type: "header"; left: HeaderLine[]; right: HeaderLine[]; number: HeaderLine; date: HeaderLine }
  /**
   * A centred title; its `phrases` are the groups of words a line may break between (never inside one,
   * so no line ends mid-phrase or holds a lone word). `rule`: a short rule under it (the subject line).
   */
  | { type: "title"; phrases: string[]; size: number; italic?: boolean; rule?: boolean }
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string; italic?: boolean; placeholder?: boolean }
  | {
      type: "table";
      columns: TableColumn[];
      rows: TableRow[];
      size: number;
      /**
       * The columns a spreadsheet shows instead, filled from each row's `sheetCells`: a value printed
       * inside a phrase ("Đang thực hiện (60%)") gets a column of its own there, to sort and filter.
       */
      sheetColumns?: TableColumn[];
    }
  /**
   * A small horizontal bar chart under a table of the same numbers: for each category a group of bars, one
   * per series (oldest first), on a scale from 0 to `max`, and `marks` (the targets) as a tick across each
   * group. The PDF draws it; the spreadsheet grid and the .docx leave it out, as the table before it already
   * holds every number (the add-on draws its own chart on the sheet the numbers come from).
   */
  | { type: "barChart"; categories: string[]; series: ChartSeries[]; max: number; marks?: ChartSeries }
  | { type: "closing"; recipientsTitle: string; recipients: string[]; signerTitle: string; signer: string };

export interface DocumentSection {
  /** Sheet name in a workbook; the appendix is a second sheet. */
  name: string;
  orientation: "portrait" | "landscape";
  blocks: Block[];
  /** Print the (first) table's header row again on every page: the appendix, not the report. */
  repeatTableHeader?: boolean;
}

export interface ReportDocument {
  title: string;
  sections: DocumentSection[];
}

/** Decree 30 page: A4, margins in millimetres, body size in points. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  bodySize: 14,
  font: "Times New Roman",
  /** Decree 30: page numbers 13–14 pt, centred in the top margin, from the second page. */
  pageNumberSize: 13,
} as const;

export const MM_TO_PT = 72 / 25.4;

/** Titles keep to this share of the text width: a subject line from margin to margin reads as a paragraph. */
export const TITLE_WIDTH_SHARE = 0.85;

/** Width in points that text may use on a page of the given orientation. */
export function usableWidthPt(orientation: "portrait" | "landscape"): number {
  const widthMm = orientation === "portrait" ? PAGE.widthMm : PAGE.heightMm;
  return (widthMm - PAGE.marginMm.left - PAGE.marginMm.right) * MM_TO_PT;
}
