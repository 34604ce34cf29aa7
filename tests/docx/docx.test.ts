/**
 * The report's .docx read back as others read it: its XML (styles, sections, the header field, the
 * landscape appendix, the tables' page rules) and a second reader (mammoth), so a broken package or a
 * lost style is caught without Word.
 */

import { Packer } from "docx";
import JSZip from "jszip";
import mammoth from "mammoth";
import { APPENDIX_COLUMNS } from "../../src/core/report-document";
import { packSync, renderDocx, wordDocument } from "../../src/docx/render";
import {
  attr,
  docxParts,
  exampleReport,
  paragraphsXml,
  paragraphText,
  rowsXml,
  sectionsXml,
  tablesXml,
} from "./support";

const q1 = exampleReport("Q1");
let parts: Record<string, string> = {};
let body = "";

beforeAll(async () => {
  parts = await docxParts(renderDocx(q1.document));
  body = parts["word/document.xml"] ?? "";
});

/** The style element with this id. */
const style = (id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(
    parts["word/styles.xml"] ?? "",
  )?.[0] ?? "";

/** The paragraph whose text is `text`. */
const paragraphWith = (text: string, xml = body) =>
  paragraphsXml(xml).find((p) => paragraphText(p) === text) ?? "";

test("real Word styles: Normal in Times New Roman 14, Body Text justified, headings that keep with what follows", () => {
  const normal = style("Normal");
  expect(attr(normal, "w:rFonts", "w:ascii")).toBe("Times New Roman");
  expect(attr(normal, "w:rFonts", "w:hAnsi")).toBe("Times New Roman");
  expect(attr(normal, "w:sz", "w:val")).toBe("28");
  expect(normal).toContain("<w:widowControl/>");
  expect(parts["word/styles.xml"]).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"/);

  const bodyText = style("BodyText");
  expect(bodyText).toContain('<w:name w:val="Body Text"/>');
  expect(attr(bodyText, "w:jc", "w:val")).toBe("both");
  expect(attr(bodyText, "w:ind", "w:firstLine")).toBe("567"); // 1 cm
  for (const level of [1, 2, 3]) {
    const heading = style(`Heading${level}`);
    expect(heading).toContain(`<w:name w:val="heading ${level}"/>`);
    expect(heading).toContain("<w:keepNext/>");
    expect(heading).toContain("<w:keepLines/>");
    expect(heading).toContain("<w:b/>");
    expect(attr(heading, "w:outlineLvl", "w:val")).toBe(String(level - 1));
  }
  expect(style("TableGrid")).toMatch(/<w:name w:val="Table Grid"\/>[\s\S]*<w:insideV w:val="single"/);

  // The report's text carries those styles, not positions.
  const styleOf = (text: string) => attr(paragraphWith(text), "w:pStyle", "w:val");
  expect(styleOf("I. TÌNH HÌNH TRIỂN KHAI")).toBe("Heading1");
  expect(styleOf("V. KIẾN NGHỊ, ĐỀ XUẤT")).toBe("Heading1");
  expect(styleOf("2. Kết quả thực hiện theo từng lĩnh vực")).toBe("Heading2");
  expect(styleOf("2.1. Tham gia của người dân ở cấp cơ sở")).toBe("Heading3");
  expect(styleOf("BÁO CÁO")).toBe("Title");
  const opening = paragraphsXml(body).find((p) => paragraphText(p).startsWith("Thực hiện Kế hoạch số")) ?? "";
  expect(attr(opening, "w:pStyle", "w:val")).toBe("BodyText");
});

test("sections: A4 portrait with Decree 30's margins, then the appendix landscape, each numbered from 1 from its page 2", () => {
  const sections = sectionsXml(body);
  expect(sections).toHaveLength(2);
  const [report, appendix] = sections as [string, string];
  expect(attr(report, "w:pgSz", "w:w")).toBe("11906");
  expect(attr(report, "w:pgSz", "w:h")).toBe("16838");
  expect(attr(report, "w:pgSz", "w:orient")).not.toBe("landscape");
  expect(attr(appendix, "w:pgSz", "w:w")).toBe("16838");
  expect(attr(appendix, "w:pgSz", "w:h")).toBe("11906");
  expect(attr(appendix, "w:pgSz", "w:orient")).toBe("landscape");
  for (const section of sections) {
    // 20 mm top and bottom, 30 mm left, 15 mm right (twips).
    expect(attr(section, "w:pgMar", "w:top")).toBe("1134");
    expect(attr(section, "w:pgMar", "w:bottom")).toBe("1134");
    expect(attr(section, "w:pgMar", "w:left")).toBe("1701");
    expect(attr(section, "w:pgMar", "w:right")).toBe("850");
    // A different first page, numbering restarting at 1.
    expect(section).toContain("<w:titlePg/>");
    expect(attr(section, "w:pgNumType", "w:start")).toBe("1");
    const rels = parts["word/_rels/document.xml.rels"] ?? "";
    const headerOf = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(section)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return parts[`word/${target}`] ?? "";
    };
    // From page 2 the header holds the page number as a PAGE field, centred; the first page shows none.
    const numbered = headerOf("default");
    expect(numbered).toMatch(
      /<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/,
    );
    expect(attr(numbered, "w:jc", "w:val")).toBe("center");
    expect(attr(numbered, "w:sz", "w:val")).toBe("26");
    const first = headerOf("first");
    expect(first).toContain("<w:hdr");
    expect(first).not.toContain("PAGE");
    expect(paragraphsXml(first).map(paragraphText).join("")).toBe("");
  }
});

