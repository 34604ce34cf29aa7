/**
 * The report's number and date (docs/workbook.md, "The report's date"): which day the report is dated,
 * why, and the number văn thư gives it. Pure: today is passed in.
 */
import { type Day, vnDay } from "./day";
import type { Period } from "./periods";
import { headerOf, NARRATIVES, SETTINGS, SETTINGS_SHEET } from "./schema";

export type ReportDateSource = "option" | "period" | "setting" | "today" | "firstWorkingDay";

export interface ReportDate {
  day: Day;
  source: ReportDateSource;
}

/** How long after a period's end a report made today is dated today. */
export const TODAY_WITHIN_DAYS = 30;

/** Monday–Friday: 1970-01-01, day 0, was a Thursday. */
function isWorkingDay(day: Day): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}

/** The first Monday–Friday after `day`. */
export function firstWorkingDayAfter(day: Day): Day {
  let next = day + 1;
  while (!isWorkingDay(next)) next++;
  return next;
}

/**
 * The date printed on the report: `--date`, else the period's `Ngày báo cáo` (Nội dung báo cáo), else the
 * `Ngày báo cáo` setting, else today when today is after the period's end by at most 30 days, else the
 * first working day after the period's end (a report made long after, or before, its period ends).
 */
export function chooseReportDate(o: {
  option?: Day;
  periodDate?: Day;
  settingDate?: Day;
  today: Day;
  period: Pick<Period, "end">;
}): ReportDate {
  if (o.option !== undefined) return { day: o.option, source: "option" };
  if (o.periodDate !== undefined) return { day: o.periodDate, source: "period" };
  if (o.settingDate !== undefined) return { day: o.settingDate, source: "setting" };
  const after = o.today - o.period.end;
  if (after > 0 && after <= TODAY_WITHIN_DAYS) return { day: o.today, source: "today" };
  return { day: firstWorkingDayAfter(o.period.end), source: "firstWorkingDay" };
}

const SETTING_LABEL = SETTINGS.find((s) => s.key === "reportDate")?.label ?? "Ngày báo cáo";

/** `Ngày báo cáo: 16/03/2020 (ngày làm việc đầu tiên sau kỳ)`: the date used and why, in one line. */
export function reportDateLine(date: ReportDate, period: Pick<Period, "code">): string {
  const why: Record<ReportDateSource, string> = {
    option: "theo tham số --date",
    period: `theo cột "${headerOf(NARRATIVES, "reportDate")}" của kỳ ${period.code} ở trang "${NARRATIVES.name}"`,
    setting: `theo mục "${SETTING_LABEL}" ở trang "${SETTINGS_SHEET.name}"`,
    today: `hôm nay, trong vòng ${TODAY_WITHIN_DAYS} ngày sau kỳ`,
    firstWorkingDay: "ngày làm việc đầu tiên sau kỳ",
  };
  return `Ngày báo cáo: ${vnDay(date.day)} (${why[date.source]})`;
}

/**
 * The number văn thư gives (`Số báo cáo`) as printed after `Số:`: `45` becomes `45/BC-BQLKCN`; a number
 * typed with its symbol (`45/BC-BQLKCN`) stays as typed; empty stays empty (the blank `Số:      /BC-…`).
 */
export function reportNumberText(typed: string, agencyCode: string): string {
  const number = typed.trim().replace(/^số\s*:?\s*/iu, "");
  if (number === "") return "";
  return /^\d+$/.test(number) ? `${number}/BC-${agencyCode || "……"}` : number;
}
