/**
 * The "Đơn vị" view: who has reported for the chosen period and who has not, each unit opening its list of
 * owing tasks (the user's own units first and open), and "Nhắc đơn vị cập nhật" with its confirmations.
 */
import { remindAgainQuestion, remindQuestion } from "../core/remind-question";
import type { Dashboard, DashboardUnit } from "../core/sidebar-api";
import { byId, fill, h, status, whileBusy } from "./dom";
import { call } from "./server";

/** The user's units first, in their order; the others keep the dashboard's order. */
export function mineFirst<T>(items: readonly T[], isMine: (item: T) => boolean): T[] {
  return [...items.filter(isMine), ...items.filter((i) => !isMine(i))];
}

function unitState(u: DashboardUnit): string {
  if (u.tasks === 0) return "Không có nhiệm vụ.";
  const owing = u.missing.length;
  const parts = [`${u.updated}/${u.tasks} nhiệm vụ có cập nhật trong kỳ`];
  parts.push(owing === 0 ? "đã cập nhật đủ" : `còn ${owing} chưa cập nhật`);
  return `${parts.join(" · ")}.`;
}

function owingList(u: DashboardUnit, onPick: (taskId: string) => void): HTMLElement {
  if (u.missing.length === 0)
    return h("p", { class: "muted small" }, "Không còn nhiệm vụ nào phải cập nhật.");
  return h(
    "ol",
    { class: "owing" },
    ...u.missing.map((t) => {
      const pick = h("button", { type: "button", class: "link", "data-task": t.id }, `Cập nhật ${t.id}`);
      pick.addEventListener("click", () => onPick(t.id));
      return h(
        "li",
        {},
        h("strong", {}, t.id),
        " – ",
        t.content,
        h(
          "div",
          { class: "muted small" },
          `Thời hạn: ${t.deadline || "chưa ghi"} · tiến độ ${t.progress}%`,
          t.overdue ? " " : "",
          t.overdue ? h("span", { class: "overdue" }, "quá hạn") : null,
        ),
        pick,
      );
    }),
  );
}

export function renderUnits(d: Dashboard, onPick: (taskId: string) => void): void {
  const mine = new Set(d.myUnits);
  const withTasks = d.units.filter((u) => u.tasks > 0);
  const done = withTasks.filter((u) => u.missing.length === 0).length;
  fill(
    byId("units-summary"),
    d.units.length === 0
      ? "Chưa có nhiệm vụ nào."
      : `${d.period.label}: ${done}/${withTasks.length} đơn vị đã cập nhật đủ; ${withTasks.length - done} đơn vị còn nhiệm vụ chưa cập nhật. Bấm tên đơn vị để xem.`,
  );
  fill(
    byId("units"),
    ...mineFirst(d.units, (u) => mine.has(u.unit)).map((u) => {
      const owing = u.missing.length > 0;
      const details = h(
        "details",
        { class: owing ? "unit owing-unit" : "unit", "data-unit": u.unit },
        h(
          "summary",
          {},
          h("span", { class: owing ? "mark owe" : "mark ok", "aria-hidden": "true" }, owing ? "!" : "✓"),
          h("span", { class: "unit-name" }, u.unit),
          mine.has(u.unit) ? h("span", { class: "mine" }, "đơn vị của bạn") : null,
          h(
            "span",
            { class: "nums" },
            unitState(u),
            u.overdue > 0 ? " " : "",
            u.overdue > 0 ? h("span", { class: "overdue" }, `${u.overdue} quá hạn`) : null,
          ),
        ),
        u.emails.length > 0
          ? h("p", { class: "muted small" }, `Email: ${u.emails.join(", ")}`)
          : h(
              "p",
              { class: "muted small" },
              u.listed ? 'Chưa có email trong trang "Đơn vị".' : 'Chưa có trong trang "Đơn vị".',
            ),
        owingList(u, onPick),
      );
      details.open = mine.has(u.unit);
      return h("li", {}, details);
    }),
  );
}

/** "Nhắc đơn vị cập nhật" for the chosen period: the list and the quota first, then the question. */
export class Reminders {
  private readonly out = byId("remind-status");
  private readonly button = byId<HTMLButtonElement>("btn-remind");

  constructor(
    private readonly period: () => string,
    private readonly refresh: () => Promise<void>,
    private readonly ask: (question: string) => boolean = (q) => window.confirm(q),
  ) {
    this.button.addEventListener("click", () => {
      void whileBusy([this.button], () => this.remind());
    });
  }

  enable(): void {
    this.button.disabled = false;
  }

  private async remind(): Promise<void> {
    try {
      const code = this.period();
      status(this.out, "busy", "Đang xem các đơn vị chưa cập nhật…");
      const p = await call("apiPreviewRemind", code);
      if (p.units.length === 0) {
        const none =
          p.noEmail.length > 0
            ? `Chỉ còn đơn vị chưa có email hợp lệ chưa cập nhật: ${p.noEmail.join(", ")}.`
            : "Mọi đơn vị đã cập nhật tiến độ trong kỳ; không cần nhắc.";
        status(this.out, "info", none);
        return;
      }
      if (!this.ask(remindQuestion(p))) {
        status(this.out, "info", "Đã huỷ: chưa gửi thư nhắc.");
        return;
      }
      const againQuestion = remindAgainQuestion(p);
      const again = againQuestion
        ? this.ask(`${againQuestion}\n(OK: nhắc lại; Huỷ: chỉ nhắc các đơn vị còn lại.)`)
        : false;
      status(this.out, "busy", "Đang gửi thư nhắc…");
      const r = await call("apiRemind", code, again);
      const skipped = r.skipped.length > 0 ? ` Không nhắc lại: ${r.skipped.join(", ")}.` : "";
      status(
        this.out,
        "ok",
        `Đã gửi ${r.sent.length} thư nhắc kỳ ${r.period}${r.sent.length > 0 ? `: ${r.sent.map((s) => s.unit).join(", ")}` : ""}.${skipped}`,
      );
      await this.refresh();
    } catch (error) {
      status(this.out, "error", (error as Error).message);
    }
  }
}
