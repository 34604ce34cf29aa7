/** Builds small workbooks for tests from records keyed by the schema's column keys. */
import { rowsOf, settingsRows } from "../../src/core/rows";
import {
  NARRATIVES,
  type NarrativeKey,
  SCORES,
  type ScoreKey,
  TASKS,
  type TaskKey,
  UNITS,
  type UnitKey,
  UPDATES,
  type UpdateKey,
} from "../../src/core/schema";
import type { RawWorkbook } from "../../src/core/table";

export type TaskRecord = Partial<Record<TaskKey, unknown>>;
export type UpdateRecord = Partial<Record<UpdateKey, unknown>>;
export type NarrativeRecord = Partial<Record<NarrativeKey, unknown>>;
export type UnitRecord = Partial<Record<UnitKey, unknown>>;
export type ScoreRecord = Partial<Record<ScoreKey, unknown>>;

export const BASE_SETTINGS = {
  agency: "Ban Quản lý các khu công nghiệp tỉnh Mẫu",
  agencyCode: "BQLKCN",
  year: 2020,
  planNumber: "28/KH-BQLKCN",
  planDate: "15/01/2020",
  place: "Tỉnh Mẫu",
};

export function task(id: string, overrides: TaskRecord = {}): TaskRecord {
  return { id, group: 1, content: `Nhiệm vụ ${id}`, lead: "Văn phòng", deadline: "Năm 2020", ...overrides };
}

export function update(
  taskId: string,
  date: string,
  progress: unknown,
  overrides: UpdateRecord = {},
): UpdateRecord {
  return {
    taskId,
    date,
    progress,
    result: `Kết quả ${taskId} ngày ${date}`,
    evidence: "CV 1/BQL",
    ...overrides,
  };
}

export function workbook(parts: {
  settings?: Record<string, unknown>;
  tasks?: TaskRecord[];
  updates?: UpdateRecord[];
  narratives?: NarrativeRecord[];
  /** A `Đơn vị` sheet with these rows; none when absent. */
  units?: UnitRecord[];
  /** A `Điểm PAPI` sheet with these rows; none when absent. */
  scores?: ScoreRecord[];
  timeZone?: string;
}): RawWorkbook {
  return {
    timeZone: parts.timeZone ?? "UTC",
    sheets: [
      { name: "Cấu hình", rows: settingsRows({ ...BASE_SETTINGS, ...parts.settings }) },
      { name: TASKS.name, rows: rowsOf(TASKS, parts.tasks ?? []) },
      { name: UPDATES.name, rows: rowsOf(UPDATES, parts.updates ?? []) },
      { name: NARRATIVES.name, rows: rowsOf(NARRATIVES, parts.narratives ?? []) },
      ...(parts.units ? [{ name: UNITS.name, rows: rowsOf(UNITS, parts.units) }] : []),
      ...(parts.scores ? [{ name: SCORES.name, rows: rowsOf(SCORES, parts.scores) }] : []),
    ],
  };
}
