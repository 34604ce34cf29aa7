/** The add-on within Google's limits, which the fakes enforce. */
import { prepareReport } from "../../src/core/engine";
import { CELL_TEXT_LIMIT, SHORTENED_MARK } from "../../src/core/grid";
import { generateReport } from "../../src/gas/generate";
import { readWorkbook } from "../../src/gas/workbook";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const GENERATE = { replace: false, force: false };

test("a result longer than a cell holds is visibly shortened in the report sheet; the PDF's document keeps it all", () => {
  box = sampleSpreadsheet();
  const updates = box.fakes.snapshot()["Tiến độ"] ?? [];
  const long = `Kết quả rất dài: ${"đã triển khai đầy đủ các nội dung ".repeat(2000)}HẾT`;
  expect(long.length).toBeGreaterThan(60_000);
  const row = [...(updates[1] ?? [])];
  row[3] = long;
  box.fakes.seed("Tiến độ", [row], { row: updates.length + 1, raw: true });

  expect(generateReport(ss(), "2020-Q1", GENERATE)).toMatchObject({ status: "done" });
  const cells = Object.entries(box.fakes.snapshot())
    .filter(([name]) => name.startsWith("BC "))
    .flatMap(([, rows]) => rows.flat())
    .filter((v): v is string => typeof v === "string" && v.includes("Kết quả rất dài"));
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  expect(cells.some((c) => c.endsWith(SHORTENED_MARK))).toBe(true);

  // The PDF is rendered from the document, which holds the whole text.
  const document = prepareReport({ ...readWorkbook(ss()), timeZone: ZONE }, "2020-Q1", 0).document;
  expect(JSON.stringify(document)).toContain("HẾT");
});

test("without a document lock (LockService answers null), generating holds the script lock and releases it", () => {
  box = sampleSpreadsheet();
  box.fakes.locks.documentLockAvailable = false;
  expect(generateReport(ss(), "2020-Q1", GENERATE)).toMatchObject({ status: "done" });
  expect(box.fakes.count("Lock.tryLock")).toBe(1);
  expect(box.fakes.locks.heldBySelf()).toEqual([]);
});

test("a user whose email Google does not share is logged as unknown, not as an empty cell", () => {
  box = sampleSpreadsheet({ user: "" });
  generateReport(ss(), "2020-Q1", GENERATE);
  expect(box.fakes.snapshot()["Nhật ký"]?.at(-1)?.[1]).toBe("(không rõ)");
});
