import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { makePeriod } from "../../src/core/periods";
import { countByGroup, percentDone, statusesOf } from "../../src/core/status";
import { task, update, workbook } from "../support/workbook";

function statusAt(parts: Parameters<typeof workbook>[0], end: [number, number, number]) {
  const plan = readPlan(workbook(parts), { fallbackYear: 2020 });
  const period = { start: dayOf(2019, 12, 15), end: dayOf(...end) };
  return statusesOf(plan.tasks, plan.updates, period);
}

describe("status of a task as of a period's end (docs/workbook.md: status)", () => {
  test("no update: not started, progress 0", () => {
    const [s] = statusAt({ tasks: [task("1.1")] }, [2020, 3, 14]);
    expect(s).toMatchObject({ state: "notStarted", progress: 0, overdue: false });
  });

  test("the latest update on or before the end gives progress; later ones are ignored", () => {
    const parts = {
      tasks: [task("1.1")],
      updates: [
        update("1.1", "01/02/2020", 30),
        update("1.1", "10/03/2020", 60),
        update("1.1", "20/03/2020", 100),
      ],
    };
    expect(statusAt(parts, [2020, 3, 14])[0]).toMatchObject({ state: "inProgress", progress: 60 });
    expect(statusAt(parts, [2020, 3, 20])[0]).toMatchObject({ state: "done", progress: 100 });
  });

  test("on the same date, the update further down the sheet wins", () => {
    const parts = {
      tasks: [task("1.1")],
      updates: [update("1.1", "10/03/2020", 80), update("1.1", "10/03/2020", 40)],
    };
    expect(statusAt(parts, [2020, 3, 14])[0]?.progress).toBe(40);
  });

  test("updates are ordered by date, not by row", () => {
    const parts = {
      tasks: [task("1.1")],
      updates: [update("1.1", "10/03/2020", 70), update("1.1", "01/03/2020", 20)],
    };
    expect(statusAt(parts, [2020, 3, 14])[0]?.progress).toBe(70);
  });

  test("progress going down after 100 leaves the task in progress", () => {
    const parts = {
      tasks: [task("1.1")],
      updates: [update("1.1", "01/03/2020", 100), update("1.1", "05/03/2020", 90)],
    };
    expect(statusAt(parts, [2020, 3, 14])[0]).toMatchObject({ state: "inProgress", progress: 90 });
  });

  test("completion date is the first 100 on or before the end; on time against the deadline", () => {
    const parts = {
      tasks: [task("1.1", { deadline: "31/03/2020" }), task("1.2", { deadline: "29/02/2020" })],
      updates: [
        update("1.1", "10/03/2020", 100),
        update("1.1", "12/03/2020", 100),
        update("1.2", "01/03/2020", 100),
      ],
    };
    const [a, b] = statusAt(parts, [2020, 3, 14]);
    expect(a).toMatchObject({ state: "done", completedOn: dayOf(2020, 3, 10), onTime: true });
    expect(b).toMatchObject({ state: "done", completedOn: dayOf(2020, 3, 1), onTime: false, overdue: false });
  });

  test("a task done on its deadline day is on time", () => {
    const parts = {
      tasks: [task("1.1", { deadline: "Quý I/2020" })],
      updates: [update("1.1", "31/03/2020", 100)],
    };
    expect(statusAt(parts, [2020, 6, 14])[0]?.onTime).toBe(true);
  });

  test("overdue: not done and the deadline is before the end date, not on it", () => {
    const parts = {
      tasks: [
        task("1.1", { deadline: "13/03/2020" }),
        task("1.2", { deadline: "14/03/2020" }),
        task("1.3", { deadline: "01/01/2020" }),
      ],
      updates: [update("1.1", "01/03/2020", 50)],
    };
    const [a, b, c] = statusAt(parts, [2020, 3, 14]);
    expect(a).toMatchObject({ state: "inProgress", overdue: true });
    expect(b).toMatchObject({ state: "notStarted", overdue: false });
    expect(c).toMatchObject({ state: "notStarted", overdue: true });
  });

  test("ongoing tasks are never overdue and done ongoing tasks are on time", () => {
    const parts = {
      tasks: [task("1.1", { deadline: "Thường xuyên" }), task("1.2", { deadline: "Hằng quý" })],
      updates: [update("1.1", "01/12/2020", 100)],
    };
    const [a, b] = statusAt(parts, [2020, 12, 14]);
    expect(a).toMatchObject({ state: "done", onTime: true, overdue: false });
    expect(b).toMatchObject({ state: "notStarted", overdue: false });
  });

  test("results in the period are the updates inside its window", () => {
    const plan = readPlan(
      workbook({
        tasks: [task("1.1")],
        updates: [
          update("1.1", "14/12/2019", 10),
          update("1.1", "15/12/2019", 20),
          update("1.1", "14/03/2020", 30),
          update("1.1", "15/03/2020", 40),
        ],
      }),
      { fallbackYear: 2020 },
    );
    const [s] = statusesOf(plan.tasks, plan.updates, makePeriod(2020, "Q1", "decree09"));
    expect(s?.periodUpdates.map((u) => u.progress)).toEqual([20, 30]);
    expect(s?.progress).toBe(30);
  });
});

