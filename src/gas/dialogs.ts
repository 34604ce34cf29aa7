/** Small HTML dialogs; every text from the sheet is escaped, so it shows and never runs. */
import type { Issue } from "../core/issues";
import type { SetupCheck } from "../core/sidebar-api";
import { escapeHtml } from "../core/text";

const STYLE =
  "body{font:14px/1.45 Arial,sans-serif;margin:0;padding:12px;color:#202124}" +
  "li{margin:0 0 6px}.error{color:#b3261e}.warning{color:#8a5a00}.ok{color:#137333}h3{margin:0 0 8px;font-size:15px}";

export function issuesHtml(issues: readonly Issue[], errors: number, warnings: number): string {
  const items = issues
    .map((i) => {
      const label = i.severity === "error" ? "Lỗi" : "Cảnh báo";
      return `<li class="${i.severity}"><b>${label}</b> [${escapeHtml(i.code)}] ${escapeHtml(i.message)}</li>`;
    })
    .join("");
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>` +
    `<h3>${errors} lỗi, ${warnings} cảnh báo</h3>` +
    "<p>Các ô có vấn đề đã được tô màu và ghi chú trong bảng tính.</p>" +
    `<ol>${items}</ol></body></html>`
  );
}

/** The "Kiểm tra cài đặt" checklist: each line ✓ or ✗, and for a ✗ why and what to do. */
export function setupChecksHtml(checks: readonly SetupCheck[]): string {
  const failed = checks.filter((c) => !c.ok).length;
  const items = checks
    .map((c) =>
      c.ok
        ? `<li class="ok">✓ ${escapeHtml(c.title)}${c.detail ? `: ${escapeHtml(c.detail)}` : ""}</li>`
        : `<li class="error">✗ <b>${escapeHtml(c.title)}</b>: ${escapeHtml(c.detail)}<br>Cách khắc phục: ${escapeHtml(c.fix)}</li>`,
    )
    .join("");
  const head = failed === 0 ? "Mọi điều kiện đều đạt." : `${failed} mục cần khắc phục.`;
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>` +
    `<h3>${head}</h3><ul style="list-style:none;padding-left:0">${items}</ul></body></html>`
  );
}
