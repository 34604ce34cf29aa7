/**
 * The optional automatic reminder: a daily time-driven trigger that, from `Nhắc trước (ngày)` days before
 * a quarter's cut-off until the cut-off, reminds each unit owing updates once for that quarter. A time-driven
 * trigger runs as the user who set it up, with no one at the screen: no dialog here, and a failure is
 * logged and mailed to the Sheet's owner.
 */
import { unitKey } from "../core/check";
import { AUTO_REMIND_ACTION, autoReminded, reminderPeriod } from "../core/reminders";
import type { RemindResult } from "../core/sidebar-api";
import { type Known, readBook, settingsOf } from "./book";
import { todayIn } from "./context";
import { messageOf, UserError } from "./errors";
import { withDocumentLock } from "./lock";
import { appendLog, RESULT_FAILED, RESULT_OK } from "./log";
import { mailUnits, reminderState } from "./reminders";
import { NEEDS, requireScopes, ScopesMissing } from "./scopes";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The entry point the trigger calls (a top-level function of the bundle). */
export const REMIND_HANDLER = "triggerRemind";
/** The trigger runs once a day around this hour, in the script's time zone (Asia/Ho_Chi_Minh). */
export const REMIND_HOUR = 7;

/** The user property naming the Sheet a reminder trigger works on, by the trigger's unique id. */
const SHEET_OF_TRIGGER = "papi.remind.sheet.";

/**
 * This user's reminder triggers for this Sheet. getProjectTriggers lists the user's triggers of the
 * whole project, which for an add-on spans every document it is used in: each trigger's Sheet is kept
 * in the user's properties when it is created.
 */
export function reminderTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  const properties = PropertiesService.getUserProperties();
  const id = ss.getId();
  return ScriptApp.getProjectTriggers().filter((t) => {
    if (t.getHandlerFunction() !== REMIND_HANDLER) return false;
    const sheet = properties.getProperty(SHEET_OF_TRIGGER + t.getUniqueId());
    return sheet === null || sheet === id;
  });
}

/**
 * Creates the daily trigger unless this user already has one for this Sheet; true when it was created.
 * `known`: the caller's facts for the log row, when it read the spreadsheet.
 */
export function installReminderTrigger(ss: Spreadsheet, known?: Known): boolean {
  if (reminderTriggers(ss).length > 0) return false;
  const trigger = ScriptApp.newTrigger(REMIND_HANDLER).timeBased().everyDays(1).atHour(REMIND_HOUR).create();
  PropertiesService.getUserProperties().setProperty(SHEET_OF_TRIGGER + trigger.getUniqueId(), ss.getId());
  appendLog(ss, { action: "Bật nhắc tự động", result: RESULT_OK }, known);
  return true;
}

/** Deletes this user's reminder triggers for this Sheet; how many there were. */
export function removeReminderTriggers(ss: Spreadsheet): number {
  const triggers = reminderTriggers(ss);
  const properties = PropertiesService.getUserProperties();
  for (const t of triggers) {
    ScriptApp.deleteTrigger(t);
    properties.deleteProperty(SHEET_OF_TRIGGER + t.getUniqueId());
  }
  if (triggers.length > 0) appendLog(ss, { action: "Tắt nhắc tự động", result: RESULT_OK });
  return triggers.length;
}

/** The Sheet of the trigger that fired: by the id kept at creation, else the script's own document. */
function sheetOfRun(event: { triggerUid?: string } | undefined): Spreadsheet {
  const id = event?.triggerUid
    ? PropertiesService.getUserProperties().getProperty(SHEET_OF_TRIGGER + event.triggerUid)
    : null;
  // A time-driven run has no open document for an add-on: getActiveSpreadsheet() may be null there.
  const ss: Spreadsheet | null = id ? SpreadsheetApp.openById(id) : SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError("không biết nhắc cho bảng tính nào; hãy tắt rồi bật lại nhắc tự động.");
  return ss;
}

/**
 * One run: nothing outside the reminder days; inside them, every owing unit with an address that the
 * trigger has not reminded for this quarter yet, and that nobody reminded today.
 */
export function runAutoReminder(ss: Spreadsheet): RemindResult | null {
  // Read again under the lock below: a run at the same time must see the mails this one logs.
  const book = readBook(ss);
  const settings = settingsOf(book);
  if (settings.year === undefined) throw new UserError('Chưa nhập "Năm kế hoạch" trong trang "Cấu hình".');
  const today = todayIn(book.timeZone);
  const period = reminderPeriod(settings.year, settings.cutoffMode, today, settings.remindDays);
  if (!period) return null;
  return withDocumentLock(() => {
    const s = reminderState(ss, period.code);
    const done = autoReminded(s.log, period.code);
    const units = s.mailable.filter(
      (u) => !done.has(unitKey(u.unit)) && !s.remindedToday.has(unitKey(u.unit)),
    );
    const sent = mailUnits(ss, s, units, AUTO_REMIND_ACTION);
    return { period: period.code, sent, skipped: [] };
  });
}

/** What the trigger calls (with its event): a failure goes to `Nhật ký` and, by mail, to the Sheet's owner. */
export function triggerRemind(event?: { triggerUid?: string }): void {
  let ss: Spreadsheet | null = null;
  try {
    requireScopes(NEEDS.remind);
    ss = sheetOfRun(event);
    runAutoReminder(ss);
  } catch (error) {
    const message = messageOf(error);
    if (ss && !(error instanceof ScopesMissing)) logFailure(ss, message);
    // Without a mail to the owner the failure would go unseen: the trigger has no screen.
    if (!notifyOwner(ss, message)) throw error;
  }
}

function logFailure(ss: Spreadsheet, message: string): void {
  try {
    appendLog(ss, { action: AUTO_REMIND_ACTION, result: `${RESULT_FAILED}: ${message}` });
  } catch {
    // The mail to the owner still tells them.
  }
}

/** Mails the Sheet's owner (else the trigger's owner); false when no mail could be sent. */
function notifyOwner(ss: Spreadsheet | null, message: string): boolean {
  try {
    const owner = ss?.getOwner()?.getEmail() || Session.getEffectiveUser().getEmail();
    if (!owner) return false;
    const where = ss ? `${ss.getName()}\n${ss.getUrl()}` : "(không mở được bảng tính)";
    MailApp.sendEmail({
      to: owner,
      subject: "PAPI: nhắc đơn vị cập nhật tự động không chạy được",
      body:
        `Lần chạy nhắc tự động không hoàn tất:\n${message}\n\n` +
        `Bảng tính: ${where}\n\nCác thư đã gửi (nếu có) được ghi trong trang "Nhật ký". ` +
        "Sửa lỗi rồi chờ lần chạy ngày mai, hoặc chọn PAPI → Nhắc đơn vị cập nhật để nhắc ngay. " +
        "Để tắt: PAPI → Tắt nhắc tự động.",
    });
    return true;
  } catch {
    return false;
  }
}
