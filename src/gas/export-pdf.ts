/** "Xuất PDF": the period's report rendered here, by the command's own renderer, filed in Drive. */
import { type PreparedReport, prepareReport } from "../core/engine";
import { appendixSheetName, pdfFileName, reportSheetName } from "../core/export";
import { type PeriodKind, parsePeriodCode } from "../core/periods";
import type { Settings } from "../core/plan";
import type { ExportedFile } from "../core/sidebar-api";
import { renderReportPdf } from "../pdf/engine";
import { type Book, type Known, knownOf, readBook } from "./book";
import type { Deadline } from "./clock";
import { todayIn } from "./context";
import { savePdfs } from "./drive-folder";
import { UserError } from "./errors";
import { appendLog, RESULT_OK } from "./log";
import { fileStampIn, sameTitle } from "./read-api";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ExportedFile };

export interface Exported {
  period: string;
  /** The date printed on the PDF and why (`Ngày báo cáo: …`). */
  reportDate: string;
  files: ExportedFile[];
  blobs: GoogleAppsScript.Base.Blob[];
  settings: Settings;
  /** What the user should know that did not stop the export (a folder not shared with someone). */
  notices: string[];
}

/**
 * Makes the period's PDF (the report, then its appendix on landscape pages) with the same renderer as
 * the `papi` command, from the data the report sheets are made from, and files it in Drive; the caller
 * holds the lock. The report sheets must exist: the PDF is of a report the Office has seen. `read`: the
 * caller's read of the spreadsheet, when it has one (sending reads once for everything), and the report
 * folder when it has found it already.
 */
export function exportReport(
  ss: Spreadsheet,
  periodCode: string,
  read?: { book: Book; known: Known; folder?: GoogleAppsScript.Drive.Folder },
  deadline?: Deadline,
): Exported {
  const r = reportToExport(ss, periodCode, "xuất PDF", read);
  const notSaved = () => `Chưa lưu tệp nào vào Drive. Hãy chạy lại ${read ? "Gửi báo cáo" : "Xuất PDF"}.`;
  deadline?.stopIfLate(notSaved);
  const settings = r.report.model.settings;
  const name = pdfFileName(r.period, settings.agencyCode, fileStampIn(r.timeZone));
  const blob = Utilities.newBlob(javaBytes(renderReportPdf(r.report.document)), "application/pdf", name);
  // Rendering is the long step: a run that spent its time there saves nothing.
  deadline?.stopIfLate(notSaved);
  const notices: string[] = [];
  const files = saveExported(ss, r, "Xuất PDF", blob, read?.folder, notices);
  return { period: r.code, reportDate: r.report.reportDateLine, files, blobs: [blob], settings, notices };
}

/** A period's report ready to export: its period, the report made from the book, the book's zone. */
export interface ReportToExport {
  code: string;
  period: { year: number; kind: PeriodKind };
  report: PreparedReport;
  timeZone: string;
  known: Known;
}

/**
 * The period's report as the report sheets show it, for a file made from it (`what`: "xuất PDF", said
 * when the sheets are missing). The report sheets must exist: a file is of a report the Office has seen.
 */
export function reportToExport(
  ss: Spreadsheet,
  periodCode: string,
  what: string,
  read?: { book: Book; known: Known },
): ReportToExport {
  const period = parsePeriodCode(periodCode);
  if (!period) throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ.`);
  const code = `${period.year}-${period.kind}`;
  const book = read?.book ?? readBook(ss);
  const known = read?.known ?? knownOf(book);
  const timeZone = book.timeZone;
  const names = [reportSheetName(period), appendixSheetName(period)];
  // A report sheet the user renamed only in case is still the report, as "Tạo báo cáo" sees it.
  if (names.some((name) => !book.sheets.some((s) => sameTitle(s.title, name))))
    throw new UserError(`Chưa có báo cáo kỳ ${code}. Hãy chọn "Tạo báo cáo" cho kỳ này trước khi ${what}.`);
  const report = prepareReport(book.workbook, code, todayIn(timeZone));
  return { code, period, report, timeZone, known };
}

/**
 * Files the blob in the report folder (`folder`, when the caller found it) and logs the action with the
 * file's link. `notices`: what the user should know that did not stop it (drive-folder.ts), also logged.
 */
export function saveExported(
  ss: Spreadsheet,
  r: ReportToExport,
  action: string,
  blob: GoogleAppsScript.Base.Blob,
  folder?: GoogleAppsScript.Drive.Folder,
  notices: string[] = [],
): ExportedFile[] {
  const settings = r.report.model.settings;
  const files = savePdfs(ss, settings, settings.year ?? r.period.year, [blob], folder, notices);
  appendLog(
    ss,
    {
      action,
      period: r.code,
      link: files.map((f) => f.url).join("\n"),
      result: [RESULT_OK, ...notices].join(". "),
    },
    r.known,
  );
  return files;
}

/** Apps Script's Byte[] is Java's: signed, -128 to 127. */
export function javaBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    out[i] = b > 127 ? b - 256 : b;
  }
  return out;
}
