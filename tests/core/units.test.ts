import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { prepareUnits, unitsJson } from "../../src/core/engine";
import { makePeriod } from "../../src/core/periods";
import {
  AUTO_REMIND_ACTION,
  autoReminded,
  REMIND_ACTION,
  remindedOn,
  reminderMail,
  reminderPeriod,
  reminderRecipients,
  reminderTargets,
} from "../../src/core/reminders";
import type { LogRow } from "../../src/core/sidebar-api";
import type { RawWorkbook } from "../../src/core/table";
import { unitStatuses, unitsOfUser } from "../../src/core/units";
import { task, update, workbook } from "../support/workbook";

const check = (wb: RawWorkbook) => readPlan(wb, { fallbackYear: 2020 });
const codes = (wb: RawWorkbook) => check(wb).issues.map((i) => `${i.code}@${i.sheet}:${i.row}:${i.column}`);
const TODAY = dayOf(2020, 3, 1);

describe("the Đơn vị sheet in the checker (docs/workbook.md: problems, sheets and columns)", () => {
  test("UNKNOWN_UNIT warns on a Đơn vị chủ trì the sheet does not list; case, spaces and NFD still match", () => {
    const wb = workbook({
      units: [{ unit: "Văn phòng", email: "vp@example.gov.vn" }, { unit: "Phòng Quản lý doanh nghiệp" }],
      tasks: [
        task("1.1", { lead: "  VĂN   phòng " }),
        task("1.2", { lead: "Phòng Quản lý doanh nghiệp".normalize("NFD") }),
        task("1.3", { lead: "Phòng Kế hoạch" }),
      ],
    });
    expect(codes(wb)).toEqual(["UNKNOWN_UNIT@Nhiệm vụ:4:Đơn vị chủ trì"]);
    const [warning] = check(wb).issues;
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toBe(
      'Trang "Nhiệm vụ", dòng 4, cột "Đơn vị chủ trì": đơn vị "Phòng Kế hoạch" không có trong trang "Đơn vị"; chọn trong danh sách hoặc thêm đơn vị vào trang đó.',
    );
    // A warning never leaves the task out.
    expect(check(wb).tasks.map((t) => t.id)).toEqual(["1.1", "1.2", "1.3"]);
  });

  test("no UNKNOWN_UNIT without the sheet, nor when it lists no unit yet (a freshly set-up sheet)", () => {
    expect(codes(workbook({ tasks: [task("1.1", { lead: "Phòng X" })] }))).toEqual([]);
    expect(codes(workbook({ units: [], tasks: [task("1.1", { lead: "Phòng X" })] }))).toEqual([]);
  });

  test("BAD_EMAIL names each malformed address; the unit stays known but gets no address", () => {
    const wb = workbook({
      units: [
        { unit: "Văn phòng", email: "vp@example.gov.vn; ketoan@example.gov.vn" },
        { unit: "Phòng A", email: "phonga@example, Nguyễn Văn B" },
        { unit: "Phòng B", email: "b1@example.vn,\nb2@example.vn" },
      ],
      tasks: [task("1.1", { lead: "Phòng A" })],
    });
    expect(codes(wb)).toEqual(["BAD_EMAIL@Đơn vị:3:Email"]);
    const plan = check(wb);
    expect(plan.issues[0]?.severity).toBe("error");
    expect(plan.issues[0]?.message).toContain('"phonga@example", "Nguyễn Văn B"');
    expect(plan.units.map((u) => [u.name, u.emails])).toEqual([
      ["Văn phòng", ["vp@example.gov.vn", "ketoan@example.gov.vn"]],
      ["Phòng A", []],
      ["Phòng B", ["b1@example.vn", "b2@example.vn"]],
    ]);
  });

  test("a unit listed twice is DUPLICATE_ID; a row with an address but no unit is REQUIRED", () => {
    const wb = workbook({
      units: [
        { unit: "Văn phòng" },
        { unit: "văn phòng ", email: "x@example.vn" },
        { email: "y@example.vn" },
      ],
    });
    expect(codes(wb)).toEqual(["DUPLICATE_ID@Đơn vị:3:Đơn vị", "REQUIRED@Đơn vị:4:Đơn vị"]);
    expect(check(wb).units.map((u) => u.row)).toEqual([2]);
  });

  test("a Đơn vị sheet without its header is MISSING_COLUMN, never a crash", () => {
    const wb = workbook({});
    wb.sheets.push({ name: "Đơn vị", rows: [["Tên"], ["Văn phòng"]] });
    expect(codes(wb)).toEqual(["MISSING_COLUMN@Đơn vị:null:Đơn vị"]);
  });

  test("Nhắc trước (ngày): blank is 5, a whole number 0–60 is read, anything else is BAD_SETTING", () => {
    expect(check(workbook({})).settings.remindDays).toBe(5);
    expect(check(workbook({ settings: { remindDays: 0 } })).settings.remindDays).toBe(0);
    expect(check(workbook({ settings: { remindDays: "10" } })).settings.remindDays).toBe(10);
    for (const bad of [61, "3 ngày", -1, 2.5]) {
      const plan = check(workbook({ settings: { remindDays: bad } }));
      expect(plan.issues.map((i) => i.code)).toEqual(["BAD_SETTING"]);
      expect(plan.issues[0]?.message).toContain('"Nhắc trước (ngày)" phải là số ngày từ 0 đến 60');
    }
  });
});

