/**
 * The PDFs land where every staff member of the Sheet finds them: one folder beside the Sheet, shared
 * with its editors and remembered by the document, on fakes whose Drive has per-user My Drives and
 * sharing (a folder a colleague cannot open is "not found", as in Drive).
 */

import { FOLDER_PROPERTY } from "../../src/gas/drive-folder";
import { exportReport } from "../../src/gas/export-pdf";
import { generateReport } from "../../src/gas/generate";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

const A = "vanphong@example.gov.vn";
const B = "chuyenvien@example.gov.vn";
let box: Sandbox;
afterEach(() => box.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

function arrange(options: { editors?: string[] } = {}): Sandbox {
  const b = sampleSpreadsheet({ user: A, editors: options.editors ?? [B] });
  generateReport(SpreadsheetApp.getActiveSpreadsheet(), "2020-Q1", { replace: false, force: false });
  return b;
}

const pdfs = () => box.fakes.drive.files().filter((f) => f.mimeType === "application/pdf" && !f.trashed);
const setFolder = (text: string) => {
  const rows = box.fakes.snapshot()["Cấu hình"] ?? [];
  const row = rows.findIndex((r) => r[0] === "Thư mục lưu báo cáo") + 1;
  box.fakes.seed("Cấu hình", [[text]], { row, col: 2, raw: true });
};

test("two colleagues' exports land in one folder beside the Sheet, shared with the Sheet's editors", () => {
  box = arrange();
  exportReport(ss(), "2020-Q1");
  const folders = box.fakes.drive.folders().filter((f) => f.name === "Báo cáo PAPI 2020");
  expect(folders).toHaveLength(1);
  const folder = folders[0];
  expect(folder?.parents).toEqual([box.fakes.drive.rootOf(A)]);
  expect(folder?.editors).toEqual([B]);
  expect(box.fakes.properties.document.get(FOLDER_PROPERTY)).toBe(folder?.id);

  box.fakes.setActiveUser(B);
  const second = exportReport(ss(), "2020-Q1");
  expect(box.fakes.drive.folders().filter((f) => f.name === "Báo cáo PAPI 2020")).toHaveLength(1);
  expect(pdfs()).toHaveLength(2);
  expect(pdfs().every((f) => f.parents[0] === folder?.id)).toBe(true);
  // B opens what A saved, and A what B saved.
  expect(
    DriveApp.getFolderById(folder?.id ?? "")
      .getFiles()
      .hasNext(),
  ).toBe(true);
  box.fakes.setActiveUser(A);
  expect(DriveApp.getFileById(second.files[0]?.id ?? "").getName()).toMatch(/^BC-PAPI-2020-Q1/);
});

test("a folder named in Thư mục lưu báo cáo, by link or id, is used as it is", () => {
  box = arrange();
  const id = box.fakes.drive.addFolder("PAPI chung", { editors: [A], owner: "truongphong@example.gov.vn" });
  setFolder(`https://drive.google.com/drive/folders/${id}?usp=sharing`);
  exportReport(ss(), "2020-Q1");
  expect(pdfs().map((f) => f.parents[0])).toEqual([id]);
  expect(box.fakes.drive.folders().some((f) => f.name === "Báo cáo PAPI 2020")).toBe(false);
});

test("a named folder this user cannot open is a clear Vietnamese message, and nothing is saved", () => {
  box = arrange();
  const id = box.fakes.drive.addFolder("Riêng", { owner: "nguoikhac@example.gov.vn" });
  setFolder(id);
  expect(() => exportReport(ss(), "2020-Q1")).toThrow(/chưa được chia sẻ\s+quyền chỉnh sửa với bạn/);
  expect(pdfs()).toHaveLength(0);
});

test("a colleague the folder was never shared with is told whom to ask, and nothing is saved", () => {
  box = arrange({ editors: [] });
  exportReport(ss(), "2020-Q1");
  box.fakes.setActiveUser("moi@example.gov.vn");
  expect(() => exportReport(ss(), "2020-Q1")).toThrow(
    /chưa được chia sẻ với bạn\. Hãy nhờ người tạo thư mục/,
  );
  expect(pdfs()).toHaveLength(1);
});

test("a report folder moved to the bin is replaced by a new one", () => {
  box = arrange();
  exportReport(ss(), "2020-Q1");
  const first = box.fakes.properties.document.get(FOLDER_PROPERTY) ?? "";
  DriveApp.getFolderById(first).setTrashed(true);
  exportReport(ss(), "2020-Q1");
  const second = box.fakes.properties.document.get(FOLDER_PROPERTY);
  expect(second).not.toBe(first);
  expect(pdfs().filter((f) => f.parents[0] === second)).toHaveLength(1);
});

describe("sharing the new folder", () => {
  test("with each editor of the Sheet, without Drive's 'shared with you' mail", () => {
    box = arrange({ editors: [B, "thuky@example.gov.vn"] });
    exportReport(ss(), "2020-Q1");
    const folder = box.fakes.drive.folders().find((f) => f.name === "Báo cáo PAPI 2020");
    expect(folder?.editors).toEqual([B, "thuky@example.gov.vn"]);
    expect(box.fakes.drive.shareMails()).toEqual([]);
  });

  test("an address the domain refuses is named, the PDF saved, and the next export uses the same folder", () => {
    box = arrange({ editors: ["ngoai@gmail.com", B] });
    box.fakes.drive.refuseSharingWith("ngoai@gmail.com");
    const first = exportReport(ss(), "2020-Q1");
    expect(first.files).toHaveLength(1);
    expect(first.notices).toEqual([
      expect.stringContaining('Chưa chia sẻ được thư mục "Báo cáo PAPI 2020" với: ngoai@gmail.com.'),
    ]);
    const folder = box.fakes.drive.folders().find((f) => f.name === "Báo cáo PAPI 2020");
    expect(folder?.editors).toEqual([B]);
    expect(String(box.fakes.snapshot()["Nhật ký"]?.at(-1)?.[6])).toContain("ngoai@gmail.com");
    exportReport(ss(), "2020-Q1");
    expect(box.fakes.drive.folders().filter((f) => f.name === "Báo cáo PAPI 2020")).toHaveLength(1);
    expect(pdfs()).toHaveLength(2);
  });

  test("a share that fails in any way is named too: the folder's id was kept before it", () => {
    box = arrange();
    box.fakes.failOnCall(1, "Drive.Permissions.create", "Lỗi giả lập");
    const first = exportReport(ss(), "2020-Q1");
    expect(first.notices).toEqual([expect.stringContaining(B)]);
    const id = box.fakes.properties.document.get(FOLDER_PROPERTY);
    expect(pdfs().map((f) => f.parents[0])).toEqual([id]);
    exportReport(ss(), "2020-Q1");
    expect(box.fakes.properties.document.get(FOLDER_PROPERTY)).toBe(id);
  });
});

describe("a folder in the bin or gone", () => {
  test("a named folder inside a folder in the bin is in the bin: a clear message, and no PDF anywhere", () => {
    box = arrange();
    const project = box.fakes.drive.addFolder("Dự án", { editors: [A], owner: "truongphong@example.gov.vn" });
    const id = box.fakes.drive.addFolder("PAPI chung", { parentId: project });
    setFolder(id);
    box.fakes.uncounted(() => DriveApp.getFolderById(project).setTrashed(true));
    expect(box.fakes.drive.inBin(id)).toBe(true);
    expect(() => exportReport(ss(), "2020-Q1")).toThrow(/đã bị xoá/);
    expect(box.fakes.drive.files().filter((f) => f.mimeType === "application/pdf")).toEqual([]);
  });

  test("the document's folder, in the bin through its parent, is replaced and the PDF lands outside the bin", () => {
    box = arrange();
    const parent = box.fakes.drive.addFolder("Lưu trữ");
    const old = box.fakes.drive.addFolder("Báo cáo PAPI 2020", { parentId: parent });
    box.fakes.properties.document.set(FOLDER_PROPERTY, old);
    box.fakes.uncounted(() => DriveApp.getFolderById(parent).setTrashed(true));
    const r = exportReport(ss(), "2020-Q1");
    expect(box.fakes.properties.document.get(FOLDER_PROPERTY)).not.toBe(old);
    expect(r.files.map((f) => box.fakes.drive.inBin(f.id))).toEqual([false]);
  });

  test("deleted for ever between two runs: its maker gets a new folder; a colleague is told whom to ask", () => {
    box = arrange();
    exportReport(ss(), "2020-Q1");
    const first = box.fakes.properties.document.get(FOLDER_PROPERTY) ?? "";
    box.fakes.drive.deleteForever(first);
    box.fakes.setActiveUser(B);
    expect(() => exportReport(ss(), "2020-Q1")).toThrow(`Hãy nhờ người tạo thư mục (${A})`);
    box.fakes.setActiveUser(A);
    const again = exportReport(ss(), "2020-Q1");
    const second = box.fakes.properties.document.get(FOLDER_PROPERTY);
    expect(second).not.toBe(first);
    expect(again.files.map((f) => box.fakes.drive.inBin(f.id))).toEqual([false]);
    expect(pdfs().filter((f) => f.parents[0] === second)).toHaveLength(1);
  });
});
