/** "Kiểm tra cài đặt" in the sidebar: the same checklist as the menu item, each failed line with its fix. */
import type { SetupCheck } from "../core/sidebar-api";
import { byId, h, status, whileBusy } from "./dom";
import { call } from "./server";

function item(c: SetupCheck): HTMLLIElement {
  if (c.ok) return h("li", { class: "ok" }, `✓ ${c.title}${c.detail ? `: ${c.detail}` : ""}`);
  return h(
    "li",
    { class: "fail" },
    h("b", {}, `✗ ${c.title}`),
    `: ${c.detail}`,
    h("br"),
    `Cách khắc phục: ${c.fix}`,
  );
}

export function setupCheck(button: HTMLButtonElement): void {
  const out = byId("setup-status");
  const list = byId("setup-checks");
  button.addEventListener("click", () => {
    void whileBusy([button], async () => {
      status(out, "busy", "Đang kiểm tra…");
      list.replaceChildren();
      try {
        const checks = await call("apiSetupChecks");
        const failed = checks.filter((c) => !c.ok).length;
        status(
          out,
          failed === 0 ? "ok" : "error",
          failed === 0 ? "Mọi điều kiện đều đạt." : `${failed} mục cần khắc phục.`,
        );
        list.replaceChildren(...checks.map(item));
      } catch (error) {
        status(out, "error", (error as Error).message);
      }
    });
  });
}
