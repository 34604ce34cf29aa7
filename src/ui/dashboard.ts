/** Renders the dashboard: the plan, the progress bars by PAPI dimension, the problems and the log. */
import { vnChange, vnScore } from "../core/scores";
import type { Dashboard, DashboardGroup, DashboardScore, LogRow } from "../core/sidebar-api";
import { byId, fill, h } from "./dom";
import { formatDay, safeUrl, share } from "./format";

type Counts = Omit<DashboardGroup, "group" | "name" | "score">;
export type Issue = Dashboard["issues"][number];

export function renderPlan(d: Dashboard): void {
  fill(byId("plan-agency"), d.plan.agency || "(chưa nhập tên cơ quan)");
  const parts = [
    d.plan.planNumber ? `Kế hoạch số ${d.plan.planNumber}` : "Kế hoạch (chưa nhập số)",
    `năm ${d.plan.year}`,
  ];
  fill(byId("plan-meta"), `${parts.join(", ")}. Chốt số liệu: ${d.plan.cutoffMode}.`);
}

export function renderPeriods(d: Dashboard): void {
  const select = byId<HTMLSelectElement>("period");
  select.replaceChildren(...d.periods.map((p) => new Option(p.label, p.code)));
  select.value = d.period.code;
  fill(
    byId("period-window"),
    `${d.period.label}: từ ${formatDay(d.period.start)} đến ${formatDay(d.period.end)}`,
  );
}

/** One stacked bar: done, in progress, not started; widths in percent of the total. */
function bar(c: Counts, label: string): HTMLElement {
  const segment = (kind: string, n: number) =>
    n > 0 ? h("span", { class: `seg ${kind}`, style: `width:${share(n, c.total).toFixed(2)}%` }) : null;
  return h(
    "div",
    { class: c.overdue > 0 ? "bar has-overdue" : "bar", role: "img", "aria-label": label },
    segment("done", c.done),
    segment("doing", c.inProgress),
    segment("todo", c.notStarted),
  );
}

function countsText(c: Counts): string {
  return `${c.done}/${c.total} hoàn thành · ${c.inProgress} đang thực hiện · ${c.notStarted} chưa triển khai`;
}

function overdueBadge(c: Counts): HTMLElement | null {
  return c.overdue > 0 ? h("span", { class: "overdue" }, `${c.overdue} quá hạn`) : null;
}

/**
 * The dimension's last PAPI score and its target, beside its bar; a dimension that fell or is below its
 * target is marked, in words as well as in colour.
 */
function scoreLine(s: DashboardScore | null): HTMLElement | null {
  if (!s) return null;
  const parts = [`Điểm PAPI ${s.year}: ${vnScore(s.score)}`];
  if (s.change !== null && s.previousYear !== null)
    parts.push(`${vnChange(s.change)} so với ${s.previousYear}`);
  parts.push(
    s.target === null
      ? `chưa đặt mục tiêu ${s.targetYear}`
      : `mục tiêu ${s.targetYear}: ${vnScore(s.target)}`,
  );
  const flag = (kind: string, text: string) => h("span", { class: `score-flag ${kind}` }, text);
  return h(
    "p",
    { class: s.fell || s.belowTarget ? "score warn" : "score" },
    parts.join(" · "),
    " ",
    s.fell ? flag("fell", "Giảm điểm") : null,
    s.belowTarget ? flag("below", "Dưới mục tiêu") : null,
  );
}

export function renderProgress(d: Dashboard): void {
  const t = d.totals;
  const totalLabel = `Tổng cộng: ${countsText(t)}${t.overdue > 0 ? `, ${t.overdue} quá hạn` : ""}`;
  fill(
    byId("totals"),
    h(
      "div",
      { class: "group-head" },
      h("strong", {}, `Tổng cộng ${t.total} nhiệm vụ`),
      h("span", { class: "pct" }, `${t.percent}%`),
    ),
    bar(t, totalLabel),
    h("p", { class: "nums" }, countsText(t), " ", overdueBadge(t)),
  );
  fill(
    byId("groups"),
    ...d.groups.map((g) => {
      const label = `${g.group}. ${g.name}: ${countsText(g)}${g.overdue > 0 ? `, ${g.overdue} quá hạn` : ""}`;
      return h(
        "li",
        { class: "group", "data-group": String(g.group) },
        h(
          "div",
          { class: "group-head" },
          h("span", { class: "name" }, `${g.group}. ${g.name}`),
          h("span", { class: "pct" }, `${g.percent}%`),
        ),
        bar(g, label),
        h("p", { class: "nums" }, g.total === 0 ? "Chưa có nhiệm vụ." : countsText(g), " ", overdueBadge(g)),
        scoreLine(g.score),
      );
    }),
  );
}

/** The checker's problems, each a button that asks the server to select its cell. */
export function renderIssues(
  d: Dashboard,
  onSelect: (issue: Issue, button: HTMLButtonElement) => void,
): void {
  const all = d.errors + d.warnings;
  fill(
    byId("issues-summary"),
    all === 0
      ? "Không có lỗi hay cảnh báo."
      : `${d.errors} lỗi, ${d.warnings} cảnh báo${d.issues.length < all ? ` (hiện ${d.issues.length} vấn đề đầu tiên)` : ""}. Bấm vào một vấn đề để chọn ô cần sửa.`,
  );
  fill(
    byId("issues"),
    ...d.issues.map((issue) => {
      const button = h(
        "button",
        { type: "button", class: `link issue ${issue.severity}`, "data-code": issue.code },
        h("span", { class: "sev" }, issue.severity === "error" ? "Lỗi" : "Cảnh báo"),
        ": ",
        issue.message,
      );
      button.addEventListener("click", () => onSelect(issue, button));
      return h("li", {}, button);
    }),
  );
}

function logLinks(row: LogRow): HTMLElement[] {
  const urls = (row.link ?? "")
    .split(/\s+/)
    .map(safeUrl)
    .filter((u): u is string => u !== null);
  return urls.map((url, i) =>
    h("a", { href: url, target: "_blank", rel: "noopener" }, urls.length > 1 ? `Mở tệp ${i + 1}` : "Mở"),
  );
}

export function renderLog(d: Dashboard): void {
  const list = byId("log");
  if (d.log.length === 0) {
    fill(list, h("li", { class: "muted" }, "Chưa có thao tác nào."));
    return;
  }
  fill(
    list,
    ...d.log.map((row) => {
      const failed = /^thất bại/i.test(row.result);
      return h(
        "li",
        { class: failed ? "failed" : undefined },
        h("div", { class: "log-head" }, h("strong", {}, row.action), row.period ? ` · ${row.period}` : ""),
        h("div", { class: "log-result" }, row.result, " ", ...logLinks(row)),
        h("div", { class: "muted small" }, [row.time, row.user].filter(Boolean).join(" · ")),
      );
    }),
  );
}
