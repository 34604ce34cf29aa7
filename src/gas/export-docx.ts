/**
 * "Xuất bản Word (.docx)": the period's report as a Word document, made here by the command's own
 * writer (src/docx) from the data the report sheets are made from, and filed in the report folder
 * beside the PDF. Drive opens it in Google Docs, where the clerk edits the wording before signing.
 */
import { docxFileName, reportBaseName } from "../core/export";
import type { ExportedFile } from "../core/sidebar-api";
import { escapeHtml } from "../core/text";
import { renderReportDocx } from "../docx/engine";
import { javaBytes, reportToExport, saveExported } from "./export-pdf";
import { fileStampIn } from "./read-api";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The .docx's type, as Word saves it: Drive then offers to open it in Google Docs. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Makes the period's .docx and files it in the report folder; the caller holds the lock. */
export function exportDocx(ss: Spreadsheet, periodCode: string): ExportedDocx {
  const r = reportToExport(ss, periodCode, "xuất bản Word");
  const agencyCode = r.report.model.settings.agencyCode;
  const name = docxFileName(r.period, agencyCode, fileStampIn(r.timeZone));
  const blob = Utilities.newBlob(javaBytes(renderReportDocx(r.report.document)), DOCX_MIME, name);
  const files = saveExported(ss, r, "Xuất bản Word", blob);
  return { period: r.code, files, baseName: reportBaseName(r.period, agencyCode) };
}

export interface ExportedDocx {
  period: string;
  files: ExportedFile[];
  /** The report's base name: the PDF the clerk saves from the .docx must begin with it to be its signed copy. */
  baseName: string;
}

/**
 * The dialog after the export: the file's link, which opens it in Google Docs in a new tab (a menu
 * cannot open a tab itself), and how to make the PDF to sign from it. Names are escaped: they show,
 * never run.
 */
export function docxDialogHtml({ period, files, baseName }: ExportedDocx): string {
  const links = files
    .map(
      (f) =>
        `<li><a href="${escapeHtml(f.url)}" target="_blank" rel="noopener">${escapeHtml(f.name)}</a></li>`,
    )
    .join("");
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
    "body{font:14px/1.45 Arial,sans-serif;margin:0;padding:12px;color:#202124}li{margin:0 0 6px}" +
    `</style></head><body><p>Đã lưu bản Word báo cáo kỳ ${escapeHtml(period)} vào thư mục báo cáo trên Google Drive:</p>` +
    `<ul>${links}</ul>` +
    "<p>Bấm vào tên tệp để mở và sửa trong Google Tài liệu (hoặc tải về, sửa bằng Word). Sửa xong, tải về dạng PDF " +
    "(Tệp → Tải xuống → PDF) và giữ tên tệp bắt đầu bằng mã báo cáo (ví dụ " +
    `${escapeHtml(baseName)}.pdf), rồi trình ký như bản PDF của tiện ích.</p>` +
    "</body></html>"
  );
}
