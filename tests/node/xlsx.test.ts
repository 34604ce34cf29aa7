import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DIMENSIONS } from "../../src/core/catalogue";
import { PercentCell } from "../../src/core/cells";
import { dayOf } from "../../src/core/day";
import { prepareReport, reportJson } from "../../src/core/engine";
import { readXlsx } from "../../src/node/xlsx-read";
import { gridWorkbookBytes } from "../../src/node/xlsx-report";
import { templateWorkbook } from "../../src/node/xlsx-template";
import { sampleSheets, sampleWorkbook } from "../../src/sample/sample";
import { workbook as planWorkbook, task } from "../support/workbook";

const dir = mkdtempSync(join(tmpdir(), "papi-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return readBack(file);
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

/** A cell range `B2:B1000` (or one cell) as row and column bounds. */
function box(ref: string) {
  const [a = "", b = a] = ref.split(":");
  const at = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return { c: [...(m?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), r: Number(m?.[2]) };
  };
  const [p, q] = [at(a), at(b)];
  return { ref, c1: p.c, r1: p.r, c2: q.c, r2: q.r };
}

/** The report as `papi report` writes it, read back. */
async function reportFile(report: ReturnType<typeof prepareReport>, name: string): Promise<ExcelJS.Workbook> {
  const file = join(dir, name);
  writeFileSync(file, await gridWorkbookBytes(report.grids, report.document.title));
  return readBack(file);
}

const texts = (ws: ExcelJS.Worksheet) => {
  const found: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value !== "") found.push(cell.value);
    });
  });
  return found;
};

describe("the report workbook (.xlsx)", () => {
  const report = prepareReport(sampleWorkbook(), "2020-Y", dayOf(2020, 12, 20));

  test("two sheets, Times New Roman, the Decree 30 texts and the summary numbers of the core", async () => {
    const wb = await reportFile(report, "bc.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Phụ lục"]);
    const main = wb.getWorksheet("Báo cáo") as ExcelJS.Worksheet;
    const all = texts(main);
    for (const t of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Nơi nhận:",
      "TRƯỞNG BAN",
      "Nguyễn Văn A",
    ])
      expect(all).toContain(t);
    expect(all).toContain("Tỉnh Mẫu, ngày 20 tháng 12 năm 2020");
    main.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value) expect(cell.font?.name).toBe("Times New Roman");
      });
    });
    const totalRow = main.getRows(1, main.rowCount)?.find((r) => r.getCell(2).value === "Tổng cộng");
    const t = report.model.totals;
    // Each table column's value stands in its first grid column (a column may span several, merged).
    expect(report.grids[0]?.tableColumns.map((c) => totalRow?.getCell(c).value)).toEqual([
      null, // the empty STT cell: bordered, no value
      "Tổng cộng",
      t.total,
      t.doneOnTime,
      t.doneLate,
      t.inProgress,
      t.notStarted,
      t.overdue,
      71,
    ]);
    expect(totalRow?.getCell(3).border?.top?.style).toBe("thin");
  });

  test("the PAPI scores are numbers shown with two decimals, the change with its sign", async () => {
    const wb = await reportFile(report, "bc-scores.xlsx");
    const main = wb.getWorksheet("Báo cáo") as ExcelJS.Worksheet;
    const first = report.grids[0]?.tableColumns ?? [];
    // The scores' table opens II, before the summary: its row of dimension 1 is the first that names it.
    const row = main.getRows(1, main.rowCount)?.find((r) => r.getCell(2).value === DIMENSIONS[0]?.vn);
    const scores = reportJson(report, null).scores?.[0];
    if (!row || !scores) throw new Error("no scores row");
    const years = Object.values(scores.years);
    const cells = first.slice(2, 2 + years.length + 2).map((c) => row.getCell(c));
    expect(cells.map((c) => c.value)).toEqual([...years, scores.change, scores.target]);
    expect(cells.map((c) => c.numFmt)).toEqual([...years.map(() => "0.00"), "+0.00;-0.00;0.00", "0.00"]);
  });

  test("print setup: A4, Decree 30 margins, fit to width, landscape appendix with its header repeated", async () => {
    const wb = await reportFile(report, "bc2.xlsx");
    const [main, appendix] = wb.worksheets;
    expect(main?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(main?.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 3);
    expect(main?.pageSetup.margins?.right).toBeCloseTo(15 / 25.4, 3);
    expect(main?.pageSetup.margins?.top).toBeCloseTo(20 / 25.4, 3);
    expect(appendix?.pageSetup.orientation).toBe("landscape");
    const first = report.grids[1]?.repeatRows?.first;
    expect(appendix?.pageSetup.printTitlesRow).toBe(`${first}:${first}`);
    expect(appendix?.getRow(first ?? 0).getCell(2).value).toBe("Nội dung nhiệm vụ");
    expect(main?.headerFooter.differentFirst).toBe(true);
    expect(main?.headerFooter.oddHeader).toContain("&P");
  });

  test("wrapped cells get rows tall enough, merged paragraphs span the page", async () => {
    const wb = await reportFile(report, "bc3.xlsx");
    const main = wb.getWorksheet("Báo cáo") as ExcelJS.Worksheet;
    const opening = main
      .getRows(1, main.rowCount)
      ?.find((r) => String(r.getCell(1).value).startsWith("Thực hiện Kế hoạch số"));
    expect(opening?.height).toBeGreaterThan(60);
    expect(opening?.getCell(1).alignment?.wrapText).toBe(true);
    expect(opening?.getCell(9).isMerged).toBe(true);
  });
});

