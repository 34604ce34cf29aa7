/**
 * The measures Decree 30's header and title rules are drawn from, as the PDF renderer takes them
 * (src/pdf/render.ts): where the header's two columns meet, and how wide the lines a rule goes under
 * are. The spreadsheet grid cuts its columns from these, so the .xlsx prints its rules where the PDF
 * has them.
 */
import type { Block, HeaderLine } from "./document";
import { drawableText, type Font, fontStyle, textWidth, wrapText } from "./measure";

type Header = Extract<Block, { type: "header" }>;

/** Room left and right of a header column's text. */
export const HEADER_PAD = 4;
/** The right column's share of the width, at least and at most. */
export const RIGHT_SHARE = { min: 0.55, max: 0.62 } as const;

/** The right column (the national title) takes what its longest line needs, between 55% and 62%. */
export function headerRightWidth(block: Pick<Header, "right" | "date">, width: number): number {
  const need = Math.max(
    0,
    ...[...block.right, block.date].map((hl) =>
      Math.max(
        ...drawableText(hl.text)
          .split("\n")
          .map((t) => textWidth(t.trim(), fontStyle(hl.bold, hl.italic), hl.size)),
      ),
    ),
  );
  return Math.min(Math.max(need + 2 * HEADER_PAD, RIGHT_SHARE.min * width), RIGHT_SHARE.max * width);
}

/** The widest line a header line makes in a column `width` wide: the motto's rule is as long. */
export function headerLineWidth(line: HeaderLine, width: number): number {
  const font: Font = { style: fontStyle(line.bold, line.italic), size: line.size };
  const lines = wrapText(line.text, font, width - 2 * HEADER_PAD);
  return Math.max(...lines.map((l) => textWidth(l, font.style, font.size)));
}

/** The shortest of a title's lines: the subject's rule is a share of it. */
export function titleLineWidth(lines: string[], font: Font): number {
  return Math.min(...lines.map((l) => textWidth(l, font.style, font.size)));
}
