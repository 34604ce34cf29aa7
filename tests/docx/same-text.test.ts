/**
 * One document model: the PDF and the .docx are two writers of the same blocks, so for each of the
 * example's seven periods every paragraph of the .docx (body text, headings, table cells, the header and the
 * closing) is found, in order, in the lines the PDF draws, and every line the PDF draws belongs to one of
 * them, except its page numbers and the header rows it repeats on a table's next pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MM_TO_PT, PAGE } from "../../src/core/document";
import { renderDocx } from "../../src/docx/render";
import { renderPdf } from "../../src/node/pdf";
import { pdfText } from "../support/cli";
import { docxParts, exampleReport, paragraphsXml, paragraphText } from "./support";

const dir = mkdtempSync(join(tmpdir(), "papi-same-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whitespace is layout (line breaks, justification), not text: compare without it. */
const bare = (text: string) => text.replace(/\s+/g, "");

test.each(["Q1", "Q2", "Q3", "Q4", "H1", "9M", "Y"])(
  "2020-%s: the PDF and the .docx say the same, paragraph by paragraph",
  async (kind) => {
    const report = exampleReport(kind);
    const file = join(dir, `${kind}.pdf`);
    writeFileSync(file, renderPdf(report.document));
    const top = PAGE.marginMm.top * MM_TO_PT;
    // The words of a bar chart (its legend, labels and scale, drawn at 9 pt), which the .docx leaves out: the
    // table before the chart holds its numbers.
    const chartWords = new Set(
      report.document.sections.flatMap((sec) =>
        sec.blocks.flatMap((b) =>
          b.type === "barChart"
            ? [
                ...b.categories,
                ...b.series.map((x) => x.name),
                b.marks?.name ?? "",
                "0",
                "2",
                "4",
                "6",
                "8",
                "10",
              ]
            : [],
        ),
      ),
    );
    const inChart = (item: { str: string; height: number }) =>
      item.height === 9 && [...chartWords].some((w) => bare(w).includes(bare(item.str)));
    // The PDF's lines in drawing order, without the page numbers in the top margin.
    const lines = pdfText(file)
      .pages.flatMap((page) =>
        page.items.filter((item) => item.y > top && !inChart(item)).map((item) => bare(item.str)),
      )
      .filter((line) => line !== "");
    const xml = (await docxParts(renderDocx(report.document)))["word/document.xml"] ?? "";
    const paragraphs = paragraphsXml(xml)
      .map((p) => bare(paragraphText(p)))
      .filter((p) => p !== "");
    expect(paragraphs.length).toBeGreaterThan(40);

    // Each paragraph takes, in order, the next lines that spell it; a table row split across pages has
    // its cells' lines interleaved in the PDF, so lines not yet taken stay for the paragraphs after.
    const taken = new Array<boolean>(lines.length).fill(false);
    // The lines, from `start` on, that spell `rest`, trying each line that could come next in turn (a
    // cell of the row beside may hold the same words: "121/BC-BQLKCN" in Minh chứng and in Kết quả).
    const spell = (rest: string, start: number): number[] | undefined => {
      if (rest === "") return [];
      for (let i = start; i < lines.length; i++) {
        const line = lines[i] ?? "";
        if (taken[i] || !rest.startsWith(line)) continue;
        const after = spell(rest.slice(line.length), i + 1);
        if (after) return [i, ...after];
      }
      return undefined;
    };
    let from = 0;
    for (const paragraph of paragraphs) {
      const used = spell(paragraph, from);
      expect({ paragraph, found: used !== undefined }).toEqual({ paragraph, found: true });
      for (const i of used ?? []) taken[i] = true;
      while (from < lines.length && taken[from]) from++;
    }
    // What the PDF drew and no paragraph took: only the header rows repeated on a table's next pages.
    const headers = report.document.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === "table" ? b.columns.map((c) => bare(c.header)) : [])),
    );
    const left = lines.filter((_, i) => !taken[i]);
    for (const line of left)
      expect({ line, header: headers.some((h) => h.includes(line)) }).toEqual({ line, header: true });
  },
);
