/** What the Apps Script side needs to export and file a report; pure so it is tested here. */
import { PAGE } from "./document";
import { PERIOD_KINDS, type Period, type PeriodKind, periodShortName } from "./periods";

export interface PdfExport {
  spreadsheetId: string;
  /** The report sheet's id (`gid`). */
  gid: number;
  orientation: "portrait" | "landscape";
  /** The grid to print, so nothing beside it (the chart) is exported. */
  rows: number;
  cols: number;
}

const INCH_PER_MM = 1 / 25.4;
const inches = (mm: number) => (mm * INCH_PER_MM).toFixed(3);

/**
 * The spreadsheet export endpoint for one sheet as PDF: A4, Decree 30 margins, fit to width, no
 * gridlines, no sheet name or title, frozen rows (the appendix header) repeated, page numbers.
 */
export function pdfExportUrl(e: PdfExport): string {
  const params: [string, string | number | boolean][] = [
    ["format", "pdf"],
    ["gid", e.gid],
    ["size", "A4"],
    ["portrait", e.orientation === "portrait"],
    ["fitw", true],
    ["gridlines", false],
    ["printtitle", false],
    ["sheetnames", false],
    ["pagenum", "CENTER"],
    ["fzr", true],
    ["top_margin", inches(PAGE.marginMm.top)],
    ["bottom_margin", inches(PAGE.marginMm.bottom)],
    ["left_margin", inches(PAGE.marginMm.left)],
    ["right_margin", inches(PAGE.marginMm.right)],
    ["horizontal_alignment", "CENTER"],
    ["vertical_alignment", "TOP"],
    ["r1", 0],
    ["c1", 0],
    ["r2", e.rows],
    ["c2", e.cols],
  ];
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join("&");
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(e.spreadsheetId)}/export?${query}`;
}

/** At most this many tries of an export that answers 429 or 5xx. */
export const EXPORT_TRIES = 5;

/** Exponential back-off with full jitter: 1 s, 2 s, 4 s, 8 s caps, times a random share in [0.5, 1). */
export function backoffMs(attempt: number, random: number): number {
  const cap = 1000 * 2 ** attempt;
  return Math.round(cap * (0.5 + random / 2));
}

export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** `BC Q1-2020`, `BC 6T-2020`, `BC 9T-2020`, `BC 2020`. */
export function reportSheetName(period: Pick<Period, "year" | "kind">): string {
  return `BC ${periodShortName(period)}`;
}

/** The appendix sheet beside the report: `BC Q1-2020 (Phụ lục)`. */
export function appendixSheetName(period: Pick<Period, "year" | "kind">): string {
  return `${reportSheetName(period)} (Phụ lục)`;
}

/** `BC-PAPI-2020-Q1-BQLKCN`: the base name of a period's report files, everywhere. */
export function reportBaseName(period: Pick<Period, "year" | "kind">, agencyCode: string): string {
  const code = agencyCode.replace(/[^\p{L}\p{N}_-]+/gu, "") || "PAPI";
  return `BC-PAPI-${period.year}-${period.kind}-${code}`;
}

/** `BC-PAPI-2020-Q1-BQLKCN-20200320-0930.pdf`, and `…-PL.pdf` for the appendix. */
export function pdfFileName(
  period: Pick<Period, "year" | "kind">,
  agencyCode: string,
  stamp: string,
  appendix = false,
): string {
  return `${reportBaseName(period, agencyCode)}-${stamp}${appendix ? "-PL" : ""}.pdf`;
}

/** The folder created when the settings name none: `Báo cáo PAPI 2020`. */
export function defaultFolderName(year: number): string {
  return `Báo cáo PAPI ${year}`;
}

/** Pixels of a width in points, as Sheets measures columns. */
export function pointsToPixels(points: number): number {
  return Math.round((points * 96) / 72);
}

/** The period of a report or appendix sheet's name, e.g. `BC 6T-2020 (Phụ lục)` → 2020 H1. */
export function periodOfSheetName(name: string): { year: number; kind: PeriodKind } | undefined {
  const year = Number(/(\d{4})/.exec(name)?.[1]);
  if (!Number.isInteger(year)) return undefined;
  const kind = PERIOD_KINDS.find((k) =>
    [reportSheetName({ year, kind: k }), appendixSheetName({ year, kind: k })].includes(name.trim()),
  );
  return kind ? { year, kind } : undefined;
}
