import { PercentCell } from "../../src/core/cells";
import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { validateWorkbook } from "../../src/core/engine";
import type { IssueCode } from "../../src/core/issues";
import { rowsOf, settingsRows } from "../../src/core/rows";
import { TASKS, UPDATES } from "../../src/core/schema";
import type { RawWorkbook } from "../../src/core/table";
import { sampleWorkbook } from "../../src/sample/sample";
import { task, update, workbook } from "../support/workbook";

const check = (wb: RawWorkbook) => readPlan(wb, { fallbackYear: 2020 });
const codes = (wb: RawWorkbook) => check(wb).issues.map((i) => `${i.code}@${i.sheet}:${i.row}:${i.column}`);

describe("every problem code (docs/workbook.md: problems)", () => {
  test("MISSING_SHEET for each required sheet, none for the optional narrative sheet", () => {
    const plan = check({ timeZone: "UTC", sheets: [] });
    expect(plan.issues.map((i) => `${i.code} ${i.sheet}`)).toEqual([
      "MISSING_SHEET Cấu hình",
      "MISSING_SHEET Nhiệm vụ",
      "MISSING_SHEET Tiến độ",
    ]);
    expect(plan.issues[1]?.message).toBe('Trang "Nhiệm vụ": không có trang "Nhiệm vụ" trong bảng tính.');
  });

  test("MISSING_COLUMN names the column and the header row", () => {
    const rows = rowsOf(TASKS, [task("1.1")]).map((r) => r.filter((_, i) => i !== 6));
    const wb = workbook({});
    wb.sheets[1] = { name: "Nhiệm vụ", rows };
    const plan = check(wb);
    expect(codes(wb)).toEqual(["MISSING_COLUMN@Nhiệm vụ:1:Thời hạn"]);
    expect(plan.tasks).toEqual([]);
  });

  test("REQUIRED for each blank required cell, and the row is left out", () => {
    const wb = workbook({ tasks: [task("1.1", { lead: "", content: "  " }), task("1.2")] });
    expect(codes(wb)).toEqual([
      "REQUIRED@Nhiệm vụ:2:Nội dung nhiệm vụ",
      "REQUIRED@Nhiệm vụ:2:Đơn vị chủ trì",
    ]);
    expect(check(wb).tasks.map((t) => t.id)).toEqual(["1.2"]);
  });

  test("DUPLICATE_ID on every occurrence after the first; the first is kept", () => {
    const wb = workbook({ tasks: [task("1.1"), task("1.1"), task("1.2"), task("1.1")] });
    expect(codes(wb)).toEqual(["DUPLICATE_ID@Nhiệm vụ:3:Mã", "DUPLICATE_ID@Nhiệm vụ:5:Mã"]);
    expect(check(wb).tasks.map((t) => t.row)).toEqual([2, 4]);
  });

  test("a later row with the same id, even one with other errors, leaves the first task its updates", () => {
    const wb = workbook({
      tasks: [task("1.1"), task("1.1", { deadline: "không rõ" })],
      updates: [update("1.1", "10/03/2020", 40)],
    });
    const plan = check(wb);
    expect(plan.issues.map((i) => i.code)).toEqual(["DUPLICATE_ID", "BAD_DEADLINE"]);
    expect(plan.updates.map((u) => [u.taskId, u.row])).toEqual([["1.1", 2]]);
  });

  test("UNKNOWN_GROUP and UNKNOWN_SUBDIMENSION (also a sub-dimension of another group)", () => {
    const wb = workbook({
      tasks: [
        task("1.1", { group: 9 }),
        task("1.2", { subdimension: "1.9" }),
        task("1.3", { group: 2, subdimension: "1.2" }),
      ],
    });
    expect(codes(wb)).toEqual([
      "UNKNOWN_GROUP@Nhiệm vụ:2:Nhóm PAPI",
      "UNKNOWN_SUBDIMENSION@Nhiệm vụ:3:Nội dung thành phần",
      "UNKNOWN_SUBDIMENSION@Nhiệm vụ:4:Nội dung thành phần",
    ]);
    expect(check(wb).issues[2]?.message).toContain("không thuộc nhóm 2");
  });

  test("BAD_DEADLINE quotes the value and suggests the accepted forms", () => {
    const wb = workbook({ tasks: [task("1.1", { deadline: "Sớm nhất" })] });
    const [problem] = check(wb).issues;
    expect(problem).toMatchObject({ code: "BAD_DEADLINE", row: 2, column: "Thời hạn", severity: "error" });
    expect(problem?.message).toBe(
      'Trang "Nhiệm vụ", dòng 2, cột "Thời hạn": thời hạn "Sớm nhất" không hiểu được; nhập ngày (dd/mm/yyyy), "Quý I/2020", "Tháng 6/2020", "Năm 2020" hoặc "Thường xuyên".',
    );
  });

  test("UNKNOWN_TASK, BAD_DATE, BAD_PROGRESS on updates; those rows are left out", () => {
    const wb = workbook({
      tasks: [task("1.1")],
      updates: [
        update("9.9", "01/02/2020", 10),
        update("1.1", "31/02/2020", 10),
        update("1.1", "01/02/2020", 120),
        update("1.1", "01/02/2020", "nhiều"),
        update("1.1", "02/02/2020", "40%"),
      ],
    });
    expect(codes(wb)).toEqual([
      "UNKNOWN_TASK@Tiến độ:2:Mã nhiệm vụ",
      "BAD_DATE@Tiến độ:3:Ngày cập nhật",
      "BAD_PROGRESS@Tiến độ:4:Tiến độ (%)",
      "BAD_PROGRESS@Tiến độ:5:Tiến độ (%)",
    ]);
    expect(check(wb).updates.map((u) => u.progress)).toEqual([40]);
  });

  test("an update of a task that has an error is not unknown, but does not count", () => {
    const wb = workbook({ tasks: [task("1.1", { group: 12 })], updates: [update("1.1", "01/02/2020", 40)] });
    expect(codes(wb)).toEqual(["UNKNOWN_GROUP@Nhiệm vụ:2:Nhóm PAPI"]);
    expect(check(wb).updates).toEqual([]);
  });

  test("BAD_SETTING for a malformed email, an unknown cut-off mode, a year that is not a year, a bad date", () => {
    const wb = workbook({
      settings: {
        homeAffairsEmail: "sonoivu@",
        ccEmails: "a@example.vn, khong-phai-email",
        cutoffMode: "Theo tháng",
        year: "hai nghìn",
        planDate: "45/01/2020",
      },
    });
    const found = check(wb).issues;
    expect(found.map((i) => `${i.code}:${i.row}`)).toEqual([
      "BAD_SETTING:6",
      "BAD_SETTING:8",
      "BAD_SETTING:9",
      "BAD_SETTING:10",
      "BAD_SETTING:11",
    ]);
    expect(found.map((i) => i.message).join("\n")).toContain("khong-phai-email");
  });

  test("REQUIRED for the plan's name and year", () => {
    const wb = workbook({ settings: { agency: "", year: "" } });
    expect(codes(wb)).toEqual(["REQUIRED@Cấu hình:3:Giá trị", "REQUIRED@Cấu hình:6:Giá trị"]);
  });

  test("warnings never leave a row out", () => {
    const wb = workbook({
      tasks: [task("1.1", { deadline: "15/01/2021" })],
      updates: [
        update("1.1", "20/12/2020", 50),
        update("1.1", "01/03/2020", 60),
        update("1.1", "01/04/2020", 100, { evidence: "" }),
        update("1.1", "01/05/2020", 80),
      ],
    });
    const plan = check(wb);
    expect(plan.issues.map((i) => `${i.code}@${i.row}`)).toEqual([
      "DEADLINE_OUTSIDE_YEAR@2",
      "DATE_OUTSIDE_YEAR@2",
      "PROGRESS_DECREASE@2",
      "DONE_WITHOUT_EVIDENCE@4",
      "PROGRESS_DECREASE@5",
    ]);
    expect(plan.issues.every((i) => i.severity === "warning")).toBe(true);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.updates).toHaveLength(4);
  });

  test("DATE_OUTSIDE_YEAR follows the cut-off mode: 15/12/2019 is inside under Decree 09, outside by calendar", () => {
    const parts = { tasks: [task("1.1")], updates: [update("1.1", "15/12/2019", 10)] };
    expect(codes(workbook(parts))).toEqual([]);
    expect(codes(workbook({ ...parts, settings: { cutoffMode: "Theo quý dương lịch" } }))).toEqual([
      "DATE_OUTSIDE_YEAR@Tiến độ:2:Ngày cập nhật",
    ]);
  });
});

