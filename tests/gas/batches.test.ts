/** A report's requests cut into batches: each under the budget, nothing lost, the swap whole and last. */
import fc from "fast-check";
import { BATCH_BYTES, bytesOf, packBatches } from "../../src/gas/batches";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;

const row = (...texts: string[]): RowData => ({
  values: texts.map((t) => ({ userEnteredValue: { stringValue: t } })),
});
const cells = (sheetId: number, rowIndex: number, rows: RowData[]): Request => ({
  updateCells: { start: { sheetId, rowIndex, columnIndex: 0 }, rows, fields: "userEnteredValue" },
});
const addSheet = (sheetId: number): Request => ({ addSheet: { properties: { sheetId, hidden: true } } });
const swap: Request[] = [
  { updateSheetProperties: { properties: { sheetId: 1, hidden: false }, fields: "hidden" } },
  { deleteSheet: { sheetId: 9 } },
  { updateSheetProperties: { properties: { sheetId: 1, title: "BC Q1-2020" }, fields: "title" } },
];
const sent = (batch: Request[]) => Buffer.byteLength(JSON.stringify({ requests: batch }));

/** The rows each sheet receives, in the order the batches write them, checking they are contiguous. */
function rowsWritten(batches: Request[][]): Map<number, RowData[]> {
  const written = new Map<number, RowData[]>();
  for (const request of batches.flat()) {
    const u = request.updateCells;
    if (!u) continue;
    const id = u.start?.sheetId ?? 0;
    const rows = written.get(id) ?? [];
    expect(u.start?.rowIndex).toBe(rows.length);
    written.set(id, [...rows, ...(u.rows ?? [])]);
  }
  return written;
}

test("a report that fits is one batch: the build in order, then the swap", () => {
  const build = [addSheet(1), cells(1, 0, [row("BÁO CÁO"), row("Kết quả")])];
  expect(packBatches(build, swap)).toEqual([[...build, ...swap]]);
});

test("a large report: every batch within 2 MB, every row written once and in place, the swap whole in the last", () => {
  // Over 6 MB of Vietnamese text and JSON: the budget is counted in UTF-8 bytes.
  const text = "Kết quả thực hiện nhiệm vụ cải thiện chỉ số PAPI ".repeat(2);
  const rows = Array.from({ length: 35_000 }, (_, i) => row(`${i}`, text));
  const build = [addSheet(1), cells(1, 0, rows), addSheet(2), cells(2, 0, rows.slice(0, 100))];
  const batches = packBatches(build, swap);
  for (const batch of batches) expect(sent(batch)).toBeLessThanOrEqual(BATCH_BYTES);
  const total = sent([...build, ...swap]);
  expect(total).toBeGreaterThan(3 * BATCH_BYTES);
  // Filled, not merely cut: no more batches than the bytes need, plus one.
  expect(batches.length).toBeLessThanOrEqual(Math.ceil(total / BATCH_BYTES) + 1);
  expect(batches.at(-1)?.slice(-3)).toEqual(swap);
  expect(batches.slice(0, -1).flat()).not.toContainEqual(swap[1]);
  const written = rowsWritten(batches);
  expect(written.get(1)).toEqual(rows);
  expect(written.get(2)).toEqual(rows.slice(0, 100));
  // Each sheet is added before its first row.
  const flat = batches.flat();
  for (const id of [1, 2])
    expect(flat.findIndex((r) => r.addSheet?.properties?.sheetId === id)).toBeLessThan(
      flat.findIndex((r) => r.updateCells?.start?.sheetId === id),
    );
});

test("any rows and any budget: nothing lost, nothing over the budget but a single row too large for any batch", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.string({ unit: "grapheme", maxLength: 60 }), { minLength: 1, maxLength: 4 }), {
        maxLength: 80,
      }),
      fc.integer({ min: 300, max: 4000 }),
      (texts, budget) => {
        const rows = texts.map((t) => row(...t));
        const build = [addSheet(1), cells(1, 0, rows)];
        const batches = packBatches(build, swap, budget);
        expect(rowsWritten(batches).get(1) ?? []).toEqual(rows);
        expect(batches.at(-1)?.slice(-3)).toEqual(swap);
        for (const batch of batches) {
          const lone = batch.length === 1 && batch[0]?.updateCells?.rows?.length === 1;
          if (!lone) expect(sent(batch)).toBeLessThanOrEqual(budget);
        }
      },
    ),
  );
});

test("bytes are counted as the request is sent: UTF-8, surrogate pairs as 4 bytes", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(bytesOf({ text })).toBe(Buffer.byteLength(JSON.stringify({ text })));
    }),
  );
  expect(bytesOf("ệ😀")).toBe(2 + 3 + 4);
});

test("the commas between requests and between rows count: at every budget, no batch is a byte over", () => {
  // Alike requests and rows make every budget land somewhere on a boundary: a packer that forgets the
  // commas fills one request or row too many into some batch.
  const small = Array.from({ length: 30 }, (_, i) => cells(1, i, [row(`ô ${i % 10}`)]));
  const rows = Array.from({ length: 60 }, (_, i) => row(`dòng ${i % 10}`));
  // A swap of many requests (old sheets to delete), so its own commas are many bytes.
  const wideSwap = [
    ...swap,
    ...Array.from({ length: 20 }, (_, i) => ({ deleteSheet: { sheetId: 100 + i } })),
  ];
  // From the smallest budget the swap fits in whole (it is never cut).
  for (let budget = sent(wideSwap); budget <= 2500; budget++) {
    for (const build of [
      [addSheet(1), ...small],
      [addSheet(1), cells(1, 0, rows)],
    ]) {
      const batches = packBatches(build, wideSwap, budget);
      for (const batch of batches) expect(sent(batch)).toBeLessThanOrEqual(budget);
      expect(batches.at(-1)?.slice(-wideSwap.length)).toEqual(wideSwap);
    }
  }
});
