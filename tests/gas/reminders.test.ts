import { UNITS } from "../../src/core/schema";
import { apiDashboard, apiPreviewRemind, apiRemind } from "../../src/gas/api";
import { REMIND_HANDLER, triggerRemind } from "../../src/gas/auto-remind";
import { menuRemind, menuRemindAutoOff, menuRemindAutoOn } from "../../src/gas/remind-menu";
import { createGasFakes, type GasFakes, manifestScopes, SCOPE, zonedDate } from "../fakes";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox;
afterEach(() => {
  box.restore();
  jest.useRealTimers();
});

/** The example plan's units; the trade union has no address. */
const UNIT_ROWS = [
  ["Văn phòng", "vanphong@example.gov.vn", "Nguyễn Thị Văn"],
  ["Phòng Nghiệp vụ tổng hợp", "nvth@example.gov.vn; tonghop@example.gov.vn", ""],
  ["Phòng Quản lý doanh nghiệp", "qldn@example.gov.vn", ""],
  ["Công đoàn cơ sở Ban Quản lý", "", ""],
  ["Phòng Quản lý quy hoạch và xây dựng", "qhxd@example.gov.vn", ""],
  ["Trung tâm Dịch vụ hỗ trợ doanh nghiệp", "ttdv@example.gov.vn", ""],
  ["Phòng Quản lý môi trường", "qlmt@example.gov.vn", ""],
];

/** In Q1 2020 (15/12/2019 – 14/03/2020) five units with an address owe updates, and the trade union. */
const Q1_MAILED = [
  "Văn phòng",
  "Phòng Nghiệp vụ tổng hợp",
  "Phòng Quản lý doanh nghiệp",
  "Phòng Quản lý quy hoạch và xây dựng",
  "Phòng Quản lý môi trường",
];

function withUnits(options: { user?: string } = {}): Sandbox {
  const sandbox = sampleSpreadsheet(options);
  sandbox.fakes.seed(UNITS.name, [UNITS.columns.map((c) => c.header), ...UNIT_ROWS], { raw: true });
  return sandbox;
}

const logRows = (fakes: GasFakes) => (fakes.snapshot()["Nhật ký"] ?? []).slice(1);
/** The log without the row of switching the trigger on. */
const runLog = (fakes: GasFakes) => logRows(fakes).filter((r) => r[2] !== "Bật nhắc tự động");

/** Switches the daily reminder on from the menu, as the user would. */
function switchOn(fakes: GasFakes): void {
  menuRemindAutoOn();
  expect(fakes.triggers.filter((t) => t.handler === REMIND_HANDLER)).toHaveLength(1);
}

/** Runs the trigger as Apps Script does: no UI, no open document, its event naming the trigger. */
function fire(fakes: GasFakes): void {
  const trigger = fakes.triggers.find((t) => t.handler === REMIND_HANDLER);
  fakes.asTimeTrigger(() => triggerRemind({ triggerUid: trigger?.id }));
}

/** Runs with the clock at that moment in Hồ Chí Minh City. */
function at(year: number, month: number, day: number, hour = 7): void {
  jest.useFakeTimers({ now: zonedDate(ZONE, year, month, day, hour, 0, 0), doNotFake: ["nextTick"] });
}

