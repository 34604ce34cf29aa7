/**
 * The page rules of docs/workbook.md ("The report": pages as a văn thư checks them), checked on the text of a rendered PDF
 * as pdfjs reads it (tests/support/pdf-text.mjs): word positions, sizes and fonts only, nothing of the
 * renderer. Each check returns what it found wrong, in words, so a failing property shows the page.
 *
 * The figures are docs/workbook.md's ("The report"), not the renderer's: margins 20–25 mm top and
 * bottom, 30–35 mm left; body
 * text 13–14 pt with a first-line indent; at least 2 lines of a paragraph on each side of a page break;
 * a justified gap at most 3 normal spaces.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type FontStyle, textWidth } from "../../src/core/measure";

export interface Item {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  height: number;
  /** The embedded font, e.g. Tinos-Bold. */
  font: string;
}
export interface Page {
  width: number;
  height: number;
  items: Item[];
  rules: { x1: number; x2: number; y: number }[];
}
export interface Extracted {
  title: string | null;
  pages: Page[];
}

const EXTRACT = join(__dirname, "pdf-text.mjs");

/** Writes the PDF to `file` and reads its words back with pdfjs. */
export function extract(pdf: Uint8Array, file: string): Extracted {
  writeFileSync(file, pdf);
  const json = execFileSync(process.execPath, [EXTRACT, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(json) as Extracted;
}

const MM = 72 / 25.4;
/** Domain §7: top margin at least 20 mm; a page number sits above it. */
const TOP_MIN = 20 * MM;
const LEFT_MAX = 35 * MM;
const BOTTOM_MIN = 20 * MM;
/** A paragraph's first line is indented (1 cm to 1.27 cm in Decree 30); continuation lines are not. */
const INDENT_MIN = 5 * MM;
const MIN_LINES = 2;
const MAX_GAP_SPACES = 3;

export const nfc = (s: string) => s.normalize("NFC");
const isPageNumber = (i: Item) => /^\d+$/.test(i.str) && i.y < TOP_MIN;
const isBold = (i: Item) => /Bold/.test(i.font);
const portrait = (p: Page) => p.height > p.width;
const styleOf = (font: string): FontStyle =>
  /BoldItalic/.test(font)
    ? "boldItalic"
    : /Bold/.test(font)
      ? "bold"
      : /Italic/.test(font)
        ? "italic"
        : "regular";

/** The pages of the report's body: the portrait pages before the first landscape (appendix) page. */
export function bodyPages(x: Extracted): Page[] {
  const end = x.pages.findIndex((p) => !portrait(p));
  return end < 0 ? x.pages : x.pages.slice(0, end);
}

export function appendixPages(x: Extracted): Page[] {
  const start = x.pages.findIndex((p) => !portrait(p));
  return start < 0 ? [] : x.pages.slice(start);
}

type LineKind = "heading" | "first" | "more";
interface BodyLine {
  page: number;
  item: Item;
  kind: LineKind;
}

/**
 * The body's running text, page by page: lines of body size (13–14 pt) that start at the left margin
 * (headings in bold, paragraph lines) or one indent in (a paragraph's first line). Headers, titles, the
 * signature, tables and Nơi nhận are not running text.
 */
function runningText(pages: Page[]): BodyLine[][] {
  return pages.map((p, n) => {
    const body = p.items.filter((i) => !isPageNumber(i) && i.height >= 13);
    const left = Math.min(...body.filter((i) => i.x <= LEFT_MAX + 1).map((i) => i.x));
    return body
      .filter((i) => i.x >= left - 0.5 && i.x <= left + 2 * INDENT_MIN + 5 && i.x + i.width > left + 20)
      .map((item): BodyLine => {
        const kind: LineKind = isBold(item) ? "heading" : item.x > left + INDENT_MIN ? "first" : "more";
        return { page: n, item, kind };
      })
      .sort((a, b) => a.item.y - b.item.y);
  });
}

/** Everything but page numbers, top to bottom. */
const flow = (p: Page) => p.items.filter((i) => !isPageNumber(i)).sort((a, b) => a.y - b.y || a.x - b.x);

/** No paragraph leaves fewer than 2 lines at a page's foot or carries fewer than 2 to the next page. */
export function widowsAndOrphans(x: Extracted): string[] {
  const pages = bodyPages(x);
  const text = runningText(pages);
  const problems: string[] = [];
  for (let n = 0; n + 1 < pages.length; n++) {
    const here = text[n] ?? [];
    const next = text[n + 1] ?? [];
    const lastItem = flow(pages[n] as Page).at(-1);
    const firstItem = flow(pages[n + 1] as Page)[0];
    const last = here.at(-1);
    const first = next[0];
    // A paragraph continues over the break: this page ends with its line, the next starts with a continuation.
    if (!last || !first || last.item !== lastItem || first.item !== firstItem) continue;
    if (last.kind === "heading" || first.kind !== "more") continue;
    let foot = 0;
    for (let k = here.length - 1; k >= 0; k--) {
      const line = here[k] as BodyLine;
      if (line.kind === "heading") break;
      foot++;
      if (line.kind === "first") break;
    }
    let top = 0;
    for (const line of next) {
      if (line.kind !== "more") break;
      top++;
    }
    if (foot < MIN_LINES)
      problems.push(`page ${n + 1}: ${foot} line of a paragraph at its foot ("${nfc(last.item.str)}")`);
    if (top < MIN_LINES)
      problems.push(`page ${n + 2}: ${top} line of a paragraph at its top ("${nfc(first.item.str)}")`);
  }
  return problems;
}

/**
 * A heading stays with at least 2 lines of what follows it (running text or table rows) on its page,
 * unless another heading follows it there (which then carries the rule) or the next page starts a heading.
 */
export function headingsKeptWithNext(x: Extracted): string[] {
  const pages = bodyPages(x);
  const text = runningText(pages);
  const problems: string[] = [];
  pages.forEach((page, n) => {
    const items = flow(page);
    for (const h of (text[n] ?? []).filter((l) => l.kind === "heading")) {
      const after = items.filter((i) => i.y > h.item.y + 0.5);
      const nextHeading = (text[n] ?? []).find((l) => l.kind === "heading" && l.item.y > h.item.y + 0.5);
      // Followed on its page by a heading (directly, or after all of what it heads): not left alone.
      if (nextHeading) continue;
      const lines = new Set(after.map((i) => Math.round(i.y))).size;
      if (lines >= MIN_LINES) continue;
      const following = (text[n + 1] ?? [])[0];
      const nextFirst = pages[n + 1] ? flow(pages[n + 1] as Page)[0] : undefined;
      const nextStartsHeading = following?.kind === "heading" && following.item === nextFirst;
      if (n + 1 >= pages.length || nextStartsHeading) continue;
      problems.push(`page ${n + 1}: heading "${nfc(h.item.str)}" with ${lines} line(s) of what follows`);
    }
  });
  return problems;
}

/** The closing sentence keeps at least its last 2 lines on the page of Nơi nhận and the signature. */
export function closingKept(x: Extracted, closingStart = "Trên đây là báo cáo"): string[] {
  const pages = bodyPages(x);
  const text = runningText(pages);
  const at = pages.findIndex((p) => p.items.some((i) => nfc(i.str) === "Nơi nhận:"));
  if (at < 0) return ["no Nơi nhận"];
  const all = text.flat();
  const start = all.findIndex((l) => nfc(l.item.str).startsWith(closingStart));
  if (start < 0) return ["no closing sentence"];
  const sentence = [all[start] as BodyLine];
  for (const l of all.slice(start + 1)) {
    if (l.kind !== "more") break;
    sentence.push(l);
  }
  const onPage = sentence.filter((l) => l.page === at).length;
  if (onPage >= Math.min(MIN_LINES, sentence.length)) return [];
  return [`page ${at + 1} holds Nơi nhận and the signature with ${onPage} line(s) of the closing sentence`];
}

/**
 * The summary table (header, the 8 dimensions' STT 1–8, Tổng cộng) is on one page of the body, with its
 * header printed once. Its header is known by a word only it has (`Đang thực hiện`): the PAPI scores'
 * table before it in the 6-month and yearly reports also starts with STT.
 */
export function summaryTableWhole(
  x: Extracted,
  headerWord = "STT",
  totalWord = "Tổng cộng",
  ownWord = "Đang",
): string[] {
  const pages = bodyPages(x);
  const withHeader = pages.flatMap((p, n) =>
    p.items.some((i) => i.str === headerWord && isBold(i)) &&
    p.items.some((i) => i.str.startsWith(ownWord) && isBold(i))
      ? [n]
      : [],
  );
  if (withHeader.length !== 1)
    return [`the summary table's header is on pages ${withHeader.map((n) => n + 1)}`];
  const page = pages[withHeader[0] as number] as Page;
  const stt = page.items.find((i) => i.str === headerWord) as Item;
  const numbers = page.items
    .filter((i) => !isBold(i) && i.x >= stt.x - 10 && i.x + i.width <= stt.x + stt.width + 10 && i.y > stt.y)
    .map((i) => i.str);
  const problems: string[] = [];
  for (let g = 1; g <= 8; g++)
    if (!numbers.includes(String(g))) problems.push(`row ${g} is not on the table's page`);
  if (!page.items.some((i) => i.str === totalWord)) problems.push(`${totalWord} is not on the table's page`);
  return problems;
}

/**
 * An appendix row starts a page unless it is taller than a page: each appendix page's first line under
 * the header row is the top of a row (its STT number or a group row), or belongs to a row that could not
 * fit on one page.
 */
export function appendixRowsWhole(x: Extracted): string[] {
  const pages = appendixPages(x);
  const problems: string[] = [];
  pages.forEach((page, n) => {
    if (n === 0) return;
    const cells = page.items.filter((i) => !isPageNumber(i) && i.height < 13);
    const groupRow = (i: Item) => isBold(i) && /^[IVX]+\. /.test(i.str);
    const firstPlain = Math.min(...cells.filter((i) => !isBold(i) || groupRow(i)).map((i) => i.y));
    if (!Number.isFinite(firstPlain)) return;
    const stt = cells.filter((i) => !isBold(i) && /^\d+$/.test(i.str));
    const sttLeft = Math.min(...stt.map((i) => i.x), Number.POSITIVE_INFINITY);
    const rowStarts = cells
      .filter((i) => groupRow(i) || (/^\d+$/.test(i.str) && !isBold(i) && i.x <= sttLeft + 12))
      .map((i) => i.y);
    if (rowStarts.some((y) => Math.abs(y - firstPlain) < 0.5)) return;
    // A continued row: how many lines it has here and at the previous page's foot.
    const baselines = (p: Page, from: number, to: number) =>
      new Set(
        p.items
          .filter((i) => !isPageNumber(i) && i.height < 13 && !(isBold(i) && !groupRow(i) && i.y < from))
          .filter((i) => i.y >= from - 0.5 && i.y < to - 0.5)
          .map((i) => Math.round(i.y * 2)),
      );
    const nextStart = Math.min(...rowStarts.filter((y) => y > firstPlain), page.height);
    const hereLines = baselines(page, firstPlain, nextStart).size;
    const prev = pages[n - 1] as Page;
    const prevCells = prev.items.filter((i) => !isPageNumber(i) && i.height < 13);
    const prevStt = prevCells.filter((i) => !isBold(i) && /^\d+$/.test(i.str) && i.x <= sttLeft + 12);
    const prevStart = Math.max(...prevStt.map((i) => i.y), ...prevCells.filter(groupRow).map((i) => i.y));
    const prevLines = baselines(prev, prevStart, prev.height).size;
    const ys = [...baselines(page, firstPlain, page.height)].sort((a, b) => a - b);
    const step = Math.min(...ys.slice(1).map((y, k) => (y - (ys[k] as number)) / 2));
    const capacity = Math.floor((page.height - BOTTOM_MIN - firstPlain) / step) + 1;
    if (prevLines + hereLines <= capacity - 1)
      problems.push(
        `appendix page ${n + 1}: a row of ${prevLines + hereLines} lines is split (${prevLines} + ${hereLines}) although a page holds ${capacity}`,
      );
  });
  return problems;
}

/** Widest gap between two words of a line, in normal spaces of its font: a justified line stretches its gaps. */
export function gapInSpaces(i: Item): number {
  const spaces = (i.str.match(/ /g) ?? []).length;
  if (spaces === 0) return 1;
  const style = styleOf(i.font);
  const size = Math.round(i.height);
  const space = textWidth(" ", style, size);
  const natural = textWidth(nfc(i.str), style, size);
  return ((i.width - natural) / spaces + space) / space;
}

/** No line stretches a gap beyond 3 normal spaces. */
export function justifiedGaps(x: Extracted): string[] {
  return x.pages.flatMap((p, n) =>
    p.items
      .filter((i) => gapInSpaces(i) > MAX_GAP_SPACES + 0.01)
      .map((i) => `page ${n + 1}: gaps of ${gapInSpaces(i).toFixed(1)} spaces in "${nfc(i.str)}"`),
  );
}

/** The links a text holds, without the punctuation around them. */
export const linksIn = (text: string) => text.match(/https?:\/\/[^\s)]*[^\s).,;]/g) ?? [];

