/**
 * What the user is asked before reminders go out, in the menu and in the sidebar alike (types only, so
 * the sidebar's bundle stays small).
 */
import type { RemindPreview } from "./sidebar-api";

/** The question asked before reminding, in the menu and in the sidebar alike. */
export function remindQuestion(p: RemindPreview): string {
  const lines = p.units.map(
    (u) =>
      `- ${u.unit} (${u.to}): ${u.tasks} nhiệm vụ chưa cập nhật${u.remindedToday ? " — đã nhắc hôm nay" : ""}`,
  );
  const noEmail =
    p.noEmail.length > 0
      ? `\nKhông gửi được (chưa có email hợp lệ trong trang "Đơn vị"): ${p.noEmail.join(", ")}.`
      : "";
  return (
    `${p.label} (chốt số liệu ngày ${p.cutoff}): gửi ${p.units.length} thư, mỗi đơn vị một thư ` +
    `liệt kê các nhiệm vụ chưa cập nhật, kèm liên kết tới bảng tính:\n${lines.join("\n")}${noEmail}\n` +
    `(Cần ${p.recipients} người nhận; hạn mức thư còn lại hôm nay: ${p.quota}.)\n\nGửi ngay?`
  );
}

/** The second question, when some units were already reminded today for the period. */
export function remindAgainQuestion(p: RemindPreview): string | null {
  const already = p.units.filter((u) => u.remindedToday).map((u) => u.unit);
  if (already.length === 0) return null;
  return `Hôm nay đã nhắc kỳ ${p.period} cho: ${already.join(", ")}. Nhắc lại các đơn vị này?`;
}