describe("Nhắc đơn vị cập nhật (menu)", () => {
  test("shows the units, the units without an address and the quota, asks, then mails each unit once and logs each mail", () => {
    box = withUnits();
    const { fakes } = box;
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    menuRemind();
    const [prompt, question, done] = fakes.ui.alerts;
    expect(prompt?.kind).toBe("prompt");
    expect(question?.prompt).toContain("Quý I năm 2020 (chốt số liệu ngày 14/03/2020): gửi 5 thư");
    expect(question?.prompt).toContain("- Văn phòng (vanphong@example.gov.vn): 5 nhiệm vụ chưa cập nhật");
    expect(question?.prompt).toContain("Công đoàn cơ sở Ban Quản lý");
    expect(question?.prompt).toContain("Cần 6 người nhận; hạn mức thư còn lại hôm nay: 100.");
    expect(done?.prompt).toContain("Đã gửi 5 thư nhắc kỳ 2020-Q1");

    const mails = fakes.mail.sent;
    expect(mails.map((m) => m.to)).toEqual([
      "vanphong@example.gov.vn",
      "nvth@example.gov.vn,tonghop@example.gov.vn",
      "qldn@example.gov.vn",
      "qhxd@example.gov.vn",
      "qlmt@example.gov.vn",
    ]);
    const office = mails[0];
    expect(office?.subject).toContain(
      "Nhắc cập nhật kết quả thực hiện Kế hoạch PAPI quý I năm 2020 – Văn phòng",
    );
    expect(office?.body).toContain("Kính gửi: Văn phòng (Nguyễn Thị Văn).");
    expect(office?.body).toMatch(/1\. Nhiệm vụ [\d.]+: .+\n {3}\(thời hạn: .+; tiến độ hiện tại: \d+%/);
    const url = SpreadsheetApp.getActiveSpreadsheet().getUrl();
    const gid = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Tiến độ")?.getSheetId();
    expect(office?.body).toContain(`Bảng tính kế hoạch: ${url}`);
    expect(office?.body).toContain(`Cập nhật tiến độ: ${url}#gid=${gid}`);
    expect(office?.htmlBody).toBe("");

    const log = logRows(fakes);
    expect(log.map((r) => [r[2], r[3], String(r[5]).split(":")[0]])).toEqual(
      Q1_MAILED.map((u) => ["Nhắc đơn vị cập nhật", "2020-Q1", u]),
    );
    expect(log[0]?.[6]).toMatch(/^Thành công: 5 nhiệm vụ chưa cập nhật \(/);
  });

  test("the same day, units already reminded are named and reminded again only if the user says so", () => {
    box = withUnits();
    const { fakes } = box;
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    menuRemind();
    expect(fakes.mail.sent).toHaveLength(5);

    // "Không": only the others (none here).
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    fakes.ui.answer("NO");
    menuRemind();
    const asked = fakes.ui.alerts.find((a) => a.buttons === "YES_NO_CANCEL");
    expect(asked?.prompt).toContain("Hôm nay đã nhắc kỳ 2020-Q1 cho: Văn phòng, Phòng Nghiệp vụ tổng hợp");
    expect(fakes.mail.sent).toHaveLength(5);
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain("Không nhắc lại: Văn phòng");

    // "Hủy": nothing.
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    fakes.ui.answer("CANCEL");
    menuRemind();
    expect(fakes.mail.sent).toHaveLength(5);

    // "Có": all of them again.
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    fakes.ui.answer("YES");
    menuRemind();
    expect(fakes.mail.sent).toHaveLength(10);
    expect(logRows(fakes).filter((r) => r[2] === "Nhắc đơn vị cập nhật")).toHaveLength(10);
  });

  test("saying no sends nothing; an unknown period is a clear message", () => {
    box = withUnits();
    const { fakes } = box;
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("NO");
    menuRemind();
    expect(fakes.mail.sent).toEqual([]);
    fakes.ui.answer("OK", "2020-Q7");
    menuRemind();
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe(
      'Kỳ báo cáo "2020-Q7" không hợp lệ; dùng dạng 2020-Q1, 2020-Q2, 2020-Q3, 2020-Q4, 2020-H1, 2020-9M hoặc 2020-Y.',
    );
    expect(fakes.mail.sent).toEqual([]);
  });

  test("not enough mail quota: nothing is sent, the user is told, Nhật ký has the failure", () => {
    box = withUnits();
    const { fakes } = box;
    fakes.mail.quota = 5;
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    menuRemind();
    expect(fakes.mail.sent).toEqual([]);
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain("chỉ còn 5 người nhận (cần 6)");
    expect(logRows(fakes).at(-1)?.[6]).toMatch(/^Thất bại: Hạn mức gửi thư/);
  });

  test("a mail failing half-way: the mails already sent are logged, then the failure", () => {
    box = withUnits();
    const { fakes } = box;
    fakes.ui.answer("OK", "2020-Q1");
    fakes.ui.answer("YES");
    fakes.failOnCall(3, "MailApp.sendEmail", "Service unavailable: Gmail");
    menuRemind();
    expect(fakes.mail.sent).toHaveLength(2);
    const log = logRows(fakes);
    expect(log.map((r) => String(r[6]).split(":")[0])).toEqual(["Thành công", "Thành công", "Thất bại"]);
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain("Service unavailable: Gmail");
    expect(fakes.locks.heldBySelf()).toEqual([]);
  });
});

describe("Nhắc đơn vị cập nhật with a failing service call", () => {
  /** Arranges the example with its units; the menu's answers: the period, then "send". */
  function arrange(): Sandbox {
    const sandbox = withUnits();
    sandbox.fakes.ui.answer("OK", "2020-Q1");
    sandbox.fakes.ui.answer("YES");
    sandbox.fakes.resetCalls();
    return sandbox;
  }

  const clean = (() => {
    const sandbox = arrange();
    try {
      menuRemind();
      expect(sandbox.fakes.mail.sent).toHaveLength(5);
      return sandbox.fakes.count();
    } finally {
      sandbox.restore();
    }
  })();

  test(`for every k of ${clean} calls: each mail sent is logged, the lock is released, the user is told`, () => {
    for (let k = 1; k <= clean; k++) {
      box = arrange();
      const { fakes } = box;
      fakes.failOnCall(k, undefined, `Lỗi thử ở lần gọi ${k}`);
      menuRemind();
      const sent = fakes.mail.sent.map((m) => m.to);
      const logged = logRows(fakes).filter((r) => r[2] === "Nhắc đơn vị cập nhật");
      const ok = logged.filter((r) => String(r[6]).startsWith("Thành công"));
      expect(`k=${k}: ${ok.length} logged of ${sent.length} sent`).toBe(
        `k=${k}: ${sent.length} logged of ${sent.length} sent`,
      );
      expect(fakes.locks.heldBySelf()).toEqual([]);
      const shown = fakes.ui.alerts.at(-1)?.prompt ?? "";
      if (sent.length < 5) expect(`k=${k}: ${shown}`).toContain(`Lỗi thử ở lần gọi ${k}`);
      box.restore();
    }
    box = arrange();
  });
});

describe("the sidebar's server functions for units", () => {
  test("the dashboard lists every unit's status, and the user's own units", () => {
    box = withUnits({ user: "qldn@example.gov.vn" });
    const d = apiDashboard("2020-Q1");
    if (!d.ok) throw new Error(d.message);
    expect(d.value.units.map((u) => [u.unit, u.tasks, u.updated, u.missing.length])).toEqual([
      ["Văn phòng", 19, 14, 5],
      ["Phòng Nghiệp vụ tổng hợp", 2, 1, 1],
      ["Phòng Quản lý doanh nghiệp", 8, 7, 1],
      ["Công đoàn cơ sở Ban Quản lý", 1, 0, 1],
      ["Phòng Quản lý quy hoạch và xây dựng", 5, 3, 2],
      ["Trung tâm Dịch vụ hỗ trợ doanh nghiệp", 1, 1, 0],
      ["Phòng Quản lý môi trường", 5, 3, 2],
    ]);
    expect(d.value.myUnits).toEqual(["Phòng Quản lý doanh nghiệp"]);
    expect(d.value.tasks.find((t) => t.id === "1.1")?.unit).toBe("Văn phòng");
  });

  test("the sidebar's own unit: VP@Example.gov.vn typed in Đơn vị is the user vp@example.gov.vn", () => {
    box = sampleSpreadsheet({ user: "vp@example.gov.vn" });
    const rows = UNIT_ROWS.map((r) => (r[0] === "Văn phòng" ? ["Văn phòng", " VP@Example.gov.vn", ""] : r));
    box.fakes.seed(UNITS.name, [UNITS.columns.map((c) => c.header), ...rows], { raw: true });
    const d = apiDashboard("2020-Q1");
    if (!d.ok) throw new Error(d.message);
    expect(d.value.myUnits).toEqual(["Văn phòng"]);
  });

  test("preview then send; a second send the same day skips the units unless asked again", () => {
    box = withUnits();
    const preview = apiPreviewRemind("2020-Q1");
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value).toMatchObject({
      period: "2020-Q1",
      cutoff: "14/03/2020",
      recipients: 6,
      quota: 100,
    });
    expect(preview.value.noEmail).toEqual(["Công đoàn cơ sở Ban Quản lý"]);
    expect(apiRemind("2020-Q1", false)).toMatchObject({ ok: true, value: { skipped: [] } });
    const again = apiRemind("2020-Q1", false);
    expect(again).toMatchObject({ ok: true, value: { sent: [], skipped: Q1_MAILED } });
    const second = apiPreviewRemind("2020-Q1");
    expect(second.ok && second.value.units.every((u) => u.remindedToday)).toBe(true);
    expect(box.fakes.mail.sent).toHaveLength(5);
  });
});

describe("the automatic reminder (time-driven trigger)", () => {
  test("set up and removed from the menu: one daily trigger for triggerRemind, never two", () => {
    box = withUnits();
    const { fakes } = box;
    menuRemindAutoOn();
    menuRemindAutoOn();
    expect(fakes.triggers).toHaveLength(1);
    expect(fakes.triggers[0]).toMatchObject({ handler: REMIND_HANDLER, source: "CLOCK" });
    expect(fakes.triggers[0]?.schedule).toMatchObject({ everyDays: 1, atHour: 7 });
    expect(fakes.ui.alerts.map((a) => a.prompt.split(".")[0])).toEqual([
      "Đã bật nhắc tự động",
      "Nhắc tự động đã được bật từ trước",
    ]);
    menuRemindAutoOff();
    expect(fakes.triggers).toHaveLength(0);
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe("Đã tắt nhắc tự động.");
    expect(logRows(fakes).map((r) => r[2])).toEqual(["Bật nhắc tự động", "Tắt nhắc tự động"]);
  });

  test("the trigger needs the script.scriptapp scope of the manifest; without it the user is told", () => {
    box = withUnits();
    const { fakes } = box;
    fakes.grantScopes(manifestScopes().filter((x) => x !== SCOPE.scriptApp));
    menuRemindAutoOn();
    expect(fakes.triggers).toHaveLength(0);
    // Asked before any work (scopes.ts), in the user's words.
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain(
      "• chạy khi bạn không có mặt (để nhắc tự động hằng ngày)",
    );
  });

  test("the trigger opens its own Sheet by id: a run with no known Sheet is mailed to the owner", () => {
    box = withUnits();
    const { fakes } = box;
    at(2020, 3, 10);
    fakes.asTimeTrigger(() => triggerRemind({ triggerUid: "trigger-that-was-never-made" }));
    expect(fakes.mail.sent.map((m) => m.subject)).toEqual([
      "PAPI: nhắc đơn vị cập nhật tự động không chạy được",
    ]);
    expect(fakes.mail.sent[0]?.body).toContain("hãy tắt rồi bật lại nhắc tự động");
  });

  test("a trigger run has nobody at the screen: a dialog there would throw", () => {
    box = withUnits();
    expect(() => box.fakes.asTimeTrigger(() => SpreadsheetApp.getUi())).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
  });

  test("from N days before the cut-off, each owing unit is mailed once for the quarter, with no dialog", () => {
    box = withUnits();
    const { fakes } = box;
    switchOn(fakes);
    fakes.resetCalls();
    at(2020, 3, 8); // 6 days before 14/03: too early with the default 5.
    fire(fakes);
    expect(fakes.mail.sent).toEqual([]);
    expect(runLog(fakes)).toEqual([]);

    at(2020, 3, 9);
    fire(fakes);
    expect(fakes.mail.sent.map((m) => m.to.split(",")[0])).toHaveLength(5);
    expect(runLog(fakes).map((r) => [r[2], r[3]])).toEqual(Q1_MAILED.map(() => ["Nhắc tự động", "2020-Q1"]));

    at(2020, 3, 9, 19);
    fire(fakes);
    at(2020, 3, 12);
    fire(fakes);
    expect(fakes.mail.sent).toHaveLength(5);
  });

  test("a unit reminded by hand today is not mailed again by the trigger the same day", () => {
    box = withUnits();
    const { fakes } = box;
    switchOn(fakes);
    fakes.resetCalls();
    at(2020, 3, 10, 6);
    expect(apiRemind("2020-Q1", false).ok).toBe(true);
    at(2020, 3, 10, 7);
    fire(fakes);
    expect(fakes.mail.sent).toHaveLength(5);
    // The next day the trigger does its own once-per-quarter round.
    at(2020, 3, 11);
    fire(fakes);
    expect(fakes.mail.sent).toHaveLength(10);
  });

  test("a failing run is logged and mailed to the Sheet's owner", () => {
    box = withUnits();
    const { fakes } = box;
    switchOn(fakes);
    fakes.resetCalls();
    at(2020, 3, 10);
    fakes.failOnCall(1, "MailApp.sendEmail", "Service invoked too many times for one day: email.");
    fire(fakes);
    const [owner] = fakes.mail.sent;
    expect(fakes.mail.sent).toHaveLength(1);
    expect(owner?.to).toBe("chuyenvien@example.gov.vn");
    expect(owner?.subject).toBe("PAPI: nhắc đơn vị cập nhật tự động không chạy được");
    expect(owner?.body).toContain("Service invoked too many times for one day: email.");
    expect(runLog(fakes).map((r) => String(r[6]).split(":")[0])).toEqual(["Thất bại"]);
  });

  test("Nhắc trước (ngày) moves the first day", () => {
    box = withUnits();
    const { fakes } = box;
    switchOn(fakes);
    fakes.resetCalls();
    const settings = fakes.snapshot()["Cấu hình"] ?? [];
    const row = settings.findIndex((r) => r[0] === "Nhắc trước (ngày)") + 1;
    fakes.seed("Cấu hình", [[10]], { row, col: 2, raw: true });
    at(2020, 3, 4);
    fire(fakes);
    expect(fakes.mail.sent).toHaveLength(5);
  });
});

describe("Spreadsheet calls do not grow with the units or the tasks (1 unit and 20 tasks, 60 units and 2,000 tasks)", () => {
  /** A plan of `tasks` tasks spread over `units` units, each with an address; none updated in Q2. */
  function plan(units: number, tasks: number): GasFakes {
    const fakes = createGasFakes({ timeZone: ZONE, mailQuota: 1000 });
    const names = Array.from({ length: units }, (_, i) => `Phòng ${i + 1}`);
    fakes.seed("Cấu hình", [
      ["Mục", "Giá trị"],
      ["Tên cơ quan", "Cơ quan tổng hợp"],
      ["Năm kế hoạch", 2020],
    ]);
    fakes.seed(
      "Nhiệm vụ",
      [
        ["Mã", "Nhóm PAPI", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
        ...Array.from({ length: tasks }, (_, i) => [
          `${(i % 8) + 1}.${i + 1}`,
          (i % 8) + 1,
          `Nhiệm vụ ${i + 1}`,
          names[i % units],
          "30/06/2020",
        ]),
      ],
      { raw: true },
    );
    fakes.seed(
      "Tiến độ",
      [
        ["Mã nhiệm vụ", "Ngày cập nhật", "Tiến độ (%)", "Kết quả thực hiện", "Minh chứng"],
        ...Array.from({ length: tasks }, (_, i) => [
          `${(i % 8) + 1}.${i + 1}`,
          zonedDate(ZONE, 2020, 2, 1),
          20,
          "Đã làm",
          "",
        ]),
      ],
      { raw: true },
    );
    fakes.seed(
      UNITS.name,
      [UNITS.columns.map((c) => c.header), ...names.map((n, i) => [n, `p${i + 1}@example.gov.vn`, ""])],
      {
        raw: true,
      },
    );
    return fakes;
  }

  /** Spreadsheet-service calls only (mails are one per unit by design). */
  const sheetCalls = (fakes: GasFakes) =>
    fakes.calls.filter((c) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|Sheets)\./.test(c)).length;

  function measure(units: number, tasks: number) {
    const fakes = plan(units, tasks);
    const restore = fakes.install();
    try {
      fakes.resetCalls();
      const dashboard = apiDashboard("2020-Q2");
      if (!dashboard.ok) throw new Error(dashboard.message);
      expect(dashboard.value.units).toHaveLength(units);
      const view = sheetCalls(fakes);
      fakes.resetCalls();
      const sent = apiRemind("2020-Q2", false);
      if (!sent.ok) throw new Error(sent.message);
      expect(sent.value.sent).toHaveLength(units);
      const remind = sheetCalls(fakes);
      return { view, remind };
    } finally {
      restore();
    }
  }

  test("the unit view and the reminders make the same few calls at 1 and at 60 units", () => {
    // The view: the spreadsheet, its id, the two Sheets API reads (every sheet's title, then the plan's
    // cells: src/gas/read-api.ts). Reminding: the same four, then the log: looked up by its name (1), created the first time
    // (sheet, header range and values, bold, frozen row, 7 widths, protection: 15), one write of every
    // mail's row (last row, grid size, range, text format, values: 5).
    const expected = { view: 4, remind: 4 + 1 + 15 + 5 };
    expect(measure(1, 20)).toEqual(expected);
    expect(measure(60, 2000)).toEqual(expected);
  });
});
