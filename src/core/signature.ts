/**
 * Signed copies (the PDF the leader signed, ký số, that the Office sends): the signature dictionaries of a PDF, whether the file is intact, who
 * signed and when. Pure: the bytes come in, and so does the digest (Node's crypto in the command,
 * Utilities.computeDigest in Apps Script).
 *
 * A signature dictionary is an object holding `/ByteRange [o1 l1 o2 l2]` and `/Contents <hex>`, the hex
 * being a CMS SignedData (RFC 5652) over the bytes `[o1, o1+l1)` and `[o2, o2+l2)`; the gap between the
 * two ranges is exactly the `<hex>` string. A dictionary whose `/Type` is `/DocTimeStamp` is a time
 * stamp, not a signature. Each signature is checked against the revision it signed: its ranges start at
 * 0, its gap is its own Contents, and the digest of its ranges (with the algorithm its SignerInfo names)
 * equals its `messageDigest` signed attribute. The last signature (the one covering the most bytes) must
 * also reach the end of the file: anything added after it was not signed. Certificate chains and
 * revocation are the signing tool's business, not ours.
 */
import {
  children,
  contextTag,
  DerError,
  type DerNode,
  expectTag,
  oidOf,
  readNode,
  sameBytes,
  stringOf,
  TAG,
  timeOf,
} from "./der";
import { nfc } from "./text";

export type DigestAlgorithm = "MD5" | "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/** Hashes the parts, in order, as one message. */
export type Digest = (algorithm: DigestAlgorithm, parts: Uint8Array[]) => Uint8Array;

/**
 * Why a signature does not hold: `changed` (its bytes differ from what was signed, or its ranges no longer
 * frame its Contents), `appended` (the last signature: bytes were added after it), `unreadable` (the
 * Contents is not a SignedData we can read), `unsupported` (no messageDigest, or a digest we do not know).
 */
export type SignatureProblem = "changed" | "appended" | "unreadable" | "unsupported";

export interface PdfSignature {
  /** The signer certificate's subject CN; "" when it cannot be read. */
  signer: string;
  /** The signing time (signed attribute, else the dictionary's /M) in Vietnam's time, or null. */
  signedAt: string | null;
  intact: boolean;
  problem: SignatureProblem | null;
}

export type SignatureCheck =
  | { pdf: false }
  | { pdf: true; signed: boolean; intact: boolean; signatures: PdfSignature[] };

const OID = {
  signedData: "1.2.840.113549.1.7.2",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  commonName: "2.5.4.3",
  subjectKeyIdentifier: "2.5.29.14",
};

const DIGESTS: Record<string, DigestAlgorithm> = {
  "1.2.840.113549.2.5": "MD5",
  "1.3.14.3.2.26": "SHA-1",
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512",
};

/** A PDF starts with `%PDF-` within its first 1024 bytes (PDF 32000-1, Annex H.3 item 3.4.1). */
export function isPdf(bytes: Uint8Array): boolean {
  return binary(bytes.subarray(0, 1024)).indexOf("%PDF-") >= 0;
}

/** Every signature of the PDF, oldest first, and whether the file is intact (its last signature holds). */
export function checkSignatures(bytes: Uint8Array, digest: Digest): SignatureCheck {
  if (!isPdf(bytes)) return { pdf: false };
  const text = binary(bytes);
  const found = new Map<string, Found>();
  const byteRange = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let m = byteRange.exec(text); m !== null; m = byteRange.exec(text)) {
    const sig = signatureAt(text, m.index, [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]);
    // A dictionary rewritten by a later update appears twice with the same ranges: the later one counts.
    if (sig) found.set(m.slice(1, 5).join(" "), sig);
  }
  const sigs = [...found.values()].sort((a, b) => a.covers - b.covers);
  const signatures = sigs.map((sig, i) => verify(bytes, sig, digest, i === sigs.length - 1));
  const last = signatures[signatures.length - 1];
  return { pdf: true, signed: last !== undefined, intact: last?.intact === true, signatures };
}

