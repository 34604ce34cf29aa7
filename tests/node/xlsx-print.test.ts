/**
 * The report's .xlsx as a clerk prints it (docs/workbook.md, "The report"). LibreOffice prints the
 * file `papi report` writes to PDF, once for this file, and the tests read the printed pages (pdfjs:
 * words with their positions, and the lines drawn). What a print cannot show (frozen rows, the filter,
 * numbers stored as numbers, print setup) is read from the file's own XML. Without `soffice` the
 * printing tests fail unless PAPI_SKIP_SOFFICE_TESTS=1; the XML tests always run.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { dayOf } from "../../src/core/day";
import { MM_TO_PT, PAGE } from "../../src/core/document";
import { prepareReport } from "../../src/core/engine";
import { gridWorkbookBytes } from "../../src/node/xlsx-report";
import { sampleWorkbook } from "../../src/sample/sample";

const OPT_OUT = "PAPI_SKIP_SOFFICE_TESTS";
const SOFFICE = (process.env.PATH ?? "")
  .split(delimiter)
  .map((d) => join(d, "soffice"))
  .find((f) => existsSync(f));
const MISSING = `soffice is missing: the .xlsx printing tests need LibreOffice Calc (apt-get update && apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui; .ci/run does it). To run the other tests without it, set ${OPT_OUT}=1.`;
const EXTRACT = join(__dirname, "..", "support", "pdf-text.mjs");
const TOP = PAGE.marginMm.top * MM_TO_PT;
const LEFT = PAGE.marginMm.left * MM_TO_PT;
const RIGHT = PAGE.marginMm.right * MM_TO_PT;

// Generous: LibreOffice starts slowly on a busy machine; nothing here measures time.
jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), "papi-xlsx-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = prepareReport(sampleWorkbook(), "2020-Q1", dayOf(2020, 3, 16));
const xlsxFile = join(dir, "BC-PAPI-2020-Q1-BQLKCN.xlsx");
let written: Promise<Buffer> | undefined;
/** The file as `papi report` writes it, written once. */
function xlsx(): Promise<Buffer> {
  written ??= gridWorkbookBytes(report.grids, report.document.title).then((bytes) => {
    writeFileSync(xlsxFile, bytes);
    return Buffer.from(bytes);
  });
  return written;
}

const nfc = (s: string) => s.normalize("NFC");

