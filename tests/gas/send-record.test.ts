/**
 * A send is recorded in `Nhật ký` before its mail goes (pending) and completed after, so that whatever
 * fails, a period is never sent twice without asking.
 */
import { apiSend } from "../../src/gas/api";
import { generateReport } from "../../src/gas/generate";
import { RESULT_PENDING } from "../../src/gas/log";
import { menuSend } from "../../src/gas/menu";
import { previewSend, SEND_ACTION, sendReport } from "../../src/gas/send";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const SEND = { send: true, resend: false, unsigned: true };

function arrange(): Sandbox {
  const b = sampleSpreadsheet();
  generateReport(SpreadsheetApp.getActiveSpreadsheet(), "2020-Q1", { replace: false, force: false });
  b.fakes.resetCalls();
  return b;
}

const sendRows = () =>
  (box.fakes.snapshot()["Nhật ký"] ?? []).filter((r) => r[2] === SEND_ACTION).map((r) => String(r[6]));

/** Runs fn when MailApp.sendEmail is called, just before the mail goes (or after, with `after`). */
function aroundMail(fn: () => void, when: "before" | "after"): void {
  const mail = globalThis.MailApp;
  const send = mail.sendEmail.bind(mail) as (...a: unknown[]) => void;
  Object.defineProperty(mail, "sendEmail", {
    configurable: true,
    value: (...args: unknown[]) => {
      if (when === "before") fn();
      send(...args);
      if (when === "after") fn();
    },
  });
}

test("the log holds a pending row while the mail goes, and the same row says Thành công after", () => {
  box = arrange();
  let during: string[] = [];
  aroundMail(() => {
    during = sendRows();
  }, "before");
  sendReport(ss(), "2020-Q1", SEND);
  expect(during).toEqual(["Đang gửi (chưa ghi nhận hoàn tất)"]);
  expect(sendRows()).toEqual(["Thành công"]);
  expect(box.fakes.mail.sent).toHaveLength(1);
});

test("when completing the record fails after the mail went, the user is told, and the next attempt asks", () => {
  box = arrange();
  aroundMail(() => {
    // Both tries of the completion fail.
    box.fakes.failOnCall(1, "Range.setValues", "Lỗi giả lập");
    box.fakes.failOnCall(1, "Range.setValues", "Lỗi giả lập");
  }, "after");
  expect(() => sendReport(ss(), "2020-Q1", SEND)).toThrow(
    /^Báo cáo kỳ 2020-Q1 đã được gửi tới .*chưa ghi được/,
  );
  expect(box.fakes.mail.sent).toHaveLength(1);
  expect(sendRows()).toEqual([RESULT_PENDING]);
  expect(previewSend(ss(), "2020-Q1").sentBefore).toMatchObject({ pending: true });
  expect(() => sendReport(ss(), "2020-Q1", SEND)).toThrow("chưa xác nhận gửi lại");
  expect(box.fakes.mail.sent).toHaveLength(1);
});

test("a mail that fails is marked on its row, so the next attempt sends without asking about it", () => {
  box = arrange();
  box.fakes.failOnCall(1, "MailApp.sendEmail", "Lỗi giả lập khi gửi thư");
  expect(() => sendReport(ss(), "2020-Q1", SEND)).toThrow("Lỗi giả lập khi gửi thư");
  expect(sendRows()).toEqual([expect.stringMatching(/^Thất bại: .*Lỗi giả lập khi gửi thư/)]);
  expect(previewSend(ss(), "2020-Q1").sentBefore).toBeNull();
  sendReport(ss(), "2020-Q1", SEND);
  expect(box.fakes.mail.sent).toHaveLength(1);
});

test("the guard refusing a second send is logged as a period not sent again, never as a failure", () => {
  box = arrange();
  sendReport(ss(), "2020-Q1", SEND);
  // The sidebar asked before someone else's send landed: its call comes without the second yes.
  const outcome = apiSend("2020-Q1", false, true);
  expect(outcome).toEqual({ ok: false, message: expect.stringContaining("chưa xác nhận gửi lại") });
  expect(sendRows()).toEqual([
    "Thành công",
    expect.stringMatching(
      /^Không gửi lại: kỳ đã gửi lúc \d{2}\/\d{2}\/\d{4} .* bởi chuyenvien@example\.gov\.vn/,
    ),
  ]);
  expect(box.fakes.mail.sent).toHaveLength(1);
});

test("from the menu, no to sending again is logged as a period not sent again, and nothing goes", () => {
  box = arrange();
  sendReport(ss(), "2020-Q1", SEND);
  box.fakes.uncounted(() =>
    ss().setActiveSheet(ss().getSheetByName("BC Q1-2020") as GoogleAppsScript.Spreadsheet.Sheet),
  );
  box.fakes.ui.answer("YES");
  box.fakes.ui.answer("YES");
  box.fakes.ui.answer("NO");
  menuSend();
  expect(box.fakes.ui.alerts.at(-1)?.title).toBe("Gửi lại báo cáo");
  expect(sendRows()).toEqual(["Thành công", expect.stringMatching(/^Không gửi lại: /)]);
  expect(box.fakes.mail.sent).toHaveLength(1);
});

/** How many service calls a clean send makes. */
function cleanCalls(): number {
  box = arrange();
  sendReport(ss(), "2020-Q1", SEND);
  const n = box.fakes.count();
  box.restore();
  return n;
}

describe.each([1, 2])("%i consecutive service calls fail, at every step of a send", (width) => {
  const total = cleanCalls();
  test(`never two sends of a period without asking (k = 1…${total})`, () => {
    expect(total).toBeGreaterThan(20);
    for (let k = 1; k <= total; k++) {
      box = arrange();
      try {
        // The k-th call fails, and with width 2 the one after it too (a retried step fails twice): a
        // fault armed after another with the same k fires on the call after the first one fires.
        for (let i = 0; i < width; i++) box.fakes.failOnCall(k, undefined, `Lỗi giả lập ${k}`);
        try {
          sendReport(ss(), "2020-Q1", SEND);
        } catch {
          // Some failures stop the send; what matters is what the next attempt does.
        }
        box.fakes.clearFaults();
        const where = `k=${k} (${box.fakes.calls[k - 1]})`;
        const sentFirst = box.fakes.mail.sent.length;
        expect([where, sentFirst <= 1]).toEqual([where, true]);
        let asked = false;
        try {
          sendReport(ss(), "2020-Q1", SEND);
        } catch (error) {
          asked = String(error).includes("chưa xác nhận gửi lại");
        }
        // A mail that went is never followed by a second one unless the user confirms a resend.
        if (sentFirst === 1) expect([where, asked, box.fakes.mail.sent.length]).toEqual([where, true, 1]);
        else expect([where, box.fakes.mail.sent.length <= 1]).toEqual([where, true]);
      } finally {
        box.restore();
      }
    }
  });
});
