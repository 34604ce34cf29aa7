/**
 * "Nhắc đơn vị cập nhật": one mail per unit that owes updates for a period, after the user has seen the
 * list and the mail quota; every mail logged in `Nhật ký`. The same unit is not reminded twice for a
 * period on the same day unless the user asks for it.
 */

import { unitKey } from "../core/check";
import { vnDay } from "../core/day";
import { prepareUnits } from "../core/engine";
import { type Period, parsePeriodCode, periodLabel } from "../core/periods";
import type { Settings } from "../core/plan";
import {
  REMIND_ACTION,
  type ReminderLinks,
  remindedOn,
  reminderMail,
  reminderRecipients,
  reminderTargets,
} from "../core/reminders";
import { UPDATES } from "../core/schema";
import type { LogRow, RemindPreview, RemindResult } from "../core/sidebar-api";
import type { UnitStatus } from "../core/units";
import { type Book, type Known, knownOf, readBook, sheetOf } from "./book";
import { type Clock, Deadline, OutOfTime } from "./clock";
import { todayIn } from "./context";
import { UserError } from "./errors";
import { withDocumentLock } from "./lock";
import { appendLogs, type LogEntry, logOf, RESULT_OK } from "./log";
import { retryOnce } from "./retry";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everything a reminder needs, from one read of the spreadsheet. */
export interface ReminderState {
  period: Period;
  settings: Settings;
  /** Units owing updates that have an address, and those without one. */
  mailable: UnitStatus[];
  noEmail: UnitStatus[];
  log: LogRow[];
  /** Keys of the units already reminded today for the period. */
  remindedToday: Set<string>;
  /** What every mail links to. */
  links: ReminderLinks;
  /** What the log rows need, known from the read. */
  known: Known;
}

/** `book`: the caller's read, when it has one; else the spreadsheet is read here. */
export function reminderState(ss: Spreadsheet, periodCode: string, book?: Book): ReminderState {
  if (!parsePeriodCode(periodCode))
    throw new UserError(
      `Kỳ báo cáo "${periodCode}" không hợp lệ; dùng dạng 2020-Q1, 2020-Q2, 2020-Q3, 2020-Q4, 2020-H1, 2020-9M hoặc 2020-Y.`,
    );
  const read = book ?? readBook(ss);
  const today = todayIn(read.timeZone);
  const r = prepareUnits(read.workbook, periodCode, today);
  const year = r.plan.settings.year;
  if (year !== undefined && r.period.year !== year)
    throw new UserError(`Kỳ ${r.period.code} không thuộc năm kế hoạch ${year}.`);
  const log = logOf(read);
  return {
    period: r.period,
    settings: r.plan.settings,
    ...reminderTargets(r.units),
    log,
    remindedToday: remindedOn(log, r.period.code, today),
    links: reminderLinks(read),
    known: knownOf(read),
  };
}

function recipientsOf(units: readonly UnitStatus[]): number {
  return units.reduce((n, u) => n + u.emails.length, 0);
}

export function previewReminders(ss: Spreadsheet, periodCode: string, book?: Book): RemindPreview {
  const s = reminderState(ss, periodCode, book);
  return {
    period: s.period.code,
    label: periodLabel(s.period),
    cutoff: vnDay(s.period.end),
    units: s.mailable.map((u) => ({
      unit: u.unit,
      to: u.emails.join(", "),
      tasks: u.missing.length,
      remindedToday: s.remindedToday.has(unitKey(u.unit)),
    })),
    noEmail: s.noEmail.map((u) => u.unit),
    recipients: recipientsOf(s.mailable),
    quota: MailApp.getRemainingDailyQuota(),
  };
}

/**
 * Sends once the user confirmed the preview; units reminded earlier today are left out unless `again`.
 * Runs under the document lock, so two people pressing at once do not mail a unit twice.
 */
export function sendReminders(
  ss: Spreadsheet,
  periodCode: string,
  again: boolean,
  clock?: Clock,
): RemindResult {
  const deadline = new Deadline(clock);
  return withDocumentLock(() => {
    const s = reminderState(ss, periodCode);
    const skipped = again ? [] : s.mailable.filter((u) => s.remindedToday.has(unitKey(u.unit)));
    const units = s.mailable.filter((u) => !skipped.includes(u));
    const sent = mailUnits(ss, s, units, REMIND_ACTION, deadline);
    return { period: s.period.code, sent, skipped: skipped.map((u) => u.unit) };
  });
}

/** The links every reminder carries: the Sheet, and the `Tiến độ` sheet the update form writes to. */
function reminderLinks(book: Book): ReminderLinks {
  const url = book.url;
  const updates = sheetOf(book, UPDATES.name);
  return { sheet: url, form: updates ? `${url}#gid=${updates.id}` : url };
}

/**
 * One mail per unit, after checking the quota for all of them. Whatever happens half-way, the mails
 * already sent are logged, with one write to `Nhật ký` whatever the number of units.
 */
export function mailUnits(
  ss: Spreadsheet,
  s: Pick<ReminderState, "period" | "settings" | "links" | "known">,
  units: readonly UnitStatus[],
  action: string,
  deadline: Deadline = new Deadline(),
): RemindResult["sent"] {
  if (units.length === 0) return [];
  const quota = MailApp.getRemainingDailyQuota();
  const needed = recipientsOf(units);
  if (quota < needed)
    throw new UserError(
      `Hạn mức gửi thư hôm nay của tài khoản chỉ còn ${quota} người nhận (cần ${needed}). Vui lòng nhắc vào ngày mai.`,
    );
  const links = s.links;
  const sent: RemindResult["sent"] = [];
  const entries: LogEntry[] = [];
  try {
    for (const unit of units) {
      // Out of time: the mails that went are logged (below), the others wait for the next run.
      if (deadline.passed())
        throw new OutOfTime(
          `Đã gần hết 6 phút Google cho mỗi lần chạy, nên PAPI dừng lại. Đã gửi ${sent.length} thư (ghi trong "Nhật ký"); ` +
            `còn ${units.length - sent.length} đơn vị chưa được nhắc. Hãy chạy lại Nhắc đơn vị cập nhật: các đơn vị đã nhắc hôm nay được bỏ qua.`,
        );
      const mail = reminderMail(s.settings, s.period, unit, links);
      MailApp.sendEmail({
        to: mail.to,
        subject: mail.subject,
        body: mail.body,
        name: s.settings.agency || undefined,
      });
      sent.push({ unit: unit.unit, to: unit.emails.join(", ") });
      entries.push({
        action,
        period: s.period.code,
        recipients: reminderRecipients(unit),
        result: `${RESULT_OK}: ${unit.missing.length} nhiệm vụ chưa cập nhật (${unit.missing.map((t) => t.id).join(", ")})`,
      });
    }
  } finally {
    // The record of mails that went must survive a passing failure anywhere in writing it.
    if (entries.length > 0) retryOnce(() => appendLogs(ss, entries, s.known));
  }
  return sent;
}
