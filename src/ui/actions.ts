/** Tạo báo cáo / Xuất PDF / Xuất bản Word / Gửi for the chosen period, with the confirmations the menu asks too. */
import { attachmentText, resendQuestion, sentText, unsignedQuestion } from "../core/mail";
import type { ExportedFile } from "../core/sidebar-api";
import { byId, type Child, h, status, whileBusy } from "./dom";
import { safeUrl } from "./format";
import { call } from "./server";

function link(url: string, text: string): Child {
  const href = safeUrl(url);
  return href ? h("a", { href, target: "_blank", rel: "noopener" }, text) : text;
}

function fileList(files: ExportedFile[]): HTMLElement {
  return h("ul", { class: "files" }, ...files.map((f) => h("li", {}, link(f.url, f.name))));
}

export class Actions {
  private readonly out = byId("action-status");
  private readonly period = byId<HTMLSelectElement>("period");
  private readonly buttons = ["btn-generate", "btn-export", "btn-send", "btn-export-docx"].map((id) =>
    byId<HTMLButtonElement>(id),
  );

  constructor(
    private readonly refresh: () => Promise<void>,
    private readonly ask: (question: string) => boolean = (q) => window.confirm(q),
  ) {
    const [generate, exportPdf, send, exportDocx] = this.buttons;
    generate?.addEventListener("click", () => this.run(() => this.generate()));
    exportPdf?.addEventListener("click", () => this.run(() => this.exportPdf()));
    send?.addEventListener("click", () => this.run(() => this.send()));
    exportDocx?.addEventListener("click", () => this.run(() => this.exportDocx()));
  }

  enable(): void {
    for (const b of this.buttons) b.disabled = false;
  }

  /** One action at a time: every action button and the period picker wait for the answer. */
  private run(work: () => Promise<void>): void {
    void whileBusy([...this.buttons, this.period], async () => {
      try {
        await work();
      } catch (error) {
        status(this.out, "error", (error as Error).message);
      }
    });
  }

  private code(): string {
    return this.period.value;
  }

  private label(): string {
    return this.period.selectedOptions[0]?.textContent ?? this.code();
  }

  private async generate(): Promise<void> {
    const code = this.code();
    let replace = false;
    let force = false;
    for (;;) {
      status(this.out, "busy", `Đang tạo báo cáo ${this.label()}…`);
      const r = await call("apiGenerate", code, replace, force);
      if (r.status === "done") {
        const t = r.totals;
        status(
          this.out,
          "ok",
          `Đã tạo "${r.sheet}": ${t.total} nhiệm vụ, hoàn thành ${t.done}, đang thực hiện ${t.inProgress}, chưa triển khai ${t.notStarted}, quá hạn ${t.overdue}. ${r.reportDate}. ${r.leftOut ? `${r.leftOut} ` : ""}`,
          link(r.url, "Mở báo cáo"),
        );
        await this.refresh();
        return;
      }
      const question =
        r.status === "exists"
          ? `Đã có ${r.sheets.map((s) => `"${s}"`).join(" và ")}. Thay thế bằng báo cáo mới? (Các trang khác không bị động đến.)`
          : `Dữ liệu còn ${r.errors} lỗi; các dòng lỗi sẽ không được tính. Vẫn tạo báo cáo?`;
      if (!this.ask(question)) {
        status(this.out, "info", "Đã huỷ: chưa tạo báo cáo.");
        return;
      }
      if (r.status === "exists") replace = true;
      else force = true;
    }
  }

  private async exportPdf(): Promise<void> {
    status(this.out, "busy", `Đang xuất PDF ${this.label()}…`);
    const r = await call("apiExportPdf", this.code());
    status(
      this.out,
      "ok",
      `${r.reportDate}. Đã lưu PDF kỳ ${r.period} vào Google Drive:`,
      fileList(r.files),
      ...r.notices,
    );
    await this.refresh();
  }

  /** The .docx beside the PDF: its link opens it in Google Docs, where the clerk edits the wording. */
  private async exportDocx(): Promise<void> {
    status(this.out, "busy", `Đang xuất bản Word ${this.label()}…`);
    const r = await call("apiExportDocx", this.code());
    status(
      this.out,
      "ok",
      `Đã lưu bản Word kỳ ${r.period} vào Google Drive. Bấm để mở và sửa trong Google Tài liệu; sửa xong, tải về dạng PDF để trình ký:`,
      fileList(r.files),
    );
    await this.refresh();
  }

  private async send(): Promise<void> {
    const code = this.code();
    status(this.out, "busy", "Đang chuẩn bị gửi…");
    const p = await call("apiPreviewSend", code);
    // Without a signed copy the draft goes only after a yes.
    const unsigned = p.signedCopy === null;
    if (unsigned && !this.ask(unsignedQuestion(p.period, p.baseName))) {
      status(this.out, "info", "Đã huỷ: chưa gửi. Hãy ký số báo cáo rồi tải bản đã ký lên.");
      return;
    }
    const cc = p.cc.length > 0 ? `\nĐồng gửi: ${p.cc.join(", ")}` : "";
    const question = `Gửi báo cáo kỳ ${p.period} tới: ${p.to}${cc}\nTiêu đề: ${p.subject}\nTệp: ${attachmentText(p.signedCopy)}.\n(Hạn mức thư còn lại hôm nay: ${p.quota})`;
    if (!this.ask(question)) {
      status(this.out, "info", "Đã huỷ: chưa gửi.");
      return;
    }
    let resend = false;
    if (p.sentBefore) {
      const again = resendQuestion(p.period, p.sentBefore);
      if (!this.ask(again)) {
        status(this.out, "info", "Đã huỷ: không gửi lại.");
        return;
      }
      resend = true;
    }
    status(this.out, "busy", unsigned ? `Đang xuất PDF và gửi tới ${p.to}…` : `Đang gửi tới ${p.to}…`);
    const r = await call("apiSend", code, resend, unsigned);
    status(this.out, "ok", sentText(r), fileList(r.files));
    await this.refresh();
  }
}
