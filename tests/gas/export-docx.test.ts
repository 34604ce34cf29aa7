/** "Xuất bản Word (.docx)" on the Apps Script fakes: the .docx beside the PDF, from the menu and the sidebar. */
import { apiExportDocx } from "../../src/gas/api";
import { docxDialogHtml, exportDocx } from "../../src/gas/export-docx";
import { exportReport } from "../../src/gas/export-pdf";
import { generateReport } from "../../src/gas/generate";
import { menuExportDocx } from "../../src/gas/menu";
import { docxParts, paragraphsXml, paragraphText } from "../docx/support";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const GENERATE = { replace: false, force: false };
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("the period's .docx is made here and filed in the report folder, beside the PDF, and logged with its link", async () => {
  box = sampleSpreadsheet();
  generateReport(ss(), "2020-Q1", GENERATE);
  exportReport(ss(), "2020-Q1");
  const exported = exportDocx(ss(), "2020-Q1");
  expect(exported.period).toBe("2020-Q1");
  expect(exported.baseName).toBe("BC-PAPI-2020-Q1-BQLKCN");
  expect(exported.files.map((f) => f.name)).toEqual([
    expect.stringMatching(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.docx$/),
  ]);
  const files = box.fakes.drive.files();
  const docx = files.find((f) => f.name.endsWith(".docx"));
  const pdf = files.find((f) => f.name.endsWith(".pdf"));
  expect(docx?.mimeType).toBe(DOCX_MIME);
  // The same folder as the PDF's: one place for a period's files.
  expect(docx?.parents).toEqual(pdf?.parents);
  const text = paragraphsXml(
    (await docxParts(docx?.bytes ?? new Uint8Array()))["word/document.xml"] ?? "",
  ).map(paragraphText);
  expect(text).toContain("I. TÌNH HÌNH TRIỂN KHAI");
  expect(text).toContain("PHỤ LỤC");
  const log = box.fakes.snapshot()["Nhật ký"] ?? [];
  expect(log.at(-1)?.slice(2, 5)).toEqual(["Xuất bản Word", "2020-Q1", exported.files[0]?.url]);
});

test("without the period's report sheets it says to make them first, and files nothing", () => {
  box = sampleSpreadsheet();
  expect(() => exportDocx(ss(), "2020-Q3")).toThrow(
    'Chưa có báo cáo kỳ 2020-Q3. Hãy chọn "Tạo báo cáo" cho kỳ này trước khi xuất bản Word.',
  );
  expect(box.fakes.drive.files().filter((f) => f.name.endsWith(".docx"))).toEqual([]);
});

test("the menu item asks the period, then shows the file's link in a dialog (a menu cannot open a tab)", () => {
  box = sampleSpreadsheet();
  generateReport(ss(), "2020-H1", GENERATE);
  box.fakes.uncounted(() => ss().getSheetByName("Nhiệm vụ")?.activate());
  box.fakes.ui.answer("OK", "2020-H1");
  menuExportDocx();
  const [docx] = box.fakes.drive.files().filter((f) => f.name.endsWith(".docx"));
  expect(docx?.name).toMatch(/^BC-PAPI-2020-H1-BQLKCN-/);
  const dialog = box.fakes.ui.dialogs.at(-1);
  expect(dialog).toMatchObject({ kind: "modal", title: "Bản Word để sửa trước khi ký" });
  expect(dialog?.content).toContain(`href="https://drive.google.com/file/d/${docx?.id}/view`);
  expect(dialog?.content).toContain('target="_blank"');
  // How to make the PDF to sign from it, under a name the signed-copy path accepts.
  expect(dialog?.content).toContain("BC-PAPI-2020-H1-BQLKCN.pdf");
});

test("the sidebar's call answers the files, or a Vietnamese message", () => {
  box = sampleSpreadsheet();
  generateReport(ss(), "2020-Q1", GENERATE);
  const done = apiExportDocx("2020-Q1");
  expect(done).toEqual({
    ok: true,
    value: {
      period: "2020-Q1",
      files: [expect.objectContaining({ name: expect.stringMatching(/\.docx$/) })],
    },
  });
  const refused = apiExportDocx("2020-Q4");
  expect(refused).toEqual({ ok: false, message: expect.stringContaining("Chưa có báo cáo kỳ 2020-Q4") });
});

test("the dialog shows names and links as text: nothing from a file name runs", () => {
  const html = docxDialogHtml({
    period: "2020-Q1",
    baseName: 'BC-<img src=x onerror="alert(1)">',
    files: [{ name: "<script>alert(1)</script>.docx", id: "x", url: 'https://drive.google.com/"><script>' }],
  });
  expect(html).not.toContain("<script>");
  expect(html).not.toContain("<img");
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;.docx");
});
