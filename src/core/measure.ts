/**
 * Measuring and wrapping text in the report's font (Tinos, Times New Roman's metric twin), pure: the PDF
 * renderer draws the lines this module makes, and the spreadsheet grid sizes its rows and breaks its
 * titles with the same lines, so the .xlsx and the PDF put the same words on the same lines.
 */
import { FONT_ADVANCES, FONT_CHARS, MISSING_ADVANCE, UNITS_PER_EM } from "./font-metrics";

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

export function fontStyle(bold?: boolean, italic?: boolean): FontStyle {
  if (bold) return italic ? "boldItalic" : "bold";
  return italic ? "italic" : "regular";
}

/**
 * Advance widths by UTF-16 code unit (every character of the fonts is in the BMP), in font units. Each
 * face's table is built when text in it is first measured: the add-on's every run evaluates this module,
 * and most runs (an onEdit, the menu) never measure text.
 */
const ADVANCES: Partial<Record<FontStyle, Uint16Array>> = {};

function advancesOf(style: FontStyle): Uint16Array {
  let table = ADVANCES[style];
  if (!table) {
    const widths = FONT_ADVANCES[style];
    table = new Uint16Array(0x10000).fill(MISSING_ADVANCE);
    for (let i = 0; i < FONT_CHARS.length; i++)
      table[FONT_CHARS.charCodeAt(i)] = widths[i] ?? MISSING_ADVANCE;
    ADVANCES[style] = table;
  }
  return table;
}

/** Text as drawn: NFC (precomposed Vietnamese letters), one kind of newline, tabs as spaces, no invisible controls. */
export function drawableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/(?!\n)[\p{Cc}\p{Cf}]/gu, "");
}

/** Width in points of `text` set in `style` at `size` points (no kerning: the embedded fonts have none). */
export function textWidth(text: string, style: FontStyle, size: number): number {
  const advances = advancesOf(style);
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A pair of surrogates is one character (an emoji): the fonts lack it, it is one empty box.
    if (code >= 0xd800 && code <= 0xdbff) i++;
    units += advances[code] ?? MISSING_ADVANCE;
  }
  return (units * size) / UNITS_PER_EM;
}

/** Height of a line: Times New Roman's line spacing is 1.15 em. */
export const LINE_EM = 1.15;

export interface Font {
  style: FontStyle;
  size: number;
}

const EPS = 0.01;

/**
 * Where a word too wide for its line may break: after "/", "-", "." and the like when a letter
 * follows ("45/BQLKCN-VP" → "45/", "BQLKCN-", "VP"), so dates and numbers (30/06/2025, 2.000) stay whole.
 */
export function wordPieces(word: string): string[] {
  if (isUrl(word)) return urlPieces(word);
  return word.split(/(?<=[/\-.,;:_?&=])(?=\p{L})/u);
}

/** A link (`https://…`, `www.…`), possibly inside brackets: it may break after its separators anywhere. */
export function isUrl(word: string): boolean {
  return /(?:https?:\/\/|www\.)\S/iu.test(word);
}

/**
 * A link's pieces: it breaks after a run of "/", ".", "-", "?", "=" or "&" (never inside "://"), the places
 * a reader expects a link to continue on the next line.
 */
function urlPieces(word: string): string[] {
  return word.split(/(?<=[/.\-?=&])(?![/.\-?=&])/u).filter((p) => p !== "");
}

