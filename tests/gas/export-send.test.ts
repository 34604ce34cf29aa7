import { exportReport, fetchPdf } from "../../src/gas/export-pdf";
import { generateReport } from "../../src/gas/generate";
import { previewSend, sendReport } from "../../src/gas/send";
import { PDF_RESPONSE, type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const GENERATE = { replace: false, force: false };

describe("Xuất PDF", () => {
  test("flushes, exports the report (portrait) and appendix (landscape) with the OAuth token, and files both in Drive", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    box.fakes.http.enqueue(PDF_RESPONSE, PDF_RESPONSE);
    const flushesBefore = box.fakes.flushes();
    const exported = exportReport(ss(), "2020-Q1");
    expect(box.fakes.flushes()).toBeGreaterThan(flushesBefore);
    const [main, appendix] = box.fakes.http.requests;
    expect(main?.url).toMatch(
      /^https:\/\/docs\.google\.com\/spreadsheets\/d\/fake-spreadsheet-id\/export\?format=pdf&gid=\d+&size=A4&portrait=true/,
    );
    expect(appendix?.url).toContain("portrait=false");
    expect(main?.params).toMatchObject({
      muteHttpExceptions: true,
      headers: { Authorization: "Bearer ya29.fake-oauth-token" },
    });
    expect(exported.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.pdf$/),
      expect.stringMatching(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}-PL\.pdf$/),
    ]);
    expect(box.fakes.drive.folders().map((f) => f.name)).toContain("Báo cáo PAPI 2020");
    const log = box.fakes.snapshot()["Nhật ký"] ?? [];
    expect(log.at(-1)?.slice(2, 4)).toEqual(["Xuất PDF", "2020-Q1"]);
  });

  test("429 and 5xx are retried with back-off, at most 5 tries, then a clear Vietnamese error", () => {
    box = sampleSpreadsheet();
    box.fakes.http.enqueue({ status: 429 }, { status: 503 }, PDF_RESPONSE);
    expect(fetchPdf("https://docs.google.com/x").getContentType()).toBe("application/pdf");
    expect(box.fakes.http.requests).toHaveLength(3);
    expect(box.fakes.clock.sleeps).toHaveLength(2);
    const [first = 0, second = 0] = box.fakes.clock.sleeps;
    expect(first).toBeGreaterThanOrEqual(500);
    expect(second).toBeGreaterThanOrEqual(1000);

    box.fakes.http.enqueue(...Array.from({ length: 6 }, () => ({ status: 500 })));
    expect(() => fetchPdf("https://docs.google.com/y")).toThrow("đã thử 5 lần");
    expect(box.fakes.http.requests).toHaveLength(8);
  });

  test("an HTML login page with status 200 is not a PDF; a 403 is not retried", () => {
    box = sampleSpreadsheet();
    box.fakes.http.enqueue({
      status: 200,
      headers: { "Content-Type": "text/html; charset=utf-8" },
      body: "<html>login</html>",
    });
    expect(() => fetchPdf("https://docs.google.com/x")).toThrow("thay vì tệp PDF");
    box.fakes.http.enqueue({ status: 403 });
    expect(() => fetchPdf("https://docs.google.com/x")).toThrow("Không có quyền xuất PDF (mã 403)");
    expect(box.fakes.http.requests).toHaveLength(2);
  });

  test("exporting a period without a report sheet says to make it first", () => {
    box = sampleSpreadsheet();
    expect(() => exportReport(ss(), "2020-Q3")).toThrow('Chưa có báo cáo kỳ 2020-Q3. Hãy chọn "Tạo báo cáo"');
  });
});

describe("Gửi báo cáo cho Sở Nội vụ", () => {
  test("the preview shows recipients and the quota; sending attaches both PDFs and logs the send", () => {
    box = sampleSpreadsheet();
    generateReport(ss(), "2020-Q1", GENERATE);
    const preview = previewSend(ss(), "2020-Q1");
    expect(preview).toMatchObject({ period: "2020-Q1", quota: 100, sentBefore: null });
    expect(preview.to).toMatch(/@example\.gov\.vn$/);
    box.fakes.http.enqueue(PDF_RESPONSE, PDF_RESPONSE);
    const result = sendReport(ss(), "2020-Q1", { send: true, resend: false });
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
    box.fakes.http.enqueue(PDF_RESPONSE, PDF_RESPONSE);
    sendReport(ss(), "2020-Q1", { send: true, resend: false });
    const again = previewSend(ss(), "2020-Q1");
    expect(again.sentBefore).toEqual({
      time: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/),
      user: "chuyenvien@example.gov.vn",
      pending: false,
    });
    expect(() => sendReport(ss(), "2020-Q1", { send: true, resend: false })).toThrow("đã gửi lúc");
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
    expect(box.fakes.http.requests).toHaveLength(0);
  });
});