describe("the template and reading .xlsx", () => {
  test("the example plan survives a round trip through .xlsx unchanged: same counts as in memory", async () => {
    const file = join(dir, "mau.xlsx");
    await templateWorkbook(sampleSheets()).xlsx.writeFile(file);
    const fromFile = prepareReport(await readXlsx(file), "2020-Q1", dayOf(2020, 3, 20));
    const inMemory = prepareReport(sampleWorkbook(), "2020-Q1", dayOf(2020, 3, 20));
    expect(fromFile.model.totals).toEqual(inMemory.model.totals);
    expect(fromFile.model.groups).toEqual(inMemory.model.groups);
    expect(fromFile.issues).toEqual(inMemory.issues);
  });

  test("the template has dropdowns for groups, sub-dimensions and task ids, and date and 0–100 validation", async () => {
    const wb = await roundTrip(templateWorkbook(), "trong.xlsx");
    const tasks = wb.getWorksheet("Nhiệm vụ") as ExcelJS.Worksheet;
    expect(tasks.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'Danh mục'!$A$1:$A$8"],
    });
    expect(tasks.getCell("C500").dataValidation).toMatchObject({ type: "list" });
    const updates = wb.getWorksheet("Tiến độ") as ExcelJS.Worksheet;
    expect(updates.getCell("A2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'Nhiệm vụ'!$A$2:$A$1000"],
    });
    expect(updates.getCell("B2").dataValidation).toMatchObject({ type: "date" });
    expect(updates.getCell("C2").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 100] });
    expect(wb.getWorksheet("Danh mục")?.state).toBe("hidden");
    expect(tasks.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("every row of the template's columns is formatted: ids as text, dates dd/mm/yyyy, progress automatic", async () => {
    const wb = await roundTrip(templateWorkbook(), "dinh-dang.xlsx");
    const format = (sheet: string, header: string) => {
      const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
      const index = (ws.getRow(1).values as unknown[]).indexOf(header);
      return ws.getColumn(index).numFmt;
    };
    expect(format("Nhiệm vụ", "Mã")).toBe("@");
    expect(format("Nhiệm vụ", "Nội dung thành phần")).toBe("@");
    expect(format("Tiến độ", "Mã nhiệm vụ")).toBe("@");
    expect(format("Tiến độ", "Ngày cập nhật")).toBe("dd/mm/yyyy");
    expect(format("Nội dung báo cáo", "Kỳ báo cáo")).toBe("@");
    // Automatic, so that typing `100%` makes a percent cell (stored as 1) that reads as 100.
    expect(format("Tiến độ", "Tiến độ (%)")).toBeUndefined();
  });

  test("the template's validations never overlap (each column one rule, the cut-off mode one cell)", async () => {
    const file = join(dir, "khong-chong.xlsx");
    await templateWorkbook().xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let rules = 0;
    for (const name of sheets) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      const boxes = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) =>
        (m[1] ?? "").split(" ").map(box),
      );
      rules += boxes.length;
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(
            `${name}: ${a.ref} ∩ ${b.ref} = ${a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2}`,
          ).toBe(`${name}: ${a.ref} ∩ ${b.ref} = false`);
    }
    // Nhóm PAPI, Nội dung thành phần, Đơn vị chủ trì (from Đơn vị), Mã nhiệm vụ, Ngày, Tiến độ, the cut-off mode,
    // the Ngày báo cáo of Nội dung báo cáo, and Điểm PAPI's Năm, Nhóm PAPI, Điểm and Mục tiêu.
    expect(rules).toBe(12);
  });

  test("a progress cell in a percent format reads as its percentage: `100%` (stored as 1) is done", async () => {
    const wb = templateWorkbook(planWorkbook({ tasks: [task("1.1"), task("1.2")] }).sheets);
    const ws = wb.getWorksheet("Tiến độ") as ExcelJS.Worksheet;
    ws.addRow(["1.1", new Date(Date.UTC(2020, 2, 1)), 1, "Xong", "QĐ 9"]).getCell(3).numFmt = "0%";
    ws.addRow(["1.2", new Date(Date.UTC(2020, 2, 1)), 1, "Mới bắt đầu", ""]);
    const file = join(dir, "phan-tram.xlsx");
    await wb.xlsx.writeFile(file);
    const raw = await readXlsx(file);
    const rows = raw.sheets.find((s) => s.name === "Tiến độ")?.rows ?? [];
    expect(rows.at(-2)?.[2]).toEqual(new PercentCell(1));
    expect(rows.at(-1)?.[2]).toBe(1);
    const r = prepareReport(raw, "2020-Q1", dayOf(2020, 3, 20));
    expect(r.issues.map((i) => `${i.code}@${i.row}`)).toEqual([
      `PROGRESS_FRACTION@${rows.length}`,
      "MISSING_NARRATIVE@null",
    ]);
    expect(r.model.totals).toMatchObject({ total: 2, done: 1, inProgress: 1 });
  });

  test("formulas give their result, rich text its text, errors their code", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhiệm vụ");
    ws.addRow(["Mã", "Ghi chú"]);
    ws.addRow([{ formula: "1+1", result: 2 }, { richText: [{ text: "Kế " }, { text: "hoạch" }] }]);
    ws.addRow([{ error: "#REF!" }, { text: "liên kết", hyperlink: "https://example.vn" }]);
    const file = join(dir, "gia-tri.xlsx");
    await wb.xlsx.writeFile(file);
    const raw = await readXlsx(file);
    expect(raw.sheets[0]?.rows).toEqual([
      ["Mã", "Ghi chú"],
      [2, "Kế hoạch"],
      ["#REF!", "liên kết"],
    ]);
  });
});
