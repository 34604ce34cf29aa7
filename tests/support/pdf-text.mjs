// Extracts the text of a PDF as JSON for the tests (pdfjs-dist is ESM only; jest runs CommonJS).
// Usage: node tests/support/pdf-text.mjs file.pdf
// Output: { title, pages: [{ width, height, items: [{ str, x, y, width, height }] }] } where y is the
// baseline measured from the TOP of the page, in points.
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const meta = await pdf.getMetadata();
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const height = y1 - y0;
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => "str" in item && item.str.trim() !== "")
    .map((item) => ({
      str: item.str,
      x: item.transform[4],
      y: height - item.transform[5],
      width: item.width,
      height: item.height,
    }));
  pages.push({ width: x1 - x0, height, items });
}
process.stdout.write(JSON.stringify({ title: meta.info?.Title ?? null, pages }));
await pdf.destroy();