test("the header: a borderless two-column table, its rules, and Số on the line of the place and date", () => {
  const header = tablesXml(body)[0] ?? "";
  expect(header).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
  const rows = rowsXml(header);
  expect(rows).toHaveLength(2);
  const cells = (row: string) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
      paragraphsXml(c[0]).map(paragraphText).join(" | "),
    );
  expect(cells(rows[0] ?? "")).toEqual([
    "UBND TỈNH MẪU | BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH MẪU | ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc | ",
  ]);
  // Made long after Q1 ended (14/03/2020, a Saturday): dated the first working day after it.
  expect(cells(rows[1] ?? "")).toEqual(["Số:      /BC-BQLKCN", "Tỉnh Mẫu, ngày 16 tháng 3 năm 2020"]);
  // A rule under the issuing body and one under the motto: the top border of an empty 1 pt line.
  const rules = paragraphsXml(rows[0] ?? "").filter((p) => /<w:pBdr><w:top w:val="single"/.test(p));
  expect(rules).toHaveLength(2);
  // The subject line's rule, under the title.
  const subject = paragraphsXml(body).findIndex((p) =>
    paragraphText(p).startsWith("Kết quả thực hiện Kế hoạch"),
  );
  expect(paragraphsXml(body)[subject + 1]).toMatch(/<w:pBdr><w:top w:val="single"/);
  expect(paragraphWith("Tỉnh Mẫu, ngày 16 tháng 3 năm 2020")).toContain("<w:i/>");
});

test("tables: the summary kept on one page, the appendix's header row repeated, no row split across pages", () => {
  const tables = tablesXml(body);
  expect(tables).toHaveLength(4); // header, summary, closing, appendix
  const [, summary, , appendix] = tables as [string, string, string, string];
  for (const table of [summary, appendix]) {
    expect(attr(table, "w:tblStyle", "w:val")).toBe("TableGrid");
    const rows = rowsXml(table);
    expect(rows[0]).toContain("<w:tblHeader/>");
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
    for (const row of rows.slice(1)) expect(row).not.toContain("<w:tblHeader/>");
  }
  const summaryRows = rowsXml(summary);
  expect(summaryRows).toHaveLength(10); // header, 8 dimensions, Tổng cộng
  for (const row of summaryRows.slice(0, -1))
    for (const p of paragraphsXml(row)) expect(p).toContain("<w:keepNext/>");
  // The appendix's header is the nine columns of docs/workbook.md (the report), bold on grey.
  const headerCells = paragraphsXml(rowsXml(appendix)[0] ?? "").map(paragraphText);
  expect(headerCells).toEqual(APPENDIX_COLUMNS.map((c) => c.header));
  // A dimension's row spans the table and keeps with its first task.
  const group = rowsXml(appendix)[1] ?? "";
  expect(attr(group, "w:gridSpan", "w:val")).toBe("9");
  expect(group).toContain("<w:keepNext/>");
});

