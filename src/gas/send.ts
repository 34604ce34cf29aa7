/**
 * "Gửi báo cáo cho Sở Nội vụ": the newest intact signed copy of the period from the report folder, or,
 * when there is none and the user said yes to it, a fresh unsigned draft; mailed once, and logged.
 */
import { changedCopyMessage, reportMail, unsignedRefusal } from "../core/mail";
import { makePeriod, type Period, type PeriodKind, parsePeriodCode } from "../core/periods";
import type { Settings } from "../core/plan";
import type { ExportedFile, SendPreview, SendResult } from "../core/sidebar-api";
import { type Book, type Known, knownOf, readBook, settingsOf } from "./book";
import { type Clock, Deadline } from "./clock";
import { existingReportFolder, reportFolder } from "./drive-folder";
import { Declined, messageOf, UserError } from "./errors";
import { type Exported, exportReport } from "./export-pdf";
import { withDocumentLock } from "./lock";
import {
  appendLog,
  logOf,
  RESULT_FAILED,
  RESULT_NOT_RESENT,
  RESULT_OK,
  RESULT_PENDING,
  setLogResult,
} from "./log";
import { baseNameOf, newestSignedCopy, type SignedCopy, sha256Of } from "./signed-copy";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { SendPreview };

export const SEND_ACTION = "Gửi báo cáo";

type PeriodRef = { year: number; kind: PeriodKind };

export function previewSend(ss: Spreadsheet, periodCode: string): SendPreview {
  const { preview, period, settings } = checkSend(readBook(ss), parsedPeriod(periodCode));
  // Only looked at: the preview makes no folder (without one there is no signed copy).
  const folder = existingReportFolder(settings, settings.year ?? period.year);
  const copy = folder ? usableCopy(folder, settings, period) : null;
  return {
    ...preview,
    signedCopy: copy
      ? { name: copy.name, url: copy.url, signer: copy.last.signer, signedAt: copy.last.signedAt }
      : null,
  };
}

function folderOf(ss: Spreadsheet, settings: Settings, period: Period): GoogleAppsScript.Drive.Folder {
  return reportFolder(ss, settings, settings.year ?? period.year);
}

/** The newest signed copy when it is intact, null when there is none; a changed one is refused. */
function usableCopy(
  folder: GoogleAppsScript.Drive.Folder,
  settings: Settings,
  period: Period,
): SignedCopy | null {
  const copy = newestSignedCopy(folder, settings, period);
  if (copy && !copy.check.intact) throw new UserError(changedCopyMessage(copy.name, copy.last));
  return copy;
}

