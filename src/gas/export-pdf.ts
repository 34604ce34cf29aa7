/** "Xuất PDF": the report sheets through the spreadsheet export endpoint, filed in Drive. */
import { ymd } from "../core/day";
import {
  appendixSheetName,
  backoffMs,
  EXPORT_TRIES,
  isRetryable,
  pdfExportUrl,
  pdfFileName,
  reportSheetName,
} from "../core/export";
import { parsePeriodCode } from "../core/periods";
import type { Settings } from "../core/plan";
import type { ExportedFile } from "../core/sidebar-api";
import { stamp, todayIn, zoneOf } from "./context";
import { savePdfs } from "./drive-folder";
import { UserError } from "./errors";
import { appendLog, RESULT_OK } from "./log";
import { readSettingsSheet } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ExportedFile };

export interface Exported {
  period: string;
  files: ExportedFile[];
  blobs: GoogleAppsScript.Base.Blob[];
  settings: Settings;
}

/** Exports the period's report (portrait) and appendix (landscape); the caller holds the lock. */
export function exportReport(ss: Spreadsheet, periodCode: string): Exported {
  const period = parsePeriodCode(periodCode);
  if (!period) throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ.`);
  const code = `${period.year}-${period.kind}`;
  const timeZone = zoneOf(ss);
  const sheets = [reportSheetName(period), appendixSheetName(period)].map((name) => ss.getSheetByName(name));
  if (sheets.some((s) => s === null))
    throw new UserError(`Chưa có báo cáo kỳ ${code}. Hãy chọn "Tạo báo cáo" cho kỳ này trước khi xuất PDF.`);
  const settings = readSettingsSheet(ss);
  const when = stamp(timeZone, "yyyyMMdd-HHmm");
  SpreadsheetApp.flush();
  const blobs = sheets.map((sheet, i) => {
    if (!sheet) throw new Error("report sheet missing");
    const url = pdfExportUrl({
      spreadsheetId: ss.getId(),
      gid: sheet.getSheetId(),
      orientation: i === 0 ? "portrait" : "landscape",
      rows: sheet.getLastRow(),
      cols: sheet.getLastColumn(),
    });
    return fetchPdf(url).setName(pdfFileName(period, settings.agencyCode, when, i > 0));
  });
  const files = savePdfs(ss, settings, settings.year ?? ymd(todayIn(timeZone)).year, blobs);
  appendLog(ss, {
    action: "Xuất PDF",
    period: code,
    link: files.map((f) => f.url).join("\n"),
    result: RESULT_OK,
  });
  return { period: code, files, blobs, settings };
}

/** Only a 200 with a PDF counts; 429 and 5xx are tried again with back-off and jitter. */
export function fetchPdf(url: string): GoogleAppsScript.Base.Blob {
  for (let attempt = 0; ; attempt++) {
    const response = UrlFetchApp.fetch(url, {
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    const status = response.getResponseCode();
    const type = contentType(response.getHeaders() as Record<string, string>);
    if (status === 200 && type.startsWith("application/pdf")) return response.getBlob();
    if (isRetryable(status) && attempt + 1 < EXPORT_TRIES) {
      Utilities.sleep(backoffMs(attempt, Math.random()));
      continue;
    }
    throw new UserError(exportFailure(status, type, attempt + 1));
  }
}

function contentType(headers: Record<string, string>): string {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === "content-type");
  return key ? String(headers[key]).toLowerCase() : "";
}

function exportFailure(status: number, type: string, tries: number): string {
  if (status === 200)
    return `Google trả về trang "${type || "không rõ"}" thay vì tệp PDF (thường do phiên đăng nhập hoặc quyền truy cập). Hãy tải lại bảng tính rồi thử lại.`;
  if (isRetryable(status))
    return `Google đang quá tải (mã ${status}); đã thử ${tries} lần nhưng chưa xuất được PDF. Vui lòng thử lại sau ít phút.`;
  if (status === 401 || status === 403)
    return `Không có quyền xuất PDF (mã ${status}). Hãy cấp quyền lại cho tiện ích (xem README, mục quyền truy cập).`;
  return `Không xuất được PDF: Google trả về mã ${status}.`;
}
