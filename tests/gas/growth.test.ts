/**
 * Sheets that grow (Nhật ký, Tiến độ) keep growing once their grid is full: the fakes refuse a range
 * past getMaxRows() as Sheets does, so the add-on must add rows first.
 */
import { apiAddUpdate } from "../../src/gas/api";
import { appendLog } from "../../src/gas/log";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());

/** Fills `name` with copies of its last row until exactly `rows` rows hold content (and the grid is full). */
function fillTo(name: string, rows: number): void {
  const data = box.fakes.snapshot()[name] ?? [];
  const last = data.at(-1) ?? [];
  const filler = Array.from({ length: rows - data.length }, () => last);
  box.fakes.seed(name, filler, { row: data.length + 1, raw: true });
  box.fakes.uncounted(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    const extra = (sheet?.getMaxRows() ?? rows) - rows;
    if (extra > 0) sheet?.deleteRows(rows + 1, extra);
  });
  expect(box.fakes.sheetInfo(name)).toMatchObject({ lastRow: rows, maxRows: rows });
}

describe.each([1000, 5000])("a sheet whose %i-row grid is full", (rows) => {
  test("Nhật ký takes one more row", () => {
    box = sampleSpreadsheet();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    appendLog(ss, { action: "Thiết lập", result: "Thành công" });
    fillTo("Nhật ký", rows);
    appendLog(ss, { action: "Kiểm tra dữ liệu", result: "Thành công" });
    expect(box.fakes.sheetInfo("Nhật ký").lastRow).toBe(rows + 1);
    expect(box.fakes.snapshot()["Nhật ký"]?.at(-1)?.[2]).toBe("Kiểm tra dữ liệu");
  });

  test("Tiến độ takes the update typed in the sidebar, and the log records it", () => {
    box = sampleSpreadsheet();
    fillTo("Tiến độ", rows);
    const outcome = apiAddUpdate({
      taskId: "1.1",
      date: "2020-03-01",
      progress: "40",
      result: "Đã tổ chức hội nghị",
      evidence: "",
    });
    expect(outcome).toMatchObject({ ok: true, value: { added: true, row: rows + 1 } });
    const updates = box.fakes.snapshot()["Tiến độ"] ?? [];
    expect(updates).toHaveLength(rows + 1);
    expect(updates.at(-1)?.slice(0, 1)).toEqual(["1.1"]);
    expect(box.fakes.snapshot()["Nhật ký"]?.at(-1)?.[2]).toBe("Cập nhật tiến độ");
  });
});