/** Characters with their combining marks, so a break never separates a letter from its accent. */
function characters(text: string): string[] {
  return text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

/**
 * Wraps one paragraph (no newlines) into lines of at most `width` points; the first line is `indent`
 * narrower. Breaks at spaces (runs of spaces inside a line are kept, e.g. in "Số:      /BC-…"); a word
 * wider than a line breaks after "/", "-" and the like, else between letters.
 */
export function wrapLine(text: string, font: Font, width: number, indent = 0): string[] {
  const measure = (s: string) => textWidth(s, font.style, font.size);
  const parts = text.split(/( +)/);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let avail = Math.max(width - indent, 1);
  const pushLine = () => {
    lines.push(line);
    line = "";
    lineWidth = 0;
    avail = Math.max(width, 1);
  };
  const place = (word: string) => {
    const w = measure(word);
    if (w <= avail + EPS) {
      line = word;
      lineWidth = w;
      return;
    }
    for (const piece of wordPieces(word)) {
      const pw = measure(piece);
      if (line !== "" && lineWidth + pw > avail + EPS) pushLine();
      if (pw <= avail + EPS) {
        line += piece;
        lineWidth += pw;
        continue;
      }
      for (const ch of characters(piece)) {
        const cw = measure(ch);
        if (line !== "" && lineWidth + cw > avail + EPS) pushLine();
        line += ch;
        lineWidth += cw;
      }
    }
  };
  /** The longest run of leading pieces that fits after `used` points of the line, and the rest. */
  const fillWithPieces = (pieces: string[], used: number) => {
    let head = "";
    let width = used;
    let n = 0;
    for (; n < pieces.length - 1; n++) {
      const pw = measure(pieces[n] ?? "");
      if (width + pw > avail + EPS) break;
      head += pieces[n];
      width += pw;
    }
    return n === 0 ? undefined : { head, tail: pieces.slice(n).join("") };
  };
  for (let k = 0; k < parts.length; k += 2) {
    const word = parts[k] ?? "";
    if (word === "") continue;
    if (line === "") {
      place(word);
      continue;
    }
    const sep = parts[k - 1] ?? " ";
    const candidate = lineWidth + measure(sep) + measure(word);
    if (candidate <= avail + EPS) {
      line += sep + word;
      lineWidth = candidate;
      continue;
    }
    // A link fills the rest of the line up to one of its separators instead of leaving a short line
    // that justification would stretch: `…Cổng thông tin (https://example.gov.vn/` | `bqlkcn/quy-hoach).`
    const rest = isUrl(word) ? fillWithPieces(wordPieces(word), lineWidth + measure(sep)) : undefined;
    if (rest) {
      line += sep + rest.head;
      pushLine();
      place(rest.tail);
    } else {
      pushLine();
      place(word);
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** Wraps text that may hold newlines: each of its paragraphs, trimmed, empty ones dropped (one empty line at least). */
export function wrapText(text: string, font: Font, width: number, indent = 0): string[] {
  const paragraphs = drawableText(text)
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (paragraphs.length === 0) return [""];
  return paragraphs.flatMap((p) => wrapLine(p, font, width, indent));
}

/**
 * Breaks a title made of phrases ("Kết quả thực hiện Kế hoạch" | "cải thiện, nâng cao Chỉ số PAPI" |
 * "năm 2020") into as few lines as fit, breaking only between phrases and evening out the lines, so no
 * line ends mid-phrase or holds a lone word (Decree 30 titles break at meaningful groups of words). A
 * phrase wider than a line is wrapped on its own.
 */
export function phraseLines(phrases: readonly string[], font: Font, width: number): string[] {
  const parts = phrases.map((p) => drawableText(p).trim()).filter((p) => p !== "");
  const measure = (s: string) => textWidth(s, font.style, font.size);
  if (parts.some((p) => measure(p) > width + EPS))
    return parts.flatMap((p) => (measure(p) > width + EPS ? wrapLine(p, font, width) : [p]));
  // Every way of cutting the phrases into consecutive runs (few phrases: 2^(n-1) ways); keep the one
  // with the fewest lines, then the most even (the smallest widest line).
  let best: { lines: string[]; widest: number } | undefined;
  const n = parts.length;
  for (let mask = 0; mask < 1 << Math.max(n - 1, 0); mask++) {
    const lines: string[] = [];
    let current = parts[0] ?? "";
    for (let i = 1; i < n; i++) {
      if (mask & (1 << (i - 1))) {
        lines.push(current);
        current = parts[i] ?? "";
      } else current = `${current} ${parts[i]}`;
    }
    lines.push(current);
    const widths = lines.map(measure);
    if (widths.some((w) => w > width + EPS)) continue;
    const widest = Math.max(...widths);
    if (
      !best ||
      lines.length < best.lines.length ||
      (lines.length === best.lines.length && widest < best.widest)
    )
      best = { lines, widest };
  }
  return best?.lines ?? [parts.join(" ")];
}
