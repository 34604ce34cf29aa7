// Extracts the text of a PDF as JSON for the tests (pdfjs-dist is ESM only; jest runs CommonJS).
// Usage: node tests/support/pdf-text.mjs file.pdf
// Output: { title, pages: [{ width, height, items: [{ str, x, y, width, height, font }], rules: [{ x1, x2, y }] }] }
// where y is the baseline measured from the TOP of the page, in points, and rules are the horizontal lines
// drawn on the page (paths of zero height; pdfkit draws in a y-down space, so their y is from the top too);
// font is the embedded font's name without its subset tag (Tinos-Regular, Tinos-Bold, Tinos-Italic, …).
import { readFileSync } from "node:fs";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const meta = await pdf.getMetadata();
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const height = y1 - y0;
  // The operator list first: it loads the page's fonts, whose names the text items then refer to.
  const ops = await page.getOperatorList();
  const content = await page.getTextContent();
  const fontOf = (id) => (page.commonObjs.has(id) ? String(page.commonObjs.get(id).name ?? "") : "");
  const items = content.items
    .filter((item) => "str" in item && item.str.trim() !== "")
    .map((item) => ({
      str: item.str,
      x: item.transform[4],
      y: height - item.transform[5],
      width: item.width,
      height: item.height,
      font: fontOf(item.fontName).replace(/^[A-Z]{6}\+/, ""),
    }));
  const rules = [];
  ops.fnArray.forEach((fn, i) => {
    // constructPath's last argument is the path's bounding box [minX, minY, maxX, maxY].
    const box = fn === OPS.constructPath ? ops.argsArray[i].at(-1) : undefined;
    if (box && box[1] === box[3] && box[2] > box[0]) rules.push({ x1: box[0], x2: box[2], y: box[1] });
  });
  pages.push({ width: x1 - x0, height, items, rules });
}
process.stdout.write(JSON.stringify({ title: meta.info?.Title ?? null, pages }));
await pdf.destroy();
