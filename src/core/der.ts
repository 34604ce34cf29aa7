/**
 * A small reader of DER (ITU-T X.690), enough for a CMS SignedData (RFC 5652) and the X.509 certificate
 * inside it: tag, length, value; nothing is decoded until asked. Malformed input throws DerError.
 */

export class DerError extends Error {
  override name = "DerError";
}

export interface DerNode {
  /** The identifier octet: class, constructed bit and tag number (tag numbers above 30 are refused). */
  tag: number;
  /** The whole element (identifier, length and value), e.g. to compare two Names byte for byte. */
  der: Uint8Array;
  /** The value octets. */
  value: Uint8Array;
}

export const TAG = {
  INTEGER: 0x02,
  OCTET_STRING: 0x04,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  SEQUENCE: 0x30,
  SET: 0x31,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
} as const;

/** Context-specific tag `[n]`, constructed (EXPLICIT, or IMPLICIT over a SET/SEQUENCE) or primitive. */
export function contextTag(n: number, constructed = true): number {
  return 0x80 | (constructed ? 0x20 : 0) | n;
}

/** The element that starts at `offset` of `bytes`. */
export function readNode(bytes: Uint8Array, offset = 0): DerNode {
  const tag = bytes[offset];
  if (tag === undefined) throw new DerError("unexpected end of data");
  if ((tag & 0x1f) === 0x1f) throw new DerError("multi-byte tags are not used by CMS");
  let at = offset + 1;
  const first = bytes[at++];
  if (first === undefined) throw new DerError("unexpected end of data");
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length, which DER forbids; four octets already exceed any PDF we read.
    if (count === 0 || count > 4) throw new DerError("unsupported length");
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[at++];
      if (b === undefined) throw new DerError("unexpected end of data");
      length = length * 256 + b;
    }
  }
  const end = at + length;
  if (end > bytes.length) throw new DerError("element longer than its data");
  return { tag, der: bytes.subarray(offset, end), value: bytes.subarray(at, end) };
}

/** The elements inside a constructed element, in order. */
export function children(node: DerNode): DerNode[] {
  if (!(node.tag & 0x20)) throw new DerError("not a constructed element");
  const out: DerNode[] = [];
  let at = 0;
  while (at < node.value.length) {
    const child = readNode(node.value, at);
    out.push(child);
    at += child.der.length;
  }
  return out;
}

/** The node, checked to carry `tag`. */
export function expectTag(node: DerNode | undefined, tag: number): DerNode {
  if (!node || node.tag !== tag) throw new DerError(`expected tag ${tag.toString(16)}`);
  return node;
}

/** An OBJECT IDENTIFIER in dotted form, e.g. `1.2.840.113549.1.7.2`. */
export function oidOf(node: DerNode | undefined): string {
  const value = expectTag(node, TAG.OID).value;
  const parts: number[] = [];
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const b = value[i] ?? 0;
    n = n * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) parts.push(n < 80 ? Math.floor(n / 40) : 2, n < 80 ? n % 40 : n - 80);
      else parts.push(n);
      n = 0;
    }
  }
  return parts.join(".");
}

/** A directory string (X.520) as text: the string types certificates use for names. */
export function stringOf(node: DerNode): string {
  const v = node.value;
  switch (node.tag) {
    case TAG.UTF8_STRING:
      return utf8(v);
    case TAG.BMP_STRING: {
      let s = "";
      for (let i = 0; i + 1 < v.length; i += 2)
        s += String.fromCharCode(((v[i] ?? 0) << 8) | (v[i + 1] ?? 0));
      return s;
    }
    case TAG.UNIVERSAL_STRING: {
      let s = "";
      for (let i = 0; i + 3 < v.length; i += 4)
        s += String.fromCodePoint(
          (((v[i] ?? 0) << 24) | ((v[i + 1] ?? 0) << 16) | ((v[i + 2] ?? 0) << 8) | (v[i + 3] ?? 0)) >>> 0,
        );
      return s;
    }
    default:
      // PrintableString, IA5String, TeletexString (read as Latin-1, as most software does).
      return latin1(v);
  }
}

/** UTC or generalized time as milliseconds since the epoch (both are UTC when they end in Z). */
export function timeOf(node: DerNode): number {
  const text = latin1(node.value);
  const m =
    node.tag === TAG.UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text);
  if (!m) throw new DerError("unsupported time");
  let year = Number(m[1]);
  // RFC 5280 4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
  if (node.tag === TAG.UTC_TIME) year += year >= 50 ? 1900 : 2000;
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

export function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/** UTF-8 to text (no TextDecoder in a pure core); a malformed sequence becomes U+FFFD. */
export function utf8(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const extra = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (extra < 0 || i + extra >= bytes.length) {
      s += "\ufffd";
      i++;
      continue;
    }
    let cp = extra === 0 ? b : b & (0x3f >> extra);
    let ok = true;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) ok = false;
      cp = cp * 64 + (c & 0x3f);
    }
    if (!ok || cp > 0x10ffff) {
      s += "\ufffd";
      i++;
      continue;
    }
    s += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return s;
}

/** Two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