describe("the report's .xlsx in its XML", () => {
  let zip: JSZip;
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  let strings: string[];
  let sheets: { main: string; appendix: string };
  let styles: { wrap: boolean; top: boolean; all: boolean }[];

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await xlsx());
    strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      unescapeXml((m[1] ?? "").replace(/<[^>]+>/g, "")),
    );
    const workbook = await part("xl/workbook.xml");
    const rels = await part("xl/_rels/workbook.xml.rels");
    const sheetXml = async (name: string) => {
      const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return part(`xl/${target}`);
    };
    sheets = { main: await sheetXml("Báo cáo"), appendix: await sheetXml("Phụ lục") };
    const xml = await part("xl/styles.xml");
    const borders = [
      ...(/<borders[^>]*>(.*?)<\/borders>/s.exec(xml)?.[1] ?? "").matchAll(/<border>(.*?)<\/border>/gs),
    ].map((m) => m[1] ?? "");
    styles = [
      ...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(xml)?.[1] ?? "").matchAll(
        /<xf ([^>]*?)(?:\/>|>(.*?)<\/xf>)/gs,
      ),
    ].map((m) => {
      const border = borders[Number(/borderId="(\d+)"/.exec(m[1] ?? "")?.[1] ?? 0)] ?? "";
      return {
        wrap: /wrapText="1"/.test(m[2] ?? ""),
        top: /<top style="thin"/.test(border),
        all: /<left style="thin"/.test(border) && /<bottom style="thin"/.test(border),
      };
    });
  });

  /** The cells of a sheet: value as text (shared strings resolved), type attribute, style. */
  const cellsOf = (xml: string) =>
    [...xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map((m) => {
      const attrs = m[3] ?? "";
      const t = /\bt="([^"]+)"/.exec(attrs)?.[1];
      const v = /<v>(.*?)<\/v>/s.exec(m[4] ?? "")?.[1];
      return {
        col: [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
        row: Number(m[2]),
        t,
        value: t === "s" ? (strings[Number(v)] ?? "") : v === undefined ? undefined : Number(v),
        style: styles[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)],
      };
    });
  const merges = (xml: string) =>
    [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => {
      const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return { col1: col(m[1] ?? ""), row1: Number(m[2]), col2: col(m[3] ?? ""), row2: Number(m[4]) };
    });
  const find = (xml: string, text: string) => {
    const cell = cellsOf(xml).find((c) => typeof c.value === "string" && c.value.startsWith(text));
    if (!cell) throw new Error(`no cell starts with ${text}`);
    return cell;
  };

  test("the subject's two lines are one wrapped cell with a line break between its phrases; header cells wrap", () => {
    const subject = find(sheets.main, "Kết quả thực hiện");
    expect(subject.value).toBe("Kết quả thực hiện Kế hoạch cải thiện, nâng cao\nChỉ số PAPI quý I năm 2020");
    expect(subject.t).toBe("s");
    expect(subject.style?.wrap).toBe(true);
    for (const text of ["BAN QUẢN LÝ", "CỘNG HÒA", "Độc lập", "BÁO CÁO"])
      expect(`${text}: ${find(sheets.main, text).style?.wrap}`).toBe(`${text}: true`);
  });

  test("the rules are top borders of the cells right under the agency, the motto and the subject, within their width", () => {
    const cells = cellsOf(sheets.main);
    const tableTop = find(sheets.main, "STT").row;
    const ruled = cells.filter((c) => c.row < tableTop && c.style?.top);
    const rows = [...new Set(ruled.map((c) => c.row))];
    expect(rows).toHaveLength(3);
    for (const text of ["BAN QUẢN LÝ", "Độc lập", "Kết quả thực hiện"]) {
      const cell = find(sheets.main, text);
      const merge = merges(sheets.main).find((m) => m.row1 === cell.row && m.col1 === cell.col);
      const under = ruled.filter((c) => c.row === (merge?.row2 ?? cell.row) + 1);
      // Some of the columns under the text, never all: a short rule, not a line across.
      expect(`${text}: ${under.length > 0}`).toBe(`${text}: true`);
      for (const c of under) {
        expect(c.col).toBeGreaterThanOrEqual(merge?.col1 ?? 0);
        expect(c.col).toBeLessThanOrEqual(merge?.col2 ?? 0);
      }
      expect(under.length).toBeLessThan((merge?.col2 ?? 0) - (merge?.col1 ?? 0) + 1);
    }
    // The summary table: thin lines all round every cell.
    expect(cells.filter((c) => c.row === tableTop).every((c) => c.style?.all)).toBe(true);
  });

  test("STT, the counts and the percentages are numbers (no `t`); status and percentage have columns of their own", () => {
    const main = cellsOf(sheets.main);
    const tableTop = find(sheets.main, "STT").row;
    // The 8 dimensions and the total row under the header.
    const stt = main.filter(
      (c) => c.col === 1 && c.row > tableTop && c.row <= tableTop + 9 && c.value !== undefined,
    );
    expect(stt.map((c) => [c.t, c.value])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [undefined, n]));
    const cells = cellsOf(sheets.appendix);
    const header = find(sheets.appendix, "STT").row;
    const headers = cells.filter((c) => c.row === header).map((c) => c.value);
    expect(headers).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Nhóm / Nội dung thành phần",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
      "Kết quả trong kỳ",
      "Tình trạng",
      "Tiến độ (%)",
      "Minh chứng",
    ]);
    const tasks = cells.filter(
      (c) => c.row > header && c.col === 1 && c.t === undefined && c.value !== undefined,
    );
    expect(tasks.map((c) => c.value)).toEqual(report.model.statuses.map((_, i) => i + 1));
    const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col);
    const byId = new Map(report.model.statuses.map((s) => [s.task.content, s]));
    for (const c of tasks) {
      const status = byId.get(String(at(c.row, 2)?.value));
      const percent = at(c.row, 9);
      expect(percent?.t).toBeUndefined();
      expect(percent?.value).toBe(status?.progress);
      expect(String(at(c.row, 8)?.value)).not.toMatch(/%/);
    }
  });

  test("the appendix's header row is frozen and filtered; the report's first sheet neither", () => {
    const header = find(sheets.appendix, "STT").row;
    const pane = /<pane ([^>]*)\/>/.exec(sheets.appendix)?.[1] ?? "";
    expect(pane).toContain(`ySplit="${header}"`);
    expect(pane).toContain(`topLeftCell="A${header + 1}"`);
    expect(pane).toContain('state="frozen"');
    const last = Math.max(
      ...cellsOf(sheets.appendix)
        .filter((c) => c.value !== undefined)
        .map((c) => c.row),
    );
    expect(/<autoFilter ref="([^"]+)"/.exec(sheets.appendix)?.[1]).toBe(`A${header}:J${last}`);
    expect(sheets.main).not.toContain("<pane");
    expect(sheets.main).not.toContain("<autoFilter");
  });

  test("print setup: A4, Decree 30 margins, portrait report, landscape appendix, fit to width, each sheet numbered from 1 at the top centre from page 2", async () => {
    for (const [xml, orientation] of [
      [sheets.main, "portrait"],
      [sheets.appendix, "landscape"],
    ] as const) {
      const setup = /<pageSetup ([^>]*)\/>/.exec(xml)?.[1] ?? "";
      for (const attr of [
        'paperSize="9"',
        `orientation="${orientation}"`,
        'fitToWidth="1"',
        'fitToHeight="0"',
        'firstPageNumber="1"',
        'useFirstPageNumber="1"',
      ])
        expect(setup).toContain(attr);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      const margins = /<pageMargins ([^>]*)\/>/.exec(xml)?.[1] ?? "";
      const inch = (name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(margins)?.[1]);
      expect(inch("left") * 25.4).toBeCloseTo(PAGE.marginMm.left, 3);
      expect(inch("right") * 25.4).toBeCloseTo(PAGE.marginMm.right, 3);
      expect(inch("top") * 25.4).toBeCloseTo(PAGE.marginMm.top, 3);
      expect(inch("bottom") * 25.4).toBeCloseTo(PAGE.marginMm.bottom, 3);
      expect(xml).toMatch(
        /<headerFooter differentFirst="1"><oddHeader>&amp;C[^<]*&amp;P<\/oddHeader><\/headerFooter>/,
      );
    }
    const header = find(sheets.appendix, "STT").row;
    expect(await part("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Phụ lục&apos;!$${header}:$${header}</definedName>`,
    );
    // Column widths count digits of the first font: Times New Roman 10.5 pt, a digit of 7 px in Excel
    // and LibreOffice alike (Calibri, exceljs's default, is missing where LibreOffice runs on Linux).
    expect(/<fonts[^>]*><font>(.*?)<\/font>/.exec(await part("xl/styles.xml"))?.[1]).toBe(
      '<sz val="10.5"/><name val="Times New Roman"/>',
    );
  });
});