/** The object `papi verify --json` prints (README, the `papi` command). */
export function signaturesJson(check: Extract<SignatureCheck, { pdf: true }>): {
  signed: boolean;
  intact: boolean;
  signatures: { signer: string; signedAt: string | null; intact: boolean }[];
} {
  return {
    signed: check.signed,
    intact: check.intact,
    signatures: check.signatures.map((s) => ({ signer: s.signer, signedAt: s.signedAt, intact: s.intact })),
  };
}

/** Lower-case hex of bytes, e.g. for a SHA-256 in the log. */
export function hex(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += ((bytes[i] ?? 0) + 0x100).toString(16).slice(1);
  return s;
}

interface Found {
  range: [number, number, number, number];
  /** The end of the second range: how much of the file this signature signed. */
  covers: number;
  /** Where `<hex>` of its Contents starts and ends (just past `>`), in the file. */
  contentsAt: number;
  contentsEnd: number;
  contents: string;
  /** The dictionary's /M, as written (`D:20200316083000+07'00'`), if any. */
  modified: string | null;
}

/**
 * The signature dictionary around a /ByteRange found at `at`: the indirect object holding it (signature
 * dictionaries are never in object streams, their offsets would mean nothing), or null when it is not one.
 */
function signatureAt(text: string, at: number, range: Found["range"]): Found | null {
  const start = text.lastIndexOf("obj", at);
  const endAt = text.indexOf("endobj", at);
  const end = endAt < 0 ? text.length : endAt;
  const from = Math.max(start, 0);
  const object = text.slice(from, end);
  if (/\/Type\s*\/DocTimeStamp\b/.test(object)) return null;
  const contents = /\/Contents\s*<([0-9A-Fa-f\s]*)>/.exec(object);
  if (!contents) return null;
  const contentsAt = from + contents.index + contents[0].indexOf("<");
  const modified = /\/M\s*\((D:[^)]*)\)/.exec(object);
  return {
    range,
    covers: range[2] + range[3],
    contentsAt,
    contentsEnd: contentsAt + (contents[1]?.length ?? 0) + 2,
    contents: contents[1] ?? "",
    modified: modified?.[1] ?? null,
  };
}

function verify(bytes: Uint8Array, sig: Found, digest: Digest, last: boolean): PdfSignature {
  let cms: SignerData;
  try {
    cms = signerData(hexBytes(sig.contents));
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    return { signer: "", signedAt: pdfDate(sig.modified), intact: false, problem: "unreadable" };
  }
  const signedAt = cms.signingTime !== null ? vietnamTime(cms.signingTime) : pdfDate(sig.modified);
  const result = (problem: SignatureProblem | null): PdfSignature => ({
    signer: cms.signer,
    signedAt,
    intact: problem === null,
    problem,
  });
  const [o1, l1, o2, l2] = sig.range;
  // The ranges must frame exactly this dictionary's Contents: otherwise bytes moved since signing.
  if (o1 !== 0 || l1 !== sig.contentsAt || o2 !== sig.contentsEnd || o2 + l2 > bytes.length)
    return result("changed");
  const algorithm = DIGESTS[cms.digestOid];
  if (!algorithm || cms.messageDigest === null) return result("unsupported");
  const actual = digest(algorithm, [bytes.subarray(0, l1), bytes.subarray(o2, o2 + l2)]);
  if (!sameBytes(actual, cms.messageDigest)) return result("changed");
  if (last && sig.covers !== bytes.length) return result("appended");
  return result(null);
}

interface SignerData {
  signer: string;
  digestOid: string;
  messageDigest: Uint8Array | null;
  /** Milliseconds since the epoch. */
  signingTime: number | null;
}