describe("a value repeated on many rows reads the same on each", () => {
  test("dates as text, as Dates in the spreadsheet's zone, and a number equal to a Date's instant", () => {
    const midnight = new Date("2020-03-09T17:00:00Z"); // 10/03/2020 00:00 in Asia/Ho_Chi_Minh
    const wb = workbook({
      timeZone: "Asia/Ho_Chi_Minh",
      tasks: [task("1.1", { deadline: "Quý I/2020" }), task("1.2", { deadline: "Quý I/2020" })],
      updates: [
        update("1.1", "10/03/2020", 10),
        update("1.2", "10/03/2020", 20),
        update("1.1", "", 30, { date: midnight }),
        update("1.2", "", 40, { date: new Date(midnight.getTime()) }),
        update("1.1", "", 50, { date: midnight.getTime() }),
        update("1.2", "31/02/2020", 60),
        update("1.1", "31/02/2020", 70),
      ],
    });
    const plan = check(wb);
    expect(plan.updates.map((u) => [u.row, u.date])).toEqual([
      [2, dayOf(2020, 3, 10)],
      [3, dayOf(2020, 3, 10)],
      [4, dayOf(2020, 3, 10)],
      [5, dayOf(2020, 3, 10)],
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual([
      { kind: "day", day: dayOf(2020, 3, 31) },
      { kind: "day", day: dayOf(2020, 3, 31) },
    ]);
    expect(codes(wb)).toEqual([
      "BAD_DATE@Tiến độ:6:Ngày cập nhật",
      "BAD_DATE@Tiến độ:7:Ngày cập nhật",
      "BAD_DATE@Tiến độ:8:Ngày cập nhật",
    ]);
  });
});

describe("warnings at their edges", () => {
  test("PROGRESS_DECREASE compares with the highest earlier update, not only the one before", () => {
    const wb = workbook({
      tasks: [task("1.1")],
      updates: [
        update("1.1", "01/02/2020", 50),
        update("1.1", "01/03/2020", 80),
        update("1.1", "01/04/2020", 60),
        update("1.1", "01/05/2020", 70),
        update("1.1", "01/06/2020", 80),
      ],
    });
    expect(codes(wb)).toEqual([
      "PROGRESS_DECREASE@Tiến độ:4:Tiến độ (%)",
      "PROGRESS_DECREASE@Tiến độ:5:Tiến độ (%)",
    ]);
    expect(check(wb).issues[1]?.message).toContain("tiến độ 70% thấp hơn lần cập nhật trước (80%)");
  });

  test("PROGRESS_DECREASE per task, in date order, when two tasks' rows interleave out of date order", () => {
    const wb = workbook({
      tasks: [task("1.1"), task("1.2")],
      updates: [
        update("1.2", "01/05/2020", 40),
        update("1.1", "01/04/2020", 30),
        update("1.2", "01/03/2020", 60),
        update("1.1", "01/02/2020", 50),
        update("1.2", "01/05/2020", 20),
        update("1.1", "01/02/2020", 45),
      ],
    });
    expect(check(wb).issues.map((i) => i.message)).toEqual([
      'Trang "Tiến độ", dòng 2, cột "Tiến độ (%)": tiến độ 40% thấp hơn lần cập nhật trước (60%) của nhiệm vụ "1.2" (ngày 01/05/2020).',
      'Trang "Tiến độ", dòng 3, cột "Tiến độ (%)": tiến độ 30% thấp hơn lần cập nhật trước (50%) của nhiệm vụ "1.1" (ngày 01/04/2020).',
      'Trang "Tiến độ", dòng 6, cột "Tiến độ (%)": tiến độ 20% thấp hơn lần cập nhật trước (60%) của nhiệm vụ "1.2" (ngày 01/05/2020).',
      'Trang "Tiến độ", dòng 7, cột "Tiến độ (%)": tiến độ 45% thấp hơn lần cập nhật trước (50%) của nhiệm vụ "1.1" (ngày 01/02/2020).',
    ]);
  });

  test.each([
    ["Nghị định 09/2019/NĐ-CP", "14/12/2019", true],
    ["Nghị định 09/2019/NĐ-CP", "15/12/2019", false],
    ["Nghị định 09/2019/NĐ-CP", "14/12/2020", false],
    ["Nghị định 09/2019/NĐ-CP", "15/12/2020", true],
    ["Theo quý dương lịch", "31/12/2019", true],
    ["Theo quý dương lịch", "01/01/2020", false],
    ["Theo quý dương lịch", "31/12/2020", false],
    ["Theo quý dương lịch", "01/01/2021", true],
  ])("under %s an update dated %s is outside the yearly window: %p", (cutoffMode, date, outside) => {
    const wb = workbook({
      settings: { cutoffMode },
      tasks: [task("1.1")],
      updates: [update("1.1", date, 10)],
    });
    expect(codes(wb)).toEqual(outside ? ["DATE_OUTSIDE_YEAR@Tiến độ:2:Ngày cập nhật"] : []);
  });

  test.each([
    ["31/12/2019", true],
    ["01/01/2020", false],
    ["31/12/2020", false],
    ["01/01/2021", true],
  ])("a deadline %s is outside the plan year 2020: %p", (deadline, outside) => {
    const wb = workbook({ tasks: [task("1.1", { deadline })] });
    expect(codes(wb)).toEqual(outside ? ["DEADLINE_OUTSIDE_YEAR@Nhiệm vụ:2:Thời hạn"] : []);
  });
});

describe("one bad setting is one error (docs/workbook.md: problems)", () => {
  test.each([
    ["", "REQUIRED"],
    ["hai nghìn hai mươi", "BAD_SETTING"],
    [20200, "BAD_SETTING"],
  ])(
    "`Năm kế hoạch` %p over the example plan: only %s, no warning that depends on the year",
    (year, code) => {
      const wb = sampleWorkbook();
      const settings = wb.sheets[0]?.rows ?? [];
      const row = settings.find((r) => r[0] === "Năm kế hoạch");
      if (row) row[1] = year;
      const v = validateWorkbook(wb, dayOf(2026, 11, 29));
      expect(v.issues.map((i) => `${i.code}@${i.sheet}:${i.row}`)).toEqual([`${code}@Cấu hình:6`]);
      expect([v.errors, v.warnings]).toEqual([1, 0]);
    },
  );

  test("with the year missing, deadlines and dates far from any year raise nothing; with it, they warn", () => {
    const parts = {
      tasks: [task("1.1", { deadline: "15/01/2019" })],
      updates: [update("1.1", "01/03/2031", 10)],
    };
    expect(codes(workbook({ ...parts, settings: { year: "" } }))).toEqual(["REQUIRED@Cấu hình:6:Giá trị"]);
    expect(codes(workbook(parts))).toEqual([
      "DEADLINE_OUTSIDE_YEAR@Nhiệm vụ:2:Thời hạn",
      "DATE_OUTSIDE_YEAR@Tiến độ:2:Ngày cập nhật",
    ]);
  });
});

describe("percent cells and PROGRESS_FRACTION (docs/workbook.md: sheets and columns, problems)", () => {
  test("`100%` stored as 1 in a percent cell is done; a plain 1 is 1 % with a warning; `1%` typed as text is 1 %", () => {
    const wb = workbook({
      tasks: [task("1.1"), task("1.2"), task("1.3"), task("1.4")],
      updates: [
        update("1.1", "01/03/2020", new PercentCell(1), { evidence: "QĐ 1" }),
        update("1.2", "01/03/2020", 1),
        update("1.3", "01/03/2020", "1%"),
        update("1.4", "01/03/2020", "0,5"),
      ],
    });
    const plan = check(wb);
    expect(plan.updates.map((u) => [u.taskId, u.progress])).toEqual([
      ["1.1", 100],
      ["1.2", 1],
      ["1.3", 1],
      ["1.4", 0.5],
    ]);
    expect(codes(wb)).toEqual([
      "PROGRESS_FRACTION@Tiến độ:3:Tiến độ (%)",
      "PROGRESS_FRACTION@Tiến độ:5:Tiến độ (%)",
    ]);
    expect(plan.issues[0]?.message).toBe(
      'Trang "Tiến độ", dòng 3, cột "Tiến độ (%)": tiến độ "1" được hiểu là 1%; nếu ý là 100%, hãy nhập 100 (hoặc 100%).',
    );
    expect(plan.issues.every((i) => i.severity === "warning")).toBe(true);
  });
});

describe("finding sheets and columns by text", () => {
  test("reordered and extra columns, NFD headers, odd case and spaces, a title above the header row", () => {
    const headers = ["STT", ...TASKS.columns.map((c) => c.header)].reverse();
    const nfd = headers.map((h, i) => (i % 2 ? `  ${h.toUpperCase()} ` : h.normalize("NFD")));
    const record = task("2.1", {
      group: "2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
      deadline: "Quý II",
    });
    const row = headers.map((h) => {
      const column = TASKS.columns.find((c) => c.header === h);
      return column ? (record[column.key] ?? "") : "7";
    });
    const wb = workbook({ updates: [update("2.1", "01/05/2020", 20)] });
    wb.sheets[1] = { name: "  nhiệm vụ ".normalize("NFD"), rows: [["KẾ HOẠCH NĂM 2020"], [], nfd, row] };
    const plan = check(wb);
    expect(plan.issues).toEqual([]);
    expect(plan.tasks).toMatchObject([{ id: "2.1", group: 2, row: 4, content: "Nhiệm vụ 2.1" }]);
    expect(plan.updates).toHaveLength(1);
  });

  test("a header row below the first 10 rows is not found", () => {
    const wb = workbook({});
    wb.sheets[2] = {
      name: UPDATES.name,
      rows: [...Array.from({ length: 10 }, () => ["ghi chú"]), UPDATES.columns.map((c) => c.header)],
    };
    expect(codes(wb).filter((c) => c.startsWith("MISSING_COLUMN"))).toHaveLength(
      UPDATES.columns.filter((c) => c.required).length,
    );
  });

  test("blank rows are skipped and row numbers are the sheet's own", () => {
    const wb = workbook({});
    wb.sheets[1] = {
      name: TASKS.name,
      rows: [...rowsOf(TASKS, [task("1.1")]), [], ["", "  "], rowsOf(TASKS, [task("1.1")])[1] ?? []],
    };
    expect(codes(wb)).toEqual(["DUPLICATE_ID@Nhiệm vụ:5:Mã"]);
  });

  test("settings are found by label; a sheet without its header row is MISSING_COLUMN", () => {
    const wb = workbook({});
    wb.sheets[0] = { name: "Cấu hình", rows: settingsRows({ agency: "X", year: 2021 }).slice(1) };
    const found: IssueCode[] = check(wb).issues.map((i) => i.code);
    expect(found).toEqual(["MISSING_COLUMN", "MISSING_COLUMN", "REQUIRED", "REQUIRED"]);
  });

  test("any cell value is survived: errors, NaN, huge text, nested arrays", () => {
    const strange = [
      "#REF!",
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      "x".repeat(50_000),
      [1, 2],
      { a: 1 },
      new Date(Number.NaN),
      true,
    ];
    const wb = workbook({
      tasks: strange.map((v, i) => task(`1.${i}`, { deadline: v, group: v, subdimension: v })),
      updates: strange.map((v) => update("1.0", v as string, v)),
    });
    const plan = check(wb);
    expect(plan.tasks).toEqual([]);
    expect(plan.issues.length).toBeGreaterThan(strange.length * 2);
    for (const i of plan.issues) expect(i.message.length).toBeLessThan(400);
  });
});

describe("odd cells and settings", () => {
  test("a required cell that shows nothing (NaN, an invalid Date) is REQUIRED, like a blank one", () => {
    const wb = workbook({
      tasks: [task("1.1", { content: Number.NaN }), task("1.2", { lead: new Date(Number.NaN) })],
    });
    expect(codes(wb)).toEqual([
      "REQUIRED@Nhiệm vụ:2:Nội dung nhiệm vụ",
      "REQUIRED@Nhiệm vụ:3:Đơn vị chủ trì",
    ]);
  });

  test("a setting written twice is BAD_SETTING on the second row; the first is used", () => {
    const wb = workbook({});
    const rows = wb.sheets[0]?.rows ?? [];
    rows.push(["Năm kế hoạch", 2021]);
    const plan = check(wb);
    expect(plan.issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual([
      `BAD_SETTING@${rows.length}:Mục`,
    ]);
    expect(plan.settings.year).toBe(2020);
  });
});
