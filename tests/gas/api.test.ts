/**
 * The sidebar's server functions (src/gas/api.ts) in plain Node, on the Apps Script fakes holding the
 * example plan: what google.script.run would reach, without a browser (tests/ui covers the page itself).
 */
import type { AddUpdateResult, Dashboard, Outcome } from "../../src/core/sidebar-api";
import { apiAddUpdate, apiDashboard, apiSelectCell } from "../../src/gas/api";
import { zonedDate } from "../fakes";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox;
afterEach(() => {
  box.restore();
  jest.useRealTimers();
});

/** Runs with the clock at that day, 9:00 in Hồ Chí Minh City. */
function on(year: number, month: number, day: number): void {
  jest.useFakeTimers({ now: zonedDate(ZONE, year, month, day, 9, 0, 0), doNotFake: ["nextTick"] });
}

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`server answered an error: ${outcome.message}`);
  return outcome.value;
}

const updatesSheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ");

describe("apiDashboard", () => {
  test("on 20 March under Decree 09 it opens on Q2, whose window began on 15 March; by calendar quarters on Q1", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    const decree = value(apiDashboard());
    expect(decree.period).toMatchObject({ code: "2020-Q2", start: "2020-03-15", end: "2020-06-14" });
    expect(decree.plan).toMatchObject({ year: 2020, cutoffMode: "Nghị định 09/2019/NĐ-CP" });

    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Cấu hình");
    const values = settings?.getDataRange().getValues() ?? [];
    const row = values.findIndex((r) => r[0] === "Cách chốt số liệu") + 1;
    settings?.getRange(row, 2).setValue("Theo quý dương lịch");
    expect(value(apiDashboard()).period).toMatchObject({ code: "2020-Q1", end: "2020-03-31" });
  });

  test("a period asked for is the one shown, with every group and the totals adding up", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    const d: Dashboard = value(apiDashboard("2020-Y"));
    expect(d.period.code).toBe("2020-Y");
    expect(d.groups).toHaveLength(8);
    expect(d.groups.reduce((n, g) => n + g.total, 0)).toBe(d.totals.total);
    expect(d.errors).toBe(0);
  });
});

describe("apiDashboard's PAPI scores", () => {
  test("each dimension carries its last score, the change, the target, and whether it fell or is below target, whatever the period", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    for (const code of ["2020-Q1", "2020-Y"]) {
      const d = value(apiDashboard(code));
      expect(d.groups[0]?.score).toEqual({
        year: 2019,
        score: 5.53,
        change: 0.13,
        previousYear: 2018,
        target: 5.5,
        targetYear: 2020,
        fell: false,
        belowTarget: false,
      });
      expect(d.groups[1]?.score).toMatchObject({ score: 6.08, change: -0.07, fell: true, belowTarget: true });
      expect(d.groups.filter((g) => g.score?.fell).map((g) => g.group)).toEqual([2, 3, 6]);
      expect(d.groups.filter((g) => g.score?.belowTarget).map((g) => g.group)).toEqual([2, 3, 6, 7, 8]);
    }
  });

  test("a score typed in the sheet is what the sidebar shows next; without the sheet, no scores", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Điểm PAPI");
    const rows = sheet?.getDataRange().getValues() ?? [];
    const row = rows.findIndex((r) => r[0] === 2019 && r[1] === 1) + 1;
    // Typed with a decimal comma, as in a Vietnamese-locale sheet left as text.
    sheet?.getRange(row, 3).setValue("5,30");
    expect(value(apiDashboard()).groups[0]?.score).toMatchObject({ score: 5.3, change: -0.1, fell: true });

    if (sheet) SpreadsheetApp.getActiveSpreadsheet().deleteSheet(sheet);
    expect(value(apiDashboard()).groups.map((g) => g.score)).toEqual(Array(8).fill(null));
  });
});

describe("apiAddUpdate", () => {
  test("a valid update is appended as one row (a date cell, a number, the user) and logged", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    // Dated the last day of Q1, so that no later update of the example plan hides it in Q1's counts.
    const before = value(apiDashboard("2020-Q1")).totals.done;
    const rows = updatesSheet()?.getLastRow() ?? 0;
    const answer: AddUpdateResult = value(
      apiAddUpdate({ taskId: "1.3", date: "2020-03-14", progress: "100", result: "Xong", evidence: "QĐ 20" }),
    );
    expect(answer).toEqual({ added: true, row: rows + 1, warnings: [] });
    const written =
      updatesSheet()
        ?.getRange(rows + 1, 1, 1, 6)
        .getValues()[0] ?? [];
    expect(written.slice(0, 5)).toEqual(["1.3", zonedDate(ZONE, 2020, 3, 14, 0, 0, 0), 100, "Xong", "QĐ 20"]);
    expect(written[5]).toBe("chuyenvien@example.gov.vn");
    expect(value(apiDashboard("2020-Q1")).totals.done).toBe(before + 1);
    expect(value(apiDashboard("2020-Q1")).log[0]).toMatchObject({ action: "Cập nhật tiến độ" });
  });

  test("a refused update writes nothing and names each field's problem", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    const before = box.fakes.snapshot()["Tiến độ"];
    const answer = value(
      apiAddUpdate({ taskId: "9.9", date: "20/13/2020", progress: "150", result: "", evidence: "" }),
    );
    expect(answer.added).toBe(false);
    if (answer.added) return;
    expect(answer.errors.map((e) => e.field)).toEqual(["taskId", "date", "progress", "result"]);
    expect(answer.errors[2]?.message).toContain('tiến độ "150" phải là số từ 0 đến 100');
    expect(box.fakes.snapshot()["Tiến độ"]).toEqual(before);
  });

  test("a formula typed as the result is stored as text, never run", () => {
    box = sampleSpreadsheet();
    on(2020, 3, 20);
    const formula = '=IMPORTXML("http://x","//a")';
    const answer = value(
      apiAddUpdate({ taskId: "1.2", date: "2020-03-20", progress: "50%", result: formula, evidence: "" }),
    );
    expect(answer.added).toBe(true);
    if (!answer.added) return;
    const cell = updatesSheet()?.getRange(answer.row, 4);
    expect(cell?.getValue()).toBe(formula);
    expect(cell?.getFormula()).toBe("");
  });
});

describe("apiSelectCell", () => {
  test("selects the problem's cell by the column's header, wherever the column is", () => {
    box = sampleSpreadsheet();
    expect(value(apiSelectCell("Tiến độ", 7, "Tiến độ (%)"))).toBe("C7");
    expect(SpreadsheetApp.getActiveSpreadsheet().getActiveRange()?.getA1Notation()).toBe("C7");
    expect(apiSelectCell("Không có", 1, null)).toMatchObject({ ok: false });
  });
});
