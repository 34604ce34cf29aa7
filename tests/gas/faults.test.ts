/**
 * Fault injection: for every k, the k-th Apps Script service call of an action throws. Whatever k,
 * the user's sheets are unchanged, no half report or half export remains, the lock is released,
 * `Nhật ký` records the failure and the user sees a clear message.
 */
import { generateReport } from "../../src/gas/generate";
import { menuExportPdf, menuReport, menuSend } from "../../src/gas/menu";
import type { GasFakes } from "../fakes";
import { sampleSpreadsheet } from "../support/gas";

const USER_SHEETS = ["Cấu hình", "Nhiệm vụ", "Tiến độ", "Nội dung báo cáo"];
const REPORT_SHEETS = ["BC Q1-2020", "BC Q1-2020 (Phụ lục)"];
// A report or export first says which date it printed (Ngày báo cáo: …), then what it did.
const SUCCESS = /^(Ngày báo cáo: [^\n]+\n)?(Đã tạo|Đã lưu vào Google Drive|Đã gửi báo cáo)/;

interface Scenario {
  action: string;
  run: () => void;
  /** Answers the confirmations the action asks for. */
  answers: number;
}

const SCENARIOS: Scenario[] = [
  { action: "Tạo báo cáo", run: () => menuReport("Q1"), answers: 1 },
  { action: "Xuất PDF", run: menuExportPdf, answers: 0 },
  // Without a signed copy, the unsigned draft goes after a yes, then the recipients' yes.
  { action: "Gửi báo cáo", run: menuSend, answers: 2 },
];

/** The example plan with its Q1 report already made (so generating replaces it), PDFs answered. */
function arrange(s: Scenario) {
  const box = sampleSpreadsheet();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  generateReport(ss, "2020-Q1", { replace: false, force: false });
  for (let i = 0; i < s.answers; i++) box.fakes.ui.answer("YES");
  const before = box.fakes.snapshot();
  box.fakes.resetCalls();
  return { ...box, before };
}

function pick(snapshot: Record<string, unknown[][]>, names: string[]) {
  return Object.fromEntries(names.map((n) => [n, snapshot[n]]));
}

function liveFiles(fakes: GasFakes) {
  return fakes.drive.files().filter((f) => !f.trashed && f.mimeType === "application/pdf");
}

/** How many service calls a clean run makes: the k to try. */
function cleanRunCalls(s: Scenario): number {
  const { fakes, restore } = arrange(s);
  try {
    s.run();
    expect(fakes.ui.alerts.at(-1)?.prompt).toMatch(SUCCESS);
    return fakes.count();
  } finally {
    restore();
  }
}

describe.each(SCENARIOS)("$action with a failing service call", (s) => {
  const total = cleanRunCalls(s);

  test(`every one of the ${total} service calls fails in turn (k = 1…${total})`, () => {
    expect(total).toBeGreaterThan(20);
    const outcomes = { failed: 0, recovered: 0 };
    for (let k = 1; k <= total; k++) {
      const { fakes, restore, before } = arrange(s);
      try {
        fakes.failOnCall(k, undefined, `Lỗi giả lập ở lệnh gọi thứ ${k}`);
        s.run();
        const after = fakes.snapshot();
        const where = `k=${k} (${fakes.calls[k - 1]})`;
        expect([where, pick(after, USER_SHEETS)]).toEqual([where, pick(before, USER_SHEETS)]);
        expect([where, pick(after, REPORT_SHEETS)]).toEqual([where, pick(before, REPORT_SHEETS)]);
        expect([where, fakes.sheetNames().filter((n) => n.startsWith("~"))]).toEqual([where, []]);
        expect([where, fakes.locks.heldBySelf()]).toEqual([where, []]);
        expect([where, [0, 1].includes(liveFiles(fakes).length)]).toEqual([where, true]);
        expect(fakes.mail.sent.length).toBeLessThanOrEqual(1);

        const shown = fakes.ui.alerts.at(-1)?.prompt ?? "";
        const log = (after["Nhật ký"] ?? []).slice((before["Nhật ký"] ?? []).length);
        const results = log.filter((r) => r[2] === s.action).map((r) => String(r[6]));
        if (SUCCESS.test(shown)) {
          outcomes.recovered++;
          expect([where, results.some((r) => r.startsWith("Thành công"))]).toEqual([where, true]);
        } else {
          outcomes.failed++;
          expect([where, shown]).toEqual([where, expect.stringContaining(`Lỗi giả lập ở lệnh gọi thứ ${k}`)]);
          expect([where, results.some((r) => r.startsWith("Thất bại: "))]).toEqual([where, true]);
        }
      } finally {
        restore();
      }
    }
    expect(outcomes.failed + outcomes.recovered).toBe(total);
    expect(outcomes.failed).toBeGreaterThan(0);
  });
});
