/**
 * The sidebar in a real browser: Debian's chromium, driven by playwright-core, opens the BUILT
 * dist/gas/Sidebar.html; its google.script.run reaches the real server functions (src/gas/api.ts) in
 * this jest process, running on the Apps Script fakes filled with the example plan. One browser for
 * the whole file; a fresh page and a fresh spreadsheet per test.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { prepareReport } from "../../src/core/engine";
import { LOG, TASKS, UNITS, UPDATES } from "../../src/core/schema";
import { appendLog } from "../../src/gas/log";
import { readWorkbook } from "../../src/gas/workbook";
import type { Sandbox } from "../support/gas";
import { HOSTILE } from "../support/hostile";
import { examplePdf, makeSigner, signPdf, withUnsignedUpdate } from "../support/sign";
import { CHROMIUM, launchSidebarBrowser } from "./browser";
import { callApi, SIDEBAR_HTML, scriptRunShim, sidebarSpreadsheet } from "./gas-bridge";

const ROOT = join(__dirname, "..", "..");
const OUTPUT = join(ROOT, "test-output");
const XSS = "<img src=x onerror=alert(1)>";
const OPT_OUT = "PAPI_SKIP_BROWSER_TESTS";
const MISSING = `${CHROMIUM} is missing: the sidebar's browser tests need Debian's chromium (apt-get update && apt-get install -y chromium; .ci/run does it). To run the other tests without it, set ${OPT_OUT}=1.`;

const hasChromium = existsSync(CHROMIUM);
const optedOut = process.env[OPT_OUT] === "1";
// Generous: chromium starts slowly on a busy 2-core machine; nothing here measures time.
jest.setTimeout(120_000);
if (!hasChromium && !optedOut) {
  // Without chromium the suite fails, so that a missing browser never passes for a tested sidebar.
  describe("the sidebar in a browser", () => {
    test("chromium is installed", () => {
      throw new Error(MISSING);
    });
  });
} else if (!hasChromium) {
  console.warn(`WARNING: ${OPT_OUT}=1 and ${CHROMIUM} is missing: the sidebar's browser tests are not run.`);
}

(hasChromium ? describe : describe.skip)("the sidebar in a browser", () => {
  let context: BrowserContext;
  let profile: string;
  let box: Sandbox | undefined;
  let page: Page;
  /** Server functions called by the page, in order. */
  let calls: string[] = [];
  /** Every dialog the page opened (alert, confirm, …), and how the next confirms are answered. */
  let dialogs: string[] = [];
  let answers: boolean[] = [];
  let pageErrors: string[] = [];
  /** When set, the next server call fails before reaching our code, as google.script.run can. */
  let failNext: string | null = null;
  /** Requests that left the page for anything but its own file: there must be none. */
  const outside: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-gas.mjs")], { cwd: ROOT, stdio: "pipe" });
    profile = mkdtempSync(join(tmpdir(), "papi-sidebar-"));
    context = await launchSidebarBrowser(profile);
    context.setDefaultTimeout(30_000);
    await context.exposeBinding("__gas", (_source, name: string, args: unknown) => {
      calls.push(name);
      if (!box) throw new Error("no spreadsheet installed");
      if (failNext !== null) {
        const message = failNext;
        failNext = null;
        throw new Error(message);
      }
      return callApi(name, args);
    });
    await context.addInitScript(scriptRunShim("(name, args) => window.__gas(name, args)"));
    context.on("request", (request) => {
      if (!request.url().startsWith("file:")) outside.push(request.url());
    });
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  beforeEach(() => {
    box = sidebarSpreadsheet();
    calls = [];
    dialogs = [];
    answers = [];
    pageErrors = [];
    failNext = null;
  });

  afterEach(async () => {
    await page?.close();
    box?.restore();
    box = undefined;
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });

  const ss = () => SpreadsheetApp.getActiveSpreadsheet();

  /** Opens the built sidebar and waits for the dashboard. */
  async function open(): Promise<Page> {
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      const yes = answers.shift();
      void (yes ? dialog.accept() : dialog.dismiss());
    });
    await page.goto(pathToFileURL(join(ROOT, SIDEBAR_HTML)).href);
    await page.waitForSelector("body[data-period]:not([aria-busy])");
    return page;
  }

  async function choosePeriod(code: string): Promise<void> {
    await page.selectOption("#period", code);
    await page.waitForSelector(`body[data-period="${code}"]:not([aria-busy])`);
  }

  const text = async (selector: string) => (await page.locator(selector).textContent()) ?? "";
  const groupNumbers = (group: number) => text(`#groups li[data-group="${group}"] .nums`);

  /** Appends a row to `Tiến độ` as a user would type it; returns its row number. */
  function appendUpdate(cells: Record<string, unknown>): number {
    const sheet = ss().getSheetByName(UPDATES.name);
    if (!sheet) throw new Error("no Tiến độ");
    sheet.appendRow(UPDATES.columns.map((c) => cells[c.key] ?? ""));
    return sheet.getLastRow();
  }

  test("beside each bar: the dimension's last PAPI score and target, with those that fell or are below target marked", async () => {
    await open();
    const score = (group: number) => text(`#groups li[data-group="${group}"] .score`);
    const flags = (group: number) =>
      page.locator(`#groups li[data-group="${group}"] .score-flag`).allInnerTexts();
    expect(await score(1)).toBe("Điểm PAPI 2019: 5,53 · +0,13 so với 2018 · mục tiêu 2020: 5,50 ");
    expect(await flags(1)).toEqual([]);
    expect(await score(2)).toContain("Điểm PAPI 2019: 6,08 · -0,07 so với 2018 · mục tiêu 2020: 6,40");
    expect(await flags(2)).toEqual(["Giảm điểm", "Dưới mục tiêu"]);
    expect(await flags(7)).toEqual(["Dưới mục tiêu"]);
    expect(await page.locator("#groups li .score-flag.fell").count()).toBe(3);
    expect(await page.locator("#groups li .score-flag.below").count()).toBe(5);
    // The score stays whatever the period chosen.
    await choosePeriod("2020-Q3");
    expect(await flags(2)).toEqual(["Giảm điểm", "Dưới mục tiêu"]);

    // Without the Điểm PAPI sheet the bars stand alone.
    const sheet = ss().getSheetByName("Điểm PAPI");
    if (sheet) ss().deleteSheet(sheet);
    await page.reload();
    await page.waitForSelector("body[data-period]:not([aria-busy])");
    expect(await page.locator("#groups li").count()).toBe(8);
    expect(await page.locator("#groups .score").count()).toBe(0);
  });

  test("shows the plan and the bars; an update is checked by the server, then added, and the bars change", async () => {
    await open();
    expect(await text("#plan-agency")).toBe("Ban Quản lý các khu công nghiệp tỉnh Mẫu");
    expect(await text("#plan-meta")).toContain("28/KH-BQLKCN");
    expect(await text("#plan-meta")).toContain("Nghị định 09/2019/NĐ-CP");
    await choosePeriod("2020-Y");
    expect(await page.locator("#groups li").count()).toBe(8);
    expect(await text("#totals")).toContain("41 nhiệm vụ");

    // A task of dimension 1 not started by the end of the year's period, as the core sees it.
    const statuses = prepareReport(readWorkbook(ss()), "2020-Y", 0).model.statuses;
    const id = String(statuses.find((s) => s.task.group === 1 && s.state === "notStarted")?.task.id);
    const before = await groupNumbers(1);
    expect(before).toMatch(/1 chưa triển khai/);
    const doneBefore = Number(/^(\d+)\//.exec(before)?.[1]);
    const rowsBefore = box?.fakes.snapshot()[UPDATES.name]?.length ?? 0;

    // Search by words without diacritics, then by code.
    await page.fill("#task-filter", "tuyen dung");
    const found = await page.locator("#task option").allInnerTexts();
    expect(found.length).toBeGreaterThan(0);
    for (const option of found) expect(option.normalize("NFC").toLowerCase()).toContain("tuyển dụng");
    await page.fill("#task-filter", id);
    expect(await page.inputValue("#task")).toBe(id);
    expect(await page.inputValue("#date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The server's checker refuses 150 %: the message sits next to the field, nothing is written.
    await page.fill("#date", "2020-12-10");
    await page.fill("#progress", "150");
    await page.fill("#result", "Đã tổ chức theo kế hoạch");
    await page.click("#btn-add");
    await page.waitForSelector("#err-progress:not(:empty)");
    expect(await text("#err-progress")).toContain("0 đến 100");
    expect(await page.getAttribute("#progress", "aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("progress");
    expect(box?.fakes.snapshot()[UPDATES.name]?.length).toBe(rowsBefore);

    await page.fill("#progress", "100");
    await page.fill("#evidence", "Báo cáo số 12/BC-BQLKCN");
    await page.click("#btn-add");
    await page.waitForSelector("#update-status.ok");
    expect(await text("#update-status")).toContain(`dòng ${rowsBefore + 1}`);
    await page.waitForFunction(
      (expected) =>
        document.querySelector('#groups li[data-group="1"] .nums')?.textContent?.startsWith(expected),
      `${doneBefore + 1}/`,
    );
    expect(await groupNumbers(1)).toMatch(/0 chưa triển khai/);
    expect(await page.locator('#groups li[data-group="1"] .seg.todo').count()).toBe(0);
    expect(await page.locator("#err-progress").textContent()).toBe("");
    expect(await page.getAttribute("#progress", "aria-invalid")).toBeNull();
    const last = box?.fakes.snapshot()[UPDATES.name]?.at(-1);
    expect(last?.slice(0, 3)).toEqual([id, expect.any(Date), 100]);
    expect(await text("#log")).toContain("Cập nhật tiến độ");
  });

  test("a problem is a link that selects its cell; generating with errors asks first", async () => {
    const row = appendUpdate({ taskId: "1.1", date: "01/06/2020", progress: "nhiều", result: "Đã làm" });
    await open();
    expect(await text("#issues-summary")).toContain("1 lỗi");
    const problem = page.locator("#issues button.issue");
    expect(await problem.count()).toBe(1);
    expect(await problem.textContent()).toContain(`dòng ${row}`);
    expect(box?.fakes.activeRange()).not.toBe(`Tiến độ!C${row}`);
    await problem.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#issue-status.ok");
    expect(box?.fakes.activeRange()).toBe(`Tiến độ!C${row}`);
    expect(calls).toContain("apiSelectCell");
    expect(await text("#issue-status")).toContain(`ô C${row} trang "Tiến độ"`);

    // "hasErrors" → confirm; No leaves things as they were, Yes makes the report without the bad row.
    await choosePeriod("2020-Q1");
    answers = [false];
    await page.click("#btn-generate");
    await page.waitForSelector("#action-status.info");
    expect(dialogs).toEqual([expect.stringContaining("còn 1 lỗi")]);
    expect(box?.fakes.sheetNames().some((n) => n.includes("2020"))).toBe(false);
    answers = [true];
    await page.click("#btn-generate");
    await page.waitForSelector("#action-status.ok a");
    expect(dialogs).toHaveLength(2);
  });

  test("generates a report and shows its link; a double click sends one call; replacing asks first", async () => {
    await open();
    await choosePeriod("2020-Q1");
    await page.dblclick("#btn-generate");
    await page.waitForSelector("#action-status.ok a");
    const link = page.locator("#action-status a");
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/.*#gid=\d+$/);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(calls.filter((c) => c === "apiGenerate")).toHaveLength(1);
    expect(dialogs).toEqual([]);
    expect(box?.fakes.sheetNames()).toEqual(expect.arrayContaining([expect.stringContaining("Q1")]));
    // The dashboard was refreshed: the log shows the report.
    await page.waitForFunction(() => document.querySelector("#log")?.textContent?.includes("Tạo báo cáo"));

    answers = [true];
    await page.click("#btn-generate");
    await page.waitForSelector("#action-status.busy", { state: "detached" });
    await page.waitForSelector("#action-status.ok a");
    expect(dialogs).toEqual([expect.stringContaining("Thay thế")]);
    expect(calls.filter((c) => c === "apiGenerate")).toHaveLength(3);
  });

  test("exports the PDF and sends it, confirming the recipients, and again before a second sending", async () => {
    await open();
    await choosePeriod("2020-Q1");
    await page.click("#btn-export");
    await page.waitForSelector("#action-status.error");
    expect(await text("#action-status")).toContain("Tạo báo cáo");

    await page.click("#btn-generate");
    await page.waitForSelector("#action-status.ok a");
    await page.click("#btn-export");
    await page.waitForSelector("#action-status.ok .files a");
    expect(await text("#action-status")).toContain("Google Drive");
    expect(await page.locator("#action-status .files a").count()).toBe(1);

    // No signed copy yet: asked first whether the unsigned draft may go; no (the default) sends nothing.
    answers = [false];
    await page.click("#btn-send");
    await page.waitForSelector("#action-status.info");
    expect(dialogs).toEqual([expect.stringContaining("Chưa có bản đã ký số của kỳ 2020-Q1")]);
    expect(box?.fakes.mail.sent).toHaveLength(0);

    answers = [true, true];
    await page.click("#btn-send");
    await page.waitForSelector("#action-status.ok .files");
    expect(dialogs).toHaveLength(3);
    expect(dialogs[2]).toContain("Gửi báo cáo kỳ 2020-Q1 tới:");
    expect(dialogs[2]).toContain("Tệp: bản chưa ký (PDF xuất mới).");
    expect(await text("#action-status")).toContain("(bản chưa ký)");
    expect(box?.fakes.mail.sent).toHaveLength(1);

    answers = [true, true, false];
    await page.click("#btn-send");
    await page.waitForSelector("#action-status.info");
    expect(dialogs).toHaveLength(6);
    expect(dialogs[5]).toContain("Gửi lại?");
    expect(box?.fakes.mail.sent).toHaveLength(1);
    expect(await text("#action-status")).toContain("Đã huỷ");
  });

  test("Xuất bản Word (.docx): refused before the report exists, then the .docx's link, which opens in a new tab", async () => {
    await open();
    await choosePeriod("2020-Q1");
    await page.click("#btn-export-docx");
    await page.waitForSelector("#action-status.error");
    expect(await text("#action-status")).toContain("Tạo báo cáo");

    await page.click("#btn-generate");
    await page.waitForSelector("#action-status.ok a");
    await page.click("#btn-export-docx");
    await page.waitForSelector("#action-status.ok .files a");
    expect(calls.filter((c) => c === "apiExportDocx")).toHaveLength(2);
    expect(await text("#action-status")).toContain("Google Tài liệu");
    const link = page.locator("#action-status .files a");
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toMatch(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.docx$/);
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(await link.getAttribute("target")).toBe("_blank");
    const docx = box?.fakes.drive.files().filter((f) => f.name.endsWith(".docx")) ?? [];
    expect(docx.map((f) => f.mimeType)).toEqual([
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]);
    // The dashboard was refreshed: the log shows the export.
    await page.waitForFunction(() => document.querySelector("#log")?.textContent?.includes("Xuất bản Word"));
  });

  test("uploads the signed PDF: the answer names the signer and says it is intact; Gửi then sends it", async () => {
    const signed = await signPdf(
      examplePdf(),
      makeSigner("Nguyễn Văn A"),
      new Date(Date.UTC(2020, 2, 16, 1, 30)),
    );
    await open();
    await choosePeriod("2020-Q1");
    await page.setInputFiles("#signed-file", {
      name: "bao-cao-q1-da-ky.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(signed),
    });
    await page.click("#btn-upload");
    await page.waitForSelector("#upload-status.ok a");
    expect(await text("#upload-status")).toContain(
      "Đã tải lên bản đã ký số của kỳ 2020-Q1: người ký Nguyễn Văn A, ký lúc 16/03/2020 08:30:00; tệp còn nguyên vẹn.",
    );
    const stored = box?.fakes.drive.files().filter((f) => f.mimeType === "application/pdf") ?? [];
    expect(stored.map((f) => f.name)).toEqual([
      expect.stringMatching(/^BC-PAPI-2020-Q1-BQLKCN-da-ky-\d{8}-\d{4}\.pdf$/),
    ]);
    expect(Buffer.from(stored[0]?.bytes ?? []).equals(Buffer.from(signed))).toBe(true);

    await page.click("#btn-generate");
    await page.waitForSelector("#action-status.ok a");
    answers = [true];
    await page.click("#btn-send");
    await page.waitForSelector("#action-status.ok .files");
    expect(dialogs).toEqual([expect.stringContaining("bản đã ký số, người ký: Nguyễn Văn A")]);
    expect(await text("#action-status")).toContain("(bản đã ký số, người ký: Nguyễn Văn A)");
    expect(box?.fakes.mail.sent[0]?.attachments?.map((a) => a.name)).toEqual([stored[0]?.name]);
  });

  test("refuses an upload over 10 MB before sending anything, and a changed copy after checking it", async () => {
    const signed = await signPdf(examplePdf(), makeSigner("Nguyễn Văn A"));
    await open();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    Buffer.from(signed).copy(big);
    await page.setInputFiles("#signed-file", {
      name: "qua-lon.pdf",
      mimeType: "application/pdf",
      buffer: big,
    });
    calls = [];
    await page.click("#btn-upload");
    await page.waitForSelector("#upload-status.error");
    expect(await text("#upload-status")).toContain(
      'Tệp "qua-lon.pdf" nặng 10,0 MB, quá giới hạn 10 MB: chưa tải lên.',
    );
    expect(calls).toEqual([]);

    await page.setInputFiles("#signed-file", {
      name: "da-sua.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(withUnsignedUpdate(signed)),
    });
    await page.click("#btn-upload");
    await page.waitForSelector("#upload-status.error:has-text('da-sua.pdf')");
    expect(await text("#upload-status")).toContain('Không tải lên "da-sua.pdf": tệp đã bị sửa sau khi ký');
    expect(calls).toEqual(["apiUploadSigned"]);
    expect(box?.fakes.drive.files().filter((f) => f.mimeType === "application/pdf")).toEqual([]);
  });

  /** The example plan's units, the user's address among those of Phòng Quản lý doanh nghiệp. */
  function seedUnits(): void {
    box?.fakes.seed(
      UNITS.name,
      [
        UNITS.columns.map((c) => c.header),
        ["Văn phòng", "vanphong@example.gov.vn", ""],
        ["Phòng Nghiệp vụ tổng hợp", "nvth@example.gov.vn", ""],
        ["Phòng Quản lý doanh nghiệp", "qldn@example.gov.vn; chuyenvien@example.gov.vn", ""],
        ["Công đoàn cơ sở Ban Quản lý", "", ""],
        ["Phòng Quản lý quy hoạch và xây dựng", "qhxd@example.gov.vn", ""],
        ["Trung tâm Dịch vụ hỗ trợ doanh nghiệp", "ttdv@example.gov.vn", ""],
        ["Phòng Quản lý môi trường", "qlmt@example.gov.vn", ""],
      ],
      { raw: true },
    );
  }

  test("the Đơn vị view: who reported, each unit opening its owing tasks; the user's unit first, also in the form", async () => {
    seedUnits();
    await open();
    await choosePeriod("2020-Q1");
    // Q1 2020 (15/12/2019 – 14/03/2020): only the service centre has no task owing an update.
    expect(await text("#units-summary")).toContain(
      "Quý I năm 2020: 1/7 đơn vị đã cập nhật đủ; 6 đơn vị còn nhiệm vụ chưa cập nhật",
    );
    const units = page.locator("#units > li > details");
    expect(await units.count()).toBe(7);
    const first = units.first();
    expect(await first.getAttribute("data-unit")).toBe("Phòng Quản lý doanh nghiệp");
    expect(await first.locator(".mine").textContent()).toBe("đơn vị của bạn");
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await first.locator(".owing li").count()).toBe(1);

    const centre = page.locator('#units details[data-unit="Trung tâm Dịch vụ hỗ trợ doanh nghiệp"]');
    expect(await centre.locator(".mark").textContent()).toBe("✓");
    const office = page.locator('#units details[data-unit="Văn phòng"]');
    expect(await office.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await office.locator("summary").textContent()).toContain(
      "14/19 nhiệm vụ có cập nhật trong kỳ · còn 5 chưa cập nhật",
    );
    await office.locator("summary").click();
    expect(await office.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const owing = office.locator(".owing li");
    expect(await owing.count()).toBe(5);
    expect(await owing.first().textContent()).toMatch(/Thời hạn: .+ · tiến độ \d+%/);

    // The form offers the user's unit's tasks first, the others still reachable.
    const groups = await page
      .locator("#task optgroup")
      .evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    expect(groups).toEqual(["Đơn vị của bạn (Phòng Quản lý doanh nghiệp)", "Các đơn vị khác"]);
    expect(await page.locator("#task optgroup").first().locator("option").count()).toBe(8);
    expect(await page.locator("#task option").count()).toBe(41);

    // "Cập nhật" on an owing task picks it in the form.
    const pick = owing.first().locator("button");
    const id = String(await pick.getAttribute("data-task"));
    await pick.click();
    expect(await page.inputValue("#task")).toBe(id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("progress");
  });

  test("Nhắc đơn vị cập nhật: the list and the quota are confirmed, one mail per unit; the same day asks again", async () => {
    seedUnits();
    await open();
    await choosePeriod("2020-Q1");
    answers = [false];
    await page.click("#btn-remind");
    await page.waitForSelector("#remind-status.info");
    expect(dialogs[0]).toContain("gửi 5 thư");
    expect(dialogs[0]).toContain("Công đoàn cơ sở Ban Quản lý");
    expect(dialogs[0]).toContain("hạn mức thư còn lại hôm nay: 100");
    expect(box?.fakes.mail.sent).toEqual([]);

    answers = [true];
    await page.click("#btn-remind");
    await page.waitForSelector("#remind-status.ok");
    expect(box?.fakes.mail.sent).toHaveLength(5);
    expect(await text("#remind-status")).toContain("Đã gửi 5 thư nhắc kỳ 2020-Q1");
    await page.waitForFunction(() =>
      document.querySelector("#log")?.textContent?.includes("Nhắc đơn vị cập nhật"),
    );

    // Again the same day: OK to the list, "Huỷ" to reminding the same units again.
    answers = [true, false];
    await page.click("#btn-remind");
    await page.waitForSelector("#remind-status.busy", { state: "detached" });
    await page.waitForFunction(() =>
      document.querySelector("#remind-status")?.textContent?.includes("Không nhắc lại"),
    );
    expect(dialogs[3]).toContain("Hôm nay đã nhắc kỳ 2020-Q1 cho: Văn phòng");
    expect(box?.fakes.mail.sent).toHaveLength(5);
    expect(calls.filter((c) => c === "apiRemind")).toHaveLength(2);
  });

  test("text from the sheet is text: a task named like markup shows literally and runs nothing", async () => {
    const s = ss();
    const tasks = s.getSheetByName(TASKS.name);
    const header = tasks?.getRange(1, 1, 1, tasks.getLastColumn()).getValues()[0] ?? [];
    const content = header.indexOf("Nội dung nhiệm vụ") + 1;
    tasks?.getRange(2, content).setValue(XSS);
    tasks?.getRange(2, header.indexOf("Đơn vị chủ trì") + 1).setValue(XSS);
    const settings = s.getSheetByName("Cấu hình");
    const agencyRow =
      (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "Tên cơ quan") + 1;
    settings?.getRange(agencyRow, 2).setValue(XSS);
    appendUpdate({ taskId: "1.1", date: "01/06/2020", progress: XSS, result: XSS });
    appendLog(s, { action: XSS, period: XSS, link: "javascript:alert(1)", result: XSS });
    expect(s.getSheetByName(LOG.name)).not.toBeNull();

    await open();
    expect(await page.locator("#plan-agency").textContent()).toBe(XSS);
    expect(await page.locator("#task option").first().textContent()).toContain(XSS);
    expect(await text("#task-content")).toContain(XSS);
    expect(await text("#issues")).toContain("<img");
    expect(await text("#log")).toContain(XSS);
    expect(await page.locator(`#units details[data-unit="${XSS}"] .unit-name`).textContent()).toBe(XSS);
    await page.waitForTimeout(300);
    expect(await page.locator("img, [onerror]").count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("Kiểm tra cài đặt lists every prerequisite; a failed one shows its fix", async () => {
    await open();
    await page.click("#btn-setup-check");
    await page.waitForSelector("#setup-status.ok");
    expect(await text("#setup-status")).toBe("Mọi điều kiện đều đạt.");
    expect(await page.locator("#setup-checks li.ok").count()).toBe(11);
    // The runtime's lines say what they measured, green as they are.
    const pdfLine = page.locator("#setup-checks li.ok", {
      hasText: /^✓ Dựng thử một trang PDF: xong trong \d+ ms/,
    });
    expect(await pdfLine.count()).toBe(1);
    if (box) box.fakes.mail.quota = 0;
    await page.click("#btn-setup-check");
    await page.waitForSelector("#setup-status.error");
    expect(await text("#setup-status")).toBe("1 mục cần khắc phục.");
    expect(await text("#setup-checks li.fail")).toContain("Cách khắc phục: Hạn mức được đặt lại sau 24 giờ");
  });

  test("a call that fails before reaching the server says, in Vietnamese, that several Google accounts are a common cause", async () => {
    failNext = "ScriptError: We're sorry, a server error occurred. Please wait a bit and try again.";
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(join(ROOT, SIDEBAR_HTML)).href);
    await page.waitForSelector("#load-status:has-text('nhiều tài khoản Google')");
    const shown = await text("#load-status");
    expect(shown).toContain("trình duyệt đang đăng nhập nhiều tài khoản Google cùng lúc");
    expect(shown).toContain("cửa sổ ẩn danh");
    expect(shown).toContain("ScriptError");
    // Retrying once the cause is gone loads the dashboard.
    await page.click("#load-status button");
    await page.waitForSelector("body[data-period]:not([aria-busy])");
  });

  test("google.script.run refuses a Date argument at once, as Google does, and sends nothing", async () => {
    await open();
    const before = calls.length;
    const error = await page.evaluate(() => {
      try {
        (
          window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } }
        ).google.script.run.apiDashboard?.(new Date());
        return "";
      } catch (e) {
        return String((e as Error).message);
      }
    });
    expect(error).toBe("Failed due to illegal value in property: 0");
    expect(calls.length).toBe(before);
  });

  test("every hostile value a user might type shows literally in the task picker and runs nothing", async () => {
    const tasks = ss().getSheetByName(TASKS.name);
    const header = tasks?.getRange(1, 1, 1, tasks.getLastColumn()).getValues()[0] ?? [];
    const content = header.indexOf("Nội dung nhiệm vụ") + 1;
    box?.fakes.seed(
      TASKS.name,
      HOSTILE.map((h) => [h]),
      { row: 2, col: content, raw: true },
    );
    await open();
    const options = await page.locator("#task option").allTextContents();
    for (const h of HOSTILE) expect(options.some((o) => o.includes(h))).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.locator("img, [onerror]").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    expect(dialogs).toEqual([]);
  });

  test("one self-contained file, readable at 300 px, every control labelled and reached by Tab", async () => {
    const html = readFileSync(join(ROOT, SIDEBAR_HTML), "utf8");
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
    expect(html).toMatch(/<meta charset="utf-8">/i);
    // Nothing fetched: no external script, image, frame, style sheet, font or CSS url().
    expect(html.match(/<(script|img|iframe)[^>]+src=|<link[^>]+href=|@import|@font-face|url\(/g)).toBeNull();
    expect(html.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/g)).toBeNull();

    appendUpdate({ taskId: "9.9", date: "01/06/2020", progress: 50, result: "Không rõ nhiệm vụ nào" });
    await open();
    await choosePeriod("2020-H1");
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea")]
        .filter((el) => !el.id || !document.querySelector(`label[for="${el.id}"]`))
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    const reached = new Set<string>();
    await page.focus("#period");
    for (let i = 0; i < 40; i++) {
      reached.add(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ""),
      );
      await page.keyboard.press("Tab");
    }
    for (const id of [
      "period",
      "btn-generate",
      "btn-export",
      "btn-export-docx",
      "btn-send",
      "SUMMARY",
      "btn-remind",
      "task-filter",
      "task",
      "date",
    ])
      expect(reached).toContain(id);

    // An empty form, sent with the keyboard: the server's messages next to their fields.
    await page.fill("#task-filter", "");
    await page.fill("#date", "");
    await page.focus("#result");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("btn-add");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#update-status.error");
    expect(await page.locator(".field-error:not(:empty)").count()).toBeGreaterThan(0);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, "sidebar.png"), fullPage: true });
  });
});
