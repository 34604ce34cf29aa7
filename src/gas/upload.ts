/**
 * The sidebar's "Tải bản đã ký lên": the PDF the leader signed (ký số), sent by the page as base64 (what
 * google.script.run carries: strings, not bytes), checked here with the core, then filed in the report
 * folder under the report's base name, where "Gửi báo cáo" finds it. A file that is not a signed,
 * intact PDF, or is over 10 MB, is refused and nothing is stored.
 */
import { makePeriod, parsePeriodCode } from "../core/periods";
import type { UploadResult } from "../core/sidebar-api";
import { checkSignatures, SIGNED_COPY_MAX_BYTES, tooLargeText, uploadRefusal } from "../core/signature";
import { knownOf, readBook, settingsOf } from "./book";
import { reportFolder } from "./drive-folder";
import { UserError } from "./errors";
import { withDocumentLock } from "./lock";
import { appendLog, RESULT_OK } from "./log";
import { fileStampIn } from "./read-api";
import { retryOnce } from "./retry";
import { baseNameOf, gasDigest, PDF_TYPE, unsigned } from "./signed-copy";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const UPLOAD_ACTION = "Tải bản đã ký lên";

/** The bytes a base64 text holds: 3 per 4 characters, less the padding. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function uploadSignedCopy(
  ss: Spreadsheet,
  periodCode: string,
  fileName: string,
  base64: string,
): UploadResult {
  const parsed = parsePeriodCode(periodCode);
  if (!parsed) throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ.`);
  const shown = String(fileName ?? "").trim() || "(không tên)";
  if (typeof base64 !== "string") throw new UserError(`Không đọc được tệp "${shown}".`);
  // The page refuses these before sending; a call made otherwise is refused before decoding too.
  const size = decodedLength(base64);
  if (size > SIGNED_COPY_MAX_BYTES) throw new UserError(tooLargeText(shown, size));
  const bytes = Utilities.base64Decode(base64);
  if (bytes.length > SIGNED_COPY_MAX_BYTES) throw new UserError(tooLargeText(shown, bytes.length));
  const check = checkSignatures(unsigned(bytes), gasDigest);
  const refusal = uploadRefusal(shown, check);
  if (refusal !== null || !check.pdf) throw new UserError(refusal ?? "");
  const last = check.signatures[check.signatures.length - 1];
  return withDocumentLock(() => {
    const book = readBook(ss);
    const known = knownOf(book);
    const settings = settingsOf(book);
    const period = makePeriod(parsed.year, parsed.kind, settings.cutoffMode);
    const name = `${baseNameOf(settings, period)}-da-ky-${fileStampIn(book.timeZone)}.pdf`;
    const folder = reportFolder(ss, settings, settings.year ?? period.year);
    const file = folder.createFile(Utilities.newBlob(bytes, PDF_TYPE, name));
    const url = file.getUrl();
    const signer = last?.signer ?? "";
    try {
      appendLog(
        ss,
        {
          action: UPLOAD_ACTION,
          period: period.code,
          link: `${name}\n${url}`,
          result: `${RESULT_OK}: đã ký, người ký: ${signer || "không rõ tên"}`,
        },
        known,
      );
    } catch (error) {
      // Not recorded, not kept: the user uploads again and both happen.
      retryOnce(() => file.setTrashed(true));
      throw error;
    }
    return {
      period: period.code,
      name,
      url,
      signer,
      signedAt: last?.signedAt ?? null,
      signatures: check.signatures.length,
    };
  });
}
