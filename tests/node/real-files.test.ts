/**
 * Workbooks written by other programs read exactly like the same data written by exceljs. The fixtures
 * are made by tests/fixtures/make-fixtures.sh with the real LibreOffice and openpyxl (and one file
 * assembled by hand in Excel's own XML, since Excel cannot run here); see that script.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readPlan } from "../../src/core/check";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import type { RawWorkbook } from "../../src/core/table";
import { readXlsx } from "../../src/node/xlsx-read";
import { templateWorkbook } from "../../src/node/xlsx-template";
import { runMain } from "../support/cli";

const FIXTURES = join(__dirname, "..", "fixtures");
const fixture = (name: string) => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), "papi-real-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything the checker and the report make of a workbook, for comparing two files. */
function reading(raw: RawWorkbook) {
  const plan = readPlan(raw, { fallbackYear: 2020 });
  const report = prepareReport(raw, "2020-Q1", dayOf(2020, 3, 20));
  return {
    issues: plan.issues,
    settings: plan.settings,
    tasks: plan.tasks,
    updates: plan.updates,
    narratives: [...plan.narratives.entries()],
    groups: report.model.groups,
    totals: report.model.totals,
  };
}

let original: ReturnType<typeof reading>;
beforeAll(async () => {
  original = reading(await readXlsx(fixture("original.xlsx")));
});

test("the exceljs original holds the example plan and the planted problems", () => {
  expect(original.tasks).toHaveLength(42);
  expect(original.updates.length).toBeGreaterThan(100);
  expect(original.issues.map((i) => `${i.code}@${i.sheet}:${i.row}`)).toEqual([
    "BAD_DEADLINE@Nhiệm vụ:43",
    "PROGRESS_FRACTION@Tiến độ:126",
    "PROGRESS_DECREASE@Tiến độ:126",
    "BAD_PROGRESS@Tiến độ:127",
    "UNKNOWN_TASK@Tiến độ:128",
  ]);
  // The percent cell typed as 100% is done; the everyday deadline is 30/06/2020; formulas give results.
  expect(original.updates.find((u) => u.taskId === "9.2")?.progress).toBe(100);
  expect(original.tasks.find((t) => t.id === "9.2")?.deadline).toEqual({
    kind: "day",
    day: dayOf(2020, 6, 30),
  });
  expect(original.updates.filter((u) => u.row >= 129)).toMatchObject([
    { taskId: "2.1", progress: 50, updatedBy: "Lê Văn C" },
    { taskId: "2.2", progress: 50 },
  ]);
});

test.each([
  ["libreoffice.xlsx", "LibreOffice Calc"],
  ["openpyxl.xlsx", "openpyxl (values, as pandas users save)"],
  ["excel-quirks.xlsx", "Excel's own XML: 1904 dates, inline/shared strings, shared formulas, notes"],
])("%s (%s) reads exactly like the exceljs original: same problems, rows and counts", async (name) => {
  expect(reading(await readXlsx(fixture(name)))).toEqual(original);
});

test("the hand-assembled Excel file really uses the 1904 system, inline strings, shared formulas and notes", async () => {
  const zip = await JSZip.loadAsync(readFileSync(fixture("excel-quirks.xlsx")));
  const part = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  expect(await part("xl/workbook.xml")).toContain('date1904="1"');
  const updates = await part("xl/worksheets/sheet3.xml");
  expect(updates).toContain('t="inlineStr"');
  expect(updates).toMatch(/<f t="shared" ref="C\d+:C\d+" si="0">25\*2<\/f>/);
  expect(updates).toContain('<f t="shared" si="0"/>');
  expect(updates).toContain("<legacyDrawing");
  expect(Object.keys(zip.files)).toEqual(
    expect.arrayContaining(["xl/comments3.xml", "xl/drawings/vmlDrawing3.vml"]),
  );
});

test("openpyxl's notes (where exceljs does not look) are set aside, not called damage", async () => {
  const zip = await JSZip.loadAsync(readFileSync(fixture("openpyxl.xlsx")));
  expect(Object.keys(zip.files)).toContain("xl/comments/comment1.xml");
  const run = await runMain(["validate", fixture("openpyxl.xlsx"), "--json"]);
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout).validation).toMatchObject({ errors: 3, warnings: 2 });
});

test("formulas openpyxl saved without results are named by their text, the rest reads as the original", async () => {
  const read = reading(await readXlsx(fixture("openpyxl-formulas.xlsx")));
  const formulaRows = new Set([129, 130]);
  expect(read.issues.filter((i) => !(i.sheet === "Tiến độ" && formulaRows.has(i.row ?? 0)))).toEqual(
    original.issues,
  );
  expect(read.issues.filter((i) => formulaRows.has(i.row ?? 0)).map((i) => i.message)).toEqual([
    'Trang "Tiến độ", dòng 129, cột "Tiến độ (%)": tiến độ "=25*2" phải là số từ 0 đến 100.',
    'Trang "Tiến độ", dòng 130, cột "Tiến độ (%)": tiến độ "=25*2" phải là số từ 0 đến 100.',
  ]);
  expect(read.tasks).toEqual(original.tasks);
});

test("the empty template, opened and saved by LibreOffice, keeps its rules and column formats and reads the same", async () => {
  const ours = join(dir, "mau.xlsx");
  await templateWorkbook().xlsx.writeFile(ours);
  const rules = async (file: string) => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheets = Object.keys(zip.files)
      .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
      .sort();
    const found: string[] = [];
    for (const name of sheets) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) found.push(`${name} ${m[1]}`);
    }
    return found;
  };
  const saved = fixture("template-libreoffice.xlsx");
  expect(await rules(saved)).toEqual(await rules(ours));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.getWorksheet("Nhiệm vụ")?.getColumn(1).numFmt).toBe("@");
  expect(wb.getWorksheet("Tiến độ")?.getColumn(2).numFmt).toBe("dd/mm/yyyy");
  const issues = (raw: RawWorkbook) => readPlan(raw, { fallbackYear: 2020 }).issues;
  expect(issues(await readXlsx(saved))).toEqual(issues(await readXlsx(ours)));
});

describe("a file that cannot be read: one line naming the part and what to do", () => {
  async function broken(name: string, part: string, edit: (xml: string) => string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(fixture("libreoffice.xlsx")));
    zip.file(part, edit((await zip.file(part)?.async("string")) ?? ""));
    const file = join(dir, name);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }

  test.each([
    ["xl/sharedStrings.xml", '"xl/sharedStrings.xml" (chữ dùng chung của các ô)'],
    ["xl/styles.xml", '"xl/styles.xml" (định dạng ô)'],
    ["xl/worksheets/sheet3.xml", '"xl/worksheets/sheet3.xml" (trang tính thứ 3)'],
  ])("a cut-off %s", async (part, named) => {
    const file = await broken(`cut-${part.replace(/\W/g, "-")}.xlsx`, part, (xml) =>
      xml.slice(0, xml.length / 2),
    );
    const run = await runMain(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`phần ${named} bị lỗi`);
    expect(run.stderr).toContain("rồi lưu (tải về) lại dạng .xlsx");
  });

  test("a zip that is no workbook, and a file that is no zip", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const docx = join(dir, "van-ban.xlsx");
    writeFileSync(docx, await zip.generateAsync({ type: "nodebuffer" }));
    expect((await runMain(["validate", docx])).stderr).toContain('không có phần "xl/workbook.xml"');
    const csv = join(dir, "bang.xlsx");
    writeFileSync(csv, "Mã,Nhóm PAPI\n1.1,1\n");
    const run = await runMain(["validate", csv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải gói nén của .xlsx");
  });
});
