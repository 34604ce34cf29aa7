/** `papi verify <tệp.pdf> [--json]`: what it prints and its exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "../support/cli";
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
let dir: string;
let leader: Signer;
let signed: Uint8Array;
let twice: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papi-verify-"));
  leader = makeSigner("Nguyễn Văn A");
  signed = await signPdf(examplePdf(), leader, new Date(Date.UTC(2020, 2, 16, 1, 30)));
  twice = await signPdf(
    signed,
    makeSigner("Ban Quản lý các Khu công nghiệp"),
    new Date(Date.UTC(2020, 2, 16, 2)),
  );
}, TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

test("an intact signed copy: each signature printed, exit 0", async () => {
  const run = await runMain(["verify", file("ky-2-lan.pdf", twice)]);
  expect(run.stdout.split("\n")).toEqual([
    "Chữ ký 1: Nguyễn Văn A, ký lúc 16/03/2020 08:30:00: còn nguyên vẹn",
    "Chữ ký 2: Ban Quản lý các Khu công nghiệp, ký lúc 16/03/2020 09:00:00: còn nguyên vẹn",
    "Tệp đã ký số, còn nguyên vẹn (người ký cuối: Ban Quản lý các Khu công nghiệp).",
    "",
  ]);
  expect(run.code).toBe(0);
});

test("--json prints the object of §10", async () => {
  const run = await runMain(["verify", file("da-ky.pdf", signed), "--json"]);
  expect(JSON.parse(run.stdout)).toEqual({
    signed: true,
    intact: true,
    signatures: [{ signer: "Nguyễn Văn A", signedAt: "2020-03-16T08:30:00+07:00", intact: true }],
  });
  expect(run.code).toBe(0);
});

test.each([
  [
    "one byte changed inside the signed range",
    () => withByteChanged(signed, signedDigitAt(signed)),
    "nội dung khác với bản đã ký",
  ],
  [
    "an unsigned update appended after signing",
    () => withUnsignedUpdate(signed),
    "có phần thêm vào sau chữ ký cuối",
  ],
  ["a /Contents that is garbage", () => withGarbageContents(signed), "chữ ký không đọc được"],
])("%s: changed after signing, exit 1", async (_what, make, reason) => {
  const run = await runMain(["verify", file("sua.pdf", make())]);
  expect(run.stdout).toContain(`Tệp đã bị sửa sau khi ký (${reason}`);
  expect(run.code).toBe(1);
  const json = await runMain(["verify", file("sua.pdf", make()), "--json"]);
  expect(JSON.parse(json.stdout)).toMatchObject({ signed: true, intact: false });
  expect(json.code).toBe(1);
});

test("the unsigned draft: exit 1, said unsigned", async () => {
  const run = await runMain(["verify", file("du-thao.pdf", examplePdf())]);
  expect(run.stdout).toBe("Tệp chưa được ký số.\n");
  expect(run.code).toBe(1);
  expect(JSON.parse((await runMain(["verify", file("du-thao.pdf", examplePdf()), "--json"])).stdout)).toEqual(
    {
      signed: false,
      intact: false,
      signatures: [],
    },
  );
});

test("a file that is not a PDF, a missing file, no file: one line, exit 2", async () => {
  const notPdf = await runMain(["verify", file("bang.xlsx", new TextEncoder().encode("PK\u0003\u0004"))]);
  expect(notPdf).toMatchObject({ code: 2, stdout: "" });
  expect(notPdf.stderr).toMatch(/^Lỗi: tệp ".*bang\.xlsx" không phải PDF; không kiểm tra được chữ ký\.\n$/);
  const missing = await runMain(["verify", join(dir, "khong-co.pdf")]);
  expect(missing).toMatchObject({ code: 2, stdout: "" });
  expect(missing.stderr).toContain("không tìm thấy tệp");
  expect(await runMain(["verify"])).toMatchObject({
    code: 2,
    stderr: 'Lỗi: lệnh "verify" cần tên tệp .pdf. Xem: papi --help\n',
  });
});

test("the help lists verify", async () => {
  expect((await runMain(["--help"])).stdout).toContain("papi verify <tệp.pdf> [--json]");
});
