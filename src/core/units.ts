/**
 * Who has reported for a period and who has not (docs/workbook.md: the command's JSON, sheets and columns): for each unit, its tasks, those
 * updated inside the period's window, the ids still owing an update and the overdue count.
 */
import { unitKey } from "./check";
import type { Period } from "./periods";
import type { Plan, Task } from "./plan";
import { statusesOf } from "./status";

/** A task a unit still owes an update for. */
export interface OwingTask {
  id: string;
  content: string;
  /** The deadline as the user wrote it. */
  deadline: string;
  /** Its progress as of the period's end. */
  progress: number;
  overdue: boolean;
}

export interface UnitStatus {
  /** The name as the `Đơn vị` sheet writes it, or as the first task naming it does. */
  unit: string;
  /** Listed in the `Đơn vị` sheet (false: found only in `Nhiệm vụ`). */
  listed: boolean;
  emails: string[];
  contact: string;
  /** Its valid tasks. */
  tasks: number;
  /** Those with at least one valid update dated inside the period's window. */
  updated: number;
  /** The others that are not done as of the window's start, in sheet order. */
  missing: OwingTask[];
  /** Not done, with a date deadline before the period's end (docs/workbook.md: status). */
  overdue: number;
}

/**
 * The `Đơn vị` sheet's units in sheet order, then units found only in `Nhiệm vụ` by first appearance;
 * names are matched like headers.
 */
export function unitStatuses(
  plan: Pick<Plan, "tasks" | "updates" | "units">,
  period: Pick<Period, "start" | "end">,
): UnitStatus[] {
  const byKey = new Map<string, UnitStatus>();
  for (const u of plan.units)
    byKey.set(unitKey(u.name), { ...blank(u.name, true), emails: [...u.emails], contact: u.contact });

  const atEnd = statusesOf(plan.tasks, plan.updates, period);
  // A task finished before the window opened owes no new update.
  const beforeStart = statusesOf(plan.tasks, plan.updates, { start: period.start, end: period.start - 1 });
  atEnd.forEach((status, i) => {
    const task = status.task;
    const key = unitKey(task.lead);
    let unit = byKey.get(key);
    if (!unit) {
      unit = blank(task.lead, false);
      byKey.set(key, unit);
    }
    unit.tasks++;
    if (status.overdue) unit.overdue++;
    if (status.periodUpdates.length > 0) unit.updated++;
    else if (beforeStart[i]?.state !== "done")
      unit.missing.push(owing(task, status.progress, status.overdue));
  });
  return [...byKey.values()];
}

function blank(unit: string, listed: boolean): UnitStatus {
  return { unit, listed, emails: [], contact: "", tasks: 0, updated: 0, missing: [], overdue: 0 };
}

function owing(task: Task, progress: number, overdue: boolean): OwingTask {
  return { id: task.id, content: task.content, deadline: task.deadlineText, progress, overdue };
}

/** The units whose address is among the user's, so the sidebar can show their work first. */
export function unitsOfUser(units: readonly UnitStatus[], email: string): string[] {
  const me = email.trim().toLowerCase();
  if (me === "") return [];
  return units.filter((u) => u.emails.some((e) => e.toLowerCase() === me)).map((u) => u.unit);
}
