import { PLAN_SHEETS, SETTINGS, TASKS, UNITS, UPDATES } from "../../src/core/schema";
import { setupWorkbook } from "../../src/gas/setup";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());

const ss = () => SpreadsheetApp.getActiveSpreadsheet();

describe("Thiết lập / sửa bảng tính", () => {
  test("an empty spreadsheet gets every sheet, header, frozen row, dropdown and setting default", () => {
    box = sampleSpreadsheet({ sample: false });
    const report = setupWorkbook(ss());
    expect(report.createdSheets).toEqual(PLAN_SHEETS.map((s) => s.name));
    const { fakes } = box;
    expect(fakes.snapshot()["Nhiệm vụ"]?.[0]).toEqual(TASKS.columns.map((c) => c.header));
    expect(fakes.sheetInfo("Tiến độ").frozenRows).toBe(1);
    expect(fakes.cell("Nhiệm vụ!B2").validation).toMatchObject({ criteria: "VALUE_IN_LIST" });
    expect(fakes.cell("Tiến độ!A5").validation).toMatchObject({ criteria: "VALUE_IN_RANGE" });
    expect(fakes.cell("Tiến độ!B2").validation).toMatchObject({ criteria: "DATE_IS_VALID_DATE" });
    expect(fakes.cell("Tiến độ!C2").validation).toMatchObject({ criteria: "NUMBER_BETWEEN" });
    expect(fakes.cell("Nhiệm vụ!A2").numberFormat).toBe("@");
    const settings = fakes.snapshot()["Cấu hình"] ?? [];
    expect(settings.slice(1).map((r) => r[0])).toEqual(SETTINGS.map((s) => s.label));
    expect(settings.find((r) => r[0] === "Cách chốt số liệu")?.[1]).toBe("Nghị định 09/2019/NĐ-CP");
    expect(settings.find((r) => r[0] === "Nơi nhận")?.[1]).toBe(
      "- Sở Nội vụ;\n- UBND tỉnh (để b/c);\n- Lưu: VT, VP.",
    );
  });

  test("the Đơn vị sheet is set up like the others, and Đơn vị chủ trì gets a dropdown of its units", () => {
    box = sampleSpreadsheet({ sample: false });
    setupWorkbook(ss());
    const { fakes } = box;
    expect(fakes.snapshot()["Đơn vị"]?.[0]).toEqual(UNITS.columns.map((c) => c.header));
    expect(fakes.sheetInfo("Đơn vị").frozenRows).toBe(1);
    expect(fakes.cell("Đơn vị!A1")).toMatchObject({ fontWeight: "bold", note: UNITS.columns[0]?.hint });
    const lead = fakes.cell("Nhiệm vụ!E2").validation;
    expect(lead).toMatchObject({ criteria: "VALUE_IN_RANGE", allowInvalid: true });
    const range = lead?.values[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(`${range.getSheet().getName()}!${range.getA1Notation()}`).toBe("Đơn vị!A2:A1000");
  });

  test("a second run changes nothing", () => {
    box = sampleSpreadsheet({ sample: false });
    setupWorkbook(ss());
    const before = JSON.stringify(box.fakes.snapshot());
    const report = setupWorkbook(ss());
    expect(report).toEqual({ createdSheets: [], addedColumns: [], addedSettings: [], skipped: [] });
    expect(JSON.stringify(box.fakes.snapshot())).toBe(before);
  });

  test("the example plan is left exactly as it is", () => {
    box = sampleSpreadsheet();
    const before = box.fakes.snapshot();
    const report = setupWorkbook(ss());
    expect(report.createdSheets).toEqual([]);
    expect(report.addedColumns).toEqual([]);
    expect(box.fakes.snapshot()).toEqual(before);
  });

  test("a missing column is appended after the data, never inserted over it; missing settings are appended", () => {
    box = sampleSpreadsheet({ sample: false });
    const { fakes } = box;
    const headers = UPDATES.columns.map((c) => c.header).filter((h) => h !== "Minh chứng");
    fakes.seed("Tiến độ", [
      [...headers, "Ghi chú riêng"],
      ["1.1", "01/03/2020", 50, "Đã làm", "x", "giữ nguyên"],
    ]);
    fakes.seed("Cấu hình", [
      ["Mục", "Giá trị"],
      ["Tên cơ quan", "Ban A"],
      ["Năm kế hoạch", 2020],
    ]);
    const before = fakes.snapshot();
    const report = setupWorkbook(ss());
    expect(report.addedColumns).toEqual(["Tiến độ: Minh chứng"]);
    const after = fakes.snapshot();
    expect(after["Tiến độ"]?.[0]).toEqual([...headers, "Ghi chú riêng", "Minh chứng"]);
    expect(after["Tiến độ"]?.[1]).toEqual([...(before["Tiến độ"]?.[1] ?? []), ""]);
    expect(after["Cấu hình"]?.slice(0, 3)).toEqual(before["Cấu hình"]);
    expect(report.addedSettings).toEqual(
      SETTINGS.map((s) => s.label).filter((l) => l !== "Tên cơ quan" && l !== "Năm kế hoạch"),
    );
  });

  test("a sheet with data but no header row is left alone and reported", () => {
    box = sampleSpreadsheet({ sample: false });
    box.fakes.seed("Nhiệm vụ", [["ghi chép linh tinh"], ["của người dùng"]]);
    const before = box.fakes.snapshot()["Nhiệm vụ"];
    const report = setupWorkbook(ss());
    expect(report.skipped).toEqual(["Nhiệm vụ"]);
    expect(box.fakes.snapshot()["Nhiệm vụ"]).toEqual(before);
  });
});
