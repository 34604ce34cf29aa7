import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DIMENSIONS } from "../../src/core/catalogue";
import { rowsOf, settingsRows } from "../../src/core/rows";
import { NARRATIVES, TASKS, UPDATES } from "../../src/core/schema";
import { papi, pdfText } from "../support/cli";
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

describe("papi, run as a process", () => {
  test("--help explains the commands in Vietnamese", async () => {
    const run = await papi(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("papi report <tệp.xlsx> --period <kỳ>");
  });

  test("template writes the empty layout and refuses to overwrite it", async () => {
    const file = at("mau.xlsx");
    expect((await papi(["template", file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.filter((w) => w.state !== "hidden").map((w) => w.name)).toEqual([
      "Cấu hình",
      "Nhiệm vụ",
      "Tiến độ",
      "Nội dung báo cáo",
    ]);
    expect(wb.getWorksheet("Nhiệm vụ")?.getRow(1).values).toEqual([
      undefined,
      ...TASKS.columns.map((c) => c.header),
    ]);
    const again = await papi(["template", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("đã có; không ghi đè");
    const empty = await papi(["validate", file, "--json"]);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout).validation.issues.map((i: { code: string }) => i.code)).toEqual([
      "REQUIRED",
      "REQUIRED",
    ]);
  });

  test("validate and report read a hand-made workbook: reordered columns, NFD headers, a title row", async () => {
    const file = at("tu-lam.xlsx");
    await handMadeWorkbook(file);
    const validated = await papi(["validate", file, "--json"]);
    expect(JSON.parse(validated.stdout)).toEqual({ validation: { errors: 0, warnings: 0, issues: [] } });
    expect(validated.code).toBe(0);

    const out = at("bc");
    const run = await papi(["report", file, "--period", "2020-Q1", "--out", out, "--json"]);
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
    const refused = await papi(["report", file, "--period", "2020-Y", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Trang "Nhiệm vụ", dòng 3, cột "Thời hạn"');
    expect(refused.stdout).toContain('Trang "Tiến độ", dòng 2, cột "Tiến độ (%)"');
    expect(existsSync(out)).toBe(false);
    const forced = await papi(["report", file, "--period", "2020-Y", "--out", out, "--force", "--json"]);
    expect(forced.code).toBe(1);
    const json = JSON.parse(forced.stdout);
    expect(json.validation.errors).toBe(2);
    expect(json.totals.total).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["BC-PAPI-2020-Y-BQLKCN.pdf", "BC-PAPI-2020-Y-BQLKCN.xlsx"]);
  });

  test.each([
    [["validate", "khong-co.xlsx"], "Không tìm thấy tệp"],
    [["validate"], "cần tên tệp"],
    [["report", "package.json", "--period", "2020-Q1"], "không phải bảng tính"],
    [["lam-gi-do"], 'không có lệnh "lam-gi-do"'],
    [["validate", "a.xlsx", "--khong-co"], "papi --help"],
  ])("unusable input %p: exit 2 with one line and no stack trace", async (args, message) => {
    const run = await papi(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  test("a workbook without `Nhiệm vụ`, a bad period and a missing period are exit 2", async () => {
    const file = at("thieu.xlsx");
    await writeXlsx(file, [{ name: "Cấu hình", rows: settingsRows(BASE_SETTINGS) }]);
    const missing = await papi(["validate", file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không có trang "Nhiệm vụ"');
    const full = at("du.xlsx");
    await handMadeWorkbook(full);
    const badPeriod = await papi(["report", full, "--period", "2020-Q7"]);
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toContain("2020-Q1");
    expect((await papi(["report", full])).stderr).toContain("thiếu --period");
  });

  test("a file that is not a workbook is exit 2", async () => {
    const file = at("gia.xlsx");
    writeFileSync(file, "đây không phải bảng tính");
    const run = await papi(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải bảng tính Excel");
  });
});

describe("npm start: the main job on the embedded example plan", () => {
  test("demo checks the example, prints the table by dimension and writes both reports", async () => {
    const out = at("demo");
    const run = await papi(["demo", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Dữ liệu hợp lệ");
    expect(run.stdout).toMatch(/Tổng cộng\s+41\s+3\s+1\s+25\s+12\s+1\s+10%/);
    expect(readdirSync(out).sort()).toEqual([
      "BC-PAPI-2020-Q1-BQLKCN.pdf",
      "BC-PAPI-2020-Q1-BQLKCN.xlsx",
      "BC-PAPI-2020-Y-BQLKCN.pdf",
      "BC-PAPI-2020-Y-BQLKCN.xlsx",
      "ke-hoach-PAPI-mau.xlsx",
    ]);

    const json = JSON.parse(
      (
        await papi([
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
