/** The menu items of reminders: remind now (after showing the list and the quota), and the daily trigger. */
import { vnDay } from "../core/day";
import { remindAgainQuestion, remindQuestion } from "../core/remind-question";
import { quarterOf, REMIND_ACTION } from "../core/reminders";
import { fromMenu } from "./actions";
import { installReminderTrigger, REMIND_HOUR, removeReminderTriggers } from "./auto-remind";
import { type Book, knownOf, readBook, settingsOf } from "./book";
import { todayIn } from "./context";
import { previewReminders, sendReminders } from "./reminders";
import { NEEDS } from "./scopes";

type Ui = GoogleAppsScript.Base.Ui;

const TITLE = "Nhắc đơn vị cập nhật";

/** The period typed by the user; empty means the quarter under way (its cut-off is the next one). */
function choosePeriod(book: Book, ui: Ui): string | null {
  const settings = settingsOf(book);
  const current =
    settings.year === undefined
      ? undefined
      : quarterOf(settings.year, settings.cutoffMode, todayIn(book.timeZone));
  const hint = current
    ? `Để trống để nhắc cho kỳ đang diễn ra: ${current.code} (chốt số liệu ngày ${vnDay(current.end)}).`
    : "";
  const answer = ui.prompt(
    TITLE,
    `Nhắc các đơn vị chưa cập nhật cho kỳ nào? (ví dụ 2020-Q1, 2020-H1, 2020-9M, 2020-Y)\n${hint}`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const typed = answer.getResponseText().trim();
  return typed || current?.code || typed;
}

export function menuRemind(): void {
  fromMenu(TITLE, REMIND_ACTION, NEEDS.remind, (ss, ui, context) => {
    // One read for the question and the preview; sending reads again under the lock.
    const book = readBook(ss);
    const code = choosePeriod(book, ui);
    if (code === null) return null;
    context.period = code;
    const p = previewReminders(ss, code, book);
    context.period = p.period;
    if (p.units.length === 0)
      return p.noEmail.length > 0
        ? `${p.label}: chỉ còn đơn vị chưa có email hợp lệ chưa cập nhật (${p.noEmail.join(", ")}). Hãy nhập email trong trang "Đơn vị".`
        : `${p.label}: mọi đơn vị đã cập nhật tiến độ trong kỳ; không cần nhắc.`;
    if (ui.alert(TITLE, remindQuestion(p), ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    let again = false;
    const already = remindAgainQuestion(p);
    if (already) {
      const answer = ui.alert(
        TITLE,
        `${already}\n(Có: nhắc lại; Không: chỉ nhắc các đơn vị còn lại; Hủy: không gửi thư nào.)`,
        ui.ButtonSet.YES_NO_CANCEL,
      );
      if (answer !== ui.Button.YES && answer !== ui.Button.NO) return null;
      again = answer === ui.Button.YES;
    }
    const r = sendReminders(ss, code, again);
    const skipped = r.skipped.length > 0 ? ` Không nhắc lại: ${r.skipped.join(", ")}.` : "";
    return `Đã gửi ${r.sent.length} thư nhắc kỳ ${r.period}: ${r.sent.map((s) => s.unit).join(", ") || "không có"}.${skipped} Mỗi thư được ghi trong "Nhật ký".`;
  });
}

export function menuRemindAutoOn(): void {
  fromMenu("Bật nhắc tự động", "Bật nhắc tự động", NEEDS.trigger, (ss) => {
    const book = readBook(ss);
    const days = settingsOf(book).remindDays;
    const how =
      `Mỗi ngày khoảng ${REMIND_HOUR} giờ, từ ${days} ngày trước ngày chốt số liệu của mỗi quý (mục "Nhắc trước (ngày)" ` +
      'trong trang "Cấu hình"), các đơn vị chưa cập nhật nhận một thư nhắc (mỗi đơn vị một lần mỗi quý), gửi từ tài khoản của bạn. ' +
      "Nếu một lần chạy lỗi, chủ sở hữu bảng tính nhận thư báo.";
    return installReminderTrigger(ss, knownOf(book))
      ? `Đã bật nhắc tự động. ${how}`
      : `Nhắc tự động đã được bật từ trước. ${how}`;
  });
}

export function menuRemindAutoOff(): void {
  fromMenu("Tắt nhắc tự động", "Tắt nhắc tự động", NEEDS.trigger, (ss) => {
    const n = removeReminderTriggers(ss);
    return n > 0
      ? "Đã tắt nhắc tự động."
      : "Nhắc tự động chưa được bật (bởi tài khoản của bạn); không có gì để tắt.";
  });
}
