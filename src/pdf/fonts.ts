/**
 * The report's fonts, built into the bundle (scripts/fonts.mjs: Tinos, cut to what Vietnamese text
 * needs) as base64, decoded here by plain code: Apps Script has no `atob`.
 */
import { FONTS } from "papi:fonts";
import type { FontSet } from "./render";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    const v = VALUES.get(c);
    if (v === undefined) throw new Error(`not base64: ${c}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

let fonts: FontSet | undefined;

export function reportFonts(): FontSet {
  fonts ??= {
    regular: decodeBase64(FONTS.regular),
    bold: decodeBase64(FONTS.bold),
    italic: decodeBase64(FONTS.italic),
    boldItalic: decodeBase64(FONTS.boldItalic),
  };
  return fonts;
}