interface Item {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
}
interface Page {
  width: number;
  height: number;
  items: Item[];
  /** Horizontal lines; LibreOffice draws in PDF's own space, so their y is from the page's BOTTOM. */
  rules: { x1: number; x2: number; y: number }[];
}

if (!SOFFICE && process.env[OPT_OUT] !== "1") {
  // Without LibreOffice the suite fails, so that a missing soffice never passes for a printed .xlsx.
  describe("the report's .xlsx printed by LibreOffice", () => {
    test("soffice is installed", () => {
      throw new Error(MISSING);
    });
  });
} else if (!SOFFICE) {
  console.warn(`WARNING: ${OPT_OUT}=1 and soffice is missing: the .xlsx printing tests are not run.`);
}

(SOFFICE ? describe : describe.skip)("the report's .xlsx printed by LibreOffice", () => {
  let pages: Page[];
  /** The report's pages, then the appendix's (from the page that opens with PHỤ LỤC). */
  let main: Page[];
  let appendix: Page[];

  beforeAll(async () => {
    await xlsx();
    const profile = join(dir, "profile");
    mkdirSync(profile);
    // A profile of its own, so that a LibreOffice already running elsewhere is neither used nor disturbed.
    execFileSync(
      SOFFICE ?? "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsxFile,
      ],
      { stdio: "pipe", timeout: 240_000 },
    );
    const pdf = xlsxFile.replace(/\.xlsx$/, ".pdf");
    if (process.env.XLSX_PRINT_OUT)
      writeFileSync(join(process.env.XLSX_PRINT_OUT, "xlsx-printed.pdf"), readFileSync(pdf));
    pages = (
      JSON.parse(execFileSync(process.execPath, [EXTRACT, pdf], { encoding: "utf8" })) as { pages: Page[] }
    ).pages;
    for (const p of pages) for (const i of p.items) i.str = nfc(i.str);
    const start = pages.findIndex((p) => p.items.some((i) => i.str === "PHỤ LỤC"));
    main = pages.slice(0, start);
    appendix = pages.slice(start);
  });

  const item = (page: Page | undefined, str: string) => {
    const found = page?.items.find((i) => i.str === str);
    if (!found) throw new Error(`"${str}" is not printed on the page`);
    return found;
  };

  test("A4: the report in portrait, the appendix in landscape", () => {
    expect(main.length).toBeGreaterThan(1);
    expect(appendix.length).toBeGreaterThan(1);
    for (const p of main) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    for (const p of appendix) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  test("the subject line breaks between its phrases, as in the PDF", () => {
    const first = item(main[0], "Kết quả thực hiện Kế hoạch cải thiện, nâng cao");
    const second = item(main[0], "Chỉ số PAPI quý I năm 2020");
    expect(second.y - first.y).toBeGreaterThan(10);
    expect(second.y - first.y).toBeLessThan(25);
  });

  test("short rules are printed under the agency, the motto and the subject, centred on their lines", () => {
    const page = main[0] as Page;
    for (const [text, min, max] of [
      ["CÔNG NGHIỆP TỈNH MẪU", 1 / 3, 1 / 2],
      ["Độc lập - Tự do - Hạnh phúc", 0.95, 1.05],
      ["Chỉ số PAPI quý I năm 2020", 1 / 3, 1 / 2],
    ] as const) {
      const line = item(page, text);
      const under = page.rules
        .map((r) => ({ ...r, y: page.height - r.y }))
        .filter((r) => r.y > line.y && r.y < line.y + 12);
      expect(`${text}: ${under.length} rule(s)`).toBe(`${text}: 1 rule(s)`);
      const rule = under[0] ?? { x1: 0, x2: 0 };
      const share = (rule.x2 - rule.x1) / line.width;
      expect(share).toBeGreaterThan(min - 0.02);
      expect(share).toBeLessThan(max + 0.02);
      expect(Math.abs((rule.x1 + rule.x2) / 2 - (line.x + line.width / 2))).toBeLessThan(4);
    }
  });

  test("the report and the appendix are each numbered from 1: no number on a first page, then 2, 3… centred at the top", () => {
    const centre = (LEFT + (PAGE.widthMm * MM_TO_PT - RIGHT)) / 2;
    const landscapeCentre = (LEFT + (PAGE.heightMm * MM_TO_PT - RIGHT)) / 2;
    for (const [part, middle] of [
      [main, centre],
      [appendix, landscapeCentre],
    ] as const) {
      const numbers = part.map((p) => p.items.filter((i) => i.y < TOP && /^\d+$/.test(i.str)));
      expect(numbers.map((n) => n.map((i) => i.str).join(","))).toEqual(
        part.map((_, i) => (i === 0 ? "" : String(i + 1))),
      );
      for (const [n] of numbers.slice(1))
        expect(Math.abs((n?.x ?? 0) + (n?.width ?? 0) / 2 - middle)).toBeLessThan(4);
    }
  });

  test("the summary table is printed whole on one page, and Nơi nhận and the signature with the closing sentence", () => {
    const on = (text: string) => main.findIndex((p) => p.items.some((i) => i.str.startsWith(text)));
    const table = ["Lĩnh vực (nhóm", "Tham gia của người dân ở", "Quản trị điện tử", "Tổng cộng"];
    expect(table.map(on)).toEqual(table.map(() => on("Tổng cộng")));
    const closing = ["Trên đây là báo cáo", "Nơi nhận:", "TRƯỞNG BAN", "Nguyễn Văn A"];
    expect(closing.map(on)).toEqual(closing.map(() => main.length - 1));
  });

  test("the appendix prints its header row on every page and every column on each page (fit to width)", () => {
    for (const p of appendix)
      for (const header of ["STT", "Nội dung nhiệm vụ", "Tình trạng", "Minh chứng"])
        expect(p.items.some((i) => i.str === header)).toBe(true);
  });

  test("status and percentage are printed in columns of their own, the percentage as a bare number", () => {
    const printed = appendix.flatMap((p) => p.items.map((i) => i.str));
    expect(printed.filter((s) => /\(\d+%\)/.test(s))).toEqual([]);
    // Each task's row: its STT, then on the same line its state's first word and its percentage, right of it.
    const table = report.document.sections[1]?.blocks.find((b) => b.type === "table");
    const rows = (table?.type === "table" ? table.rows : []).filter((r) => r.kind === undefined);
    expect(rows).toHaveLength(report.model.statuses.length);
    let checked = 0;
    for (const row of rows) {
      const [stt = "", , , , , , , state = "", progress = ""] = row.sheetCells ?? [];
      for (const page of appendix) {
        const header = page.items.find((h) => h.str === "Tình trạng");
        const number = page.items.find((s) => s.str === stt && s.x < (header?.x ?? 0) / 4);
        if (!number || !header) continue;
        const line = page.items.filter((s) => Math.abs(s.y - number.y) < 1 && s.x > header.x - 10);
        const printedState = line.find((s) => state.startsWith(s.str.split(" (")[0] ?? "?"));
        const percent = line.find((s) => s.str === progress && s.x > (printedState?.x ?? 0) + 30);
        expect(`${stt}: ${printedState?.str.split(" ")[0]} ${percent?.str}`).toBe(
          `${stt}: ${state.split(" ")[0]} ${progress}`,
        );
        checked++;
      }
    }
    expect(checked).toBe(report.model.statuses.length);
  });
});

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
