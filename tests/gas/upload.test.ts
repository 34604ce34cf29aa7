/**
 * "Tải bản đã ký lên" (the sidebar's upload) on the server: what google.script.run carries (the PDF as
 * base64), checked, filed in the report folder under the report's base name, logged; anything that is not
 * a signed, intact PDF of at most 10 MB is refused and nothing is stored. Then "Gửi báo cáo" sends it.
 */
import { createHash } from "node:crypto";
import type { Outcome, UploadResult } from "../../src/core/sidebar-api";
import { apiPreviewSend, apiSend, apiUploadSigned } from "../../src/gas/api";
import { generateReport } from "../../src/gas/generate";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";
import {
  examplePdf,
  makeSigner,
  signedDigitAt,
  signPdf,
  withByteChanged,
  withGarbageContents,
  withUnsignedUpdate,
} from "../support/sign";
import { toClient } from "../ui/gas-bridge";

const TIMEOUT = 120_000;
let signed: Uint8Array;
let twice: Uint8Array;

beforeAll(async () => {
  signed = await signPdf(examplePdf(), makeSigner("Nguyễn Văn A"), new Date(Date.UTC(2020, 2, 16, 1, 30)));
  twice = await signPdf(
    signed,
    makeSigner("Ban Quản lý các Khu công nghiệp"),
    new Date(Date.UTC(2020, 2, 16, 2)),
  );
}, TIMEOUT);

let box: Sandbox;
afterEach(() => box.restore());
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const pdfs = () => box.fakes.drive.files().filter((f) => !f.trashed && f.mimeType === "application/pdf");
const uploadLog = () => (box.fakes.snapshot()["Nhật ký"] ?? []).filter((r) => r[2] === "Tải bản đã ký lên");

/** Through google.script.run's rules: what the page receives. */
function upload(name: string, bytes: Uint8Array | string, period = "2020-Q1"): Outcome<UploadResult> {
  const data = typeof bytes === "string" ? bytes : base64(bytes);
  return toClient(apiUploadSigned(period, name, data)) as Outcome<UploadResult>;
}

test("an intact signed copy is filed under the report's base name, logged, and then is what Gửi sends", () => {
  box = sampleSpreadsheet();
  const outcome = upload("Báo cáo quý 1 - đã ký.pdf", signed);
  expect(outcome).toEqual({
    ok: true,
    value: {
      period: "2020-Q1",
      name: expect.stringMatching(/^BC-PAPI-2020-Q1-BQLKCN-da-ky-\d{8}-\d{4}\.pdf$/),
      url: expect.stringContaining("https://drive.google.com/"),
      signer: "Nguyễn Văn A",
      signedAt: "2020-03-16T08:30:00+07:00",
      signatures: 1,
    },
  });
  const name = outcome.ok ? outcome.value.name : "";
  const [file] = pdfs();
  expect(file?.name).toBe(name);
  expect(box.fakes.drive.folders().find((f) => f.id === file?.parents[0])?.name).toBe("Báo cáo PAPI 2020");
  expect(sha256(file?.bytes ?? new Uint8Array())).toBe(sha256(signed));
  expect(uploadLog().map((r) => [r[3], String(r[4]).split("\n")[0], r[6]])).toEqual([
    ["2020-Q1", name, "Thành công: đã ký, người ký: Nguyễn Văn A"],
  ]);

  generateReport(SpreadsheetApp.getActiveSpreadsheet(), "2020-Q1", { replace: false, force: false });
  const preview = apiPreviewSend("2020-Q1");
  expect(preview.ok && preview.value.signedCopy).toMatchObject({ name, signer: "Nguyễn Văn A" });
  expect(apiSend("2020-Q1", false, false)).toMatchObject({ ok: true, value: { signer: "Nguyễn Văn A" } });
  expect(box.fakes.mail.sent[0]?.attachments?.map((a) => a.name)).toEqual([name]);
});

test("signed twice: the answer names the last signer and counts both signatures", () => {
  box = sampleSpreadsheet();
  expect(upload("ky-2-lan.pdf", twice)).toMatchObject({
    ok: true,
    value: { signer: "Ban Quản lý các Khu công nghiệp", signatures: 2 },
  });
});

test.each([
  [
    "one byte changed inside the signed range",
    () => withByteChanged(signed, signedDigitAt(signed)),
    'Không tải lên "x.pdf": tệp đã bị sửa sau khi ký (nội dung khác với bản đã ký). Người ký: Nguyễn Văn A.',
  ],
  [
    "an unsigned update appended after signing",
    () => withUnsignedUpdate(signed),
    "tệp đã bị sửa sau khi ký (có phần thêm vào sau chữ ký cuối)",
  ],
  [
    "a /Contents that is garbage",
    () => withGarbageContents(signed),
    "tệp đã bị sửa sau khi ký (chữ ký không đọc được",
  ],
  ["an unsigned PDF (the draft)", () => examplePdf(), 'Tệp "x.pdf" chưa được ký số: chưa tải lên.'],
  [
    "a file that is not a PDF",
    () => new TextEncoder().encode("PK\u0003\u0004 a workbook"),
    'Tệp "x.pdf" không phải PDF: chưa tải lên.',
  ],
])("%s: refused, nothing stored, the refusal logged", (_what, make, message) => {
  box = sampleSpreadsheet();
  const outcome = upload("x.pdf", make());
  expect(outcome).toEqual({ ok: false, message: expect.stringContaining(message) });
  expect(pdfs()).toEqual([]);
  expect(uploadLog().map((r) => String(r[6]))).toEqual([expect.stringMatching(/^Thất bại: /)]);
});

test("over 10 MB: refused before decoding, nothing stored", () => {
  box = sampleSpreadsheet();
  const big = new Uint8Array(10 * 1024 * 1024 + 1);
  big.set(signed);
  const outcome = upload("lon.pdf", big);
  expect(outcome).toEqual({
    ok: false,
    message: expect.stringContaining('Tệp "lon.pdf" nặng 10,0 MB, quá giới hạn 10 MB'),
  });
  expect(box.fakes.calls).not.toContain("Utilities.base64Decode");
  expect(pdfs()).toEqual([]);
});

test("exactly 10 MB is taken (a signed copy padded to the limit is still read)", () => {
  box = sampleSpreadsheet();
  // Bytes after %%EOF are outside the signed ranges: the file is then "changed", refused for that, not for size.
  const full = new Uint8Array(10 * 1024 * 1024);
  full.set(signed);
  expect(upload("du.pdf", full)).toEqual({
    ok: false,
    message: expect.stringContaining("có phần thêm vào sau chữ ký cuối"),
  });
});

test("a period code that is not one is refused", () => {
  box = sampleSpreadsheet();
  expect(upload("x.pdf", signed, "2020-Q9")).toEqual({
    ok: false,
    message: 'Kỳ báo cáo "2020-Q9" không hợp lệ.',
  });
  expect(pdfs()).toEqual([]);
});

test("a failure while logging leaves no file behind", () => {
  box = sampleSpreadsheet();
  box.fakes.failOnCall(1, "Range.setValues", "Lỗi giả lập khi ghi nhật ký");
  const outcome = upload("x.pdf", signed);
  expect(outcome).toEqual({ ok: false, message: expect.stringContaining("Lỗi giả lập khi ghi nhật ký") });
  expect(pdfs()).toEqual([]);
});
