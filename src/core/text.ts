/** Text helpers shared by every parser: Vietnamese text can arrive NFC or NFD, padded, in any case. */

/** The form used to compare user text with ours: NFC, lower case, trimmed, inner spaces collapsed. */
export function normalizeKey(text: string): string {
  return nfc(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** NFC text trimmed of surrounding white space; what we keep of a user's free text. */
export function cleanText(text: string): string {
  return nfc(text).trim();
}

/**
 * A character outside the two ranges where no character composes or changes under NFC: below U+0300
 * (ASCII, Latin-1, Latin Extended, Ơ and Ư among them) and Latin Extended Additional (U+1E00–U+1EFF,
 * where Vietnamese's precomposed letters with tones live). Both hold only starters that no mark follows.
 */
const MAY_CHANGE_UNDER_NFC = /[^\0-\u02ff\u1e00-\u1eff]/;

/**
 * Text in NFC. Codes, numbers, names and Vietnamese typed precomposed are NFC as they are and skip
 * ICU's check, which costs more than this scan: the core normalises several cells on each of tens of
 * thousands of rows. Decomposed marks (U+0300 up) and anything else go through ICU.
 */
export function nfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize("NFC") : text;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** A plain address (`name@domain.tld`); display names and angle brackets are not accepted. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** Non-empty trimmed parts of a list typed in one cell. */
export function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A short, printable excerpt of a user's value for an error message. */
export function excerpt(value: unknown, max = 40): string {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? "Invalid Date"
        : value.toISOString()
      : String(value);
  const printable = text.replace(/\p{Cc}/gu, " ");
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe to place inside HTML: user text is shown, never run. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** `I`…`X`: how Vietnamese documents number quarters, sections and groups. */
export function roman(n: number): string {
  return ROMAN_NUMERALS[n - 1] ?? String(n);
}
