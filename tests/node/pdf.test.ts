import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIMENSIONS } from "../../src/core/catalogue";
import { dayOf } from "../../src/core/day";
import type { ReportDocument, TableColumn, TableRow } from "../../src/core/document";
import { prepareReport } from "../../src/core/engine";
import { renderPdf } from "../../src/node/pdf";
import { sampleSheets, sampleWorkbook } from "../../src/sample/sample";

interface Item {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** The font size in points. */
  height: number;
  /** The embedded font's name without its subset tag: `Tinos-Regular`, `Tinos-BoldItalic`… */
  font: string;
}
interface Rule {
  x1: number;
  x2: number;
  /** From the top of the page. */
  y: number;
}
interface Page {
  width: number;
  height: number;
  items: Item[];
  rules: Rule[];
}
interface Extracted {
  title: string | null;
  pages: Page[];
}

const EXTRACT = join(__dirname, "..", "support", "pdf-text.mjs");
const dir = mkdtempSync(join(tmpdir(), "papi-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders, writes the file (kept at $PDF_CHECK_OUT when set, to look at) and extracts its text with pdfjs. */
async function render(doc: ReportDocument, name: string): Promise<{ pdf: Uint8Array; text: Extracted }> {
  const pdf = await renderPdf(doc);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (process.env.PDF_CHECK_OUT) writeFileSync(join(process.env.PDF_CHECK_OUT, `${name}.pdf`), pdf);
  const json = execFileSync(process.execPath, [EXTRACT, file], { encoding: "utf8" });
  return { pdf, text: JSON.parse(json) as Extracted };
}

const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const TASK_HEADER = "Nội dung nhiệm vụ";
/** Evidence links have pieces wider than their cell (the file id); they must wrap inside the cell. */
const LONG_LINK = "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/view";
/**
 * The page of Decree 30/2020 (docs/workbook.md, "The report"), written here and not read from the code, so
 * that a change of the renderer's constants cannot move the test with it: A4, margins in mm as
 * [least, most].
 */
const MM_TO_PT = 72 / 25.4;
const A4 = { width: 210 * MM_TO_PT, height: 297 * MM_TO_PT };
const MARGIN_MM = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const TOP = MARGIN_MM.top[0] * MM_TO_PT;
const BOTTOM = MARGIN_MM.bottom[0] * MM_TO_PT;
const LEFT = MARGIN_MM.left[0] * MM_TO_PT;
const RIGHT = MARGIN_MM.right[0] * MM_TO_PT;
/** Tinos's tallest glyph (its ascent) is 0.891 of the font size above the baseline. */
const ASCENT = 0.891;
const inMm = (pt: number) => pt / MM_TO_PT;

const APPENDIX_COLUMNS: TableColumn[] = [
  { header: "STT", weight: 4, align: "center" },
  { header: TASK_HEADER, weight: 22, align: "left" },
  { header: "Nhóm / Nội dung thành phần", weight: 11, align: "left" },
  { header: "Đơn vị chủ trì", weight: 10, align: "left" },
  { header: "Đơn vị phối hợp", weight: 10, align: "left" },
  { header: "Thời hạn", weight: 8, align: "center" },
  { header: "Kết quả trong kỳ", weight: 22, align: "left" },
  { header: "Tình trạng", weight: 10, align: "left" },
  { header: "Minh chứng", weight: 10, align: "left" },
];

function appendixRows(): TableRow[] {
  const rows: TableRow[] = [];
  let stt = 0;
  for (const d of DIMENSIONS) {
    rows.push({ cells: [`${d.id}. ${d.vn}`], kind: "group" });
    for (const s of d.subs) {
      stt++;
      rows.push({
        cells: [
          String(stt),
          `Nhiệm vụ thử số ${stt}: tổ chức tuyên truyền, phổ biến nội dung "${s.vn}" đến người dân trên địa bàn`,
          `${s.code} ${s.vn}`,
          "Sở Nội vụ",
          "UBND các huyện, thị xã, thành phố",
          "30/06/2025",
          `15/03/2025: Đã ban hành văn bản hướng dẫn\n20/04/2025: Đã tổ chức ${stt} hội nghị quán triệt`,
          stt % 3 === 0 ? "Đang thực hiện (quá hạn)" : "Hoàn thành đúng hạn",
          stt === 5 ? LONG_LINK : "Công văn số 123/SNV-CCHC",
        ],
      });
    }
  }
  return rows;
}

function testDocument(): ReportDocument {
  const summary: TableRow[] = DIMENSIONS.map((d) => ({
    cells: [String(d.id), d.vn, "5", "2", "1", "1", "1", "0", "60"],
  }));
  summary.push({ cells: ["", "Tổng cộng", "40", "16", "8", "8", "8", "0", "60"], kind: "total" });
  return {
    title: "Báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI quý I năm 2025",
    sections: [
      {
        name: "Báo cáo",
        orientation: "portrait",
        blocks: [
          {
            type: "header",
            left: [
              { text: "UBND TỈNH QUẢNG NINH", size: 13 },
              { text: "SỞ NỘI VỤ", size: 13, bold: true, rule: true },
            ],
            right: [
              { text: NATION, size: 13, bold: true },
              { text: MOTTO, size: 14, bold: true, rule: true },
            ],
            number: { text: "Số:      /BC-SNV", size: 13 },
            date: { text: "Quảng Ninh, ngày 05 tháng 04 năm 2025", size: 14, italic: true },
          },
          { type: "title", phrases: ["BÁO CÁO"], size: 14 },
          {
            type: "title",
            phrases: ["Kết quả thực hiện", "Kế hoạch cải thiện, nâng cao", "Chỉ số PAPI quý I năm 2025"],
            size: 14,
            rule: true,
          },
          {
            type: "paragraph",
            text:
              "Thực hiện Kế hoạch số 12/KH-SNV ngày 15/01/2025 của Sở Nội vụ về cải thiện, nâng cao Chỉ số hiệu quả " +
              "Quản trị và Hành chính công (Chỉ số PAPI) năm 2025, Sở Nội vụ báo cáo kết quả thực hiện quý I năm 2025 " +
              "(số liệu tính từ ngày 01/01/2025 đến ngày 31/03/2025) như sau:",
          },
          { type: "heading", text: "I. TÌNH HÌNH TRIỂN KHAI" },
          {
            type: "paragraph",
            text:
              "Ngay sau khi Kế hoạch được ban hành, Sở đã quán triệt đến toàn thể công chức, viên chức; phân công " +
              "nhiệm vụ cụ thể cho từng phòng, đơn vị.\nCác phòng chuyên môn đã xây dựng kế hoạch chi tiết, " +
              "xác định rõ thời hạn hoàn thành và sản phẩm đầu ra của từng nhiệm vụ.",
          },
          { type: "heading", text: "II. KẾT QUẢ THỰC HIỆN" },
          {
            type: "paragraph",
            text: "1. Tổng hợp chung. Kế hoạch có 40 nhiệm vụ; tỷ lệ hoàn thành đạt 60%.",
          },
          {
            type: "table",
            size: 12,
            columns: [
              { header: "STT", weight: 4, align: "center" },
              { header: "Lĩnh vực (nhóm chỉ số PAPI)", weight: 30, align: "left" },
              { header: "Tổng số nhiệm vụ", weight: 8, align: "center" },
              { header: "Hoàn thành đúng hạn", weight: 9, align: "center" },
              { header: "Hoàn thành trễ hạn", weight: 9, align: "center" },
              { header: "Đang thực hiện", weight: 9, align: "center" },
              { header: "Chưa triển khai", weight: 9, align: "center" },
              { header: "Quá hạn", weight: 8, align: "center" },
              { header: "Tỷ lệ hoàn thành (%)", weight: 10, align: "center" },
            ],
            rows: summary,
          },
          { type: "paragraph", text: "2. Kết quả thực hiện theo từng lĩnh vực" },
          ...DIMENSIONS.flatMap((d) => [
            { type: "paragraph" as const, text: `2.${d.id}. ${d.vn}` },
            {
              type: "paragraph" as const,
              text: `- Nhiệm vụ thuộc lĩnh vực "${d.vn}": đã tổ chức ${d.id} hội nghị, ban hành ${d.subs.length} văn bản hướng dẫn; kết quả bước đầu được người dân ghi nhận.`,
            },
          ]),
          { type: "heading", text: "III. TỒN TẠI, HẠN CHẾ" },
          {
            type: "paragraph",
            text: "(Nêu những tồn tại, hạn chế và nguyên nhân trong quý I năm 2025.)",
            italic: true,
            placeholder: true,
          },
          { type: "heading", text: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" },
          { type: "paragraph", text: "Tiếp tục triển khai các nhiệm vụ còn lại của Kế hoạch." },
          { type: "heading", text: "V. KIẾN NGHỊ, ĐỀ XUẤT" },
          {
            type: "paragraph",
            text: "Đề nghị UBND tỉnh quan tâm, chỉ đạo các sở, ngành phối hợp thực hiện./.",
          },
          {
            type: "closing",
            recipientsTitle: "Nơi nhận:",
            recipients: ["- Sở Nội vụ;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP."],
            signerTitle: "Giám đốc",
            signer: "Nguyễn Văn Ánh",
          },
        ],
      },
      {
        name: "Phụ lục",
        orientation: "landscape",
        blocks: [
          { type: "title", phrases: ["PHỤ LỤC"], size: 14 },
          {
            type: "title",
            phrases: ["DANH MỤC NHIỆM VỤ", "VÀ KẾT QUẢ THỰC HIỆN", "QUÝ I NĂM 2025"],
            size: 14,
          },
          {
            type: "title",
            phrases: ["(Kèm theo Báo cáo số      /BC-SNV", "ngày 05/04/2025", "của Sở Nội vụ)"],
            size: 13,
            italic: true,
          },
          { type: "table", columns: APPENDIX_COLUMNS, rows: appendixRows(), size: 11 },
        ],
      },
    ],
  };
}

const nfc = (s: string) => s.normalize("NFC");
/** The page's text in drawing order, lines joined by spaces (a wrapped phrase reads whole). */
const pageText = (p: Page) => nfc(p.items.map((i) => i.str).join(" ")).replace(/\s+/g, " ");
const allText = (x: Extracted) => x.pages.map(pageText).join(" ");
const isPageNumber = (i: Item) => /^\d+$/.test(i.str) && i.y < TOP;

let doc: ReportDocument;
let pdf: Uint8Array;
let text: Extracted;

beforeAll(async () => {
  doc = testDocument();
  ({ pdf, text } = await render(doc, "pdf-check"));
});

describe("renderPdf", () => {
  it("embeds Tinos (Times New Roman's metrics) for every font used and sets the document title", () => {
    const raw = Buffer.from(pdf).toString("latin1");
    const fonts = [...raw.matchAll(/\/FontName \/([^\s/>]+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect([...raw.matchAll(/\/FontFile2 /g)]).toHaveLength(fonts.length);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times)/);
    expect(text.title).toBe(doc.title);
  });

  it("keeps every Vietnamese diacritic of the motto, the national title and the eight PAPI dimensions", () => {
    const first = pageText(text.pages[0] as Page);
    expect(first).toContain(nfc(NATION));
    expect(first).toContain(nfc(MOTTO));
    const all = allText(text);
    for (const d of DIMENSIONS) expect(all).toContain(nfc(`2.${d.id}. ${d.vn}`));
    expect(all).toContain(nfc("Nguyễn Văn Ánh"));
    expect(all).toContain("Số: /BC-SNV");
  });

  it("justifies body paragraphs between the margins, with a 1 cm first-line indent", () => {
    const page = text.pages[0] as Page;
    const start = page.items.findIndex((i) => i.str.startsWith("Thực hiện Kế hoạch số 12/KH-SNV"));
    const end = page.items.findIndex((i) => i.str === "I. TÌNH HÌNH TRIỂN KHAI");
    const lines = page.items.slice(start, end);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const left = (lines[1] as Item).x;
    const right = (lines[0] as Item).x + (lines[0] as Item).width;
    expect(inMm(left)).toBeGreaterThanOrEqual(MARGIN_MM.left[0] - 0.2);
    expect(inMm(left)).toBeLessThanOrEqual(MARGIN_MM.left[1] + 0.2);
    expect(inMm(page.width - right)).toBeGreaterThanOrEqual(MARGIN_MM.right[0] - 0.2);
    expect(inMm(page.width - right)).toBeLessThanOrEqual(MARGIN_MM.right[1] + 0.2);
    expect((lines[0] as Item).x).toBeCloseTo(left + 10 * MM_TO_PT, 0);
    for (const l of lines.slice(1)) expect(l.x).toBeCloseTo(left, 0);
    for (const l of lines.slice(0, -1)) expect(Math.abs(l.x + l.width - right)).toBeLessThan(0.5);
    const last = lines.at(-1) as Item;
    expect(last.str.endsWith("như sau:")).toBe(true);
    expect(last.x + last.width).toBeLessThan(right - 100);
  });

  it("does not break words inside narrow table columns", () => {
    const first = text.pages[0] as Page;
    expect(first.items.map((i) => i.str)).toContain("STT");
    const dates = allText(text).match(/30\/06\/2025/g) ?? [];
    expect(dates).toHaveLength(appendixRows().filter((r) => r.kind !== "group").length);
  });

  it("starts the body below the taller header column", () => {
    const page = text.pages[0] as Page;
    const title = page.items.find((i) => i.str === "BÁO CÁO") as Item;
    const header = page.items.filter((i) => i.y < title.y - title.height);
    expect(header.map((i) => i.str)).toEqual(
      expect.arrayContaining([
        "UBND TỈNH QUẢNG NINH",
        NATION,
        MOTTO,
        "Quảng Ninh, ngày 05 tháng 04 năm 2025",
      ]),
    );
    const lowestHeader = Math.max(...header.map((i) => i.y));
    expect(title.y - title.height).toBeGreaterThan(lowestHeader);
  });

  it("numbers pages centred at the top from page 2, the appendix on its own from 1 (Decree 30)", () => {
    const appendix = text.pages.findIndex((p) => pageText(p).includes("PHỤ LỤC"));
    expect(appendix).toBeGreaterThanOrEqual(2);
    expect(text.pages.length - appendix).toBeGreaterThanOrEqual(2);
    text.pages.forEach((p, n) => {
      const numbers = p.items.filter(isPageNumber);
      // The first page of the report and of the appendix shows no number.
      const expected = n === 0 || n === appendix ? [] : [String(n < appendix ? n + 1 : n - appendix + 1)];
      expect(numbers.map((i) => i.str)).toEqual(expected);
      if (expected.length === 0) return;
      const centre = (numbers[0] as Item).x + (numbers[0] as Item).width / 2;
      // Centred on the text area, as the first page of the same orientation spans it.
      const area = (text.pages[n < appendix ? 0 : appendix] as Page).items.filter((i) => !isPageNumber(i));
      const left = Math.min(...area.map((i) => i.x));
      const right = Math.max(...area.map((i) => i.x + i.width));
      expect(Math.abs(centre - (left + right) / 2)).toBeLessThan(1);
    });
  });

  it("sets Số: on the baseline of the place and date", () => {
    const page = text.pages[0] as Page;
    const number = page.items.find((i) => i.str.startsWith("Số:")) as Item;
    const date = page.items.find((i) => i.str.startsWith("Quảng Ninh, ngày")) as Item;
    expect(Math.abs(number.y - date.y)).toBeLessThan(0.5);
    expect(number.x + number.width).toBeLessThan(date.x);
  });

  it("breaks the subject line between its phrases, never leaving a lone word", () => {
    const page = text.pages[0] as Page;
    const start = page.items.findIndex((i) => i.str === "BÁO CÁO");
    const lines = page.items.slice(start + 1, start + 3).map((i) => nfc(i.str));
    expect(lines).toEqual(["Kết quả thực hiện Kế hoạch cải thiện, nâng cao", "Chỉ số PAPI quý I năm 2025"]);
  });

  it("draws one short rule, centred, under the subject line (Decree 30)", () => {
    const page = text.pages[0] as Page;
    const subject = page.items.find((i) => nfc(i.str) === "Chỉ số PAPI quý I năm 2025") as Item;
    const body = page.items.find((i) => i.str.startsWith("Thực hiện Kế hoạch số")) as Item;
    const under = page.rules.filter((r) => r.y > subject.y && r.y < body.y - body.height);
    expect(under).toHaveLength(1);
    const rule = under[0] as Rule;
    expect(rule.y - subject.y).toBeLessThan(12);
    // A third to a half of the line, centred on it.
    const width = rule.x2 - rule.x1;
    expect(width).toBeGreaterThan(subject.width / 3 - 1);
    expect(width).toBeLessThan(subject.width / 2 + 1);
    expect(Math.abs((rule.x1 + rule.x2) / 2 - (subject.x + subject.width / 2))).toBeLessThan(1);
  });

  it("puts the appendix on its own landscape pages after the portrait report", () => {
    const first = text.pages[0] as Page;
    expect(first.height).toBeGreaterThan(first.width);
    const start = text.pages.findIndex((p) => pageText(p).includes("PHỤ LỤC"));
    expect(start).toBeGreaterThan(0);
    const appendix = text.pages.slice(start);
    for (const p of appendix) expect(p.width).toBeGreaterThan(p.height);
    for (const p of text.pages.slice(0, start)) expect(p.height).toBeGreaterThan(p.width);
    const firstLine = (text.pages[start] as Page).items.find((i) => !isPageNumber(i));
    expect(firstLine?.str).toBe("PHỤ LỤC");
    expect(pageText(text.pages[start - 1] as Page)).toContain("Nguyễn Văn Ánh");
  });

  it("repeats the header row on every page a long table spans", () => {
    const pages = text.pages.filter((p) => p.items.some((i) => i.str.startsWith("Nhiệm vụ thử số")));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      const header = p.items.find((i) => i.str === TASK_HEADER);
      expect(header).toBeDefined();
      const firstRow = Math.min(
        ...p.items.filter((i) => i.str.startsWith("Nhiệm vụ thử số")).map((i) => i.y),
      );
      expect((header as Item).y).toBeLessThan(firstRow);
    }
    // A dimension's group row is never left alone at the foot of a page.
    for (const p of pages) {
      const groups = p.items.filter((i) => DIMENSIONS.some((d) => i.str === `${d.id}. ${d.vn}`));
      const lowestTask = Math.max(
        ...p.items.filter((i) => i.str.startsWith("Nhiệm vụ thử số")).map((i) => i.y),
      );
      for (const g of groups) expect(g.y).toBeLessThan(lowestTask);
    }
    const rows = appendixRows().filter((r) => r.kind !== "group").length;
    for (let n = 1; n <= rows; n++) expect(allText(text)).toContain(`Nhiệm vụ thử số ${n}:`);
    expect(allText(text).replace(/ /g, "")).toContain(LONG_LINK);
    // The link breaks after its slashes and dots where it can, not in the middle of "drive".
    const linkStart = text.pages.flatMap((p) => p.items).find((i) => i.str.startsWith("https:"));
    expect(linkStart?.str).toMatch(/[/.]$/);
  });

  it("sets A4 pages with Decree 30's margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm", () => {
    const appendix = text.pages.findIndex((p) => pageText(p).includes("PHỤ LỤC"));
    for (const [n, p] of text.pages.entries()) {
      const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
      expect(short).toBeCloseTo(A4.width, 0);
      expect(long).toBeCloseTo(A4.height, 0);
      const body = p.items.filter((i) => !isPageNumber(i));
      // Every page's text starts at the top margin.
      const top = inMm(Math.min(...body.map((i) => i.y - ASCENT * i.height)));
      expect(top).toBeGreaterThanOrEqual(MARGIN_MM.top[0] - 0.2);
      expect(top).toBeLessThanOrEqual(MARGIN_MM.top[1] + 0.2);
      // The first page's paragraphs and the appendix's table span the text area from margin to margin.
      if (n !== 0 && n !== appendix) continue;
      const left = inMm(Math.min(...body.map((i) => i.x)));
      const right = inMm(p.width - Math.max(...body.map((i) => i.x + i.width)));
      expect(left).toBeGreaterThanOrEqual(MARGIN_MM.left[0] - 0.2);
      expect(left).toBeLessThanOrEqual(MARGIN_MM.left[1] + 0.2);
      expect(right).toBeGreaterThanOrEqual(MARGIN_MM.right[0] - 0.2);
      expect(right).toBeLessThanOrEqual(MARGIN_MM.right[1] + 0.2);
    }
  });

  it("keeps all text inside the margins and never overlaps two pieces of text", () => {
    for (const p of text.pages) {
      const body = p.items.filter((i) => !isPageNumber(i));
      for (const i of body) {
        expect(i.x).toBeGreaterThanOrEqual(LEFT - 0.5);
        expect(i.x + i.width).toBeLessThanOrEqual(p.width - RIGHT + 0.5);
        expect(i.y - ASCENT * i.height).toBeGreaterThanOrEqual(TOP - 0.5);
        expect(i.y).toBeLessThanOrEqual(p.height - BOTTOM);
      }
      const overlaps = body.flatMap((a, k) =>
        body.slice(k + 1).filter((b) => {
          const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const dy = Math.min(a.y, b.y) - Math.max(a.y - a.height, b.y - b.height);
          return dx > 0.5 && dy > 0.5;
        }),
      );
      expect(overlaps).toEqual([]);
    }
  });

  it("keeps the closing block together, with room for the signature", () => {
    const page = text.pages.find((p) => pageText(p).includes("Nơi nhận:")) as Page;
    const title = page.items.find((i) => i.str === "GIÁM ĐỐC") as Item;
    const signer = page.items.find((i) => i.str === "Nguyễn Văn Ánh") as Item;
    const recipients = page.items.find((i) => i.str === "Nơi nhận:") as Item;
    expect(title).toBeDefined();
    expect(signer).toBeDefined();
    expect(signer.y - title.y).toBeGreaterThan(2 * 10 * MM_TO_PT);
    expect(Math.abs(recipients.y - title.y)).toBeLessThan(3);
    expect(recipients.x).toBeLessThan(title.x);
  });

  it("splits a table row taller than a page over several pages without losing text", async () => {
    const words = Array.from({ length: 900 }, (_, i) => `từ${i + 1}`);
    const tall: ReportDocument = {
      title: "Bảng có dòng rất dài",
      sections: [
        {
          name: "Phụ lục",
          orientation: "landscape",
          blocks: [
            { type: "paragraph", text: "Đoạn mở đầu." },
            {
              type: "table",
              size: 11,
              columns: [
                { header: "STT", weight: 1, align: "center" },
                { header: "Kết quả", weight: 6, align: "left" },
              ],
              rows: [{ cells: ["1", words.join(" ")] }, { cells: ["2", "Dòng sau"] }],
            },
          ],
        },
      ],
    };
    const { text: out } = await render(tall, "tall-row");
    expect(out.pages.length).toBeGreaterThanOrEqual(2);
    const all = allText(out);
    for (const w of words) expect(all).toContain(`${w} `);
    expect(all).toContain("Dòng sau");
    for (const p of out.pages) {
      expect(p.items.some((i) => i.str === "Kết quả")).toBe(true);
      for (const i of p.items.filter((it) => !isPageNumber(it)))
        expect(i.y).toBeLessThanOrEqual(p.height - BOTTOM);
    }
  });
});

describe("the example plan's reports, as a clerk reads them", () => {
  const HEADING = /^(I|II|III|IV|V)\. [A-ZĐ]|^2(\.\d)?\. /u;

  it("prints the header, the subject and the closing block in Decree 30's faces and sizes", async () => {
    const r = prepareReport(sampleWorkbook(), "2020-Q1", dayOf(2020, 3, 16));
    const { text: out } = await render(r.document, "example-faces");
    const items = out.pages.flatMap((p) => p.items);
    const item = (what: string, test: (s: string) => boolean) => {
      const found = items.find((i) => test(nfc(i.str)));
      if (!found) throw new Error(`no "${what}" in the PDF`);
      return found;
    };
    /** Bold, italic and a size in [least, most] points, as docs/workbook.md ("The report") gives them. */
    const expectFace = (i: Item, face: { bold: boolean; italic: boolean; size: [number, number] }) => {
      const seen = { text: i.str, bold: /Bold/.test(i.font), italic: /Italic/.test(i.font) };
      expect(seen).toEqual({ text: i.str, bold: face.bold, italic: face.italic });
      expect(i.height).toBeGreaterThanOrEqual(face.size[0]);
      expect(i.height).toBeLessThanOrEqual(face.size[1]);
    };
    const upper = (i: Item) => expect(i.str).toBe(i.str.toLocaleUpperCase("vi"));

    const parent = item("UBND TỈNH MẪU", (s) => s === "UBND TỈNH MẪU");
    expectFace(parent, { bold: false, italic: false, size: [12, 13] });
    const agency = item("the agency", (s) => s.startsWith("BAN QUẢN LÝ"));
    expectFace(agency, { bold: true, italic: false, size: [12, 13] });
    upper(agency);
    expectFace(
      item("Số:", (s) => s.startsWith("Số:")),
      { bold: false, italic: false, size: [13, 13] },
    );
    const nation = item(NATION, (s) => s === nfc(NATION));
    expectFace(nation, { bold: true, italic: false, size: [12, 13] });
    expectFace(
      item(MOTTO, (s) => s === nfc(MOTTO)),
      { bold: true, italic: false, size: [13, 14] },
    );
    const date = item("the place and date", (s) => s.startsWith("Tỉnh Mẫu, ngày "));
    expectFace(date, { bold: false, italic: true, size: [13, 14] });

    expectFace(
      item("BÁO CÁO", (s) => s === "BÁO CÁO"),
      { bold: true, italic: false, size: [13, 14] },
    );
    for (const line of ["Kết quả thực hiện Kế hoạch", "Chỉ số PAPI quý I năm 2020"])
      expectFace(
        item(line, (s) => s.includes(line)),
        { bold: true, italic: false, size: [13, 14] },
      );

    expectFace(
      item("Nơi nhận:", (s) => s === "Nơi nhận:"),
      { bold: true, italic: true, size: [12, 12] },
    );
    for (const line of ["- Sở Nội vụ;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP."])
      expectFace(
        item(line, (s) => s === line),
        { bold: false, italic: false, size: [11, 11] },
      );
    const title = item("TRƯỞNG BAN", (s) => s === "TRƯỞNG BAN");
    expectFace(title, { bold: true, italic: false, size: [13, 14] });
    expectFace(
      item("Nguyễn Văn A", (s) => s === "Nguyễn Văn A"),
      { bold: true, italic: false, size: [13, 14] },
    );
  }, 60_000);

  it("signs on behalf as the staff guide says: Chức vụ người ký on two lines, KT. above the deputy's title", async () => {
    const sheets = sampleSheets();
    const settings = sheets.find((s) => s.name === "Cấu hình");
    const row = settings?.rows.find((r) => r[0] === "Chức vụ người ký");
    if (!row) throw new Error("the example has no Chức vụ người ký");
    row[1] = "KT. Trưởng ban\nPhó Trưởng ban";
    const r = prepareReport({ sheets, timeZone: "UTC" }, "2020-Q1", dayOf(2020, 3, 16));
    const { text: out } = await render(r.document, "example-kt");
    const page = out.pages.find((p) => p.items.some((i) => i.str === "Nơi nhận:")) as Page;
    const line = (str: string) => page.items.find((i) => nfc(i.str) === str) as Item;
    const [kt, deputy, name] = [line("KT. TRƯỞNG BAN"), line("PHÓ TRƯỞNG BAN"), line("Nguyễn Văn A")];
    for (const i of [kt, deputy, name]) expect(i?.font).toBe("Tinos-Bold");
    expect(deputy.y).toBeGreaterThan(kt.y);
    expect(name.y).toBeGreaterThan(deputy.y);
    const centre = (i: Item) => i.x + i.width / 2;
    expect(Math.abs(centre(kt) - centre(deputy))).toBeLessThan(1);
  }, 60_000);

  it.each(["2020-Q1", "2020-H1", "2020-Y"])(
    "%s: the body ends before the appendix, the yearly one within 8 pages, no heading alone at a page foot",
    async (period) => {
      const r = prepareReport(sampleWorkbook(), period, dayOf(2020, 12, 18));
      const { text: out } = await render(r.document, `example-${period}`);
      const appendix = out.pages.findIndex((p) => p.items.some((i) => i.str === "PHỤ LỤC"));
      expect(appendix).toBeGreaterThan(0);
      if (period === "2020-Y") expect(appendix).toBeLessThanOrEqual(8);
      for (const page of out.pages.slice(0, appendix)) {
        const lowest = page.items.filter((i) => !isPageNumber(i)).sort((a, b) => b.y - a.y)[0];
        expect(nfc(lowest?.str ?? "")).not.toMatch(HEADING);
      }
    },
    60_000,
  );
});
