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
}

export interface TableRow {
  cells: string[];
  /** `group`: a dimension heading spanning the row; `total`: the bold totals row. */
  kind?: "group" | "total";
}

export type Block =
  | { type: "header"; left: HeaderLine[]; right: HeaderLine[] }
  | { type: "title"; text: string; size: number }
  | { type: "subtitle"; text: string; size: number; italic?: boolean }
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string; italic?: boolean; placeholder?: boolean }
  | { type: "table"; columns: TableColumn[]; rows: TableRow[]; size: number }
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
} as const;

export const MM_TO_PT = 72 / 25.4;

/** Width in points that text may use on a page of the given orientation. */
export function usableWidthPt(orientation: "portrait" | "landscape"): number {
  const widthMm = orientation === "portrait" ? PAGE.widthMm : PAGE.heightMm;
  return (widthMm - PAGE.marginMm.left - PAGE.marginMm.right) * MM_TO_PT;
}
