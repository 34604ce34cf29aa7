/** "Kiểm tra cài đặt": all green on a set-up plan, and each failure made to happen once, with its fix. */
import { menuSetupCheck } from "../../src/gas/menu";
import { menuRemindAutoOn } from "../../src/gas/remind-menu";
import { runSetupChecks } from "../../src/gas/self-check";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

function setSetting(label: string, value: string): void {
  const rows = box.fakes.snapshot()["Cấu hình"] ?? [];
  const row = rows.findIndex((r) => r[0] === label) + 1;
  box.fakes.seed("Cấu hình", [[value]], { row, col: 2, raw: true });
}

/** The titles of the failed lines, each with its reason and fix. */
function failures(): string[] {
  const checks = runSetupChecks(ss());
  for (const c of checks.filter((x) => !x.ok)) {
    expect(c.detail.length).toBeGreaterThan(0);
    expect(c.fix.length).toBeGreaterThan(0);
  }
  return checks.filter((c) => !c.ok).map((c) => c.title);
}

test("on a set-up plan every line is green, the probe file is gone, and the menu shows the checklist", () => {
  box = sampleSpreadsheet();
  expect(runSetupChecks(ss()).map((c) => [c.title, c.ok])).toEqual([
    ["Quyền truy cập đã được cấp", true],
    ['Dịch vụ nâng cao "Google Sheets API" đã bật', true],
    ["Định dạng vùng Việt Nam (vi_VN) và múi giờ Asia/Ho_Chi_Minh", true],
    ["Thư mục lưu báo cáo mở được và ghi được", true],
    ['"Email Sở Nội vụ" đã nhập đúng', true],
    ["Còn hạn mức gửi thư hôm nay", true],
    ["Khoá tài liệu dùng được (tránh hai người cùng tạo báo cáo)", true],
    ["Trình kích hoạt nhắc việc tự động không bị trùng", true],
    ["Dựng thử một trang PDF", true],
    ["Ngày giờ theo múi giờ của bảng tính (Asia/Ho_Chi_Minh)", true],
    ["JavaScript (V8) của Apps Script", true],
  ]);
  expect(box.fakes.drive.files().filter((f) => f.name.startsWith("papi-kiem-tra") && !f.trashed)).toEqual([]);
  expect(box.fakes.locks.heldBySelf()).toEqual([]);
  menuSetupCheck();
  const dialog = box.fakes.ui.dialogs.at(-1);
  expect(dialog?.title).toBe("Kiểm tra cài đặt PAPI");
  expect(dialog?.content).toContain("Mọi điều kiện đều đạt.");
  expect(box.fakes.snapshot()["Nhật ký"]?.at(-1)?.slice(2, 3)).toEqual(["Kiểm tra cài đặt"]);
});

const CASES: [string, string, () => void][] = [
  [
    "scopes not granted",
    "Quyền truy cập đã được cấp",
    () => {
      box.fakes.authorization.required = true;
    },
  ],
  [
    "the Sheets advanced service off",
    'Dịch vụ nâng cao "Google Sheets API" đã bật',
    () => {
      delete (globalThis as { Sheets?: unknown }).Sheets;
    },
  ],
  [
    "an en_US locale",
    "Định dạng vùng Việt Nam (vi_VN) và múi giờ Asia/Ho_Chi_Minh",
    () => {
      ss().setSpreadsheetLocale("en_US");
    },
  ],
  [
    "a report folder this user cannot write to",
    "Thư mục lưu báo cáo mở được và ghi được",
    () => {
      setSetting("Thư mục lưu báo cáo", box.fakes.drive.addFolder("Riêng", { owner: "khac@example.gov.vn" }));
    },
  ],
  [
    "no Email Sở Nội vụ",
    '"Email Sở Nội vụ" đã nhập đúng',
    () => {
      setSetting("Email Sở Nội vụ", "");
    },
  ],
  [
    "no mail quota left",
    "Còn hạn mức gửi thư hôm nay",
    () => {
      box.fakes.mail.quota = 0;
    },
  ],
  [
    "the document lock held by someone else",
    "Khoá tài liệu dùng được (tránh hai người cùng tạo báo cáo)",
    () => {
      box.fakes.locks.holdByOther("document");
    },
  ],
  [
    "two reminder triggers",
    "Trình kích hoạt nhắc việc tự động không bị trùng",
    () => {
      box.fakes.uncounted(() => {
        for (let i = 0; i < 2; i++) ScriptApp.newTrigger("triggerRemind").timeBased().everyDays(1).create();
      });
    },
  ],
];

test.each(CASES)("%s fails exactly its own line, with why and how to fix it", (_, title, breakIt) => {
  box = sampleSpreadsheet();
  const sheets = (globalThis as { Sheets?: unknown }).Sheets;
  try {
    breakIt();
    expect(failures()).toEqual([title]);
  } finally {
    (globalThis as { Sheets?: unknown }).Sheets = sheets;
  }
});

test("the dialog shows a failed line's reason and fix as text", () => {
  box = sampleSpreadsheet();
  box.fakes.mail.quota = 0;
  menuSetupCheck();
  const html = box.fakes.ui.dialogs.at(-1)?.content ?? "";
  expect(html).toContain("1 mục cần khắc phục.");
  expect(html).toContain("✗ <b>Còn hạn mức gửi thư hôm nay</b>: Chỉ còn 0 người nhận");
  expect(html).toContain("Cách khắc phục: Hạn mức được đặt lại sau 24 giờ");
});

test("the one reminder trigger that Bật nhắc tự động makes is not a duplicate", () => {
  box = sampleSpreadsheet();
  menuRemindAutoOn();
  expect(box.fakes.triggers).toHaveLength(1);
  expect(failures()).toEqual([]);
});

test("a quota exactly enough for Sở Nội vụ and every cc address is green; one fewer is red", () => {
  box = sampleSpreadsheet();
  // The example plan copies two addresses: three recipients in all.
  box.fakes.mail.quota = 3;
  expect(failures()).toEqual([]);
  box.fakes.mail.quota = 2;
  expect(failures()).toEqual(["Còn hạn mức gửi thư hôm nay"]);
  expect(runSetupChecks(ss()).find((c) => !c.ok)?.detail).toBe(
    "Chỉ còn 2 người nhận, cần 3 để gửi một báo cáo.",
  );
});
