import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

// The module object the command's `node:fs/promises` imports resolve to, so a spy on it reaches them.
const fsPromises = require("node:fs").promises as typeof import("node:fs/promises");

import { DIMENSIONS } from "../../src/core/catalogue";
import { rowsOf, settingsRows } from "../../src/core/rows";
import { NARRATIVES, SCORES, TASKS, UPDATES } from "../../src/core/schema";
import { papi, pdfText, type Run, runMain } from "../support/cli";
import { BASE_SETTINGS, task, update } from "../support/workbook";

const dir = mkdtempSync(join(tmpdir(), "papi-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

async function writeXlsx(file: string, sheets: { name: string; rows: unknown[][] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows);
  await wb.xlsx.writeFile(file);
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A workbook as a person might have made it: columns reordered, NFD headers, a title row above. */
async function handMadeWorkbook(file: string): Promise<void> {
  const order = [3, 0, 6, 1, 4, 2, 5, 7, 8];
  const reorder = (rows: unknown[][]) => rows.map((r) => order.map((i) => r[i] ?? ""));
  const tasks = rowsOf(TASKS, [
    task("1.1", { deadline: utc(2020, 3, 31) }),
    task("2.1", {
      group: "2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
      deadline: "Quý I/2020",
    }),
    task("8.1", { group: 8, deadline: "Thường xuyên" }),
  ]);
  const [header = [], ...body] = reorder(tasks);
  await writeXlsx(file, [
    { name: "Cấu hình", rows: settingsRows(BASE_SETTINGS) },
    {
      name: "Nhiệm vụ",
      rows: [
        ["KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2020"],
        [],
        header.map((h) => String(h).normalize("NFD").toUpperCase()),
        ...body,
      ],
    },
    {
      name: "Tiến độ",
      rows: rowsOf(UPDATES, [
        update("1.1", utc(2020, 3, 1) as unknown as string, 100),
        update("2.1", "05/03/2020", "50%"),
        update("8.1", utc(2020, 2, 1) as unknown as string, 20),
      ]),
    },
    {
      name: "Nội dung báo cáo",
      rows: rowsOf(NARRATIVES, [
        {
          period: "2020-Q1",
          situation: "Đã triển khai.",
          shortcomings: "Không.",
          nextSteps: "Tiếp tục.",
          proposals: "Không.",
        },
      ]),
    },
  ]);
}

// The machine may be slow and busy: the command renders PDFs and the process tests start Node.
jest.setTimeout(120_000);

describe("papi, through its main", () => {
  test("--help explains the commands in Vietnamese", async () => {
    const run = await runMain(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("papi report <tệp.xlsx> --period <kỳ>");
  });

  test("template writes the empty layout and refuses to overwrite it", async () => {
    const file = at("mau.xlsx");
    expect((await runMain(["template", file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.filter((w) => w.state !== "hidden").map((w) => w.name)).toEqual([
      "Cấu hình",
      "Nhiệm vụ",
      "Tiến độ",
      "Nội dung báo cáo",
      "Đơn vị",
      "Điểm PAPI",
    ]);
    expect(wb.getWorksheet("Nhiệm vụ")?.getRow(1).values).toEqual([
      undefined,
      ...TASKS.columns.map((c) => c.header),
    ]);
    expect(wb.getWorksheet("Điểm PAPI")?.getRow(1).values).toEqual([
      undefined,
      ...SCORES.columns.map((c) => c.header),
    ]);
    const again = await runMain(["template", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("đã có; không ghi đè");
    const empty = await runMain(["validate", file, "--json"]);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout).validation.issues.map((i: { code: string }) => i.code)).toEqual([
      "REQUIRED",
      "REQUIRED",
    ]);
  });

  test("validate and report read a hand-made workbook: reordered columns, NFD headers, a title row", async () => {
    const file = at("tu-lam.xlsx");
    await handMadeWorkbook(file);
    const validated = await runMain(["validate", file, "--json"]);
    expect(JSON.parse(validated.stdout)).toEqual({ validation: { errors: 0, warnings: 0, issues: [] } });
    expect(validated.code).toBe(0);

    const out = at("bc");
    const run = await runMain(["report", file, "--period", "2020-Q1", "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.period).toEqual({
      code: "2020-Q1",
      label: "Quý I năm 2020",
      start: "2019-12-15",
      end: "2020-03-14",
      mode: "decree09",
    });
    expect(json.totals).toEqual({
      total: 3,
      done: 1,
      doneOnTime: 1,
      doneLate: 0,
      inProgress: 2,
      notStarted: 0,
      overdue: 0,
    });
    expect(json.groups.map((g: { total: number }) => g.total)).toEqual([1, 1, 0, 0, 0, 0, 0, 1]);
    expect(json.files).toEqual({
      xlsx: join(out, "BC-PAPI-2020-Q1-BQLKCN.xlsx"),
      pdf: join(out, "BC-PAPI-2020-Q1-BQLKCN.pdf"),
      docx: join(out, "BC-PAPI-2020-Q1-BQLKCN.docx"),
    });

    const text = pdfText(json.files.pdf);
    const all = text.pages.flatMap((p) => p.items.map((i) => i.str)).join("\n");
    expect(all).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(all).toContain("quý I năm 2020");
    for (const d of DIMENSIONS) expect(all.replace(/\n/g, " ")).toContain(d.vn);
  });

  test("with errors, report writes nothing and exits 1; --force writes and still exits 1", async () => {
    const file = at("loi.xlsx");
    await writeXlsx(file, [
      { name: "Cấu hình", rows: settingsRows(BASE_SETTINGS) },
      { name: "Nhiệm vụ", rows: rowsOf(TASKS, [task("1.1"), task("1.2", { deadline: "khi nào xong" })]) },
      { name: "Tiến độ", rows: rowsOf(UPDATES, [update("1.1", "01/03/2020", 150)]) },
    ]);
    const out = at("loi-out");
    const refused = await runMain(["report", file, "--period", "2020-Y", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Trang "Nhiệm vụ", dòng 3, cột "Thời hạn"');
    expect(refused.stdout).toContain('Trang "Tiến độ", dòng 2, cột "Tiến độ (%)"');
    expect(existsSync(out)).toBe(false);
    const forced = await runMain(["report", file, "--period", "2020-Y", "--out", out, "--force", "--json"]);
    expect(forced.code).toBe(1);
    const json = JSON.parse(forced.stdout);
    expect(json.validation.errors).toBe(2);
    expect(json.totals.total).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      "BC-PAPI-2020-Y-BQLKCN.docx",
      "BC-PAPI-2020-Y-BQLKCN.pdf",
      "BC-PAPI-2020-Y-BQLKCN.xlsx",
    ]);
    // The output says how many rows were left out and which; the report itself stays clean.
    const leftOut =
      'Đã bỏ qua 2 dòng có lỗi (không tính vào báo cáo): trang "Nhiệm vụ" dòng 3; trang "Tiến độ" dòng 2.';
    expect(forced.stderr).toContain(leftOut);
    const text = await runMain(["report", file, "--period", "2020-Y", "--out", out, "--force"]);
    expect(text.stdout).toContain(leftOut);
    const pdf = pdfText(join(out, "BC-PAPI-2020-Y-BQLKCN.pdf"));
    expect(pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join(" ")).not.toContain("bỏ qua");
  });

  test("the report's date: --date, else the Ngày báo cáo setting, else the default; a bad --date is exit 2", async () => {
    const file = at("ngay.xlsx");
    const sheets = (reportDate: string) => [
      { name: "Cấu hình", rows: settingsRows({ ...BASE_SETTINGS, reportDate }) },
      { name: "Nhiệm vụ", rows: rowsOf(TASKS, [task("1.1")]) },
      { name: "Tiến độ", rows: rowsOf(UPDATES, [update("1.1", "01/03/2020", 50)]) },
    ];
    const dateLine = async (args: string[]) => {
      const out = at(`ngay-${args.join("")}`.replace(/\W/g, ""));
      expect((await runMain(["report", file, "--period", "2020-Q1", "--out", out, ...args])).code).toBe(0);
      const items = pdfText(join(out, "BC-PAPI-2020-Q1-BQLKCN.pdf")).pages[0]?.items ?? [];
      return items.find((i) => i.str.includes(", ngày "))?.str;
    };
    await writeXlsx(file, sheets(""));
    // Today (20/04/2020) is 37 days after Q1's end (14/03): the first working day after it.
    expect(await dateLine([])).toBe("Tỉnh Mẫu, ngày 16 tháng 3 năm 2020");
    expect(await dateLine(["--date", "5/2/2020"])).toBe("Tỉnh Mẫu, ngày 05 tháng 02 năm 2020");
    await writeXlsx(file, sheets("18/03/2020"));
    expect(await dateLine([])).toBe("Tỉnh Mẫu, ngày 18 tháng 3 năm 2020");
    expect(await dateLine(["--date", "17/03/2020"])).toBe("Tỉnh Mẫu, ngày 17 tháng 3 năm 2020");
    expectOneLine(
      await runMain(["report", file, "--period", "2020-Q1", "--date", "31/02/2020"]),
      '--date "31/02/2020" không phải ngày hợp lệ',
    );
  });

  test("a period of another year than the plan's is refused: exit 2, one line, nothing written", async () => {
    const file = at("nam.xlsx");
    await handMadeWorkbook(file);
    const out = at("nam-out");
    const run = await runMain(["report", file, "--period", "2021-Q1", "--out", out]);
    expectOneLine(run, 'kỳ 2021-Q1 không thuộc năm kế hoạch 2020 (mục "Năm kế hoạch"');
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [["validate", "khong-co.xlsx"], 'không tìm thấy tệp "khong-co.xlsx".'],
    [["validate"], 'lệnh "validate" cần tên tệp .xlsx'],
    [["report", "package.json", "--period", "2020-Q1"], "không phải bảng tính"],
    [["lam-gi-do"], 'không có lệnh "lam-gi-do". Xem: papi --help'],
    [["valdate", "a.xlsx"], 'không có lệnh "valdate". Có phải ý bạn là "papi validate"? Xem: papi --help'],
    [["REPROT"], 'không có lệnh "REPROT". Có phải ý bạn là "papi report"?'],
    [["validate", "a.xlsx", "--khong-co"], 'không có tùy chọn "--khong-co"'],
    [["validate", "a.xlsx", "--jsn"], 'không có tùy chọn "--jsn". Có phải ý bạn là "--json"?'],
    [["validate", "a.xlsx", "-x"], 'không có tùy chọn "-x"'],
    [["report", "a.xlsx", "--period"], 'tùy chọn "--period" cần mã kỳ báo cáo, ví dụ --period 2020-Q1'],
    [["report", "a.xlsx", "--period", "--json"], 'tùy chọn "--period" cần mã kỳ báo cáo'],
    [["report", "a.xlsx", "--period="], 'tùy chọn "--period" cần mã kỳ báo cáo'],
    [["report", "a.xlsx", "--period", "2020-Q1", "--out"], 'tùy chọn "--out" cần tên thư mục'],
    [["report", "a.xlsx", "--period", "2020-Q1", "--period", "2020-Q2"], '"--period" được ghi hai lần'],
    [["validate", "a.xlsx", "--json", "--json"], '"--json" được ghi hai lần'],
    [["validate", "a.xlsx", "--json=yes"], 'tùy chọn "--json" không nhận giá trị'],
    [
      ["validate", "a.xlsx", "--period", "2020-Q1"],
      'lệnh "validate" không nhận tùy chọn "--period" (lệnh này nhận: --json)',
    ],
    [["validate", "a.xlsx", "b.xlsx"], 'thừa tham số "b.xlsx"'],
    [["demo", "a.xlsx"], 'thừa tham số "a.xlsx"'],
    [["validate", "khong-co-thu-muc/a.xlsx"], 'không tìm thấy tệp "khong-co-thu-muc/a.xlsx"'],
    [["validate", "package.json/a.xlsx"], "một phần của đường dẫn là tệp"],
    [["validate", "src"], '"src" là một thư mục, không phải tệp .xlsx'],
  ])("unusable input %p: exit 2 with one Vietnamese line", async (args, message) => {
    expectOneLine(await runMain(args), message);
  });

  test("a workbook without `Nhiệm vụ`, a bad period and a missing period are exit 2", async () => {
    const file = at("thieu.xlsx");
    await writeXlsx(file, [{ name: "Cấu hình", rows: settingsRows(BASE_SETTINGS) }]);
    const missing = await runMain(["validate", file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không có trang "Nhiệm vụ"');
    const full = at("du.xlsx");
    await handMadeWorkbook(full);
    const badPeriod = await runMain(["report", full, "--period", "2020-Q7"]);
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toContain("2020-Q1");
    expect((await runMain(["report", full])).stderr).toContain("thiếu --period");
  });

  test.each([
    ["2020-6M", '"2020-H1" (6 tháng đầu năm 2020)?'],
    ["6T", '"2020-H1" (6 tháng đầu năm 2020)?'],
    ["2020-H2", '"2020-H1" (6 tháng đầu năm 2020) hoặc "2020-Y" (năm 2020)?'],
    ["Quý I/2020", '"2020-Q1" (quý I năm 2020)?'],
    ["quy 3", '"2020-Q3" (quý III năm 2020)?'],
    ["9 tháng", '"2020-9M" (9 tháng đầu năm 2020)?'],
    ["Cả năm", '"2020-Y" (năm 2020)?'],
    ["2021-6M", '"2021-H1" (6 tháng đầu năm 2021)?'],
  ])("a period typed %p: exit 2, pointed to the code it most likely meant", async (typed, meant) => {
    const file = at("goi-y.xlsx");
    if (!existsSync(file)) await handMadeWorkbook(file);
    const run = await runMain(["report", file, "--period", typed, "--out", at("goi-y-out")]);
    expectOneLine(run, `kỳ báo cáo "${typed}" không hợp lệ. Có phải ý bạn là ${meant}`);
    expect(existsSync(at("goi-y-out"))).toBe(false);
  });

  test("a period nothing resembles is refused with the forms to use", async () => {
    const file = at("goi-y-khong.xlsx");
    await handMadeWorkbook(file);
    const run = await runMain(["units", file, "--period", "xyz"]);
    expectOneLine(run, 'kỳ báo cáo "xyz" không hợp lệ. Dùng dạng 2020-Q1');
    expect(run.stderr).not.toContain("Có phải ý bạn là");
  });

  test("--period Q1, H1, 9M, Y alone is that period of Năm kế hoạch", async () => {
    const file = at("ky-ngan.xlsx");
    await handMadeWorkbook(file);
    const cases: [string, string][] = [
      ["Q1", "2020-Q1"],
      ["q4", "2020-Q4"],
      ["H1", "2020-H1"],
      ["9M", "2020-9M"],
      ["Y", "2020-Y"],
    ];
    for (const [typed, code] of cases) {
      const report = await runMain(["report", file, "--period", typed, "--out", at("ky-ngan-out"), "--json"]);
      expect(report.code).toBe(0);
      expect(JSON.parse(report.stdout).period.code).toBe(code);
      const units = await runMain(["units", file, "--period", typed, "--json"]);
      expect(JSON.parse(units.stdout).period.code).toBe(code);
    }
    expect(readdirSync(at("ky-ngan-out")).sort()).toContain("BC-PAPI-2020-Q1-BQLKCN.pdf");
  });

  test("--period Q1 without a usable Năm kế hoạch says where the year goes", async () => {
    const file = at("khong-nam.xlsx");
    const settings = settingsRows(BASE_SETTINGS).filter((r) => r[0] !== "Năm kế hoạch");
    await writeXlsx(file, [
      { name: "Cấu hình", rows: settings },
      { name: "Nhiệm vụ", rows: rowsOf(TASKS, [task("1.1")]) },
      { name: "Tiến độ", rows: rowsOf(UPDATES, []) },
    ]);
    const run = await runMain(["report", file, "--period", "Q1"]);
    expectOneLine(run, 'mục "Năm kế hoạch" ở trang "Cấu hình" còn trống hoặc sai');
    expect(run.stderr).toContain("--period 2020-Q1");
  });

  test("--version and -v print the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    for (const flag of ["--version", "-v"]) {
      const run = await runMain([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`papi ${version}\n`);
    }
  });

  test("a file that is not a workbook is exit 2", async () => {
    const file = at("gia.xlsx");
    writeFileSync(file, "đây không phải bảng tính");
    const run = await runMain(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải bảng tính Excel");
  });
});

describe("papi units (docs/workbook.md: the command's JSON)", () => {
  async function unitsWorkbook(file: string, units: unknown[][]): Promise<void> {
    await writeXlsx(file, [
      { name: "Cấu hình", rows: settingsRows(BASE_SETTINGS) },
      {
        name: "Nhiệm vụ",
        rows: rowsOf(TASKS, [
          task("1.1", { lead: "Phòng B" }),
          task("1.2", { lead: "văn  PHÒNG" }),
          task("1.3", { lead: "Phòng Mới", deadline: utc(2020, 2, 1) }),
          task("1.4", { lead: "Văn phòng" }),
        ]),
      },
      {
        name: "Tiến độ",
        rows: rowsOf(UPDATES, [update("1.1", "01/02/2020", 30), update("1.4", "20/12/2019", 100)]),
      },
      { name: "Đơn vị", rows: [["Đơn vị", "Email", "Người phụ trách"], ...units] },
    ]);
  }

  test("--json: the sheet's units in order, then units only in Nhiệm vụ; an unknown unit is a warning, exit 0", async () => {
    const file = at("don-vi.xlsx");
    await unitsWorkbook(file, [
      ["Văn phòng", "vp@example.gov.vn; vt@example.gov.vn", "Chánh Văn phòng"],
      ["Phòng B", "b@example.gov.vn", ""],
    ]);
    const run = await runMain(["units", file, "--period", "2020-Q1", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      period: {
        code: "2020-Q1",
        label: "Quý I năm 2020",
        start: "2019-12-15",
        end: "2020-03-14",
        mode: "decree09",
      },
      units: [
        // 1.4 was done on 20/12/2019, inside the window: updated.
        {
          unit: "Văn phòng",
          email: "vp@example.gov.vn, vt@example.gov.vn",
          tasks: 2,
          updated: 1,
          missing: ["1.2"],
          overdue: 0,
        },
        { unit: "Phòng B", email: "b@example.gov.vn", tasks: 1, updated: 1, missing: [], overdue: 0 },
        { unit: "Phòng Mới", email: null, tasks: 1, updated: 0, missing: ["1.3"], overdue: 1 },
      ],
    });
    const checked = JSON.parse((await runMain(["validate", file, "--json"])).stdout);
    expect(checked.validation.issues.map((i: { code: string; row: number }) => `${i.code}@${i.row}`)).toEqual(
      ["UNKNOWN_UNIT@4"],
    );
  });

  test("without --json: a readable table and the ids each unit owes", async () => {
    const file = at("don-vi-bang.xlsx");
    await unitsWorkbook(file, [
      ["Văn phòng", "vp@example.gov.vn", ""],
      ["Phòng B", "", ""],
    ]);
    const run = await runMain(["units", file, "--period", "2020-Q1"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Quý I năm 2020: số liệu từ 15/12/2019 đến 14/03/2020 (Nghị định 09/2019/NĐ-CP)");
    expect(run.stdout).toMatch(/Đơn vị\s+Nhiệm vụ {2}Đã cập nhật {2}Chưa cập nhật {2}Quá hạn/);
    expect(run.stdout).toMatch(/\nVăn phòng\s+2\s+1\s+1\s+0\n/);
    expect(run.stdout).toMatch(/\nPhòng Mới\s+1\s+0\s+1\s+1\n/);
    expect(run.stdout).toContain("1/3 đơn vị đã cập nhật đủ trong kỳ.");
    expect(run.stdout).toContain("  Văn phòng (vp@example.gov.vn): 1.2");
    expect(run.stdout).toContain("  Phòng Mới (chưa có email): 1.3");
  });

  test("a malformed address is BAD_EMAIL: exit 1, the table still printed; unusable input is exit 2", async () => {
    const file = at("don-vi-loi.xlsx");
    await unitsWorkbook(file, [
      ["Văn phòng", "vp@example", ""],
      ["Phòng B", "b@example.gov.vn", ""],
    ]);
    const run = await runMain(["units", file, "--period", "2020-Q1"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 lỗi");
    expect(run.stdout).toContain("Văn phòng (chưa có email): 1.2");
    const json = JSON.parse((await runMain(["units", file, "--period", "2020-Q1", "--json"])).stdout);
    expect(json.units[0]).toMatchObject({ unit: "Văn phòng", email: null });
    expectOneLine(await runMain(["units", file, "--period", "2021-Q1"]), "không thuộc năm kế hoạch 2020");
    expectOneLine(await runMain(["units", file]), "thiếu --period");
    expectOneLine(await runMain(["units", file, "--period", "2020-Q9"]), "2020-Q1");
    expectOneLine(await runMain(["units", file, "--period", "2020-Q1", "--force"]), "--force");
    const noTasks = at("don-vi-thieu.xlsx");
    await writeXlsx(noTasks, [{ name: "Cấu hình", rows: settingsRows(BASE_SETTINGS) }]);
    expectOneLine(await runMain(["units", noTasks, "--period", "2020-Q1"]), 'không có trang "Nhiệm vụ"');
  });
});

/** Exit 2, one line starting "Lỗi:" holding the message, no stack trace and none of Node's English. */
function expectOneLine(run: Run, message: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^Lỗi: /);
  // One style after "Lỗi:": a sentence in lower case, ending with a full stop or the help's pointer.
  const line = run.stderr.trim().slice("Lỗi: ".length);
  const first = line.charAt(0);
  expect(first).toBe(first.toLowerCase());
  expect(line).toMatch(/(\.|Xem: papi --help)$/);
  expect(run.stderr).not.toMatch(
    /\bat .+:\d+:\d+|\b(E[A-Z]{3,}|Option|argument|Unknown|unexpected|permission|no such)\b/,
  );
}

describe("files the command cannot write: one Vietnamese line, exit 2, nothing half written", () => {
  let plan: string;
  beforeAll(async () => {
    plan = at("ghi.xlsx");
    await handMadeWorkbook(plan);
  });
  afterEach(() => jest.restoreAllMocks());

  test("template into a folder that does not exist", async () => {
    expectOneLine(
      await runMain(["template", at("khong-co/mau.xlsx")]),
      `thư mục "${at("khong-co")}" không có`,
    );
    expect(existsSync(at("khong-co"))).toBe(false);
  });

  test("--out naming a file, or a folder under a file", async () => {
    const file = at("la-tep");
    writeFileSync(file, "giữ nguyên");
    for (const out of [file, join(file, "con")]) {
      const run = await runMain(["report", plan, "--period", "2020-Q1", "--out", out]);
      expectOneLine(run, `"${out}" là một tệp, không phải thư mục`);
    }
    expect(readFileSync(file, "utf8")).toBe("giữ nguyên");
  });

  test.each([
    ["EACCES", "không có quyền ghi"],
    ["EPERM", "không có quyền ghi"],
    ["ENOSPC", "ổ đĩa đã đầy"],
    ["EROFS", "ổ đĩa chỉ cho đọc"],
  ])(
    "%s while writing the PDF: the old report stays, no new or temporary file appears",
    async (code, message) => {
      const out = at(`ghi-${code.toLowerCase()}`);
      mkdirSync(out);
      const old = join(out, "BC-PAPI-2020-Q1-BQLKCN.xlsx");
      writeFileSync(old, "báo cáo cũ");
      const real = fsPromises.writeFile;
      // The file system fails on the second file (the PDF), after the .xlsx was written.
      jest.spyOn(fsPromises, "writeFile").mockImplementation(async (path, ...rest) => {
        if (String(path).includes(".pdf")) throw Object.assign(new Error(`${code}: English text`), { code });
        return real(path, ...rest);
      });
      const run = await runMain(["report", plan, "--period", "2020-Q1", "--out", out]);
      expectOneLine(run, message);
      expect(readdirSync(out)).toEqual(["BC-PAPI-2020-Q1-BQLKCN.xlsx"]);
      expect(readFileSync(old, "utf8")).toBe("báo cáo cũ");
    },
  );

  test("a disk full at the .docx, the last file: neither the .xlsx nor the PDF appears", async () => {
    const out = at("ghi-docx");
    mkdirSync(out);
    const real = fsPromises.writeFile;
    jest.spyOn(fsPromises, "writeFile").mockImplementation(async (path, ...rest) => {
      if (String(path).includes(".docx"))
        throw Object.assign(new Error("ENOSPC: English text"), { code: "ENOSPC" });
      return real(path, ...rest);
    });
    const run = await runMain(["report", plan, "--period", "2020-Q1", "--out", out]);
    expectOneLine(run, "ổ đĩa đã đầy");
    expect(readdirSync(out)).toEqual([]);
  });

  test("a template that cannot be written leaves no file", async () => {
    const file = at("day.xlsx");
    jest
      .spyOn(fsPromises, "writeFile")
      .mockRejectedValue(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
    expectOneLine(await runMain(["template", file]), `ổ đĩa đã đầy, không ghi được "${file}"`);
    expect(readdirSync(dir).filter((f) => f.includes("day.xlsx"))).toEqual([]);
  });

  test("a file it may not read", async () => {
    jest
      .spyOn(fsPromises, "readFile")
      .mockRejectedValue(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
    expectOneLine(await runMain(["validate", plan]), `không có quyền đọc "${plan}"`);
  });
});

describe("papi, run as a process (smoke tests of bin/papi.js)", () => {
  test("--help and a report: exit codes, stdout and files as a user sees them", async () => {
    const help = await papi(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("papi report <tệp.xlsx> --period <kỳ>");
    const file = at("tien-trinh.xlsx");
    await handMadeWorkbook(file);
    const out = at("tien-trinh");
    const run = await papi(["report", file, "--period", "2020-Q1", "--out", out, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files).toEqual({
      xlsx: join(out, "BC-PAPI-2020-Q1-BQLKCN.xlsx"),
      pdf: join(out, "BC-PAPI-2020-Q1-BQLKCN.pdf"),
      docx: join(out, "BC-PAPI-2020-Q1-BQLKCN.docx"),
    });
    expect(readdirSync(out).sort()).toEqual([
      "BC-PAPI-2020-Q1-BQLKCN.docx",
      "BC-PAPI-2020-Q1-BQLKCN.pdf",
      "BC-PAPI-2020-Q1-BQLKCN.xlsx",
    ]);
  });

  test("a usage error: exit 2 and one Vietnamese line on stderr", async () => {
    expectOneLine(await papi(["validate", "a.xlsx", "--jsn"]), 'không có tùy chọn "--jsn"');
  });
});

describe("npm start: the main job on the embedded example plan", () => {
  test("demo checks the example, prints the table by dimension and writes both reports", async () => {
    const out = at("demo");
    const run = await runMain(["demo", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Dữ liệu hợp lệ");
    expect(run.stdout).toMatch(/Tổng cộng\s+41\s+3\s+1\s+25\s+12\s+1\s+10%/);
    // The example's units, and who has not reported for Q1.
    expect(run.stdout).toMatch(/Văn phòng\s+19\s+14\s+5\s+1\n/);
    expect(run.stdout).toContain("1/7 đơn vị đã cập nhật đủ trong kỳ.");
    expect(readdirSync(out).sort()).toEqual([
      "BC-PAPI-2020-Q1-BQLKCN.docx",
      "BC-PAPI-2020-Q1-BQLKCN.pdf",
      "BC-PAPI-2020-Q1-BQLKCN.xlsx",
      "BC-PAPI-2020-Y-BQLKCN.docx",
      "BC-PAPI-2020-Y-BQLKCN.pdf",
      "BC-PAPI-2020-Y-BQLKCN.xlsx",
      "ke-hoach-PAPI-mau.xlsx",
    ]);
    // A 2020 report is dated in 2020: the first working day after Q1's cut-off, not the day it was made.
    const q1 = pdfText(join(out, "BC-PAPI-2020-Q1-BQLKCN.pdf"));
    expect(q1.pages[0]?.items.map((i) => i.str).join(" ")).toContain("ngày 16 tháng 3 năm 2020");

    const json = JSON.parse(
      (
        await runMain([
          "report",
          join(out, "ke-hoach-PAPI-mau.xlsx"),
          "--period",
          "2020-Y",
          "--out",
          out,
          "--json",
        ])
      ).stdout,
    );
    const pdf = pdfText(json.files.pdf);
    const items = pdf.pages.flatMap((p, page) => p.items.map((i) => ({ ...i, page })));
    const all = items.map((i) => i.str).join(" ");
    expect(all).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(all).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(all).toContain("Kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2020");
    for (const d of DIMENSIONS) expect(all).toContain(d.vn);

    // The totals row of the summary table holds the core's numbers, left to right.
    const label = items.find((i) => i.str === "Tổng cộng");
    const row = items
      .filter((i) => label && i.page === label.page && Math.abs(i.y - label.y) < 3 && i.x > label.x)
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str);
    const t = json.totals;
    expect(row).toEqual(
      [
        t.total,
        t.doneOnTime,
        t.doneLate,
        t.inProgress,
        t.notStarted,
        t.overdue,
        Math.round((t.done * 100) / t.total),
      ].map(String),
    );
  });
});

describe("papi report says which date it printed and why", () => {
  test("a 2020 report made in December 2026 is dated the first working day after its period, and says so", async () => {
    const file = at("ngay-mau.xlsx");
    expect((await runMain(["template", file, "--sample"])).code).toBe(0);
    const run = await runMain(["report", file, "--period", "2020-Q1", "--out", at("ngay-out")], "03/12/2026");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Ngày báo cáo: 16/03/2020 (ngày làm việc đầu tiên sau kỳ)");
    const dated = await runMain([
      "report",
      file,
      "--period",
      "2020-Q1",
      "--out",
      at("ngay-out"),
      "--date",
      "17/03/2020",
    ]);
    expect(dated.stdout).toContain("Ngày báo cáo: 17/03/2020 (theo tham số --date)");
  });

  test("the template's Nội dung báo cáo has the columns Số báo cáo and Ngày báo cáo, from the schema", async () => {
    const file = at("mau-so.xlsx");
    expect((await runMain(["template", file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const headers = wb.getWorksheet("Nội dung báo cáo")?.getRow(1).values;
    expect(headers).toEqual([undefined, ...NARRATIVES.columns.map((c) => c.header)]);
    expect(headers).toEqual(expect.arrayContaining(["Số báo cáo", "Ngày báo cáo"]));
  });
});