describe("per-unit status of a period (docs/workbook.md: the command's JSON)", () => {
  // Decree 09: Q2 2020 runs 15/03 – 14/06.
  const wb = workbook({
    units: [
      { unit: "Phòng B", email: "b@example.gov.vn", contact: "Trần Thị B" },
      { unit: "Văn phòng", email: "vp@example.gov.vn" },
      { unit: "Phòng trống" },
    ],
    tasks: [
      task("1.1", { lead: "Văn phòng", deadline: "31/05/2020" }),
      task("1.2", { lead: "văn phòng", deadline: "30/06/2020" }),
      task("1.3", { lead: "Văn phòng", deadline: "Quý I/2020" }),
      task("2.1", { lead: "Phòng B" }),
      task("2.2", { lead: "Phòng Mới", deadline: "Thường xuyên" }),
      task("2.3", { lead: "Phòng B", deadline: "01/04/2020" }),
      task("2.4", { lead: "Phòng khác" }),
      task("2.5", { lead: "PHÒNG MỚI" }),
      task("", { lead: "Phòng Lỗi" }),
    ],
    updates: [
      update("1.1", "10/04/2020", 50),
      update("1.2", "01/03/2020", 30),
      update("1.3", "10/03/2020", 100),
      update("2.1", "14/06/2020", 20),
      update("2.1", "15/06/2020", 100),
      update("2.3", "15/03/2020", 100),
      update("2.4", "14/03/2020", 40),
    ],
  });

  test("sheet units in sheet order, then units only in Nhiệm vụ by first appearance; errors left out", () => {
    const r = prepareUnits(wb, "2020-Q2", TODAY);
    expect(unitsJson(r)).toEqual({
      period: {
        code: "2020-Q2",
        label: "Quý II năm 2020",
        start: "2020-03-15",
        end: "2020-06-14",
        mode: "decree09",
      },
      units: [
        // 2.1 updated on the window's last day (the 15/06 update is after it); 2.3 done on the first day.
        { unit: "Phòng B", email: "b@example.gov.vn", tasks: 2, updated: 2, missing: [], overdue: 0 },
        // 1.1 updated inside; 1.2 owes (its update is before the window); 1.3 was done before: owes nothing.
        { unit: "Văn phòng", email: "vp@example.gov.vn", tasks: 3, updated: 1, missing: ["1.2"], overdue: 1 },
        { unit: "Phòng trống", email: null, tasks: 0, updated: 0, missing: [], overdue: 0 },
        { unit: "Phòng Mới", email: null, tasks: 2, updated: 0, missing: ["2.2", "2.5"], overdue: 0 },
        { unit: "Phòng khác", email: null, tasks: 1, updated: 0, missing: ["2.4"], overdue: 0 },
      ],
    });
    expect(r.errors).toBe(1);
  });

  test("overdue is as of the period's end: not done and a date deadline before it", () => {
    const plan = check(wb);
    const q1 = unitStatuses(plan, makePeriod(2020, "Q1", "decree09"));
    const office = q1.find((u) => u.unit === "Văn phòng");
    // As of 14/03, 1.3 (Quý I → 31/03) is done; 1.1's deadline is still ahead.
    expect(office).toMatchObject({ tasks: 3, updated: 2, overdue: 0 });
    expect(office?.missing.map((t) => t.id)).toEqual(["1.1"]);
    const q2 = unitStatuses(plan, makePeriod(2020, "Q2", "decree09"));
    expect(q2.find((u) => u.unit === "Văn phòng")?.missing).toEqual([
      { id: "1.2", content: "Nhiệm vụ 1.2", deadline: "30/06/2020", progress: 30, overdue: false },
    ]);
  });

  test("calendar quarters move the window", () => {
    const calendar = workbook({
      settings: { cutoffMode: "Theo quý dương lịch" },
      tasks: [task("1.1")],
      updates: [update("1.1", "20/03/2020", 10)],
    });
    expect(unitsJson(prepareUnits(calendar, "2020-Q1", TODAY)).units[0]).toMatchObject({ updated: 1 });
    expect(unitsJson(prepareUnits(calendar, "2020-Q2", TODAY)).units[0]).toMatchObject({
      updated: 0,
      missing: ["1.1"],
    });
  });

  test("a bad period code is refused with the codes that exist", () => {
    expect(() => prepareUnits(wb, "2020-Q5", TODAY)).toThrow("2020-Q1, 2020-Q2");
  });

  test("the user's units, by any of their addresses, case ignored", () => {
    const units = unitStatuses(check(wb), makePeriod(2020, "Q2", "decree09"));
    expect(unitsOfUser(units, "VP@example.gov.vn")).toEqual(["Văn phòng"]);
    expect(unitsOfUser(units, "")).toEqual([]);
    expect(unitsOfUser(units, "nobody@example.vn")).toEqual([]);
  });

  test("an address typed VP@Example.gov.vn in Đơn vị is the user vp@example.gov.vn", () => {
    const typed = workbook({
      units: [
        { unit: "Phòng B", email: "b@example.gov.vn" },
        { unit: "Văn phòng", email: "  VP@Example.gov.vn ; vanthu@example.gov.vn" },
      ],
      tasks: [task("1.1", { lead: "Văn phòng" })],
    });
    const units = unitStatuses(check(typed), makePeriod(2020, "Q2", "decree09"));
    expect(unitsOfUser(units, "vp@example.gov.vn")).toEqual(["Văn phòng"]);
    expect(unitsOfUser(units, " Vp@Example.Gov.Vn")).toEqual(["Văn phòng"]);
  });
});

