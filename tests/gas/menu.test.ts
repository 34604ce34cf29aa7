import { readBook } from "../../src/gas/book";
import { menuCheck, menuReport, menuSend, menuShowSidebar, onEdit, onOpen } from "../../src/gas/menu";
import { createGasFakes } from "../fakes";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());

describe("the PAPI menu", () => {
  test("onOpen builds the menu of the issue and does nothing else, in both simple-trigger modes", () => {
    box = sampleSpreadsheet();
    // An add-on not yet used in this document runs onOpen in AuthMode.NONE: menus only.
    box.fakes.inAuthMode("NONE", () => onOpen());
    box.fakes.ui.menus.length = 0;
    box.fakes.resetCalls();
    box.fakes.inAuthMode("LIMITED", () => onOpen());
    expect(box.fakes.ui.menuItems().map((i) => `${i.menu} | ${i.caption} | ${i.functionName}`)).toEqual([
      "PAPI | Mở bảng điều khiển | menuShowSidebar",
      "PAPI | Thiết lập / sửa bảng tính | menuSetup",
      "PAPI | Kiểm tra dữ liệu | menuCheck",
      "PAPI > Tạo báo cáo | Quý I | menuReportQ1",
      "PAPI > Tạo báo cáo | Quý II | menuReportQ2",
      "PAPI > Tạo báo cáo | Quý III | menuReportQ3",
      "PAPI > Tạo báo cáo | Quý IV | menuReportQ4",
      "PAPI > Tạo báo cáo | 6 tháng | menuReportH1",
      "PAPI > Tạo báo cáo | 9 tháng | menuReport9M",
      "PAPI > Tạo báo cáo | Năm | menuReportY",
      "PAPI | Xuất PDF | menuExportPdf",
      "PAPI | Xuất bản Word (.docx) | menuExportDocx",
      "PAPI | Gửi báo cáo cho Sở Nội vụ | menuSend",
      "PAPI | Nhắc đơn vị cập nhật | menuRemind",
      "PAPI | Bật nhắc tự động | menuRemindAutoOn",
      "PAPI | Tắt nhắc tự động | menuRemindAutoOff",
      "PAPI | Nhật ký | menuShowLog",
      "PAPI | Kiểm tra cài đặt | menuSetupCheck",
    ]);
    expect(box.fakes.calls.every((c) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(c))).toBe(true);
  });

  test("Kiểm tra dữ liệu shows the problems in a dialog whose text is escaped", () => {
    box = sampleSpreadsheet();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Nhiệm vụ");
    sheet?.getRange("G2").setValue("<img src=x onerror=alert(1)>");
    menuCheck();
    const dialog = box.fakes.ui.dialogs.at(-1);
    expect(dialog?.title).toBe("Kết quả kiểm tra dữ liệu");
    expect(dialog?.content).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(dialog?.content).not.toContain("<img");
  });

  test("making a report that exists asks first; no means nothing changes", () => {
    box = sampleSpreadsheet();
    menuReport("Q1");
    expect(box.fakes.ui.alerts.at(-1)?.prompt).toMatch(/^Đã tạo "BC Q1-2020"/);
    const before = box.fakes.snapshot();
    box.fakes.ui.answer("NO");
    menuReport("Q1");
    expect(box.fakes.ui.alerts.at(-1)?.prompt).toContain('Đã có "BC Q1-2020" và "BC Q1-2020 (Phụ lục)"');
    const { "Nhật ký": _log, ...after } = box.fakes.snapshot();
    const { "Nhật ký": _before, ...rest } = before;
    expect(after).toEqual(rest);
    box.fakes.ui.answer("YES");
    menuReport("Q1");
    expect(box.fakes.ui.alerts.at(-1)?.prompt).toMatch(/^Đã tạo "BC Q1-2020"/);
  });

  test("a failure is logged in Nhật ký and shown as a clear message", () => {
    box = sampleSpreadsheet();
    box.fakes.failOnCall(
      1,
      "Sheets.Spreadsheets.batchUpdate",
      "Service Spreadsheets failed while accessing document",
    );
    menuReport("Y");
    const alert = box.fakes.ui.alerts.at(-1);
    expect(alert?.title).toBe("Tạo báo cáo");
    expect(alert?.prompt).toContain("thao tác chưa hoàn tất và không có gì bị ghi dở");
    const log = box.fakes.snapshot()["Nhật ký"] ?? [];
    expect(log.at(-1)?.[2]).toBe("Tạo báo cáo");
    expect(String(log.at(-1)?.[6])).toMatch(/^Thất bại: /);
    expect(box.fakes.sheetNames()).not.toContain("BC 2020");
  });

  test("sending asks with recipients first; saying no sends nothing", () => {
    box = sampleSpreadsheet();
    menuReport("Q1");
    // No signed copy yet: yes to sending the unsigned draft, then no to the recipients.
    box.fakes.ui.answer("YES");
    box.fakes.ui.answer("NO");
    menuSend();
    const ask = box.fakes.ui.alerts.at(-1);
    expect(ask?.prompt).toContain("Gửi báo cáo kỳ 2020-Q1 tới:");
    expect(box.fakes.mail.sent).toHaveLength(0);
    box.fakes.ui.answer("YES");
    box.fakes.ui.answer("YES");
    menuSend();
    expect(box.fakes.mail.sent).toHaveLength(1);
    expect(box.fakes.ui.alerts.at(-1)?.prompt).toMatch(/^Đã gửi báo cáo kỳ 2020-Q1 tới /);
  });

  test("an edit with a problem gives immediate feedback on that row", () => {
    box = sampleSpreadsheet();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const range = ss.getSheetByName("Tiến độ")?.getRange("C4") as GoogleAppsScript.Spreadsheet.Range;
    range.setValue(250);
    const e = { source: ss, range, authMode: "LIMITED" } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
    box.fakes.resetCalls();
    box.fakes.inAuthMode("LIMITED", () => onEdit(e));
    expect(box.fakes.ui.toasts.at(-1)?.title).toBe("PAPI: 1 vấn đề ở dòng vừa sửa");
    expect(box.fakes.cell("Tiến độ!C4").note).toContain("phải là số từ 0 đến 100");
    // A simple trigger may not call the Sheets advanced service (the fakes refuse it): onEdit reads
    // through SpreadsheetApp, while the full check, run from the menu, reads with one API call.
    expect(box.fakes.calls.filter((c) => c.startsWith("Sheets."))).toEqual([]);
    expect(() => box.fakes.inAuthMode("LIMITED", () => readBook(ss))).toThrow(/insufficient authentication/);
  });
});

test("Mở bảng điều khiển opens the built sidebar file with its Vietnamese title", () => {
  const fakes = createGasFakes({ htmlFiles: { Sidebar: "<!DOCTYPE html><p>bảng điều khiển</p>" } });
  const restore = fakes.install();
  try {
    menuShowSidebar();
    expect(fakes.ui.dialogs).toEqual([
      expect.objectContaining({
        kind: "sidebar",
        title: "PAPI – Bảng điều khiển",
        content: "<!DOCTYPE html><p>bảng điều khiển</p>",
      }),
    ]);
  } finally {
    restore();
  }
});
