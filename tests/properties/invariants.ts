/** The arithmetic every count by dimension must satisfy (docs/workbook.md: status, the command's JSON). */
import type { Counts, GroupCounts } from "../../src/core/status";

const FIELDS = ["total", "done", "doneOnTime", "doneLate", "inProgress", "notStarted", "overdue"] as const;

/** The first broken rule, as a readable sentence, or null when the counts are consistent. */
export function countProblem(groups: readonly GroupCounts[], totals: Counts): string | null {
  if (groups.length !== 8) return `${groups.length} groups instead of 8`;
  const order = groups.map((g) => g.group).join(",");
  if (order !== "1,2,3,4,5,6,7,8") return `groups in order ${order}`;
  for (const [name, c] of [
    ...groups.map((g) => [`group ${g.group}`, g] as const),
    ["totals", totals] as const,
  ]) {
    for (const f of FIELDS)
      if (!Number.isInteger(c[f]) || c[f] < 0) return `${name}: ${f} = ${c[f]} is not a count`;
    if (c.done + c.inProgress + c.notStarted !== c.total)
      return `${name}: done ${c.done} + inProgress ${c.inProgress} + notStarted ${c.notStarted} ≠ total ${c.total}`;
    if (c.doneOnTime + c.doneLate !== c.done)
      return `${name}: doneOnTime ${c.doneOnTime} + doneLate ${c.doneLate} ≠ done ${c.done}`;
    if (c.overdue > c.inProgress + c.notStarted)
      return `${name}: overdue ${c.overdue} > inProgress ${c.inProgress} + notStarted ${c.notStarted}`;
  }
  for (const f of FIELDS) {
    const sum = groups.reduce((s, g) => s + g[f], 0);
    if (sum !== totals[f]) return `totals.${f} = ${totals[f]} but the groups sum to ${sum}`;
  }
  return null;
}

export function expectCountInvariants(groups: readonly GroupCounts[], totals: Counts): void {
  const problem = countProblem(groups, totals);
  if (problem !== null) throw new Error(`counts are inconsistent: ${problem}`);
}
