/** The main jobs, as the adapters call them: check a workbook, and make a period's report. */
import { readPlan } from "./check";
import { type Day, isoDay, ymd } from "./day";
import type { ReportDocument } from "./document";
import { reportBaseName } from "./export";
import { type GridSheet, reportGrids } from "./grid";
import { countIssues, type Issue, sortIssues } from "./issues";
import { makePeriod, type Period, parsePeriodCode, periodLabel } from "./periods";
import type { Plan } from "./plan";
import { buildReport, type ReportModel } from "./report";
import { chooseReportDate, type ReportDate, reportDateLine } from "./report-date";
import { reportDocument } from "./report-document";
import { PLAN_SHEETS } from "./schema";
import { type ScoresJson, scoresJson } from "./scores";
import type { Counts, GroupCounts } from "./status";
import type { RawWorkbook } from "./table";
import { type UnitStatus, unitStatuses } from "./units";

export interface Validation {
  plan: Plan;
  issues: Issue[];
  errors: number;
  warnings: number;
}

export function validateWorkbook(workbook: RawWorkbook, today: Day, periodYear?: number): Validation {
  const plan = readPlan(workbook, { fallbackYear: periodYear ?? ymd(today).year });
  return { plan, issues: plan.issues, ...countIssues(plan.issues) };
}

export interface PreparedReport extends Validation {
  /** The date printed on the report and why it was chosen. */
  reportDate: ReportDate;
  /** `Ngày báo cáo: 16/03/2020 (ngày làm việc đầu tiên sau kỳ)`: said by the command and the add-on. */
  reportDateLine: string;
  model: ReportModel;
  document: ReportDocument;
  grids: GridSheet[];
}

export class PeriodCodeError extends Error {}

function parsePeriodOrThrow(periodCode: string) {
  const parsed = parsePeriodCode(periodCode);
  if (!parsed)
    throw new PeriodCodeError(
      `Kỳ báo cáo "${periodCode}" không hợp lệ; dùng dạng 2020-Q1, 2020-Q2, 2020-Q3, 2020-Q4, 2020-H1, 2020-9M hoặc 2020-Y.`,
    );
  return parsed;
}

export interface ReportOptions {
  /** The date printed on the report (`--date`): before every other source (report-date.ts). */
  reportDate?: Day;
}

export function prepareReport(
  workbook: RawWorkbook,
  periodCode: string,
  today: Day,
  options: ReportOptions = {},
): PreparedReport {
  const parsed = parsePeriodOrThrow(periodCode);
  const validation = validateWorkbook(workbook, today, parsed.year);
  const planYear = validation.plan.settings.year;
  // A report of another year than the plan's would count this year's tasks against that year's dates.
  if (planYear !== undefined && planYear !== parsed.year)
    throw new PeriodCodeError(
      `Kỳ ${periodCode} không thuộc năm kế hoạch ${planYear} (mục "Năm kế hoạch" ở trang "Cấu hình"); chọn một kỳ của năm ${planYear}.`,
    );
  const settings = validation.plan.settings;
  const period = makePeriod(parsed.year, parsed.kind, settings.cutoffMode);
  const reportDate = chooseReportDate({
    option: options.reportDate,
    periodDate: validation.plan.narratives.get(period.code)?.reportDate,
    settingDate: settings.reportDate,
    today,
    period,
  });
  const model = buildReport(validation.plan, parsed.year, parsed.kind, reportDate.day);
  const issues = sortIssues(
    [...validation.issues, ...model.warnings],
    PLAN_SHEETS.map((s) => s.name),
  );
  const document = reportDocument(model);
  return {
    ...validation,
    issues,
    ...countIssues(issues),
    model,
    document,
    grids: reportGrids(document),
    reportDate,
    reportDateLine: reportDateLine(reportDate, period),
  };
}

export interface PreparedUnits extends Validation {
  period: Period;
  units: UnitStatus[];
}