describe("a task's updates out of sheet order", () => {
  test("results oldest first (same date: by row), progress from the latest, completion the first 100", () => {
    const plan = readPlan(
      workbook({
        tasks: [task("1.1", { deadline: "31/03/2020" }), task("1.2")],
        updates: [
          update("1.1", "20/04/2020", 100),
          update("1.2", "01/03/2020", 10),
          update("1.1", "10/03/2020", 50),
          update("1.1", "01/04/2020", 100),
          update("1.1", "10/03/2020", 60),
          update("1.1", "10/12/2019", 5),
          update("1.1", "20/06/2020", 90),
        ],
      }),
      { fallbackYear: 2020 },
    );
    const [a, b] = statusesOf(plan.tasks, plan.updates, makePeriod(2020, "Q2", "decree09"));
    expect(a?.periodUpdates.map((u) => u.row)).toEqual([5, 2]);
    expect(a).toMatchObject({ state: "done", progress: 100, completedOn: dayOf(2020, 4, 1), onTime: false });
    expect(b?.periodUpdates).toEqual([]);
    expect(b).toMatchObject({ state: "inProgress", progress: 10, overdue: false });
    const [q1] = statusesOf(plan.tasks, plan.updates, makePeriod(2020, "Q1", "decree09"));
    expect(q1?.periodUpdates.map((u) => u.row)).toEqual([4, 6]);
    expect(q1).toMatchObject({ state: "inProgress", progress: 60, completedOn: undefined });
  });
});

describe("counts by dimension", () => {
  test("always eight groups in order; done + inProgress + notStarted = total; rows with errors left out", () => {
    const plan = readPlan(
      workbook({
        tasks: [
          task("1.1", { group: 1, deadline: "31/01/2020" }),
          task("1.2", { group: 1 }),
          task("3.1", { group: 3, deadline: "Thường xuyên" }),
          task("3.2", { group: 3, deadline: "sớm nhất có thể" }),
          task("8.1", { group: 8, deadline: "01/02/2020" }),
        ],
        updates: [
          update("1.1", "15/01/2020", 100),
          update("1.2", "01/02/2020", 50),
          update("8.1", "01/03/2020", 100),
          update("3.1", "01/03/2020", "abc"),
        ],
      }),
      { fallbackYear: 2020 },
    );
    const { groups, totals } = countByGroup(
      statusesOf(plan.tasks, plan.updates, makePeriod(2020, "Q1", "decree09")),
    );
    expect(groups.map((g) => g.group)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(groups[0]).toEqual({
      group: 1,
      total: 2,
      done: 1,
      doneOnTime: 1,
      doneLate: 0,
      inProgress: 1,
      notStarted: 0,
      overdue: 0,
    });
    expect(groups[2]).toMatchObject({ total: 1, notStarted: 1, overdue: 0 });
    expect(groups[7]).toMatchObject({ total: 1, done: 1, doneLate: 1 });
    expect(totals).toEqual({
      total: 4,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      inProgress: 1,
      notStarted: 1,
      overdue: 0,
    });
    expect(percentDone(totals)).toBe(50);
    expect(percentDone(groups[1] ?? totals)).toBe(0);
  });
});
