/**
 * Granular consent: a user may untick any of the add-on's permissions on Google's consent screen. Each
 * action asks first whether what it needs was granted; without it, the user reads which permission is
 * missing and how to grant it, and nothing is written: no sheet, no log row, no file, no mail, no
 * trigger. With one permission an action does not need withheld, the action works as usual.
 */
import {
  apiAddUpdate,
  apiDashboard,
  apiExportPdf,
  apiGenerate,
  apiPreviewRemind,
  apiPreviewSend,
  apiRemind,
  apiSend,
} from "../../src/gas/api";
import { generateReport } from "../../src/gas/generate";
import { menuCheck, menuReport, menuSetup, menuShowSidebar } from "../../src/gas/menu";
import { menuRemindAutoOn } from "../../src/gas/remind-menu";
import { runSetupChecks } from "../../src/gas/self-check";
import { manifestScopes, SCOPE } from "../fakes";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

const SHEETS = SCOPE.spreadsheets;
const UI = SCOPE.containerUi;
const DRIVE = SCOPE.drive;
const MAIL = SCOPE.sendMail;
const EMAIL = SCOPE.email;
const TRIGGERS = SCOPE.scriptApp;

/** Words of each permission's line in the message. */
const NAMED: Record<string, string> = {
  [SHEETS]: "bảng tính Google Trang tính",
  [UI]: "lời nhắc và thanh bên",
  [DRIVE]: "Google Drive",
  [MAIL]: "gửi email thay mặt bạn",
  [EMAIL]: "xem địa chỉ email của bạn",
  [TRIGGERS]: "chạy khi bạn không có mặt",
};

type Shown = { ok: true } | { ok: false; message: string };

/** A sidebar call: its outcome. */
const sidebar = (call: () => { ok: boolean; message?: string }) => (): Shown => {
  const r = call();
  return r.ok ? { ok: true } : { ok: false, message: r.message ?? "" };
};

/** A menu item: what it showed (or threw, when it could not show it), and whether its log row says it worked. */
const menu = (item: () => void, action: string) => (): Shown => {
  const before = box.fakes.ui.alerts.length;
  try {
    item();
  } catch (error) {
    return { ok: false, message: String(error) };
  }
  const shown = box.fakes.ui.alerts.slice(before).map((a) => a.prompt);
  const failed = shown.find((p) => /chưa được bạn cho phép|Đã xảy ra lỗi/.test(p));
  if (failed) return { ok: false, message: failed };
  const log = box.fakes.snapshot()["Nhật ký"] ?? [];
  const row = log.filter((r) => r[2] === action).at(-1);
  return String(row?.[6] ?? "").startsWith("Thành công")
    ? { ok: true }
    : { ok: false, message: `no log row: ${shown.join(" | ")}` };
};

const UPDATE = { taskId: "1.1", date: "2020-03-01", progress: "50", result: "Đã làm", evidence: "" };
const READ = [SHEETS, EMAIL];

/** Action, the scopes it needs, whether it needs a report first, and how to run it. */
const ACTIONS: [string, string[], boolean, () => Shown][] = [
  ["the sidebar's view", READ, false, sidebar(() => apiDashboard("2020-Q1"))],
  ["an update from the sidebar", READ, false, sidebar(() => apiAddUpdate(UPDATE))],
  ["Tạo báo cáo (sidebar)", READ, false, sidebar(() => apiGenerate("2020-Q1", false, true))],
  ["Xuất PDF (sidebar)", [...READ, DRIVE], true, sidebar(() => apiExportPdf("2020-Q1"))],
  ["the send's preview", [...READ, DRIVE, MAIL], true, sidebar(() => apiPreviewSend("2020-Q1"))],
  ["Gửi báo cáo (sidebar)", [...READ, DRIVE, MAIL], true, sidebar(() => apiSend("2020-Q1", false, true))],
  ["the reminder's preview", [...READ, MAIL], false, sidebar(() => apiPreviewRemind("2020-Q1"))],
  ["Nhắc đơn vị cập nhật (sidebar)", [...READ, MAIL], false, sidebar(() => apiRemind("2020-Q1", false))],
  ["Thiết lập (menu)", [...READ, UI], false, menu(menuSetup, "Thiết lập")],
  ["Kiểm tra dữ liệu (menu)", [...READ, UI], false, menu(menuCheck, "Kiểm tra dữ liệu")],
  ["Tạo báo cáo (menu)", [...READ, UI], false, menu(() => menuReport("Q1"), "Tạo báo cáo")],
  ["Bật nhắc tự động (menu)", [...READ, TRIGGERS, UI], false, menu(menuRemindAutoOn, "Bật nhắc tự động")],
];

/** Everything an action could write. */
function state(): string {
  const f = box.fakes;
  return JSON.stringify({
    sheets: f.snapshot(),
    names: f.sheetNames(),
    files: f.drive.files().map((x) => [x.id, x.trashed]),
    folders: f.drive.folders().length,
    mail: f.mail.sent.length,
    triggers: f.triggers.length,
    properties: [...f.properties.document, ...f.properties.user],
  });
}

const manifest = manifestScopes();
const cases = ACTIONS.flatMap(([name, needs, report, run]) =>
  manifest.map((scope) => [name, scope.replace(/^.*\/auth\//, ""), scope, needs, report, run] as const),
);

test("the table covers every scope of the manifest", () => {
  box = sampleSpreadsheet();
  expect(new Set(manifest)).toEqual(new Set([SHEETS, UI, DRIVE, MAIL, EMAIL, TRIGGERS]));
});

test.each(cases)(
  "%s without %s",
  (_, __, scope, needs, report, run) => {
    box = sampleSpreadsheet();
    if (report) generateReport(ss(), "2020-Q1", { replace: false, force: true });
    box.fakes.grantScopes(manifest.filter((s) => s !== scope));
    const before = state();
    const shown = run();
    if (needs.includes(scope)) {
      expect(shown).toEqual({ ok: false, message: expect.stringContaining("chưa được bạn cho phép") });
      if (!shown.ok) expect(shown.message).toContain(NAMED[scope]);
      expect(state()).toBe(before);
    } else expect(shown).toEqual({ ok: true });
  },
  60_000,
);

test("without the dialogs' permission, the sidebar does not open and says why", () => {
  box = sampleSpreadsheet();
  box.fakes.grantScopes(manifest.filter((s) => s !== UI));
  expect(() => menuShowSidebar()).toThrow(/chưa được bạn cho phép:\n• hiển thị nội dung/);
  expect(box.fakes.ui.dialogs).toEqual([]);
});

test("Kiểm tra cài đặt names each permission the user unticked", () => {
  box = sampleSpreadsheet();
  box.fakes.grantScopes(manifest.filter((s) => s !== MAIL && s !== TRIGGERS));
  const line = runSetupChecks(ss())[0];
  expect(line?.ok).toBe(false);
  expect(line?.detail).toContain(NAMED[MAIL]);
  expect(line?.detail).toContain(NAMED[TRIGGERS]);
  expect(line?.detail).not.toContain(NAMED[DRIVE]);
});
