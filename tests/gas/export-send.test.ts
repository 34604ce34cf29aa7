import { exportReport } from "../../src/gas/export-pdf";
import { generateReport } from "../../src/gas/generate";
import { previewSend, sendReport } from "../../src/gas/send";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const GENERATE = { replace: false, force: false };

describe("Xuất PDF", () => {
  test("renders the report and its appendix into one PDF here (no export URL) and files it in Drive", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    const exported = exportReport(ss(), "2020-Q1");
    expect(exported.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.pdf$/),
    ]);
    const [file] = box.fakes.drive.files().filter((f) => f.name.endsWith(".pdf"));
    expect(file?.mimeType).toBe("application/pdf");
    expect(new TextDecoder("latin1").decode(file?.bytes.slice(0, 5))).toBe("%PDF-");
    expect(box.fakes.drive.folders().map((f) => f.name)).toContain("Báo cáo PAPI 2020");
    const log = box.fakes.snapshot()["Nhật ký"] ?? [];
    expect(log.at(-1)?.slice(2, 4)).toEqual(["Xuất PDF", "2020-Q1"]);
  });

  test("exporting a period without a report sheet says to make it first", () => {
    box = sampleSpreadsheet();
    expect(() => exportReport(ss(), "2020-Q3")).toThrow('Chưa có báo cáo kỳ 2020-Q3. Hãy chọn "Tạo báo cáo"');
  });

  test("a report sheet renamed only in case is still the report: Sheets tells names apart without case", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    box.fakes.uncounted(() => ss().getSheetByName("BC Q1-2020 (Phụ lục)")?.setName("bc q1-2020 (phụ lục)"));
    expect(exportReport(ss(), "2020-Q1").files).toHaveLength(1);
  });
});

describe("Gửi báo cáo cho Sở Nội vụ", () => {
  test("the preview shows recipients and the quota; sending attaches both PDFs and logs the send", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    const preview = previewSend(ss(), "2020-Q1");
    expect(preview).toMatchObject({ period: "2020-Q1", quota: 100, sentBefore: null });
    expect(preview.to).toMatch(/@example\.gov\.vn$/);
    const result = sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true });
    const [mail] = box.fakes.mail.sent;
    expect(mail?.to).toBe(preview.to);
    expect(mail?.subject).toContain("quý I năm 2020");
    expect(mail?.attachments?.map((a) => a.name)).toEqual(result.files.map((f) => f.name));
    const log = box.fakes.snapshot()["Nhật ký"] ?? [];
    expect(log.at(-1)?.slice(2, 7)).toEqual([
      "Gửi báo cáo",
      "2020-Q1",
      expect.stringContaining("https://"),
      result.recipients,
      "Thành công",
    ]);
  });

  test("a period sent before says when and by whom, and is not sent again without a second yes", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true });
    const again = previewSend(ss(), "2020-Q1");
    expect(again.sentBefore).toEqual({
      time: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/),
      user: "chuyenvien@example.gov.vn",
      pending: false,
    });
    expect(() => sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true })).toThrow(
      "đã gửi lúc",
    );
    expect(box.fakes.mail.sent).toHaveLength(1);
  });

  test("too little mail quota or no Sở Nội vụ address stops before anything is exported", () => {
    box = sampleSpreadsheet();
    box.fakes.mail.quota = 0;
    expect(() => previewSend(ss(), "2020-Q1")).toThrow("Hạn mức gửi thư hôm nay");
    box.fakes.mail.quota = 50;
    const settings = ss().getSheetByName("Cấu hình");
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "Email Sở Nội vụ") + 1;
    settings?.getRange(row, 2).setValue("");
    expect(() => previewSend(ss(), "2020-Q1")).toThrow('Chưa nhập "Email Sở Nội vụ"');
  });
});

test("the quota must cover Sở Nội vụ and every cc address: exactly enough sends, one fewer stops before any PDF", () => {
  box = sampleSpreadsheet();
  generateReport(ss(), "2020-Q1", GENERATE);
  // The example plan copies two addresses: three recipients in all.
  box.fakes.mail.quota = 2;
  expect(() => sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true })).toThrow(
    "chỉ còn 2 người nhận (cần 3)",
  );
  expect(box.fakes.drive.files().filter((f) => f.mimeType === "application/pdf")).toEqual([]);
  box.fakes.mail.quota = 3;
  sendReport(ss(), "2020-Q1", { send: true, resend: false, unsigned: true });
  expect(box.fakes.mail.sent).toHaveLength(1);
});
