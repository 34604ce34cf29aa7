/** "Gửi báo cáo cho Sở Nội vụ": a fresh PDF of the report, mailed, and logged. */
import { reportMail } from "../core/mail";
import { makePeriod, type Period, type PeriodKind, parsePeriodCode } from "../core/periods";
import type { SendPreview, SendResult } from "../core/sidebar-api";
import { type Book, type Known, knownOf, readBook, settingsOf } from "./book";
import { Declined, messageOf, UserError } from "./errors";
import { exportReport } from "./export-pdf";
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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { SendPreview };

export const SEND_ACTION = "Gửi báo cáo";

type PeriodRef = { year: number; kind: PeriodKind };

export function previewSend(ss: Spreadsheet, periodCode: string): SendPreview {
  return checkSend(readBook(ss), parsedPeriod(periodCode)).preview;
}

function parsedPeriod(periodCode: string): PeriodRef {
  const parsed = parsePeriodCode(periodCode);
  if (!parsed) throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ.`);
  return parsed;
}

/** Everything that must hold before a send, with the period it is for, from the action's one read. */
function checkSend(book: Book, parsed: PeriodRef): { preview: SendPreview; period: Period } {
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
    to: settings.homeAffairsEmail,
    cc: settings.ccEmails,
    subject: reportMail(settings, period, []).subject,
    quota,
    sentBefore: last ? { time: last.time, user: last.user, pending: last.result === RESULT_PENDING } : null,
  };
  return { preview, period };
}

/** Sends once the user confirmed the preview (and, for a period sent before, confirmed again). */
export function sendReport(
  ss: Spreadsheet,
  periodCode: string,
  confirmed: { send: boolean; resend: boolean },
): SendResult {
  const parsed = parsedPeriod(periodCode);
  // One read under the lock serves the checks, the PDF and the log: a send started at the same time
  // by someone else is seen as sent before.
  return withDocumentLock(() => {
    const book = readBook(ss);
    const known = knownOf(book);
    const { preview, period } = checkSend(book, parsed);
    if (!confirmed.send) throw new UserError("Chưa xác nhận gửi báo cáo.");
    if (preview.sentBefore && !confirmed.resend) throw notResent(preview);
    const exported = exportReport(ss, periodCode, { book, known });
    const mail = reportMail(
      exported.settings,
      period,
      exported.files.map((f) => f.name),
    );
    const recipients = [preview.to, ...preview.cc].join(", ");
    // Recorded before the mail goes: if anything fails after it, the next attempt sees it and asks.
    const row = appendLog(
      ss,
      {
        action: SEND_ACTION,
        period: preview.period,
        link: exported.files.map((f) => f.url).join("\n"),
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
        name: exported.settings.agency || undefined,
        attachments: exported.blobs,
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
    return { period: preview.period, recipients, files: exported.files };
  });
}

/** The send-once guard stopping a second send of a period: logged as such, not as a failure. */
export function notResent(preview: SendPreview): Declined {
  const before = preview.sentBefore;
  const when = before ? ` lúc ${before.time} bởi ${before.user}` : "";
  return new Declined(
    `Kỳ ${preview.period} đã gửi${when}; chưa xác nhận gửi lại.`,
    `${RESULT_NOT_RESENT}: kỳ đã gửi${when}, chưa xác nhận gửi lại`,
  );
}

/** The mail did not go: the pending row says so, so the next attempt does not ask about a send that never was. */
function markNotSent(ss: Spreadsheet, row: number, error: unknown, known: Known): void {
  try {
    setLogResult(ss, row, `${RESULT_FAILED}: ${messageOf(error)}`, known);
  } catch {
    // Left pending, the next attempt asks first: the safe side.
  }
}
