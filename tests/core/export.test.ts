import { readPlan } from "../../src/core/check";
import { appendixSheetName, pdfFileName, periodOfSheetName, reportSheetName } from "../../src/core/export";
import { reportMail } from "../../src/core/mail";
import { makePeriod } from "../../src/core/periods";
import { workbook } from "../support/workbook";

describe("names", () => {
  test("sheet and file names", () => {
    const q1 = { year: 2020, kind: "Q1" as const };
    expect(reportSheetName(q1)).toBe("BC Q1-2020");
    expect(reportSheetName({ year: 2020, kind: "H1" })).toBe("BC 6T-2020");
    expect(reportSheetName({ year: 2020, kind: "9M" })).toBe("BC 9T-2020");
    expect(reportSheetName({ year: 2020, kind: "Y" })).toBe("BC 2020");
    expect(appendixSheetName(q1)).toBe("BC Q1-2020 (Phụ lục)");
    expect(pdfFileName(q1, "BQLKCN", "20200320-0930")).toBe("BC-PAPI-2020-Q1-BQLKCN-20200320-0930.pdf");
    expect(pdfFileName(q1, "BQL/KCN ", "20200320-0930")).toBe("BC-PAPI-2020-Q1-BQLKCN-20200320-0930.pdf");
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
