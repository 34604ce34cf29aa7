/** The "Cập nhật tiến độ" form: a searchable task picker, and the server's errors next to their fields. */
import type { AddUpdateResult, Dashboard, NewUpdate } from "../core/sidebar-api";
import { byId, fill, h, status, whileBusy } from "./dom";
import { filterTasks, withoutPlace } from "./format";
import { call } from "./server";
import { mineFirst } from "./units";

type Task = Dashboard["tasks"][number];
type Field = keyof NewUpdate;

/** The form's control for each field the server can name (the schema keys of `Tiến độ`). */
const CONTROLS: Record<Field, string> = {
  taskId: "task",
  date: "date",
  progress: "progress",
  result: "result",
  evidence: "evidence",
};

export class UpdateForm {
  private tasks: Task[] = [];
  /** The units whose address is the user's: their tasks are offered first. */
  private mine = new Set<string>();
  private readonly form = byId<HTMLFormElement>("update-form");
  private readonly filter = byId<HTMLInputElement>("task-filter");
  private readonly select = byId<HTMLSelectElement>("task");
  private readonly submit = byId<HTMLButtonElement>("btn-add");
  private readonly out = byId("update-status");
  private dateSet = false;

  constructor(private readonly onAdded: () => Promise<void>) {
    this.filter.addEventListener("input", () => this.renderOptions(false));
    this.select.addEventListener("change", () => this.showContent());
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void whileBusy([this.submit], () => this.send());
    });
  }

  /** New tasks and today from the dashboard; what the user typed stays. */
  update(d: Dashboard): void {
    this.mine = new Set(d.myUnits);
    this.tasks = mineFirst(d.tasks, (t) => this.mine.has(t.unit));
    this.renderOptions(true);
    const date = byId<HTMLInputElement>("date");
    if (!this.dateSet || !date.value) {
      date.value = d.today;
      this.dateSet = true;
    }
    this.submit.disabled = false;
  }

  /** The matching tasks, best first; `keep` keeps the chosen task when it still matches. */
  private renderOptions(keep: boolean): void {
    const previous = this.select.value;
    const matches = mineFirst(filterTasks(this.tasks, this.filter.value), (t) => this.mine.has(t.unit));
    const option = (t: Task) => new Option(`${t.id} – ${t.content}`, t.id);
    const own = matches.filter((t) => this.mine.has(t.unit));
    if (matches.length === 0) {
      const none = new Option(
        this.tasks.length === 0 ? "Chưa có nhiệm vụ nào" : "Không có nhiệm vụ nào khớp",
        "",
      );
      this.select.replaceChildren(none);
    } else if (own.length > 0) {
      // The user's unit's tasks first, in their own group; the others stay reachable below.
      const group = (label: string, tasks: Task[]) => {
        const g = document.createElement("optgroup");
        g.label = label;
        g.append(...tasks.map(option));
        return g;
      };
      const others = matches.filter((t) => !this.mine.has(t.unit));
      this.select.replaceChildren(
        group(`Đơn vị của bạn (${[...this.mine].join(", ")})`, own),
        ...(others.length > 0 ? [group("Các đơn vị khác", others)] : []),
      );
    } else this.select.replaceChildren(...matches.map(option));
    if (keep && matches.some((t) => t.id === previous)) this.select.value = previous;
    this.showContent();
  }

  /** Chooses a task (from the Đơn vị view) and puts the cursor on its progress. */
  choose(taskId: string): void {
    this.filter.value = "";
    this.renderOptions(false);
    this.select.value = taskId;
    this.showContent();
    this.form.scrollIntoView?.({ block: "start" });
    byId<HTMLInputElement>("progress").focus();
  }

  private showContent(): void {
    const task = this.tasks.find((t) => t.id === this.select.value);
    const count = filterTasks(this.tasks, this.filter.value).length;
    const filtered = this.filter.value.trim() ? `${count} nhiệm vụ khớp. ` : "";
    fill(byId("task-content"), filtered, task ? `Nhóm ${task.group}: ${task.content}` : "");
  }

  private values(): NewUpdate {
    const value = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value;
    return {
      taskId: this.select.value,
      date: value("date"),
      progress: value("progress").trim(),
      result: value("result").trim(),
      evidence: value("evidence").trim(),
    };
  }

  private clearErrors(): void {
    for (const [field, control] of Object.entries(CONTROLS)) {
      fill(byId(`err-${field}`));
      byId(control).removeAttribute("aria-invalid");
    }
  }

  private async send(): Promise<void> {
    this.clearErrors();
    status(this.out, "busy", "Đang kiểm tra và ghi…");
    let result: AddUpdateResult;
    try {
      result = await call("apiAddUpdate", this.values());
    } catch (error) {
      status(this.out, "error", (error as Error).message);
      return;
    }
    if (!result.added) {
      this.showErrors(result.errors);
      return;
    }
    status(
      this.out,
      "ok",
      `Đã thêm vào dòng ${result.row} trang "Tiến độ".`,
      result.warnings.length > 0
        ? h(
            "ul",
            { class: "warnings" },
            ...result.warnings.map((w) => h("li", {}, `Cảnh báo: ${withoutPlace(w)}`)),
          )
        : null,
    );
    for (const id of ["progress", "result", "evidence"]) byId<HTMLInputElement>(id).value = "";
    await this.onAdded();
  }

  private showErrors(errors: Extract<AddUpdateResult, { added: false }>["errors"]): void {
    const general: string[] = [];
    let first: HTMLElement | null = null;
    for (const e of errors) {
      const control = e.field && e.field in CONTROLS ? CONTROLS[e.field as Field] : undefined;
      if (!control) {
        general.push(e.message);
        continue;
      }
      const slot = byId(`err-${e.field}`);
      slot.append(h("span", {}, withoutPlace(e.message)));
      const input = byId(control);
      input.setAttribute("aria-invalid", "true");
      first ??= input;
    }
    status(
      this.out,
      "error",
      general.length > 0 ? general.join(" ") : "Chưa ghi: hãy sửa các ô được đánh dấu.",
    );
    first?.focus();
  }
}
