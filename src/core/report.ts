/** The report for one period (docs/workbook.md: the report): what it says, before any layout. */
import { DIMENSIONS, type Dimension, findSubDimension } from "./catalogue";
import { type Day, vnDay, ymd } from "./day";
import { type Issue, issue } from "./issues";
import { makePeriod, type Period, type PeriodKind, periodLabel, periodPhrase } from "./periods";
import type { Narrative, Plan, Settings } from "./plan";
import { reportNumberText } from "./report-date";
import { headerOf, NARRATIVES } from "./schema";
import { type ScoresSummary, summarizeScores } from "./scores";
import {
  type Counts,
  countByGroup,
  type GroupCounts,
  percentDone,
  statusesOf,
  type TaskStatus,
} from "./status";

export type NarrativeSection = "situation" | "shortcomings" | "nextSteps" | "proposals";

export interface DimensionResults {
  dimension: Dimension;
  counts: GroupCounts;
  /** Tasks of the dimension with updates inside the period, in sheet order. */
  tasks: TaskStatus[];
}

export interface ReportModel {
  period: Period;
  settings: Settings;
  /** The day the report is dated (see report-date.ts). */
  issuedOn: Day;
  /** The number văn thư gave it, as printed after `Số:` (`45/BC-BQLKCN`); empty when none yet. */
  number: string;
  /** The narrative text of each section, or undefined when it is missing. */
  narrative: Record<NarrativeSection, string | undefined>;
  groups: GroupCounts[];
  totals: Counts;
  /**
   * Every task by its deadline as of the period's end: due (a date on or before it; `done` of those are
   * done), ongoing (`Thường xuyên`, no date) and due later. `total + ongoing + later` is the plan's total.
   */
  due: { total: number; done: number; ongoing: number; later: number };
  dimensions: DimensionResults[];
  /** Every task, in sheet order, for the appendix. */
  statuses: TaskStatus[];
  /**
   * The PAPI scores of the years before the plan year (docs/workbook.md, "PAPI scores"): in the 6-month and yearly reports
   * only, and null when the workbook has none.
   */
  scores: ScoresSummary | null;
  /** `MISSING_NARRATIVE` warnings for this period. */
  warnings: Issue[];
}

export function buildReport(plan: Plan, year: number, kind: PeriodKind, issuedOn: Day): ReportModel {
  const period = makePeriod(year, kind, plan.settings.cutoffMode);
  const statuses = statusesOf(plan.tasks, plan.updates, period);
  const { groups, totals } = countByGroup(statuses);
  const found = plan.narratives.get(period.code);
  return {
    period,
    settings: plan.settings,
    issuedOn,
    number: reportNumberText(found?.number ?? "", plan.settings.agencyCode),
    narrative: narrativeOf(found),
    groups,
    totals,
    due: dueBy(statuses, period.end),
    dimensions: DIMENSIONS.map((dimension, i) => ({
      dimension,
      counts: groups[i] as GroupCounts,
      tasks: statuses.filter((s) => s.task.group === dimension.id && s.periodUpdates.length > 0),
    })),
    statuses,
    scores: SCORED_KINDS.includes(kind) ? summarizeScores(plan.scores, year) : null,
    warnings: narrativeWarnings(found, period),
  };
}

/** The reports that look back at the published scores: 6 months and the year (docs/workbook.md, "PAPI scores"). */
const SCORED_KINDS: readonly PeriodKind[] = ["H1", "Y"];

function dueBy(statuses: readonly TaskStatus[], end: Day): ReportModel["due"] {
  const due = statuses.filter((s) => s.task.deadline.kind === "day" && s.task.deadline.day <= end);
  const ongoing = statuses.filter((s) => s.task.deadline.kind === "ongoing").length;
  return {
    total: due.length,
    done: due.filter((s) => s.state === "done").length,
    ongoing,
    later: statuses.length - due.length - ongoing,
  };
}

