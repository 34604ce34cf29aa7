import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { readXlsx } from "../../src/node/xlsx-read";
import { gridWorkbook } from "../../src/node/xlsx-report";
import { templateWorkbook } from "../../src/node/xlsx-template";
import { sampleSheets, sampleWorkbook } from "../../src/sample/sample";

const dir = mkdtempSync(join(tmpdir(), "papi-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
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
    const wb = await roundTrip(gridWorkbook(report.grids, report.document.title), "bc.xlsx");
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
    expect(totalRow?.values).toEqual([
      undefined,
      "",
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

  test("print setup: A4, Decree 30 margins, fit to width, landscape appendix with its header repeated", async () => {
    const wb = await roundTrip(gridWorkbook(report.grids, report.document.title), "bc2.xlsx");
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
    const wb = await roundTrip(gridWorkbook(report.grids, report.document.title), "bc3.xlsx");
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
