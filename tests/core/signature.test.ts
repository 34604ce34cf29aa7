/**
 * Signed copies: the example's report signed on the fly, then spoiled in each way an
 * Office meets; each answer is the one the Office needs.
 */
import { checkSignatures, hex, type SignatureCheck, signaturesJson } from "../../src/core/signature";
import {
  examplePdf,
  makeSigner,
  nodeDigest,
  type Signer,
  signedDigitAt,
  signPdf,
  withByteChanged,
  withGarbageContents,
  withUnsignedUpdate,
} from "../support/sign";

const TIMEOUT = 120_000;
let leader: Signer;
let agency: Signer;
let signed: Uint8Array;
let twice: Uint8Array;

beforeAll(async () => {
  leader = makeSigner("Nguyễn Văn A");
  agency = makeSigner("Ban Quản lý các Khu công nghiệp tỉnh");
  // 08:30 in Hà Nội on 16/03/2020 is 01:30 UTC.
  signed = await signPdf(examplePdf(), leader, new Date(Date.UTC(2020, 2, 16, 1, 30)));
  twice = await signPdf(signed, agency, new Date(Date.UTC(2020, 2, 16, 2, 0)));
}, TIMEOUT);

const check = (bytes: Uint8Array) => checkSignatures(bytes, nodeDigest);
const json = (c: SignatureCheck) => (c.pdf ? signaturesJson(c) : "not a PDF");

describe("a signed copy of the report", () => {
  test("signed once and untouched: intact, the leader's CN and the signing time in Vietnam's time", () => {
    expect(json(check(signed))).toEqual({
      signed: true,
      intact: true,
      signatures: [{ signer: "Nguyễn Văn A", signedAt: "2020-03-16T08:30:00+07:00", intact: true }],
    });
  });

  test("signed by the leader, then by the agency: both listed, oldest first, both intact", () => {
    expect(json(check(twice))).toEqual({
      signed: true,
      intact: true,
      signatures: [
        { signer: "Nguyễn Văn A", signedAt: "2020-03-16T08:30:00+07:00", intact: true },
        {
          signer: "Ban Quản lý các Khu công nghiệp tỉnh",
          signedAt: "2020-03-16T09:00:00+07:00",
          intact: true,
        },
      ],
    });
  });

  test("one byte changed inside the signed range: not intact", () => {
    const changed = check(withByteChanged(signed, signedDigitAt(signed)));
    expect(json(changed)).toMatchObject({ signed: true, intact: false, signatures: [{ intact: false }] });
    expect(changed.pdf && changed.signatures[0]?.problem).toBe("changed");
  });

  test("a byte changed in the leader's revision of a twice-signed file breaks both signatures", () => {
    const changed = check(withByteChanged(twice, signedDigitAt(twice)));
    expect(json(changed)).toMatchObject({
      intact: false,
      signatures: [{ intact: false }, { intact: false }],
    });
  });

  test("an unsigned update appended after signing: the file is not intact, though the signed bytes are", () => {
    const appended = check(withUnsignedUpdate(signed));
    expect(json(appended)).toMatchObject({
      signed: true,
      intact: false,
      signatures: [{ signer: "Nguyễn Văn A" }],
    });
    expect(appended.pdf && appended.signatures[0]?.problem).toBe("appended");
  });

  test("a signature whose /Contents is garbage: signed, unreadable, not intact", () => {
    const garbage = check(withGarbageContents(signed));
    expect(json(garbage)).toEqual({
      signed: true,
      intact: false,
      signatures: [expect.objectContaining({ signer: "", intact: false })],
    });
    expect(garbage.pdf && garbage.signatures[0]?.problem).toBe("unreadable");
  });

  test("the draft as the tool makes it: a PDF, not signed", () => {
    expect(json(check(examplePdf()))).toEqual({ signed: false, intact: false, signatures: [] });
  });

  test("a file that is not a PDF is said to be none", () => {
    expect(check(new TextEncoder().encode("PK\u0003\u0004 not a pdf"))).toEqual({ pdf: false });
    expect(check(new Uint8Array(0))).toEqual({ pdf: false });
  });

  test("the digest is the one injected: a digest that never matches makes every signature changed", () => {
    const never = checkSignatures(signed, () => new Uint8Array(32));
    expect(never.pdf && never.signatures.map((s) => s.problem)).toEqual(["changed"]);
  });

  test("hex writes bytes as two lower-case digits each", () => {
    expect(hex(new Uint8Array([0, 15, 16, 255]))).toBe("000f10ff");
  });
});