function parsedPeriod(periodCode: string): PeriodRef {
  const parsed = parsePeriodCode(periodCode);
  if (!parsed) throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ.`);
  return parsed;
}

/** Everything that must hold before a send, with the period it is for, from the action's one read. */
function checkSend(
  book: Book,
  parsed: PeriodRef,
): { preview: Omit<SendPreview, "signedCopy">; period: Period; settings: Settings } {
  const settings = settingsOf(book);
  const period = makePeriod(parsed.year, parsed.kind, settings.cutoffMode);
  if (!settings.homeAffairsEmail)
    throw new UserError('Chưa nhập "Email Sở Nội vụ" trong trang "Cấu hình", hoặc địa chỉ không hợp lệ.');
  const quota = MailApp.getRemainingDailyQuota();
  const recipients = 1 + settings.ccEmails.length;
  if (quota < recipients)
    throw new UserError(
      `Hạn mức gửi thư hôm nay của tài khoản chỉ còn ${quota} người nhận (cần ${recipients}). Vui lòng gửi lại vào ngày mai.`,
    );
  // A pending send counts as sent: its mail may have gone although its completion was never recorded.
  const last = logOf(book)
    .filter(
      (r) =>
        r.action === SEND_ACTION &&
        r.period === period.code &&
        (r.result === RESULT_OK || r.result === RESULT_PENDING),
    )
    .slice(-1)[0];
  const preview = {
    period: period.code,
    baseName: baseNameOf(settings, period),
    to: settings.homeAffairsEmail,
    cc: settings.ccEmails,
    subject: reportMail(settings, period, []).subject,
    quota,
    sentBefore: last ? { time: last.time, user: last.user, pending: last.result === RESULT_PENDING } : null,
  };
  return { preview, period, settings };
}

/**
 * Sends once the user confirmed the preview (and, for a period sent before, confirmed again; without a
 * signed copy, confirmed sending the unsigned draft: `unsigned`, default no).
 */
export function sendReport(
  ss: Spreadsheet,
  periodCode: string,
  confirmed: { send: boolean; resend: boolean; unsigned?: boolean },
  clock?: Clock,
): SendResult {
  const parsed = parsedPeriod(periodCode);
  const deadline = new Deadline(clock);
  // One read under the lock serves the checks, the PDF and the log: a send started at the same time
  // by someone else is seen as sent before.
  return withDocumentLock(() => {
    const book = readBook(ss);
    const known = knownOf(book);
    const { preview, period, settings } = checkSend(book, parsed);
    if (!confirmed.send) throw new UserError("Chưa xác nhận gửi báo cáo.");
    if (preview.sentBefore && !confirmed.resend) throw notResent(preview);
    // Looked up again under the lock: the copy sent is the one in the folder now.
    const folder = folderOf(ss, settings, period);
    const copy = usableCopy(folder, settings, period);
    if (!copy && !confirmed.unsigned) throw new UserError(unsignedRefusal(preview.period, preview.baseName));
    const sent = copy
      ? signedAttachment(copy)
      : draftAttachment(exportReport(ss, periodCode, { book, known, folder }, deadline));
    // Nothing is recorded and no mail goes after the time is up: the next attempt sends without asking.
    deadline.stopIfLate(() => 'Thư chưa gửi, chưa ghi gì vào "Nhật ký". Hãy chạy lại Gửi báo cáo.');
    const mail = reportMail(
      settings,
      period,
      sent.files.map((f) => f.name),
      sent.signer,
    );
    const recipients = [preview.to, ...preview.cc].join(", ");
    const sha256 = sha256Of(sent.blob);
    const what = sent.signer === null ? "bản chưa ký" : `đã ký, người ký: ${sent.signer || "không rõ tên"}`;
    // Recorded before the mail goes: if anything fails after it, the next attempt sees it and asks.
    const row = appendLog(
      ss,
      {
        action: SEND_ACTION,
        period: preview.period,
        link: [...sent.files.map((f) => `${f.name} (${what})\n${f.url}`), `SHA-256: ${sha256}`].join("\n"),
        recipients,
        result: RESULT_PENDING,
      },
      known,
    );
    try {
      MailApp.sendEmail({
        to: preview.to,
        cc: preview.cc.join(","),
        subject: mail.subject,
        body: mail.body,
        name: settings.agency || undefined,
        attachments: [sent.blob],
      });
    } catch (error) {
      markNotSent(ss, row, error, known);
      throw error;
    }
    try {
      setLogResult(ss, row, RESULT_OK, known);
    } catch (error) {
      throw new UserError(
        `Báo cáo kỳ ${preview.period} đã được gửi tới ${recipients}, nhưng chưa ghi được kết quả vào "Nhật ký" ` +
          `(${messageOf(error)}). Dòng "${RESULT_PENDING}" vẫn còn, nên lần gửi sau sẽ hỏi trước khi gửi lại.`,
      );
    }
    return { period: preview.period, recipients, files: sent.files, signer: sent.signer, sha256 };
  });
}

/** The send-once guard stopping a second send of a period: logged as such, not as a failure. */
export function notResent(preview: Pick<SendPreview, "period" | "sentBefore">): Declined {
  const before = preview.sentBefore;
  const when = before ? ` lúc ${before.time} bởi ${before.user}` : "";
  return new Declined(
    `Kỳ ${preview.period} đã gửi${when}; chưa xác nhận gửi lại.`,
    `${RESULT_NOT_RESENT}: kỳ đã gửi${when}, chưa xác nhận gửi lại`,
  );
}

interface Attachment {
  blob: GoogleAppsScript.Base.Blob;
  files: ExportedFile[];
  /** The last signer's CN; null for the unsigned draft. */
  signer: string | null;
}

function signedAttachment(copy: SignedCopy): Attachment {
  return {
    blob: copy.file.getBlob().setName(copy.name),
    files: [{ name: copy.name, id: copy.file.getId(), url: copy.url }],
    signer: copy.last.signer,
  };
}

function draftAttachment(exported: Exported): Attachment {
  const [blob] = exported.blobs;
  if (!blob) throw new UserError("Không xuất được PDF của báo cáo.");
  return { blob, files: exported.files, signer: null };
}

/** The mail did not go: the pending row says so, so the next attempt does not ask about a send that never was. */
function markNotSent(ss: Spreadsheet, row: number, error: unknown, known: Known): void {
  try {
    setLogResult(ss, row, `${RESULT_FAILED}: ${messageOf(error)}`, known);
  } catch {
    // Left pending, the next attempt asks first: the safe side.
  }
}
