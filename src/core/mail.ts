/** The formal e-mail that carries a report to the Department of Home Affairs. */
import { type Period, periodPhrase } from "./periods";
import type { Settings } from "./plan";

export interface ReportMail {
  subject: string;
  body: string;
}

export function reportMail(settings: Settings, period: Period, fileNames: string[]): ReportMail {
  const agency = settings.agency || "Cơ quan";
  const plan = settings.planNumber ? ` số ${settings.planNumber}` : "";
  const subject = `${agency}: Báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI ${periodPhrase(period)}`;
  const body = [
    "Kính gửi: Sở Nội vụ.",
    "",
    `${agency} gửi Báo cáo kết quả thực hiện Kế hoạch${plan} về cải thiện, nâng cao Chỉ số hiệu quả Quản trị ` +
      `và Hành chính công (Chỉ số PAPI) ${periodPhrase(period)} để tổng hợp, báo cáo UBND tỉnh theo quy định.`,
    "",
    "Tệp đính kèm:",
    ...fileNames.map((f) => `- ${f}`),
    "",
    "Trân trọng./.",
    "",
    [settings.signerTitle, settings.signer, agency].filter((s) => s !== "").join("\n"),
  ];
  return { subject, body: body.join("\n") };
}

/** The question asked before sending a period again (menu and sidebar). */
export function resendQuestion(
  period: string,
  before: { time: string; user: string; pending: boolean },
): string {
  if (before.pending)
    return (
      `Kỳ ${period} có thể đã được gửi lúc ${before.time} bởi ${before.user}: lần gửi đó chưa ghi nhận hoàn tất ` +
      `(hãy xem hộp thư "Đã gửi" của người đó). Vẫn gửi lại?`
    );
  return `Kỳ ${period} đã được gửi lúc ${before.time} bởi ${before.user}. Gửi lại?`;
}
