/** A table's column widths, shared by the writers of the report (the PDF and the .docx). */
import type { TableColumn, TableRow } from "./document";
import { drawableText, type FontStyle, textWidth, wordPieces } from "./measure";

const EPS = 0.01;

/**
 * Column widths from the weights, except that a column too narrow for its longest word (say "STT"
 * in a 4% column) is widened to fit it, the others sharing the rest by weight, so words are not
 * broken between letters. A table that cannot afford that keeps the plain weights. `cellPadX`: the
 * padding left and right of a cell's text, in points. The PDF and the .docx lay out their tables with it.
 */
export function columnWidths(
  columns: TableColumn[],
  rows: TableRow[],
  size: number,
  total: number,
  cellPadX: number,
): number[] {
  const weights = columns.map((c) => (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0));
  const share = (ids: number[], width: number): number[] => {
    const weight = ids.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    return ids.map((i) => (weight > 0 ? (width * (weights[i] ?? 0)) / weight : width / ids.length));
  };
  const all = columns.map((_, i) => i);
  const plain = share(all, total);
  // Longest piece that cannot break (see wordPieces); a very long one (a link) may still break
  // between letters rather than squeeze the other columns.
  const cap = 0.3 * total - 2 * cellPadX - 0.5;
  const longestWord = (text: string, style: FontStyle) => {
    let longest = 0;
    for (const word of drawableText(text).split(/\s+/)) {
      if (textWidth(word, style, size) <= longest) continue; // a piece is never wider than its word
      for (const piece of wordPieces(word)) {
        const w = textWidth(piece, style, size);
        if (w <= cap && w > longest) longest = w;
      }
    }
    return longest;
  };
  const mins = columns.map((c, i) => {
    let need = longestWord(c.header, "bold");
    for (const row of rows) {
      if (row.kind === "group") continue;
      need = Math.max(need, longestWord(row.cells[i] ?? "", row.kind === "total" ? "bold" : "regular"));
    }
    return need + 2 * cellPadX + 0.5;
  });
  if (mins.reduce((a, b) => a + b, 0) > total) return plain;
  const fixed = new Set<number>();
  for (;;) {
    const free = all.filter((i) => !fixed.has(i));
    const freeWidth = total - [...fixed].reduce((sum, i) => sum + (mins[i] ?? 0), 0);
    const shared = share(free, freeWidth);
    const widths = all.map((i) => (fixed.has(i) ? (mins[i] ?? 0) : (shared[free.indexOf(i)] ?? 0)));
    const narrow = free.filter((i) => (widths[i] ?? 0) < (mins[i] ?? 0) - EPS);
    if (narrow.length === 0) return widths;
    for (const i of narrow) fixed.add(i);
  }
}