/** Each link is printed whole, broken across lines only after "/", ".", "-", "?", "=" or "&". */
export function linksBreakWell(x: Extracted, links: readonly string[]): string[] {
  const text = nfc(
    x.pages
      .flatMap((p) => p.items.filter((i) => !isPageNumber(i)))
      .map((i) => i.str)
      .join("\n"),
  );
  const problems: string[] = [];
  for (const link of new Set(links)) {
    const pattern = [...link].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("\n?");
    const found = [...text.matchAll(new RegExp(pattern, "g"))];
    if (found.length === 0) problems.push(`link ${link} is not printed whole`);
    for (const m of found) {
      const breaks = [...m[0].matchAll(/(.)\n/g)].map((b) => b[1]);
      const bad = breaks.filter((c) => !"/.-?=&".includes(c ?? ""));
      if (bad.length > 0) problems.push(`link ${link} breaks after "${bad.join('", "')}"`);
    }
  }
  return problems;
}

/** Headings of one level look alike: each of `headings` is a line of its own, in the same font, at the same x. */
export function headingsAlike(x: Extracted, headings: readonly string[]): string[] {
  const items = bodyPages(x).flatMap((p) => p.items);
  const found = headings.map((h) => items.find((i) => nfc(i.str).trim() === nfc(h)));
  const problems = headings.flatMap((h, k) => (found[k] ? [] : [`"${h}" is not a line of its own`]));
  const present = found.filter((i): i is Item => i !== undefined);
  const first = present[0];
  for (const i of present.slice(1))
    if (first && (i.font !== first.font || Math.abs(i.x - first.x) > 0.5 || i.height !== first.height))
      problems.push(
        `"${nfc(i.str)}" (${i.font} at ${i.x.toFixed(1)}) differs from "${nfc(first.str)}" (${first.font} at ${first.x.toFixed(1)})`,
      );
  return problems;
}

/** Every rule of §7's "Pages" that reads the whole document. */
export function pageProblems(x: Extracted, links: readonly string[] = []): string[] {
  return [
    ...closingKept(x),
    ...widowsAndOrphans(x),
    ...headingsKeptWithNext(x),
    ...summaryTableWhole(x),
    ...appendixRowsWhole(x),
    ...justifiedGaps(x),
    ...linksBreakWell(x, links),
  ];
}
