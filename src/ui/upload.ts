/**
 * "Tải bản đã ký lên": the PDF the leader signed (ký số), read in the page and sent as base64 (what
 * google.script.run carries), refused here first when over 10 MB; the server checks the signature, files
 * it in the report folder, and the answer says who signed it and that it is intact.
 */

import type { UploadResult } from "../core/sidebar-api";
import { SIGNED_COPY_MAX_BYTES, tooLargeText, vnTime } from "../core/signature";
import { byId, h, status, whileBusy } from "./dom";
import { safeUrl } from "./format";
import { call } from "./server";

/** Bytes as base64, in chunks (btoa takes a binary string; one call over 10 MB would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000)
    parts.push(String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000))));
  return btoa(parts.join(""));
}

export function uploadedText(r: UploadResult): string {
  const when = r.signedAt ? `, ký lúc ${vnTime(r.signedAt)}` : "";
  const count = r.signatures > 1 ? ` (${r.signatures} chữ ký)` : "";
  return `Đã tải lên bản đã ký số của kỳ ${r.period}: người ký ${r.signer || "không rõ tên"}${when}${count}; tệp còn nguyên vẹn. "Gửi" sẽ gửi tệp này.`;
}

export class Upload {
  private readonly input = byId<HTMLInputElement>("signed-file");
  private readonly button = byId<HTMLButtonElement>("btn-upload");
  private readonly out = byId("upload-status");

  constructor(
    private readonly period: () => string,
    private readonly refresh: () => Promise<void>,
  ) {
    this.button.addEventListener("click", () => void this.upload());
  }

  enable(): void {
    this.input.disabled = false;
    this.button.disabled = false;
  }

  private upload(): Promise<void> {
    return whileBusy([this.button], async () => {
      try {
        const file = this.input.files?.[0];
        if (!file) {
          status(this.out, "error", "Hãy chọn tệp PDF đã ký số trước.");
          return;
        }
        if (file.size > SIGNED_COPY_MAX_BYTES) {
          status(this.out, "error", tooLargeText(file.name, file.size));
          return;
        }
        status(this.out, "busy", `Đang tải "${file.name}" lên và kiểm tra chữ ký…`);
        const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
        const r = await call("apiUploadSigned", this.period(), file.name, base64);
        const href = safeUrl(r.url);
        status(
          this.out,
          "ok",
          uploadedText(r),
          " ",
          href ? h("a", { href, target: "_blank", rel: "noopener" }, r.name) : r.name,
        );
        this.input.value = "";
        await this.refresh();
      } catch (error) {
        status(this.out, "error", (error as Error).message);
      }
    });
  }
}
