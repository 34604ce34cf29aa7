/** Where each task stands as of a period's end, and the counts by PAPI dimension (docs/workbook.md: status). */
import { lastOf } from "./arrays";
import { DIMENSIONS } from "./catalogue";
import type { Day } from "./day";
import type { Period } from "./periods";
import { historiesByTask, type Task, type Update } from "./plan";

export type State = "done" | "inProgress" | "notStarted";

export interface TaskStatus {
  task: Task;
  /** Progress of the latest update dated on or before the end date; 0 without one. */
  progress: number;
  state: State;
  /** The first day an update reached 100 %, for done tasks. */
  completedOn: Day | undefined;
  /** Done by the deadline (or ongoing); undefined when not done. */
  onTime: boolean | undefined;
  overdue: boolean;
  /** Updates dated inside the period's window, oldest first. */
  periodUpdates: Update[];
}

export interface Counts {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export interface GroupCounts extends Counts {
  group: number;
}

/**
 * `history`: the task's updates in the order they happened, so those known at the end come first and the
 * period's are the last of those. It is this status's own to keep: mostly all of it is known and in the period.
 */
function statusOf(task: Task, history: Update[], period: Pick<Period, "start" | "end">): TaskStatus {
  const after = history.findIndex((u) => u.date > period.end);
  const known = after === -1 ? history : history.slice(0, after);
  const progress = lastOf(known)?.progress ?? 0;
  const state: State = progress === 100 ? "done" : progress > 0 ? "inProgress" : "notStarted";
  const completedOn = state === "done" ? known.find((u) => u.progress === 100)?.date : undefined;
  const deadline = task.deadline.kind === "day" ? task.deadline.day : undefined;
  return {
    task,
    progress,
    state,
    completedOn,
    onTime: completedOn === undefined ? undefined : deadline === undefined || completedOn <= deadline,
    overdue: state !== "done" && deadline !== undefined && deadline < period.end,
    periodUpdates: datedFrom(known, period.start),
  };
}

/** The updates of a chronological list dated `start` or later: the list itself when all of them are. */
function datedFrom(list: Update[], start: Day): Update[] {
  const first = list.findIndex((u) => u.date >= start);
  if (first === 0) return list;
  return first === -1 ? [] : list.slice(first);
}

/** The status of every task, in sheet order. */
export function statusesOf(
  tasks: readonly Task[],
  updates: readonly Update[],
  period: Pick<Period, "start" | "end">,
) {
  // Made here for these statuses alone, so each may keep its task's history rather than copy it.
  const histories = historiesByTask(updates);
  return tasks.map((t) => statusOf(t, histories.get(t.id) ?? [], period));
}

function emptyCounts(): Counts {
  return { total: 0, done: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 0 };
}

function add(counts: Counts, s: TaskStatus): void {
  counts.total++;
  counts[s.state]++;
  if (s.onTime === true) counts.doneOnTime++;
  if (s.onTime === false) counts.doneLate++;
  if (s.overdue) counts.overdue++;
}

/** Always the eight dimensions in order, and the totals over them. */
export function countByGroup(statuses: readonly TaskStatus[]): { groups: GroupCounts[]; totals: Counts } {
  const groups: GroupCounts[] = DIMENSIONS.map((d) => ({ group: d.id, ...emptyCounts() }));
  const totals = emptyCounts();
  for (const s of statuses) {
    const group = groups[s.task.group - 1];
    if (group) add(group, s);
    add(totals, s);
  }
  return { groups, totals };
}

/** Share of done tasks, in whole percent; 0 for an empty group. */
export function percentDone(counts: Counts): number {
  return counts.total === 0 ? 0 : Math.round((counts.done * 100) / counts.total);
}
