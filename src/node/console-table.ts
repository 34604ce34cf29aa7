/** Plain-text output of the command: the table by PAPI dimension and the list of problems. */
import { DIMENSIONS } from "../core/catalogue";
import type { Issue } from "../core/issues";
import { type Counts, type GroupCounts, percentDone } from "../core/status";
import type { UnitStatus } from "../core/units";

const NAME_WIDTH = 44;
const HEADERS = ["Tổng", "Đúng hạn", "Trễ hạn", "Đang làm", "Chưa làm", "Quá hạn", "% HT"];

function padName(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function numbers(c: Counts): string {
  const values = [
    c.total,
    c.doneOnTime,
    c.doneLate,
    c.inProgress,
    c.notStarted,
    c.overdue,
    `${percentDone(c)}%`,
  ];
  return values.map((v, i) => String(v).padStart((HEADERS[i] ?? "").length)).join("  ");
}

export function dimensionTable(groups: GroupCounts[], totals: Counts): string {
  const rule = "-".repeat(NAME_WIDTH + HEADERS.join("  ").length + 2);
  const lines = [`${padName("Lĩnh vực PAPI", NAME_WIDTH)}  ${HEADERS.join("  ")}`, rule];
  for (const g of groups) {
    const name = `${g.group}. ${DIMENSIONS[g.group - 1]?.vn ?? ""}`;
    lines.push(`${padName(name, NAME_WIDTH)}  ${numbers(g)}`);
  }
  lines.push(rule, `${padName("Tổng cộng", NAME_WIDTH)}  ${numbers(totals)}`);
  return lines.join("\n");
}

export function issueLines(issues: Issue[], limit = 50): string {
  const shown = issues
    .slice(0, limit)
    .map((i) => `${i.severity === "error" ? "LỖI     " : "CẢNH BÁO"} [${i.code}] ${i.message}`);
  if (issues.length > limit) shown.push(`… và ${issues.length - limit} vấn đề khác (xem đủ với --json).`);
  return shown.join("\n");
}

export function issueSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return "Dữ liệu hợp lệ: không có lỗi, không có cảnh báo.";
  return `Kết quả kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.`;
}

const UNIT_WIDTH = 40;
const UNIT_HEADERS = ["Nhiệm vụ", "Đã cập nhật", "Chưa cập nhật", "Quá hạn"];

/** Who has reported for the period: one line per unit, then the ids each unit still owes. */
export function unitTable(units: readonly UnitStatus[]): string {
  const rule = "-".repeat(UNIT_WIDTH + UNIT_HEADERS.join("  ").length + 2);
  const row = (name: string, values: (number | string)[]) =>
    `${padName(name, UNIT_WIDTH)}  ${values.map((v, i) => String(v).padStart((UNIT_HEADERS[i] ?? "").length)).join("  ")}`;
  const lines = [`${padName("Đơn vị", UNIT_WIDTH)}  ${UNIT_HEADERS.join("  ")}`, rule];
  for (const u of units) lines.push(row(u.unit, [u.tasks, u.updated, u.missing.length, u.overdue]));
  lines.push(rule);
  const owing = units.filter((u) => u.missing.length > 0);
  const withTasks = units.filter((u) => u.tasks > 0).length;
  lines.push(`${withTasks - owing.length}/${withTasks} đơn vị đã cập nhật đủ trong kỳ.`);
  if (owing.length > 0) {
    lines.push("", "Nhiệm vụ chưa có cập nhật trong kỳ:");
    for (const u of owing) {
      const mail = u.emails.length > 0 ? u.emails.join(", ") : "chưa có email";
      lines.push(`  ${u.unit} (${mail}): ${u.missing.map((t) => t.id).join(", ")}`);
    }
  }
  return lines.join("\n");
}
