/**
 * "Gửi báo cáo" sends the signed copy (the leader's ký số) from the report folder: the newest intact one,
 * naming its signer; a changed copy is refused; without one it asks before sending the unsigned draft.
 * Each case: what is mailed, what `Nhật ký` says, and that nothing else is sent or lost.
 */
import { createHash } from "node:crypto";
import { exportReport } from "../../src/gas/export-pdf";
import { generateReport } from "../../src/gas/generate";
import { menuSend } from "../../src/gas/menu";
import { previewSend, sendReport } from "../../src/gas/send";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";
import {
  examplePdf,
  makeSigner,
  type Signer,
  signedDigitAt,
  signPdf,
  withByteChanged,
  withGarbageContents,
  withUnsignedUpdate,
} from "../support/sign";

const TIMEOUT = 120_000;
const SIGNED_NAME = "BC-PAPI-2020-Q1-BQLKCN-da-ky.pdf";
let leader: Signer;
let signed: Uint8Array;
let twice: Uint8Array;

beforeAll(async () => {
  leader = makeSigner("Nguyễn Văn A");
  signed = await signPdf(examplePdf(), leader, new Date(Date.UTC(2020, 2, 16, 1, 30)));
  twice = await signPdf(
    signed,
    makeSigner("Ban Quản lý các Khu công nghiệp"),
    new Date(Date.UTC(2020, 2, 16, 2)),
  );
}, TIMEOUT);

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const SEND = { send: true, resend: false };
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The example with its Q1 report made and exported once: the folder holds the unsigned draft. */
function arrange(): string {
  box = sampleSpreadsheet();
  generateReport(ss(), "2020-Q1", { replace: false, force: false });
  exportReport(ss(), "2020-Q1");
  const folder = box.fakes.drive.folders().find((f) => f.name === "Báo cáo PAPI 2020");
  if (!folder) throw new Error("no report folder");
  return folder.id;
}

/** A file put in the report folder by hand or by the sidebar's upload, `minutes` after 08:00 on 16/03/2020. */
function put(folderId: string, name: string, bytes: Uint8Array, minutes = 0, mimeType = "application/pdf") {
  return box.fakes.drive.addFile(name, bytes, {
    parentId: folderId,
    mimeType,
    updated: new Date(Date.UTC(2020, 2, 16, 1, minutes)),
  });
}

const sendLog = () => (box.fakes.snapshot()["Nhật ký"] ?? []).filter((r) => r[2] === "Gửi báo cáo");
const pdfCount = () =>
  box.fakes.drive.files().filter((f) => !f.trashed && f.mimeType === "application/pdf").length;
const attachment = (i = 0) => box.fakes.mail.sent[i]?.attachments?.[0];

describe("an intact signed copy in the report folder", () => {
  test("is what goes: its bytes as they are, the signer in the preview, the mail and Nhật ký", () => {
    const folder = arrange();
    put(folder, SIGNED_NAME, signed);
    const files = pdfCount();
    const preview = previewSend(ss(), "2020-Q1");
    expect(preview.signedCopy).toEqual({
      name: SIGNED_NAME,
      url: expect.stringContaining("https://drive.google.com/"),
      signer: "Nguyễn Văn A",
      signedAt: "2020-03-16T08:30:00+07:00",
    });
    const result = sendReport(ss(), "2020-Q1", SEND);
    expect(result).toMatchObject({ signer: "Nguyễn Văn A", sha256: sha256(signed) });
    expect(box.fakes.mail.sent).toHaveLength(1);
    expect(box.fakes.mail.sent[0]?.attachments).toHaveLength(1);
    expect(attachment()?.name).toBe(SIGNED_NAME);
    expect(sha256(new Uint8Array(attachment()?.bytes ?? []))).toBe(sha256(signed));
    expect(box.fakes.mail.sent[0]?.body).toContain("Báo cáo đã được ký số bởi: Nguyễn Văn A.");
    const [row] = sendLog();
    expect(row?.[4]).toBe(
      `${SIGNED_NAME} (đã ký, người ký: Nguyễn Văn A)\n${preview.signedCopy?.url}\nSHA-256: ${sha256(signed)}`,
    );
    expect(row?.[6]).toBe("Thành công");
    // Nothing new exported: the draft and the signed copy are all there is.
    expect(pdfCount()).toBe(files);
  });

  test("signed twice (the leader, then the agency): the last signer is named", () => {
    const folder = arrange();
    put(folder, SIGNED_NAME, twice);
    expect(sendReport(ss(), "2020-Q1", SEND).signer).toBe("Ban Quản lý các Khu công nghiệp");
    expect(box.fakes.mail.sent[0]?.body).toContain("ký số bởi: Ban Quản lý các Khu công nghiệp.");
  });

  test("the newest signed copy is sent; an older one, or an unsigned draft exported later, is not", () => {
    const folder = arrange();
    put(folder, "BC-PAPI-2020-Q1-BQLKCN-cu.pdf", signed, 0);
    put(folder, "BC-PAPI-2020-Q1-BQLKCN-moi.pdf", twice, 10);
    exportReport(ss(), "2020-Q1");
    sendReport(ss(), "2020-Q1", SEND);
    expect(attachment()?.name).toBe("BC-PAPI-2020-Q1-BQLKCN-moi.pdf");
  });
});

