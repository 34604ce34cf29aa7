/** What the Apps Script side needs to name and file a report; pure so it is tested here. */
import { PERIOD_KINDS, type Period, type PeriodKind, periodShortName } from "./periods";

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

/** `BC-PAPI-2020-Q1-BQLKCN-20200320-0930.pdf`: the report with its appendix, one file. */
export function pdfFileName(
  period: Pick<Period, "year" | "kind">,
  agencyCode: string,
  stamp: string,
): string {
  return `${reportBaseName(period, agencyCode)}-${stamp}.pdf`;
}

/** `BC-PAPI-2020-Q1-BQLKCN-20200320-0930.docx`: the report as Word, for the clerk to edit before signing. */
export function docxFileName(
  period: Pick<Period, "year" | "kind">,
  agencyCode: string,
  stamp: string,
): string {
  return `${reportBaseName(period, agencyCode)}-${stamp}.docx`;
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