/** Who has reported for a period and who has not, from one read of the workbook. */
export function prepareUnits(workbook: RawWorkbook, periodCode: string, today: Day): PreparedUnits {
  const parsed = parsePeriodOrThrow(periodCode);
  const validation = validateWorkbook(workbook, today, parsed.year);
  const period = makePeriod(parsed.year, parsed.kind, validation.plan.settings.cutoffMode);
  return { ...validation, period, units: unitStatuses(validation.plan, period) };
}

/** The rows a report made despite errors leaves out: each sheet's rows that carry an error. */
export function leftOutRows(issues: readonly Issue[]): { sheet: string; rows: number[] }[] {
  const bySheet = new Map<string, Set<number>>();
  for (const i of issues) {
    if (i.severity !== "error" || i.row === null) continue;
    const rows = bySheet.get(i.sheet) ?? new Set<number>();
    rows.add(i.row);
    bySheet.set(i.sheet, rows);
  }
  return [...bySheet].map(([sheet, rows]) => ({ sheet, rows: [...rows].sort((a, b) => a - b) }));
}

/** `Đã bỏ qua 3 dòng có lỗi: trang "Nhiệm vụ" dòng 5, 7; trang "Tiến độ" dòng 12.` (empty when none). */
export function leftOutText(issues: readonly Issue[]): string {
  const left = leftOutRows(issues);
  const count = left.reduce((n, s) => n + s.rows.length, 0);
  if (count === 0) return "";
  const where = left.map((s) => `trang "${s.sheet}" dòng ${s.rows.join(", ")}`).join("; ");
  return `Đã bỏ qua ${count} dòng có lỗi (không tính vào báo cáo): ${where}.`;
}

/** The object `papi report --json` prints (docs/workbook.md: the command's JSON). */
export interface ResultJson {
  period?: { code: string; label: string; start: string; end: string; mode: string };
  validation: { errors: number; warnings: number; issues: Issue[] };
  groups?: GroupCounts[];
  totals?: Counts;
  /** The PAPI scores of the 6-month and yearly reports (docs/workbook.md, "PAPI scores"), else null. */
  scores?: ScoresJson[] | null;
  files?: ReportFiles | null;
}

export function validationJson(v: Validation): ResultJson {
  return { validation: { errors: v.errors, warnings: v.warnings, issues: v.issues } };
}

/** The report's files by kind (docs/workbook.md: the command's JSON): the .xlsx, the PDF and the editable .docx. */
export interface ReportFiles {
  xlsx: string;
  pdf: string;
  docx: string;
}

export function reportJson(r: PreparedReport, files: ReportFiles | null): ResultJson {
  return {
    period: periodJson(r.model.period),
    ...validationJson(r),
    groups: r.model.groups,
    totals: r.model.totals,
    scores: scoresJson(r.model.scores),
    files,
  };
}

/** The object `papi units --json` prints (docs/workbook.md: the command's JSON). */
export interface UnitsJson {
  period: NonNullable<ResultJson["period"]>;
  units: {
    unit: string;
    email: string | null;
    tasks: number;
    updated: number;
    missing: string[];
    overdue: number;
  }[];
}

export function unitsJson(r: Pick<PreparedUnits, "period" | "units">): UnitsJson {
  return {
    period: periodJson(r.period),
    units: r.units.map((u) => ({
      unit: u.unit,
      email: u.emails.length > 0 ? u.emails.join(", ") : null,
      tasks: u.tasks,
      updated: u.updated,
      missing: u.missing.map((t) => t.id),
      overdue: u.overdue,
    })),
  };
}

function periodJson(p: Period) {
  return { code: p.code, label: periodLabel(p), start: isoDay(p.start), end: isoDay(p.end), mode: p.mode };
}

/** `BC-PAPI-2020-Q1-BQLKCN`: the base name of a report's files. */
export function reportFileBase(model: ReportModel): string {
  return reportBaseName(model.period, model.settings.agencyCode);
}
