import { readPlan } from "../../src/core/check";
import {
  appendixSheetName,
  backoffMs,
  isRetryable,
  pdfExportUrl,
  pdfFileName,
  periodOfSheetName,
  reportSheetName,
} from "../../src/core/export";
import { reportMail } from "../../src/core/mail";
import { makePeriod } from "../../src/core/periods";
import { workbook } from "../support/workbook";

describe("the PDF export URL", () => {
  const url = new URL(
    pdfExportUrl({ spreadsheetId: "abc-123", gid: 98765, orientation: "portrait", rows: 80, cols: 9 }),
  );
  const q = url.searchParams;

  test("exports one sheet of this spreadsheet as A4 PDF, fit to width, without gridlines or sheet names", () => {
    expect(`${url.origin}${url.pathname}`).toBe("https://docs.google.com/spreadsheets/d/abc-123/export");
    expect(Object.fromEntries(q)).toMatchObject({
      format: "pdf",
      gid: "98765",
      size: "A4",
      portrait: "true",
      fitw: "true",
      gridlines: "false",
      sheetnames: "false",
      printtitle: "false",
      pagenum: "CENTER",
      fzr: "true",
    });
  });

  test("Decree 30 margins in inches: top and bottom 20 mm, left 30 mm, right 15 mm", () => {
    expect(Number(q.get("top_margin"))).toBeCloseTo(20 / 25.4, 3);
    expect(Number(q.get("bottom_margin"))).toBeCloseTo(20 / 25.4, 3);
    expect(Number(q.get("left_margin"))).toBeCloseTo(30 / 25.4, 3);
    expect(Number(q.get("right_margin"))).toBeCloseTo(15 / 25.4, 3);
  });

  test("only the report's grid is printed, and the appendix is landscape", () => {
    expect([q.get("r1"), q.get("c1"), q.get("r2"), q.get("c2")]).toEqual(["0", "0", "80", "9"]);
    const landscape = new URL(
      pdfExportUrl({ spreadsheetId: "x", gid: 1, orientation: "landscape", rows: 5, cols: 9 }),
    );
    expect(landscape.searchParams.get("portrait")).toBe("false");
    // The wide appendix must shrink to the page width too, not only the portrait report.
    expect(landscape.searchParams.get("fitw")).toBe("true");
  });
});

describe("retries and names", () => {
  test("429 and 5xx are retried, nothing else", () => {
    expect([429, 500, 502, 503, 599].every(isRetryable)).toBe(true);
    expect([200, 301, 400, 401, 403, 404].some(isRetryable)).toBe(false);
  });

  test("back-off doubles with jitter between half and all of the cap", () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 0.999))).toEqual([1000, 1999, 3998, 7996]);
  });

  test("sheet and file names", () => {
    const q1 = { year: 2020, kind: "Q1" as const };
    expect(reportSheetName(q1)).toBe("BC Q1-2020");
    expect(reportSheetName({ year: 2020, kind: "H1" })).toBe("BC 6T-2020");
    expect(reportSheetName({ year: 2020, kind: "9M" })).toBe("BC 9T-2020");
    expect(reportSheetName({ year: 2020, kind: "Y" })).toBe("BC 2020");
    expect(appendixSheetName(q1)).toBe("BC Q1-2020 (Phụ lục)");
    expect(pdfFileName(q1, "BQLKCN", "20200320-0930")).toBe("BC-PAPI-2020-Q1-BQLKCN-20200320-0930.pdf");
    expect(pdfFileName(q1, "BQL/KCN ", "20200320-0930", true)).toBe(
      "BC-PAPI-2020-Q1-BQLKCN-20200320-0930-PL.pdf",
    );
    expect(periodOfSheetName("BC 6T-2020 (Phụ lục)")).toEqual({ year: 2020, kind: "H1" });
    expect(periodOfSheetName("BC 2021")).toEqual({ year: 2021, kind: "Y" });
    expect(periodOfSheetName("Nhiệm vụ")).toBeUndefined();
  });
});

test("the e-mail to Sở Nội vụ is formal and names the period, plan and files", () => {
  const { settings } = readPlan(
    workbook({ settings: { signer: "Nguyễn Văn A", signerTitle: "Trưởng ban" } }),
    { fallbackYear: 2020 },
  );
  const mail = reportMail(settings, makePeriod(2020, "H1", "decree09"), ["a.pdf", "a-PL.pdf"]);
  expect(mail.subject).toBe(
    "Ban Quản lý các khu công nghiệp tỉnh Mẫu: Báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI 6 tháng đầu năm 2020",
  );
  expect(mail.body).toContain("Kính gửi: Sở Nội vụ.");
  expect(mail.body).toContain("Kế hoạch số 28/KH-BQLKCN");
  expect(mail.body).toContain("- a-PL.pdf");
  expect(mail.body).toContain("Nguyễn Văn A");
});
