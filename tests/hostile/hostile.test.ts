/**
 * Hostile values typed by a user pass through checker → report sheet (Apps Script) → .xlsx → PDF:
 * nothing executes, nothing crashes, and everything printable appears literally.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { rowsOf, settingsRows } from "../../src/core/rows";
import { TASKS, UPDATES } from "../../src/core/schema";
import { generateReport } from "../../src/gas/generate";
import { renderPdf } from "../../src/node/pdf";
import { gridWorkbookBytes } from "../../src/node/xlsx-report";
import { pdfText } from "../support/cli";
import { sampleSpreadsheet } from "../support/gas";
import { HOSTILE } from "../support/hostile";
import { BASE_SETTINGS, task, update } from "../support/workbook";

/** What can be printed of a value: control characters and emoji have no glyph in a document font. */
const printable = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\p{Extended_Pictographic}/gu, "")
    .replace(/\s+/g, " ")
    .trim();

const rows = {
  settings: settingsRows(BASE_SETTINGS),
  tasks: rowsOf(
    TASKS,
    HOSTILE.map((h, i) => task(`1.${i + 1}`, { content: h, lead: h.slice(0, 40), partners: h.slice(0, 40) })),
  ),
  updates: rowsOf(
    UPDATES,
    HOSTILE.map((h, i) => update(`1.${i + 1}`, "2020-03-01", 50, { result: h, evidence: h.slice(0, 60) })),
  ),
};
const workbook = {
  timeZone: "UTC",
  sheets: [
    { name: "Cấu hình", rows: rows.settings },
    { name: "Nhiệm vụ", rows: rows.tasks },
    { name: "Tiến độ", rows: rows.updates },
  ],
};

const dir = mkdtempSync(join(tmpdir(), "papi-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the checker accepts hostile text as text: no error, every task counted", () => {
  const r = prepareReport(workbook, "2020-Q1", dayOf(2020, 3, 20));
  expect(r.errors).toBe(0);
  expect(r.model.totals.total).toBe(HOSTILE.length);
  const cells = r.grids.flatMap((g) => g.cells.flat().map((c) => String(c.value)));
  for (const h of HOSTILE) expect(cells).toContain(h);
});

test("the Apps Script report sheet holds every value literally, as text", () => {
  const box = sampleSpreadsheet({ sample: false });
  try {
    box.fakes.seed("Cấu hình", rows.settings, { raw: true });
    box.fakes.seed("Nhiệm vụ", rows.tasks, { raw: true });
    box.fakes.seed("Tiến độ", rows.updates, { raw: true });
    expect(
      generateReport(SpreadsheetApp.getActiveSpreadsheet(), "2020-Q1", { replace: false, force: false })
        .status,
    ).toBe("done");
    const appendix = box.fakes.snapshot()["BC Q1-2020 (Phụ lục)"] ?? [];
    const values = appendix.flat();
    for (const h of HOSTILE) expect(values).toContain(h);
    expect(values).not.toContain("#FORMULA");
    const row = appendix.findIndex((r) => r.includes(HOSTILE[0]));
    const col = appendix[row]?.indexOf(HOSTILE[0]) ?? -1;
    const cell = box.fakes.cell(`'BC Q1-2020 (Phụ lục)'!${String.fromCharCode(65 + col)}${row + 1}`);
    expect(cell.formula).toBe("");
    expect(cell.numberFormat).toBe("@");
  } finally {
    box.restore();
  }
});

test("the .xlsx stores every value as a string, never a formula", async () => {
  const r = prepareReport(workbook, "2020-Q1", dayOf(2020, 3, 20));
  const file = join(dir, "bc.xlsx");
  writeFileSync(file, await gridWorkbookBytes(r.grids, r.document.title));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const values: unknown[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
  // XML cannot hold control characters other than tab and line breaks: exceljs drops them.
  const xmlSafe = (text: string) => text.replace(/(?![\t\n\r])\p{Cc}/gu, "");
  for (const h of HOSTILE) expect(values).toContain(xmlSafe(h));
  expect(values.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
});

test("the PDF renders without crashing and shows every printable value", async () => {
  const r = prepareReport(workbook, "2020-Q1", dayOf(2020, 3, 20));
  const file = join(dir, "bc.pdf");
  writeFileSync(file, await renderPdf(r.document));
  const text = printable(
    pdfText(file)
      .pages.flatMap((p) => p.items.map((i) => i.str))
      .join(" "),
  );
  const squeezed = text.replace(/\s+/g, "");
  for (const h of HOSTILE) expect(squeezed).toContain(printable(h).replace(/\s+/g, "").slice(0, 200));
  // pdfkit writes text as glyphs, never as PDF actions or scripts.
  const raw = readFileSync(file, "latin1");
  expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/URI/);
});
