/** Reading a .docx back as other programs do: its parts (jszip) and its paragraphs' text. */
import JSZip from "jszip";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { sampleWorkbook } from "../../src/sample/sample";

/** The example's report of a period (2020-Q1 …), made on 18/12/2020 as the PDF tests make it. */
export function exampleReport(kind: string) {
  return prepareReport(sampleWorkbook(), `2020-${kind}`, dayOf(2020, 12, 18));
}

/** Every part of the package as text, by its path. */
export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) out[path] = await file.async("string");
  return out;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The paragraphs (`<w:p>`) of a part's XML, each as its XML. */
export function paragraphsXml(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
}

/** The text of a paragraph's XML: its `<w:t>`s, a line break as a space. */
export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? " " : unescapeXml(m[1])))
    .join("");
}

/** The tables (`<w:tbl>`) of a part's XML, outermost only (the report has no nested tables). */
export function tablesXml(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

export function rowsXml(table: string): string[] {
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

/** The sections' properties in order (the last is the body's own). */
export function sectionsXml(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

/** An attribute of the first element `name` in `xml`. */
export function attr(xml: string, name: string, attribute: string): string | undefined {
  const element = new RegExp(`<${name}(?: [^>]*)?/?>`).exec(xml)?.[0];
  return element ? new RegExp(` ${attribute}="([^"]*)"`).exec(element)?.[1] : undefined;
}
