/**
 * The contract between the sidebar (src/ui) and the Apps Script functions it calls (src/gas/api.ts):
 * plain data only, dates as ISO strings, because google.script.run cannot carry Dates.
 */
import type { UpdateKey } from "./schema";
import type { Counts, GroupCounts } from "./status";
import type { UnitStatus } from "./units";

/** Every server call answers this: a value, or a message for the user. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface LogRow {
  time: string;
  user: string;
  action: string;
  period?: string;
  link?: string;
  recipients?: string;
  result: string;
}

export interface DashboardGroup {
  group: number;
  name: string;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  percent: number;
  /** The dimension's last published PAPI score and its target (docs/workbook.md, "PAPI scores"); null without one. */
  score: DashboardScore | null;
}

export interface DashboardScore {
  year: number;
  score: number;
  /** The change from the year before in the scores shown (null when either is missing). */
  change: number | null;
  previousYear: number | null;
  /** The plan year's target, if set. */
  target: number | null;
  targetYear: number;
  fell: boolean;
  belowTarget: boolean;
}

export interface Dashboard {
  plan: { agency: string; planNumber: string; year: number; cutoffMode: string };
  period: { code: string; label: string; start: string; end: string };
  periods: { code: string; label: string }[];
  groups: DashboardGroup[];
  totals: Omit<DashboardGroup, "group" | "name" | "score">;
  errors: number;
  warnings: number;
  issues: {
    sheet: string;
    row: number | null;
    column: string | null;
    severity: string;
    code: string;
    message: string;
  }[];
  tasks: { id: string; content: string; group: number; unit: string }[];
  /** Every unit's status for the period: the `Đơn vị` sheet's, then those only in `Nhiệm vụ`. */
  units: DashboardUnit[];
  /** The units whose `Email` holds the user's address: their work comes first. */
  myUnits: string[];
  log: LogRow[];
  today: string;
}

export interface NewUpdate {
  taskId: string;
  /** `yyyy-mm-dd` */
  date: string;
  progress: string;
  result: string;
  evidence: string;
}

export type AddUpdateResult =
  | { added: true; row: number; warnings: string[] }
  | { added: false; errors: { field: UpdateKey | null; message: string }[] };

export type GenerateResult =
  | {
      status: "done";
      period: string;
      sheet: string;
      url: string;
      groups: GroupCounts[];
      totals: Counts;
      warnings: number;
      /** Made despite errors: which rows were left out (`leftOutText`), else empty. */
      leftOut: string;
      /** `Ngày báo cáo: 16/03/2020 (ngày làm việc đầu tiên sau kỳ)`: the date printed and why. */
      reportDate: string;
    }
  | { status: "exists"; period: string; sheets: string[] }
  | { status: "hasErrors"; period: string; errors: number };

export interface SendPreview {
  period: string;
  /** The name every file of the period's report begins with, e.g. `BC-PAPI-2020-Q1-BQLKCN`. */
  baseName: string;
  /** The newest signed copy in the report folder (intact: a changed one is refused before this). */
  signedCopy: { name: string; url: string; signer: string; signedAt: string | null } | null;
  to: string;
  cc: string[];
  subject: string;
  quota: number;
  /**
   * When and by whom the period was sent before, if it was; `pending`: that send was recorded before its
   * mail went and never marked complete, so it may or may not have gone.
   */
  sentBefore: { time: string; user: string; pending: boolean } | null;
}

/** A unit's status for the chosen period, as the sidebar's "Đơn vị" view shows it: the core's, as is. */
export type DashboardUnit = UnitStatus;

/** What "Nhắc đơn vị cập nhật" will do, shown before asking. */
export interface RemindPreview {
  period: string;
  label: string;
  /** The period's cut-off, `dd/mm/yyyy`. */
  cutoff: string;
  /** Units that owe updates and have an address: one mail each. */
  units: { unit: string; to: string; tasks: number; remindedToday: boolean }[];
  /** Units that owe updates but have no valid address: no mail. */
  noEmail: string[];
  /** Recipients the mails need, and the account's remaining daily quota. */
  recipients: number;
  quota: number;
}

export interface RemindResult {
  period: string;
  /** The units mailed, with their addresses. */
  sent: { unit: string; to: string }[];
  /** Units reminded earlier today and left out, because the user did not ask to remind them again. */
  skipped: string[];
}

export interface ExportedFile {
  name: string;
  id: string;
  url: string;
}

export interface SendResult {
  period: string;
  recipients: string;
  files: ExportedFile[];
  /** The last signer's CN of the copy sent; null when the unsigned draft was sent. */
  signer: string | null;
  /** SHA-256 of the bytes sent, as `Nhật ký` records it. */
  sha256: string;
}

/** A signed copy the sidebar uploaded into the report folder, checked before it was stored. */
export interface UploadResult {
  period: string;
  /** The name it was stored under: the report's base name, then `-da-ky-` and the time. */
  name: string;
  url: string;
  /** The last signer's CN, and when they signed (`2020-03-16T08:30:00+07:00`) if the file says. */
  signer: string;
  signedAt: string | null;
  /** How many signatures the file holds (the leader's, then the agency's: 2). */
  signatures: number;
}

/** One line of "Kiểm tra cài đặt": what was tried, and when it failed, why and how to fix it. */
export interface SetupCheck {
  ok: boolean;
  title: string;
  /** Why it failed; when ok, what it measured (the runtime's lines), else "". */
  detail: string;
  /** What to do about it ("" when ok). */
  fix: string;
}
