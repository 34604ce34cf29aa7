/**
 * Reminding the units that still owe updates before a period's cut-off: whom, the mail each gets, when
 * the automatic reminder is due, and what `Nhật ký` says about reminders already sent.
 */
import { unitKey } from "./check";
import { type Day, dayOf, vnDay } from "./day";
import { makePeriod, type Period, type PeriodKind, periodPhrase } from "./periods";
import type { Settings } from "./plan";
import type { CutoffMode } from "./schema";
import type { LogRow } from "./sidebar-api";
import type { UnitStatus } from "./units";

/** The `Thao tác` of a reminder in `Nhật ký`: sent from the menu or the sidebar, or by the trigger. */
export const REMIND_ACTION = "Nhắc đơn vị cập nhật";
export const AUTO_REMIND_ACTION = "Nhắc tự động";
const OK_PREFIX = "Thành công";

/** Units that owe updates, split into those that can be mailed and those without a valid address. */
export function reminderTargets(units: readonly UnitStatus[]): {
  mailable: UnitStatus[];
  noEmail: UnitStatus[];
} {
  const owing = units.filter((u) => u.missing.length > 0);
  return {
    mailable: owing.filter((u) => u.emails.length > 0),
    noEmail: owing.filter((u) => u.emails.length === 0),
  };
}

export interface ReminderLinks {
  /** The spreadsheet. */
  sheet: string;
  /** The `Tiến độ` sheet, where the update form writes. */
  form: string;
}

export interface ReminderMail {
  to: string;
  subject: string;
  body: string;
}

/** Control characters would break a mail header; user text in the subject is kept on one line. */
function oneLine(text: string): string {
  return text.replace(/\p{Cc}+/gu, " ").trim();
}

/** One plain-text mail (no HTML: nothing a user typed can become markup) listing the unit's owing tasks. */
export function reminderMail(
  settings: Settings,
  period: Period,
  unit: UnitStatus,
  links: ReminderLinks,
): ReminderMail {
  const agency = settings.agency || "Văn phòng";
  const plan = settings.planNumber ? ` số ${settings.planNumber}` : "";
  const greeting = unit.contact ? `${unit.unit} (${unit.contact})` : unit.unit;
  const tasks = unit.missing.map((t, i) => {
    const state = [`thời hạn: ${t.deadline || "chưa ghi"}`, `tiến độ hiện tại: ${t.progress}%`];
    if (t.overdue) state.push("ĐÃ QUÁ HẠN");
    return `${i + 1}. Nhiệm vụ ${t.id}: ${t.content}\n   (${state.join("; ")})`;
  });
  const body = [
    `Kính gửi: ${greeting}.`,
    "",
    `Để tổng hợp báo cáo kết quả thực hiện Kế hoạch${plan} cải thiện, nâng cao Chỉ số PAPI ${periodPhrase(period)}, ` +
      `đề nghị ${unit.unit} cập nhật kết quả thực hiện ${unit.missing.length} nhiệm vụ dưới đây ` +
      `(chưa có cập nhật nào từ ngày ${vnDay(period.start)}) trước ngày chốt số liệu ${vnDay(period.end)}:`,
    "",
    ...tasks,
    "",
    `Bảng tính kế hoạch: ${links.sheet}`,
    `Cập nhật tiến độ: ${links.form}`,
    '(trang "Tiến độ"; hoặc trong bảng tính chọn menu PAPI → Mở bảng điều khiển → Cập nhật tiến độ).',
    "",
    "Trân trọng./.",
    "",
    agency,
  ];
  return {
    to: unit.emails.join(","),
    subject: oneLine(
      `${agency}: Nhắc cập nhật kết quả thực hiện Kế hoạch PAPI ${periodPhrase(period)} – ${unit.unit}`,
    ),
    body: body.join("\n"),
  };
}

/** The `Người nhận` of a reminder's log row: the unit, then its addresses (which never hold ": "). */
export function reminderRecipients(unit: UnitStatus): string {
  return `${unit.unit}: ${unit.emails.join(", ")}`;
}

function unitOfRecipients(recipients: string): string {
  const at = recipients.lastIndexOf(": ");
  return at < 0 ? recipients : recipients.slice(0, at);
}

/** The calendar day of a log row's `dd/MM/yyyy HH:mm:ss` time, or undefined. */
function logDay(time: string): Day | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(time);
  return m ? dayOf(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

function successfulReminders(log: readonly LogRow[], periodCode: string, actions: readonly string[]) {
  return log.filter(
    (r) => actions.includes(r.action) && r.period === periodCode && r.result.startsWith(OK_PREFIX),
  );
}

/** Keys (see unitKey) of the units reminded for the period on that day, by hand or by the trigger. */
export function remindedOn(log: readonly LogRow[], periodCode: string, day: Day): Set<string> {
  return new Set(
    successfulReminders(log, periodCode, [REMIND_ACTION, AUTO_REMIND_ACTION])
      .filter((r) => logDay(r.time) === day)
      .map((r) => unitKey(unitOfRecipients(r.recipients ?? ""))),
  );
}

/** Keys of the units the trigger has already reminded for the period: it reminds each unit once. */
export function autoReminded(log: readonly LogRow[], periodCode: string): Set<string> {
  return new Set(
    successfulReminders(log, periodCode, [AUTO_REMIND_ACTION]).map((r) =>
      unitKey(unitOfRecipients(r.recipients ?? "")),
    ),
  );
}

const QUARTERS: readonly PeriodKind[] = ["Q1", "Q2", "Q3", "Q4"];

/**
 * The quarter of the plan year whose cut-off is at most `days` days away (today included, the cut-off day
 * included), or undefined. Quarters, because the Office chases what was done since the last report; the
 * 6-month, 9-month and yearly periods share the cut-offs of Q2, Q3 and Q4.
 */
export function reminderPeriod(year: number, mode: CutoffMode, today: Day, days: number): Period | undefined {
  return QUARTERS.map((kind) => makePeriod(year, kind, mode)).find(
    (p) => today >= p.end - days && today <= p.end,
  );
}

/** The quarter of the plan year whose window holds the day (its next cut-off), or undefined outside the year. */
export function quarterOf(year: number, mode: CutoffMode, day: Day): Period | undefined {
  return QUARTERS.map((kind) => makePeriod(year, kind, mode)).find((p) => day >= p.start && day <= p.end);
}
