/** The formal e-mail that carries a report to the Department of Home Affairs. */
import { type Period, periodPhrase } from "./periods";
import type { Settings } from "./plan";
import { vnTime } from "./signature";

export interface ReportMail {
  subject: string;
  body: string;
}

/** `signer`: the CN of the signed copy's last signature, named in the mail; null or absent for a draft. */
export function reportMail(
  settings: Settings,
  period: Period,
  fileNames: string[],
  signer: string | null = null,
): ReportMail {
  const agency = settings.agency || "Cơ quan";
  const plan = settings.planNumber ? ` số ${settings.planNumber}` : "";
  const subject = `${agency}: Báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI ${periodPhrase(period)}`;
  const body = [
    "Kính gửi: Sở Nội vụ.",
    "",
    `${agency} gửi Báo cáo kết quả thực hiện Kế hoạch${plan} về cải thiện, nâng cao Chỉ số hiệu quả Quản trị ` +
      `và Hành chính công (Chỉ số PAPI) ${periodPhrase(period)} để tổng hợp, báo cáo UBND tỉnh theo quy định.`,
    ...(signer !== null ? ["", `Báo cáo đã được ký số bởi: ${signer || "(không rõ tên người ký)"}.`] : []),
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

/** A signed copy changed after signing, refused (menu, sidebar, send). */
export function changedCopyMessage(
  name: string,
  last: { signer: string; problem: "changed" | "appended" | "unreadable" | "unsupported" | null },
): string {
  const why =
    last.problem === "unreadable"
      ? "chữ ký không đọc được"
      : last.problem === "unsupported"
        ? "không kiểm tra được chữ ký"
        : "tệp đã bị sửa sau khi ký";
  return (
    `Không gửi "${name}": ${why}${last.signer ? ` (người ký: ${last.signer})` : ""}. Hãy tải lên lại bản ký số ` +
    `gốc (nhận từ người ký) vào thư mục báo cáo, hoặc xoá tệp này khỏi thư mục rồi gửi lại.`
  );
}

/** Asked before sending the unsigned draft (menu and sidebar); the answer defaults to no. */
export function unsignedQuestion(period: string, baseName: string): string {
  return (
    `Chưa có bản đã ký số của kỳ ${period} trong thư mục báo cáo (tệp PDF có tên bắt đầu bằng "${baseName}" ` +
    `và có chữ ký số). Gửi bản chưa ký (dự thảo do tiện ích xuất mới)?\n` +
    `Chọn "Không" để ký số trước: tải bản đã ký lên bằng mục "Tải bản đã ký lên" ở bảng điều khiển.`
  );
}

/** A send of the unsigned draft the user did not confirm. */
export function unsignedRefusal(period: string, baseName: string): string {
  return (
    `Chưa có bản đã ký số của kỳ ${period} (tệp PDF có tên bắt đầu bằng "${baseName}") và chưa xác nhận ` +
    `gửi bản chưa ký: chưa gửi.`
  );
}

/** What the confirmation says is attached: the signed copy and its signer, or the unsigned draft. */
export function attachmentText(
  copy: { name: string; signer: string; signedAt: string | null } | null,
): string {
  if (!copy) return "bản chưa ký (PDF xuất mới)";
  const when = copy.signedAt ? `, ký lúc ${vnTime(copy.signedAt)}` : "";
  return `${copy.name} (bản đã ký số, người ký: ${copy.signer || "không rõ tên"}${when})`;
}

/** What the user reads once the mail went. */
export function sentText(result: { period: string; recipients: string; signer: string | null }): string {
  const what =
    result.signer === null ? "bản chưa ký" : `bản đã ký số, người ký: ${result.signer || "không rõ tên"}`;
  return `Đã gửi báo cáo kỳ ${result.period} tới ${result.recipients} (${what}).`;
}