const SECTION_COLUMNS: Record<NarrativeSection, string> = {
  situation: headerOf(NARRATIVES, "situation"),
  shortcomings: headerOf(NARRATIVES, "shortcomings"),
  nextSteps: headerOf(NARRATIVES, "nextSteps"),
  proposals: headerOf(NARRATIVES, "proposals"),
};
const NARRATIVE_SECTIONS = Object.keys(SECTION_COLUMNS) as NarrativeSection[];

function narrativeOf(found: Narrative | undefined): Record<NarrativeSection, string | undefined> {
  const pick = (s: NarrativeSection) => (found?.[s] ? found[s] : undefined);
  return {
    situation: pick("situation"),
    shortcomings: pick("shortcomings"),
    nextSteps: pick("nextSteps"),
    proposals: pick("proposals"),
  };
}

function narrativeWarnings(found: Narrative | undefined, period: Period): Issue[] {
  if (!found)
    return [
      issue(
        "MISSING_NARRATIVE",
        NARRATIVES.name,
        null,
        headerOf(NARRATIVES, "period"),
        `chưa có dòng nội dung cho kỳ ${period.code} (${periodPhrase(period)}); báo cáo sẽ để trống các mục I, III, IV, V.`,
      ),
    ];
  return NARRATIVE_SECTIONS.filter((s) => !found[s]).map((s) =>
    issue(
      "MISSING_NARRATIVE",
      NARRATIVES.name,
      found.row,
      SECTION_COLUMNS[s],
      `kỳ ${period.code} chưa có nội dung "${SECTION_COLUMNS[s]}"; báo cáo sẽ để trống mục này.`,
    ),
  );
}

/** The text shown in place of a missing narrative section, saying where to write it. */
export function narrativePlaceholder(section: NarrativeSection, period: Period): string {
  return `[Chưa có nội dung. Nhập tại trang "${NARRATIVES.name}", dòng kỳ ${period.code}, cột "${SECTION_COLUMNS[section]}".]`;
}

/** `Tỉnh Mẫu, ngày 05 tháng 01 năm 2021`: Decree 30 pads days below 10 and months 1–2 with a 0. */
export function dateLine(place: string, day: Day): string {
  const { year, month, day: d } = ymd(day);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place || "……"}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The subject line: `Kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI quý I năm 2020`. */
export function subjectLine(period: Period): string {
  return subjectPhrases(period).join(" ");
}

/** The subject line's phrases: a line may break between them, never inside one ("…PAPI năm / 2020"). */
export function subjectPhrases(period: Period): string[] {
  return ["Kết quả thực hiện", "Kế hoạch cải thiện, nâng cao", `Chỉ số PAPI ${periodPhrase(period)}`];
}

export function stateText(s: TaskStatus): string {
  const overdue = s.overdue ? " – quá hạn" : "";
  if (s.state === "done")
    return `${s.onTime ? "Hoàn thành đúng hạn" : "Hoàn thành trễ hạn"} (${vnDay(s.completedOn ?? 0)})`;
  if (s.state === "inProgress") return `Đang thực hiện (${s.progress}%)${overdue}`;
  return `Chưa triển khai${overdue}`;
}

/** The state without its percentage, for a spreadsheet that shows the percentage in a column of its own. */
export function stateWords(s: TaskStatus): string {
  return s.state === "inProgress" ? stateText(s).replace(/ \(\d+(?:[.,]\d+)?%\)/, "") : stateText(s);
}

/** The appendix's Nhóm/Nội dung thành phần: `1.1. Tri thức công dân`, or `Nhóm 2` without a sub-dimension. */
export function groupCell(s: TaskStatus): string {
  const sub = s.task.subdimension ? findSubDimension(s.task.subdimension) : undefined;
  return sub ? `${sub.code}. ${sub.vn}` : `Nhóm ${s.task.group}`;
}

export { percentDone, periodLabel };