/** The first SignerInfo of a ContentInfo holding a SignedData, and its certificate's CN. */
function signerData(der: Uint8Array): SignerData {
  const contentInfo = children(expectTag(readNode(der), TAG.SEQUENCE));
  if (oidOf(contentInfo[0]) !== OID.signedData) throw new DerError("not a SignedData");
  const [signedData] = children(expectTag(contentInfo[1], contextTag(0)));
  const fields = children(expectTag(signedData, TAG.SEQUENCE));
  const certificates = fields.find((f) => f.tag === contextTag(0));
  const signerInfos = children(expectTag(fields[fields.length - 1], TAG.SET));
  const info = children(expectTag(signerInfos[0], TAG.SEQUENCE));
  const [, sid, digestAlgorithm, maybeAttrs] = info;
  const digestOid = oidOf(children(expectTag(digestAlgorithm, TAG.SEQUENCE))[0]);
  let messageDigest: Uint8Array | null = null;
  let signingTime: number | null = null;
  if (maybeAttrs?.tag === contextTag(0)) {
    for (const attr of children(maybeAttrs)) {
      const [type, values] = children(expectTag(attr, TAG.SEQUENCE));
      const value = children(expectTag(values, TAG.SET))[0];
      const oid = oidOf(type);
      if (oid === OID.messageDigest) messageDigest = expectTag(value, TAG.OCTET_STRING).value;
      else if (oid === OID.signingTime && value) signingTime = timeOf(value);
    }
  }
  const certs = certificates ? children(certificates).filter((c) => c.tag === TAG.SEQUENCE) : [];
  const cert = certs.find((c) => issuedTo(c, sid)) ?? certs[0];
  return { signer: cert ? commonName(cert) : "", digestOid, messageDigest, signingTime };
}

/** Whether a certificate is the one a SignerInfo's sid names (issuer and serial, or key identifier). */
function issuedTo(cert: DerNode, sid: DerNode | undefined): boolean {
  if (!sid) return false;
  const tbs = tbsFields(cert);
  if (sid.tag === TAG.SEQUENCE) {
    const [issuer, serial] = children(sid);
    return (
      issuer !== undefined &&
      serial !== undefined &&
      sameBytes(issuer.der, tbs.issuer.der) &&
      sameBytes(serial.der, tbs.serial.der)
    );
  }
  if (sid.tag !== contextTag(0, false) || !tbs.extensions) return false;
  for (const ext of children(children(tbs.extensions)[0] as DerNode)) {
    const [id, ...rest] = children(ext);
    if (oidOf(id) !== OID.subjectKeyIdentifier) continue;
    const octets = rest[rest.length - 1];
    const key = octets ? readNode(octets.value) : undefined;
    return key !== undefined && sameBytes(key.value, sid.value);
  }
  return false;
}

function tbsFields(cert: DerNode): {
  serial: DerNode;
  issuer: DerNode;
  subject: DerNode;
  extensions?: DerNode;
} {
  const tbs = children(expectTag(children(cert)[0], TAG.SEQUENCE));
  // version is an optional [0]; extensions the optional [3] at the end.
  const fields = tbs[0]?.tag === contextTag(0) ? tbs.slice(1) : tbs;
  const [serial, , issuer, , subject] = fields;
  return {
    serial: expectTag(serial, TAG.INTEGER),
    issuer: expectTag(issuer, TAG.SEQUENCE),
    subject: expectTag(subject, TAG.SEQUENCE),
    extensions: fields.find((f) => f.tag === contextTag(3)),
  };
}

/** The subject's last CN (the most specific, when a name has several), "" when it has none. */
function commonName(cert: DerNode): string {
  let cn = "";
  for (const rdn of children(tbsFields(cert).subject))
    for (const atv of children(rdn)) {
      const [type, value] = children(atv);
      if (value && oidOf(type) === OID.commonName) cn = nfc(stringOf(value).trim());
    }
  return cn;
}

/** Hex digits (whitespace allowed) to bytes; an odd last digit counts as followed by 0 (PDF 7.3.4.3). */
function hexBytes(hexText: string): Uint8Array {
  const digits = hexText.replace(/\s+/g, "");
  const out = new Uint8Array(Math.ceil(digits.length / 2));
  for (let i = 0; i < out.length; i++)
    out[i] = parseInt(`${digits.slice(i * 2, i * 2 + 2)}0`.slice(0, 2), 16);
  return out;
}

