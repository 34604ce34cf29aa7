/** Google's limits, enforced by the fakes as Google enforces them. */
import { createGasFakes } from "./index";

test("a cell holds at most 50,000 characters; setValues writes nothing when one is longer", () => {
  const fakes = createGasFakes();
  const sheet = fakes.SpreadsheetApp.getActiveSheet();
  sheet.getRange("A1").setValue("x".repeat(50_000));
  expect(() => sheet.getRange("A2:B2").setValues([["ok", "y".repeat(50_001)]])).toThrow(
    "Your input contains more than the maximum of 50000 characters in a single cell.",
  );
  expect(fakes.cell("Sheet1!A2").value).toBe("");
  expect(() => sheet.appendRow(["z".repeat(50_001)])).toThrow(/50000 characters/);
});

test("a chart anchored past the grid is refused", () => {
  const fakes = createGasFakes();
  const sheet = fakes.SpreadsheetApp.getActiveSheet();
  sheet.deleteColumns(10, 17);
  const build = (col: number) =>
    sheet
      .newChart()
      .setChartType(fakes.Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B3"))
      .setPosition(1, col, 0, 0)
      .build();
  expect(() => sheet.insertChart(build(11))).toThrow("outside the dimensions of the sheet");
  sheet.insertChart(build(9));
  expect(fakes.sheetInfo("Sheet1").charts).toHaveLength(1);
});

test("10 million cells per spreadsheet: neither rows nor a new sheet past it", () => {
  const fakes = createGasFakes();
  const sheet = fakes.SpreadsheetApp.getActiveSheet();
  sheet.insertRowsAfter(1000, 383_000); // 384,000 rows × 26 columns = 9,984,000 cells
  const ss = fakes.SpreadsheetApp.getActiveSpreadsheet();
  expect(() => ss.insertSheet("Thêm")).toThrow(/above the limit of 10000000 cells/);
  sheet.insertRowsAfter(1, 100);
  expect(() => sheet.insertRowsAfter(1, 1000)).toThrow(/above the limit of 10000000 cells/);
});

test("the document lock may be null, the active user's email may be empty", () => {
  const fakes = createGasFakes({ user: "" });
  fakes.locks.documentLockAvailable = false;
  expect(fakes.LockService.getDocumentLock()).toBeNull();
  expect(fakes.Session.getActiveUser().getEmail()).toBe("");
});

test("MailApp: 50 recipients per message, 25 MB of attachments, the daily recipients quota", () => {
  const fakes = createGasFakes({ mailQuota: 3 });
  const many = Array.from({ length: 51 }, (_, i) => `a${i}@example.com`).join(",");
  expect(() => fakes.MailApp.sendEmail({ to: many, subject: "s", body: "b" })).toThrow(
    "Limit Exceeded: Email Recipients Per Message.",
  );
  const big = fakes.Utilities.newBlob("x".repeat(25 * 1024 * 1024 + 1), "application/pdf", "a.pdf");
  expect(() =>
    fakes.MailApp.sendEmail({ to: "a@example.com", subject: "s", body: "b", attachments: [big] }),
  ).toThrow("Limit Exceeded: Email Total Attachments Size.");
  fakes.MailApp.sendEmail({ to: "a@example.com", cc: "b@example.com", subject: "s", body: "b" });
  expect(fakes.MailApp.getRemainingDailyQuota()).toBe(1);
  expect(() =>
    fakes.MailApp.sendEmail({ to: "a@example.com", cc: "b@example.com", subject: "s", body: "b" }),
  ).toThrow("Service invoked too many times for one day: email.");
  expect(fakes.mail.sent).toHaveLength(1);
});
