// What pdfkit's browser build reaches for and Apps Script's V8 does not have (no DOM, no Web APIs).
// esbuild's `inject` binds these names inside the bundle only: Apps Script's global scope stays clean.
// Each is as small as pdfkit's use of it: the report never reads a URL, decodes base64 or encrypts.

/** pdfkit builds the address of an ICC profile file when it loads; nothing here ever opens it. */
class MinimalURL {
  constructor(path, base) {
    this.href = `${base ?? ""}${path}`;
  }
}
const url = typeof globalThis.URL === "function" ? globalThis.URL : MinimalURL;

/** UTF-8, for the few strings pdfkit encodes itself (metadata, passwords). */
class Utf8Encoder {
  encode(text) {
    const bytes = [];
    for (const ch of String(text)) {
      const c = ch.codePointAt(0);
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(bytes);
  }
}
const encoder = typeof globalThis.TextEncoder === "function" ? globalThis.TextEncoder : Utf8Encoder;

/** Font names are ASCII or UTF-16BE; pdfkit's fontkit decodes them when it reads a font. */
class SimpleDecoder {
  constructor(label = "utf-8") {
    this.label = String(label).toLowerCase();
  }
  decode(data) {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data?.buffer ?? data ?? []);
    let out = "";
    if (this.label === "utf-16be") {
      for (let i = 0; i + 1 < bytes.length; i += 2)
        out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
      return out;
    }
    for (const b of bytes) out += String.fromCharCode(b);
    return this.label.startsWith("utf") ? decodeURIComponent(escape(out)) : out;
  }
}
const decoder = typeof globalThis.TextDecoder === "function" ? globalThis.TextDecoder : SimpleDecoder;

/** pdfkit decodes data it carries as base64 (its standard fonts' metrics) when it loads. */
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64ToBinary(text) {
  const clean = String(text).replace(/[\s=]+/g, "");
  const out = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = BASE64.indexOf(clean[i]);
    if (v < 0) throw new Error("atob: not base64");
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push(String.fromCharCode((value >> bits) & 0xff));
    }
  }
  return out.join("");
}
const atobOrNot = typeof globalThis.atob === "function" ? globalThis.atob : base64ToBinary;

/** The renderer collects pdfkit's output synchronously; a microtask would mean a missed byte. */
function noMicrotask() {
  throw new Error("queueMicrotask is not available in Apps Script");
}
const microtask = typeof globalThis.queueMicrotask === "function" ? globalThis.queueMicrotask : noMicrotask;

export {
  atobOrNot as atob,
  decoder as TextDecoder,
  encoder as TextEncoder,
  microtask as queueMicrotask,
  url as URL,
};