/** Bytes as a one-byte-per-character string, in chunks (a 10 MB file in one call would overflow). */
function binary(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192)
    parts.push(String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192))));
  return parts.join("");
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** `2020-03-16T08:30:00+07:00`: Vietnam has kept UTC+7 since 1975, so no zone data is needed. */
function vietnamTime(ms: number): string {
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}` +
    `T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}+07:00`
  );
}

/** A PDF date (`D:YYYYMMDDHHmmSS+07'00'`, PDF 32000-1 7.9.4) as Vietnam time, or null. */
function pdfDate(text: string | null): string | null {
  const m = text
    ? /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(text)
    : null;
  if (!m) return null;
  const n = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Number(s));
  const utc = Date.UTC(n(m[1], 0), n(m[2], 1) - 1, n(m[3], 1), n(m[4], 0), n(m[5], 0), n(m[6], 0));
  const sign = m[7] === "-" ? -1 : m[7] === "+" ? 1 : 0;
  const offset = sign * (n(m[8], 0) * 60 + n(m[9], 0)) * 60000;
  return Number.isFinite(utc) ? vietnamTime(utc - offset) : null;
}

const PROBLEM_TEXT: Record<SignatureProblem, string> = {
  changed: "nội dung khác với bản đã ký",
  appended: "có phần thêm vào sau chữ ký cuối",
  unreadable: "chữ ký không đọc được: tệp hỏng hoặc chữ ký không phải chữ ký số",
  unsupported: "chữ ký dùng thuật toán băm không kiểm tra được",
};

/** `16/03/2020 08:30:00` from `2020-03-16T08:30:00+07:00`. */
export function vnTime(signedAt: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(signedAt);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}` : signedAt;
}

/** One signature in a sentence: who, when, and whether it holds. */
export function signatureLine(s: PdfSignature): string {
  const who = s.signer || "(không đọc được tên người ký)";
  const when = s.signedAt ? `, ký lúc ${vnTime(s.signedAt)}` : "";
  return `${who}${when}: ${s.intact ? "còn nguyên vẹn" : `KHÔNG còn nguyên vẹn (${PROBLEM_TEXT[s.problem ?? "changed"]})`}`;
}

/** The file's verdict in one sentence (§10): not a PDF, unsigned, intact, or changed after signing. */
export function verdictText(check: SignatureCheck): string {
  if (!check.pdf) return "Tệp không phải PDF.";
  if (!check.signed) return "Tệp chưa được ký số.";
  const last = check.signatures[check.signatures.length - 1];
  if (check.intact) return `Tệp đã ký số, còn nguyên vẹn (người ký cuối: ${last?.signer || "không rõ tên"}).`;
  return `Tệp đã bị sửa sau khi ký (${PROBLEM_TEXT[last?.problem ?? "changed"]}).`;
}

/**
 * Whether a file name is a copy of the report named `baseName` (e.g. `BC-PAPI-2020-Q1-BQLKCN`): it begins
 * with it, and what follows is no letter or digit, so `…-BQLKCN2…` (another agency) is not one.
 */
export function isCopyOf(fileName: string, baseName: string): boolean {
  const name = nfc(fileName.trim());
  return name.startsWith(baseName) && !/^[\p{L}\p{N}]/u.test(name.slice(baseName.length));
}

/** The largest signed copy the sidebar uploads: 10 MB. */
export const SIGNED_COPY_MAX_BYTES = 10 * 1024 * 1024;

/** `10,4 MB`. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

/** A file over the limit, refused before anything is sent. */
export function tooLargeText(name: string, bytes: number): string {
  return (
    `Tệp "${name}" nặng ${megabytes(bytes)}, quá giới hạn 10 MB: chưa tải lên. ` +
    `Hãy xuất lại bản ký số với dung lượng nhỏ hơn (ví dụ giảm độ phân giải ảnh quét).`
  );
}

/** Why an upload is refused, from the file's check; null when it may be stored (signed and intact). */
export function uploadRefusal(name: string, check: SignatureCheck): string | null {
  if (!check.pdf) return `Tệp "${name}" không phải PDF: chưa tải lên. Hãy chọn bản PDF đã ký số.`;
  if (!check.signed)
    return `Tệp "${name}" chưa được ký số: chưa tải lên. Hãy ký số bản PDF (bản trình ký) rồi tải lên lại.`;
  if (check.intact) return null;
  const last = check.signatures[check.signatures.length - 1];
  const who = last?.signer ? ` Người ký: ${last.signer}.` : "";
  return `Không tải lên "${name}": ${verdictText(check).replace(/^Tệp đ/, "tệp đ")}${who} Hãy lấy lại bản ký số gốc từ người ký.`;
}