test("Nơi nhận and the signature side by side; the closing sentence keeps with them", () => {
  const closing = tablesXml(body)[2] ?? "";
  expect(closing).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
  const cells = [...closing.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
    paragraphsXml(c[0]).map(paragraphText),
  );
  expect(cells).toHaveLength(2);
  expect(cells[0]?.[0]).toBe("Nơi nhận:");
  expect(cells[0]).toContain("- Lưu: VT, VP.");
  expect(cells[1]).toEqual(["TRƯỞNG BAN", "Nguyễn Văn A"]);
  const beforeClosing = body.slice(0, body.indexOf(closing));
  const last = paragraphsXml(beforeClosing).at(-1) ?? "";
  expect(paragraphText(last)).toMatch(/^Trên đây là báo cáo .*\.\/\.$/);
  expect(last).toContain("<w:keepNext/>");
});

test("made synchronously, the package holds the same parts as docx's own Packer makes", async () => {
  const ours = await docxParts(packSync(wordDocument(q1.document)));
  const packer = await docxParts(await Packer.toBuffer(wordDocument(q1.document)));
  expect(Object.keys(ours)).toEqual(Object.keys(packer));
  // docProps/core.xml holds the time of writing; everything else is the same byte for byte.
  for (const path of Object.keys(ours).filter((p) => p !== "docProps/core.xml"))
    expect(`${path}: ${ours[path]}`).toBe(`${path}: ${packer[path]}`);
  // A zip any reader opens: [Content_Types].xml and the main part are where readers look for them.
  const zip = await JSZip.loadAsync(renderDocx(q1.document));
  expect(zip.file("[Content_Types].xml")).not.toBeNull();
  expect(await zip.file("word/document.xml")?.async("string")).toContain("<w:body>");
});

test("a second reader (mammoth) opens it: headings as headings, tables as tables, every section's text", async () => {
  const buffer = Buffer.from(renderDocx(q1.document));
  const html = await mammoth.convertToHtml({ buffer });
  expect(html.messages.filter((m) => m.type === "error")).toEqual([]);
  expect(html.value).toContain("<h1>I. TÌNH HÌNH TRIỂN KHAI</h1>");
  expect(html.value).toContain("<h2>2. Kết quả thực hiện theo từng lĩnh vực</h2>");
  expect(html.value).toContain("<h3>2.1. Tham gia của người dân ở cấp cơ sở</h3>");
  expect((html.value.match(/<table>/g) ?? []).length).toBe(4);
  const text = (await mammoth.extractRawText({ buffer })).value;
  for (const expected of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "BÁO CÁO",
    "Nơi nhận:",
    "PHỤ LỤC",
    "Minh chứng",
  ])
    expect(text).toContain(expected);
});

test("text is set as text: characters XML must escape, and a new block type is refused rather than dropped", async () => {
  const doc = {
    title: "a < b & c",
    sections: [
      {
        name: "x",
        orientation: "portrait" as const,
        blocks: [{ type: "paragraph" as const, text: 'Kết quả <b>"đậm"</b> & =SUM(A1)' }],
      },
    ],
  };
  const xml = (await docxParts(renderDocx(doc)))["word/document.xml"] ?? "";
  expect(paragraphsXml(xml).map(paragraphText)).toContain('Kết quả <b>"đậm"</b> & =SUM(A1)');
  expect(xml).not.toContain("<b>");
  const unknown = { ...doc, sections: [{ ...doc.sections[0], blocks: [{ type: "chart" }] }] };
  expect(() => renderDocx(unknown as never)).toThrow("no case for block");
});