describe("a signed copy changed after signing is refused, and nothing is sent", () => {
  test.each([
    [
      "one byte changed inside the signed range",
      () => withByteChanged(signed, signedDigitAt(signed)),
      "tệp đã bị sửa sau khi ký",
    ],
    [
      "an unsigned update appended after signing",
      () => withUnsignedUpdate(signed),
      "tệp đã bị sửa sau khi ký",
    ],
    ["a /Contents that is garbage", () => withGarbageContents(signed), "chữ ký không đọc được"],
  ])("%s", (_what, make, why) => {
    const folder = arrange();
    put(folder, SIGNED_NAME, make());
    const before = box.fakes.snapshot();
    const files = pdfCount();
    expect(() => previewSend(ss(), "2020-Q1")).toThrow(`Không gửi "${SIGNED_NAME}": ${why}`);
    expect(() => sendReport(ss(), "2020-Q1", { ...SEND, unsigned: true })).toThrow(why);
    expect(box.fakes.mail.sent).toEqual([]);
    expect(box.fakes.snapshot()).toEqual(before);
    expect(pdfCount()).toBe(files);
  });

  test("a changed copy newer than an intact one is refused, not passed over for the older", () => {
    const folder = arrange();
    put(folder, "BC-PAPI-2020-Q1-BQLKCN-ky.pdf", signed, 0);
    put(folder, "BC-PAPI-2020-Q1-BQLKCN-ky-sua.pdf", withUnsignedUpdate(signed), 5);
    expect(() => sendReport(ss(), "2020-Q1", SEND)).toThrow('Không gửi "BC-PAPI-2020-Q1-BQLKCN-ky-sua.pdf"');
    expect(box.fakes.mail.sent).toEqual([]);
  });
});

describe("no signed copy of the period: the unsigned draft goes only after a yes", () => {
  test.each([
    ["only the unsigned draft", () => undefined],
    ["a signed copy of another period", (f: string) => put(f, "BC-PAPI-2020-Y-BQLKCN-da-ky.pdf", signed)],
    ["another agency's signed copy", (f: string) => put(f, "BC-PAPI-2020-Q1-BQLKCN2-da-ky.pdf", signed)],
    [
      "a file named like a copy that is not a PDF",
      (f: string) => put(f, SIGNED_NAME, new TextEncoder().encode("PK\u0003\u0004")),
    ],
    [
      "a signed PDF stored as another type",
      (f: string) => put(f, SIGNED_NAME, signed, 0, "application/octet-stream"),
    ],
  ])("%s", (_what, arrangeFolder) => {
    arrangeFolder(arrange());
    const preview = previewSend(ss(), "2020-Q1");
    expect(preview).toMatchObject({ signedCopy: null, baseName: "BC-PAPI-2020-Q1-BQLKCN" });
    expect(() => sendReport(ss(), "2020-Q1", SEND)).toThrow(
      'Chưa có bản đã ký số của kỳ 2020-Q1 (tệp PDF có tên bắt đầu bằng "BC-PAPI-2020-Q1-BQLKCN") và chưa xác nhận gửi bản chưa ký',
    );
    expect(box.fakes.mail.sent).toEqual([]);
    const result = sendReport(ss(), "2020-Q1", { ...SEND, unsigned: true });
    expect(result.signer).toBeNull();
    expect(attachment()?.name).toMatch(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.pdf$/);
    expect(box.fakes.mail.sent[0]?.body).not.toContain("ký số bởi");
    const [row] = sendLog();
    expect(row?.[4]).toMatch(
      /^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.pdf \(bản chưa ký\)\nhttps:.*\nSHA-256: [0-9a-f]{64}$/,
    );
    expect(row?.[4]).toContain(`SHA-256: ${sha256(new Uint8Array(attachment()?.bytes ?? []))}`);
  });
});

describe("the menu", () => {
  test("without a signed copy it says so and asks first; no (the default) sends nothing", () => {
    arrange();
    box.fakes.ui.answer("NO");
    menuSend();
    expect(box.fakes.ui.alerts[0]).toMatchObject({
      title: "Chưa có bản đã ký số",
      prompt: expect.stringContaining("Gửi bản chưa ký (dự thảo do tiện ích xuất mới)?"),
    });
    expect(box.fakes.mail.sent).toEqual([]);
    box.fakes.ui.answer("CLOSE");
    menuSend();
    expect(box.fakes.mail.sent).toEqual([]);
  });

  test("with a signed copy it names the signer before sending and after", () => {
    const folder = arrange();
    put(folder, SIGNED_NAME, signed);
    box.fakes.ui.answer("YES");
    menuSend();
    const [ask, done] = box.fakes.ui.alerts;
    expect(ask?.prompt).toContain(
      `Tệp: ${SIGNED_NAME} (bản đã ký số, người ký: Nguyễn Văn A, ký lúc 16/03/2020 08:30:00).`,
    );
    expect(done?.prompt).toMatch(
      /^Đã gửi báo cáo kỳ 2020-Q1 tới .* \(bản đã ký số, người ký: Nguyễn Văn A\)\.$/,
    );
    expect(box.fakes.mail.sent).toHaveLength(1);
  });

  test("a changed copy: the menu shows the refusal and Nhật ký records it; nothing is sent", () => {
    const folder = arrange();
    put(folder, SIGNED_NAME, withByteChanged(signed, signedDigitAt(signed)));
    menuSend();
    expect(box.fakes.ui.alerts.at(-1)?.prompt).toContain("tệp đã bị sửa sau khi ký");
    expect(sendLog().at(-1)?.[6]).toMatch(/^Thất bại: .*tệp đã bị sửa sau khi ký/);
    expect(box.fakes.mail.sent).toEqual([]);
  });
});
