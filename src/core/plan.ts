/** The plan as the engine sees it once the workbook has been read and checked. */
import type { Deadline } from "./cells";
import type { Day } from "./day";
import type { Issue } from "./issues";
import type { CutoffMode } from "./schema";

export interface Settings {
  parentBody: string;
  agency: string;
  agencyCode: string;
  place: string;
  /** The plan year; undefined when the setting is missing or not a year (an error is reported). */
  year: number | undefined;
  planNumber: string;
  planDate: Day | undefined;
  /** The date printed on every report (`Ngày báo cáo`); undefined: the default date (report-date.ts). */
  reportDate: Day | undefined;
  cutoffMode: CutoffMode;
  homeAffairsEmail: string;
  ccEmails: string[];
  folder: string;
  signerTitle: string;
  signer: string;
  recipients: string[];
  /** How many days before a period's cut-off the automatic reminder goes out. */
  remindDays: number;
}

/** A row of the `Đơn vị` sheet (docs/workbook.md: sheets and columns). */
export interface Unit {
  /** 1-based row in `Đơn vị`. */
  row: number;
  name: string;
  /** Its valid addresses; empty when none is given or one of them is malformed (`BAD_EMAIL`). */
  emails: string[];
  contact: string;
}

export interface Task {
  /** 1-based row in `Nhiệm vụ`. */
  row: number;
  id: string;
  group: number;
  subdimension: string;
  content: string;
  lead: string;
  partners: string;
  deadline: Deadline;
  /** The deadline as the user wrote it, for the appendix. */
  deadlineText: string;
  product: string;
  note: string;
}

export interface Update {
  /** 1-based row in `Tiến độ`. */
  row: number;
  taskId: string;
  date: Day;
  progress: number;
  result: string;
  evidence: string;
  updatedBy: string;
}

export interface Narrative {
  row: number;
  situation: string;
  shortcomings: string;
  nextSteps: string;
  proposals: string;
  /** `Số báo cáo` as typed (e.g. `45` or `45/BC-BQLKCN`); empty when văn thư has not given one yet. */
  number: string;
  /** `Ngày báo cáo` of this period; undefined when empty or not a date (BAD_DATE). */
  reportDate: Day | undefined;
}

/** A row of the `Điểm PAPI` sheet (docs/workbook.md, "PAPI scores"): a published score, a target, or both. */
export interface Score {
  /** 1-based row in `Điểm PAPI`. */
  row: number;
  year: number;
  group: number;
  score: number | undefined;
  target: number | undefined;
}

export interface Plan {
  settings: Settings;
  /** Tasks without errors, in sheet order. */
  tasks: Task[];
  /** Updates without errors whose task is among `tasks`, in sheet order. */
  updates: Update[];
  /** By period code, e.g. `2020-Q1`. */
  narratives: Map<string, Narrative>;
  /** The `Đơn vị` sheet's units in sheet order; empty when the sheet is absent or lists none. */
  units: Unit[];
  /** The `Điểm PAPI` sheet's rows without errors, in sheet order; empty when the sheet is absent. */
  scores: Score[];
  issues: Issue[];
}

/** A task's updates in the order they happened: by date, then by row on the same date. */
export function chronological(a: Update, b: Update): number {
  return a.date - b.date || a.row - b.row;
}

/** Each task's updates, by task id, in the order they happened. */
export function historiesByTask(updates: readonly Update[]): Map<string, Update[]> {
  const byTask = new Map<string, Update[]>();
  for (const u of updates) {
    const history = byTask.get(u.taskId);
    if (history) history.push(u);
    else byTask.set(u.taskId, [u]);
  }
  // A task's few updates sort for much less than the whole sheet's would (60,000 rows in the benchmark).
  for (const history of byTask.values()) sortChronologically(history);
  return byTask;
}

/**
 * Puts a task's updates in the order they happened, in place. An append-only sheet mostly lists them so
 * already; such a list is left as it is, since sort builds work arrays even then (10,000 tasks, 10,000 sorts).
 */
export function sortChronologically(history: Update[]): void {
  let previous: Update | undefined;
  for (const u of history) {
    if (previous && chronological(previous, u) > 0) {
      history.sort(chronological);
      return;
    }
    previous = u;
  }
}
