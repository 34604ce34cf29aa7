/**
 * The clock: Apps Script stops a run at 6 minutes wherever it is, so long actions stop themselves before
 * 5 min 30 s at a clean point. As the fault injection does with calls, a fake clock passes the limit at
 * each of its readings in turn: whichever step it is, the action either finishes or stops with a message
 * saying what is done and what to do, nothing is half written, and the send-once guard holds.
 */
import { type Clock, TIME_LIMIT_MS } from "../../src/gas/clock";
import { generateReport } from "../../src/gas/generate";
import { sendReminders } from "../../src/gas/reminders";
import { SEND_ACTION, sendReport } from "../../src/gas/send";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const STOPPED = /^Đã gần hết 6 phút Google cho mỗi lần chạy, nên PAPI dừng lại\. .*Hãy chạy lại /;

/** A clock whose k-th reading (and every later one) is past the limit; counts its readings. */
function clockPassingAt(k: number): Clock & { readings: number } {
  const clock = {
    readings: 0,
    now() {
      clock.readings++;
      return clock.readings >= k ? TIME_LIMIT_MS : 0;
    },
  };
  return clock;
}

/** Runs `act` with the limit passed at each reading in turn; `check` sees each outcome. */
function atEveryReading(
  arrange: () => void,
  act: (clock: Clock) => unknown,
  check: (stopped: string | null, k: number) => void,
): number {
  box = sampleSpreadsheet();
  arrange();
  const clean = clockPassingAt(Number.POSITIVE_INFINITY);
  act(clean);
  box.restore();
  const n = clean.readings;
  // The first reading is the start; each later one is a point where the run looks at its time.
  for (let k = 2; k <= n + 1; k++) {
    box = sampleSpreadsheet();
    arrange();
    let stopped: string | null = null;
    try {
      act(clockPassingAt(k));
    } catch (error) {
      stopped = error instanceof Error ? error.message : String(error);
    }
    // Past the limit at a reading, the run stops there.
    expect([k, stopped]).toEqual([k, k <= n ? expect.stringMatching(STOPPED) : null]);
    check(stopped, k);
    if (k <= n) box.restore();
  }
  return n;
}

const names = () => box.fakes.sheetNames();

test("Tạo báo cáo over several batches: stopped at any reading, no sheet half made, the old report kept", () => {
  const replace = { replace: true, force: true, batchBytes: 20_000 };
  const readings = atEveryReading(
    () => generateReport(ss(), "2020-Q1", { replace: false, force: true }),
    (clock) => generateReport(ss(), "2020-Q1", { ...replace, clock }),
    (stopped) => {
      expect(names().filter((n) => n.startsWith("~PAPI"))).toEqual([]);
      expect(names().filter((n) => n.startsWith("BC Q1-2020"))).toEqual([
        "BC Q1-2020",
        "BC Q1-2020 (Phụ lục)",
      ]);
      const made = (box.fakes.snapshot()["Nhật ký"] ?? []).filter((r) => r[2] === "Tạo báo cáo").length;
      // The first report, and the second only when it was not stopped.
      expect(made).toBe(stopped ? 1 : 2);
    },
  );
  // The start, before the first batch, then between batches.
  expect(readings).toBeGreaterThan(3);
}, 240_000);

test("Gửi báo cáo: stopped at any reading, no mail without its log row, and the next send asks only if one went", () => {
  // The start, before rendering the PDF, before saving it, before recording the send and mailing it.
  const readings = atEveryReading(
    () => generateReport(ss(), "2020-Q1", { replace: false, force: true }),
    (clock) => sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true }, clock),
    (stopped) => {
      const sent = box.fakes.mail.sent.length;
      const rows = (box.fakes.snapshot()["Nhật ký"] ?? []).filter((r) => r[2] === SEND_ACTION);
      expect(sent).toBe(stopped ? 0 : 1);
      expect(rows.map((r) => r[6])).toEqual(stopped ? [] : ["Thành công"]);
      if (stopped) {
        sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true });
        expect(box.fakes.mail.sent).toHaveLength(1);
      } else
        expect(() => sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true })).toThrow(
          "chưa xác nhận gửi lại",
        );
    },
  );
  expect(readings).toBe(4);
}, 240_000);

test("Nhắc đơn vị cập nhật: stopped between mails, every mail sent is logged, and the next run reminds the rest", () => {
  let units = 0;
  const readings = atEveryReading(
    () => undefined,
    (clock) => {
      units = sendReminders(ss(), "2020-Q1", false, clock).sent.length;
    },
    (stopped) => {
      const logged = () =>
        (box.fakes.snapshot()["Nhật ký"] ?? []).filter((r) => r[2] === "Nhắc đơn vị cập nhật");
      expect(logged()).toHaveLength(box.fakes.mail.sent.length);
      if (stopped)
        expect(stopped).toMatch(/Đã gửi \d+ thư \(ghi trong "Nhật ký"\); còn \d+ đơn vị chưa được nhắc/);
      const before = box.fakes.mail.sent.map((m) => m.to);
      sendReminders(ss(), "2020-Q1", false);
      const after = box.fakes.mail.sent.map((m) => m.to);
      // Nobody is reminded twice the same day; together the runs remind every unit once.
      expect(new Set(after).size).toBe(after.length);
      expect(after.slice(0, before.length)).toEqual(before);
    },
  );
  // The start, then before each unit's mail.
  expect(units).toBeGreaterThan(1);
  expect(readings).toBe(1 + units);
}, 240_000);