describe("reminders", () => {
  const period = makePeriod(2020, "Q2", "decree09");
  const plan = check(
    workbook({
      settings: { planNumber: "28/KH-BQLKCN" },
      units: [
        { unit: "Văn phòng", email: "vp@example.gov.vn, vt@example.gov.vn", contact: "Lê Văn C" },
        { unit: "Phòng B" },
        { unit: "Phòng C", email: "c@example.gov.vn" },
      ],
      tasks: [
        task("1.1", { lead: "Văn phòng", deadline: "31/05/2020", content: '=HYPERLINK("x") <b>' }),
        task("1.2", { lead: "Phòng B" }),
        task("1.3", { lead: "Phòng C" }),
      ],
      updates: [update("1.1", "01/04/2020", 0), update("1.3", "01/04/2020", 10)],
    }),
  );
  const units = unitStatuses(plan, period);

  test("only owing units are reminded; those without an address are named apart", () => {
    const targets = reminderTargets(units);
    expect(targets.mailable.map((u) => u.unit)).toEqual([]);
    const q3 = reminderTargets(unitStatuses(plan, makePeriod(2020, "Q3", "decree09")));
    expect(q3.mailable.map((u) => u.unit)).toEqual(["Văn phòng", "Phòng C"]);
    expect(q3.noEmail.map((u) => u.unit)).toEqual(["Phòng B"]);
  });

  test("the mail lists each owing task with its deadline and state, and both links, as plain text", () => {
    const q3 = makePeriod(2020, "Q3", "decree09");
    const office = unitStatuses(plan, q3)[0];
    if (!office) throw new Error("no unit");
    const mail = reminderMail(plan.settings, q3, office, {
      sheet: "https://docs.google.com/spreadsheets/d/abc/edit",
      form: "https://docs.google.com/spreadsheets/d/abc/edit#gid=7",
    });
    expect(mail.to).toBe("vp@example.gov.vn,vt@example.gov.vn");
    expect(mail.subject).toBe(
      "Ban Quản lý các khu công nghiệp tỉnh Mẫu: Nhắc cập nhật kết quả thực hiện Kế hoạch PAPI quý III năm 2020 – Văn phòng",
    );
    expect(mail.body).toContain("Kính gửi: Văn phòng (Lê Văn C).");
    expect(mail.body).toContain("Kế hoạch số 28/KH-BQLKCN");
    expect(mail.body).toContain("trước ngày chốt số liệu 14/09/2020");
    expect(mail.body).toContain(
      '1. Nhiệm vụ 1.1: =HYPERLINK("x") <b>\n   (thời hạn: 31/05/2020; tiến độ hiện tại: 0%; ĐÃ QUÁ HẠN)',
    );
    expect(mail.body).toContain("Bảng tính kế hoạch: https://docs.google.com/spreadsheets/d/abc/edit\n");
    expect(mail.body).toContain("Cập nhật tiến độ: https://docs.google.com/spreadsheets/d/abc/edit#gid=7");
  });

  test("a unit name with a line break stays on one line in the subject", () => {
    const q3 = makePeriod(2020, "Q3", "decree09");
    const [office] = unitStatuses(plan, q3);
    if (!office) throw new Error("no unit");
    const mail = reminderMail(
      plan.settings,
      q3,
      { ...office, unit: "Văn\r\nphòng\nBcc: x@y.z" },
      {
        sheet: "s",
        form: "f",
      },
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  test("the log tells who was reminded for a period on a day, by hand or by the trigger", () => {
    const office = units[0];
    if (!office) throw new Error("no unit");
    const row = (time: string, action: string, periodCode: string, result = "Thành công"): LogRow => ({
      time,
      user: "a@example.vn",
      action,
      period: periodCode,
      recipients: reminderRecipients(office),
      result,
    });
    const log = [
      row("01/06/2020 08:00:00", REMIND_ACTION, "2020-Q2"),
      row("02/06/2020 07:00:00", AUTO_REMIND_ACTION, "2020-Q2"),
      row("03/06/2020 07:00:00", REMIND_ACTION, "2020-Q1"),
      row("04/06/2020 07:00:00", REMIND_ACTION, "2020-Q2", "Thất bại: hết hạn mức"),
    ];
    expect([...remindedOn(log, "2020-Q2", dayOf(2020, 6, 1))]).toEqual(["văn phòng"]);
    expect([...remindedOn(log, "2020-Q2", dayOf(2020, 6, 2))]).toEqual(["văn phòng"]);
    expect([...remindedOn(log, "2020-Q2", dayOf(2020, 6, 3))]).toEqual([]);
    expect([...remindedOn(log, "2020-Q2", dayOf(2020, 6, 4))]).toEqual([]);
    expect([...autoReminded(log, "2020-Q2")]).toEqual(["văn phòng"]);
    expect([...autoReminded(log, "2020-Q1")]).toEqual([]);
  });

  test("the automatic reminder is due from N days before a quarter's cut-off to the cut-off", () => {
    const at = (m: number, d: number, days = 5, mode: "decree09" | "calendar" = "decree09") =>
      reminderPeriod(2020, mode, dayOf(2020, m, d), days)?.code;
    expect(at(3, 8)).toBeUndefined();
    expect(at(3, 9)).toBe("2020-Q1");
    expect(at(3, 14)).toBe("2020-Q1");
    expect(at(3, 15)).toBeUndefined();
    expect(at(12, 14, 0)).toBe("2020-Q4");
    expect(at(12, 13, 0)).toBeUndefined();
    expect(at(6, 25, 5, "calendar")).toBe("2020-Q2");
    expect(at(6, 14, 5, "calendar")).toBeUndefined();
  });
});
