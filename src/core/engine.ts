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
import { reportDocument } from "./report-document";
import { PLAN_SHEETS } from "./schema";
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

export function prepareReport(workbook: RawWorkbook, periodCode: string, today: Day): PreparedReport {
  const parsed = parsePeriodOrThrow(periodCode);
  const validation = validateWorkbook(workbook, today, parsed.year);
  const model = buildReport(validation.plan, parsed.year, parsed.kind, today);
  const issues = sortIssues(
    [...validation.issues, ...model.warnings],
    PLAN_SHEETS.map((s) => s.name),
  );
  const document = reportDocument(model);
  return { ...validation, issues, ...countIssues(issues), model, document, grids: reportGrids(document) };
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

/** The JSON object of domain.md §8. */
export interface ResultJson {
  period?: { code: string; label: string; start: string; end: string; mode: string };
  validation: { errors: number; warnings: number; issues: Issue[] };
  groups?: GroupCounts[];
  totals?: Counts;
  files?: { xlsx: string; pdf: string } | null;
}

export function validationJson(v: Validation): ResultJson {
  return { validation: { errors: v.errors, warnings: v.warnings, issues: v.issues } };
}

export function reportJson(r: PreparedReport, files: { xlsx: string; pdf: string } | null): ResultJson {
  return {
    period: periodJson(r.model.period),
    ...validationJson(r),
    groups: r.model.groups,
    totals: r.model.totals,
    files,
  };
}

/** The object `papi units --json` prints (domain.md §8). */
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
