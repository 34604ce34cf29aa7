/** The sidebar: loads the dashboard for a period and wires the problems, the form and the actions. */
import type { Dashboard } from "../core/sidebar-api";
import { Actions } from "./actions";
import { type Issue, renderIssues, renderLog, renderPeriods, renderPlan, renderProgress } from "./dashboard";
import { byId, h, status, whileBusy } from "./dom";
import { call } from "./server";
import { setupCheck } from "./setup-check";
import { Reminders, renderUnits } from "./units";
import { UpdateForm } from "./update-form";
import { Upload } from "./upload";

const loadStatus = byId("load-status");
const periodSelect = byId<HTMLSelectElement>("period");
let period: string | undefined;
/** Only the answer to the latest request is shown (a slow answer for an older period is dropped). */
let latest = 0;

function show(d: Dashboard): void {
  period = d.period.code;
  renderPlan(d);
  renderPeriods(d);
  renderProgress(d);
  renderUnits(d, (taskId) => form.choose(taskId));
  renderIssues(d, selectCell);
  renderLog(d);
  form.update(d);
  actions.enable();
  upload.enable();
  reminders.enable();
  periodSelect.disabled = false;
  document.body.dataset.period = d.period.code;
}

async function load(code = period): Promise<void> {
  const ticket = ++latest;
  status(loadStatus, "busy", "Đang tải dữ liệu…");
  document.body.setAttribute("aria-busy", "true");
  try {
    const d = code ? await call("apiDashboard", code) : await call("apiDashboard");
    if (ticket !== latest) return;
    show(d);
    status(loadStatus);
  } catch (error) {
    if (ticket !== latest) return;
    const retry = h("button", { type: "button", class: "link" }, "Thử lại");
    retry.addEventListener("click", () => void load());
    status(loadStatus, "error", (error as Error).message, " ", retry);
  } finally {
    if (ticket === latest) document.body.removeAttribute("aria-busy");
  }
}

function selectCell(issue: Issue, button: HTMLButtonElement): void {
  const out = byId("issue-status");
  void whileBusy([button], async () => {
    try {
      const where = await call("apiSelectCell", issue.sheet, issue.row, issue.column);
      const place = issue.row === null ? `trang "${where}"` : `ô ${where} trang "${issue.sheet}"`;
      status(out, "ok", `Đã chọn ${place} trong bảng tính.`);
    } catch (error) {
      status(out, "error", (error as Error).message);
    }
  });
}

const form = new UpdateForm(() => load());
const actions = new Actions(() => load());
const upload = new Upload(
  () => periodSelect.value,
  () => load(),
);
const reminders = new Reminders(
  () => periodSelect.value,
  () => load(),
);
periodSelect.addEventListener("change", () => void load(periodSelect.value));
setupCheck(byId<HTMLButtonElement>("btn-setup-check"));
void load();
