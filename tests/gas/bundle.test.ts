/**
 * The exact bundle clasp pushes (dist/gas/Code.js), loaded as Apps Script loads it, driven through its
 * global functions on the fakes: setup → the example data → check → Q1 report → PDF → send.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { ymd } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { sampleSheets } from "../../src/sample/sample";
import { docxParts, paragraphsXml, paragraphText } from "../docx/support";
import { createGasFakes, manifestScopes, sheetDate } from "../fakes";
import { papi, pdfText } from "../support/cli";
import { ZONE } from "../support/gas";
import { makeSigner, signPdf } from "../support/sign";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist", "gas");
let code = "";

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-gas.mjs")], { cwd: ROOT, stdio: "pipe" });
  code = readFileSync(join(DIST, "Code.js"), "utf8");
});

type Globals = Record<string, unknown>;
let pdfFromBundle: Uint8Array = new Uint8Array();
let docxFromBundle: Uint8Array = new Uint8Array();

/** What Apps Script's V8 has besides the language: its services (here the fakes, installed as globals). */
const APPS_SCRIPT_GLOBALS = [
  "SpreadsheetApp",
  "Sheets",
  "DriveApp",
  "MailApp",
  "LockService",
  "PropertiesService",
  "ScriptApp",
  "Session",
  "Utilities",
  "HtmlService",
  "Charts",
  "CacheService",
  "UrlFetchApp",
  "Logger",
  "MimeType",
  "CardService",
  "console",
];

/**
 * Every global of this Node realm that is neither the language's own (those of a bare V8 context) nor
 * an Apps Script service: TextEncoder, URL, atob, setTimeout, queueMicrotask, process, Buffer, fetch…
 */
function nodeOnlyGlobals(): string[] {
  const language = new Set(vm.runInNewContext("Object.getOwnPropertyNames(globalThis)") as string[]);
  return Object.getOwnPropertyNames(globalThis).filter(
    (name) => !language.has(name) && !APPS_SCRIPT_GLOBALS.includes(name) && /^[A-Za-z_$][\w$]*$/.test(name),
  );
}

/**
 * What V8 has gained since ES2019, which Apps Script's V8 (no version published) may lack: taken away
 * while the bundle runs, so a call to any of them fails the test as it would fail every function there.
 */
const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array.prototype) as object;
const NEWER_METHODS: [owner: object, names: string[]][] = [
  [Array.prototype, ["at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"]],
  [TYPED_ARRAY, ["at", "findLast", "findLastIndex", "toSorted", "toReversed", "with"]],
  [String.prototype, ["at", "replaceAll", "matchAll", "isWellFormed", "toWellFormed"]],
  [Object, ["hasOwn", "groupBy"]],
  [Map, ["groupBy"]],
  [Promise, ["allSettled", "any", "withResolvers"]],
];
/** Newer globals: the bundle sees them undefined (the fakes, being Google, keep theirs). */
const NEWER_GLOBALS = [
  "BigInt",
  "BigInt64Array",
  "BigUint64Array",
  "structuredClone",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
];

/** Runs `work` with NEWER_METHODS deleted, then puts them back (jest itself runs in this realm). */
function withoutNewerBuiltIns<T>(work: () => T): T {
  const saved: [object, string, PropertyDescriptor][] = [];
  for (const [owner, names] of NEWER_METHODS)
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, name);
      if (!descriptor) continue;
      saved.push([owner, name, descriptor]);
      delete (owner as Record<string, unknown>)[name];
    }
  try {
    return work();
  } finally {
    for (const [owner, name, descriptor] of saved) Object.defineProperty(owner, name, descriptor);
  }
}

/** Typed arrays: pdfkit, fontkit, their tables and the fonts are made of them; the rest of the add-on is not. */
const TYPED_ARRAYS = [
  "ArrayBuffer",
  "DataView",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
];

/**
 * Loads Code.js the way Apps Script does, as one script whose top-level function declarations are the
 * globals: in a function scope of the test's own realm (so Dates from the fakes are Dates to it) where
 * every Node-only global is hidden and `globalThis` holds only the language and Apps Script's services,
 * answering the top-level functions it declares. The language is ES2019's (NEWER_GLOBALS undefined,
 * NEWER_METHODS deleted while it loads and while `call` runs it); `typedArrays()` counts the typed
 * arrays it has made.
 */
function load(): { g: Globals; names: string[]; typedArrays: () => number } {
  const names = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1] as string);
  const hidden = [...new Set([...nodeOnlyGlobals(), ...NEWER_GLOBALS])].filter(
    (n) => !["global", "self", "window"].includes(n),
  );
  let made = 0;
  const counted = TYPED_ARRAYS.map(
    (name) =>
      new Proxy((globalThis as Record<string, unknown>)[name] as new (...a: unknown[]) => object, {
        construct(target, args, newTarget) {
          made++;
          return Reflect.construct(target, args, newTarget);
        },
      }),
  );
  const appsScriptGlobal: Record<string, unknown> = {};
  for (const name of [
    ...(vm.runInNewContext("Object.getOwnPropertyNames(globalThis)") as string[]),
    ...APPS_SCRIPT_GLOBALS,
  ])
    if (name in globalThis && !hidden.includes(name))
      appsScriptGlobal[name] = (globalThis as Record<string, unknown>)[name];
  TYPED_ARRAYS.forEach((name, i) => {
    appsScriptGlobal[name] = counted[i];
  });
  appsScriptGlobal.globalThis = appsScriptGlobal;
  const run = new Function(
    ...hidden,
    ...TYPED_ARRAYS,
    "globalThis",
    "self",
    "window",
    "global",
    `${code}\nreturn { ${names.join(", ")} };`,
  );
  const g = withoutNewerBuiltIns(
    () => run(...hidden.map(() => undefined), ...counted, appsScriptGlobal) as Globals,
  );
  return { g, names, typedArrays: () => made };
}

const call = (g: Globals, name: string, ...args: unknown[]) =>
  withoutNewerBuiltIns(() => (g[name] as (...a: unknown[]) => unknown)(...args));

test("the bundle has no module syntax left and ends with one top-level function per entry point", () => {
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  expect(code).not.toMatch(/\brequire\(/);
  const wrappers = [
    ...code.matchAll(/^function (\w+)\(\.\.\.args\) \{\n {2}return PAPI\.\1\(\.\.\.args\);\n\}$/gm),
  ].map((m) => m[1]);
  expect(wrappers).toEqual(
    expect.arrayContaining(["onOpen", "onInstall", "onEdit", "menuReportQ1", "apiDashboard", "apiAddUpdate"]),
  );
  const manifest = JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8"));
  expect(manifest).toMatchObject({
    runtimeVersion: "V8",
    timeZone: "Asia/Ho_Chi_Minh",
    exceptionLogging: "STACKDRIVER",
  });
  const sidebar = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  expect(sidebar).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
});

// The run below proves the paths it takes; this covers the others, by name. (A BigInt literal cannot be in
// them: esbuild refuses one with the es2019 target.)
test("Code.js and Sidebar.html call none of the newer built-ins by name", () => {
  const newer =
    /\.(at|replaceAll|matchAll|findLast|findLastIndex|toSorted|toReversed|toSpliced)\(|\bObject\.(hasOwn|groupBy)\(|\bstructuredClone\(|\bBigInt\(/g;
  const sidebar = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  expect(code.match(newer) ?? []).toEqual([]);
  expect(sidebar.match(newer) ?? []).toEqual([]);
});

test("Code.js stays under 2 MB with both engines (the PDF and the Word writer) inside", () => {
  expect(Buffer.byteLength(code, "utf8")).toBeLessThan(2 * 1024 * 1024);
});

test("setup → example data → check → Q1 report → PDF → ký số → send, through the bundle's globals", async () => {
  // Only the scopes the shipped manifest grants: a call needing another one throws as in Google.
  const scopes = manifestScopes(join(DIST, "appsscript.json"));
  const fakes = createGasFakes({ timeZone: ZONE, user: "vanphong@example.gov.vn", scopes });
  const restore = fakes.install();
  const { g, typedArrays } = load();
  try {
    // Nothing of the PDF or Word engine is evaluated at load (scripts/lazy-engines.mjs): their zip tables
    // (fflate) are typed arrays, made when an engine starts.
    expect(typedArrays()).toBe(0);
    fakes.inAuthMode("LIMITED", () => call(g, "onOpen"));
    expect(typedArrays()).toBe(0);
    const items = fakes.ui.menuItems().map((i) => i.functionName);
    expect(items).toHaveLength(18);
    for (const fn of items) expect(typeof g[fn]).toBe("function");
    // The time-driven trigger calls its handler by name, like a menu item.
    expect(typeof g.triggerRemind).toBe("function");
    const sidebar = readFileSync(join(DIST, "Sidebar.html"), "utf8");
    const runTargets = [...new Set([...sidebar.matchAll(/\b(api[A-Z]\w+)\b/g)].map((m) => m[1] as string))];
    expect(runTargets.length).toBeGreaterThan(0);
    for (const fn of runTargets) expect(typeof g[fn]).toBe("function");

    call(g, "menuSetup");
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain('Tạo trang "Nhiệm vụ"');
    const dateCell = (day: number) => {
      const { year, month, day: d } = ymd(day);
      return sheetDate(year, month, d, ZONE);
    };
    for (const sheet of sampleSheets({ timeZone: ZONE, dateCell }))
      fakes.seed(sheet.name, sheet.rows, { raw: true });

    call(g, "menuCheck");
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe("Dữ liệu hợp lệ: không có lỗi, không có cảnh báo.");

    call(g, "menuReportQ1");
    const data = fakes.snapshot();
    const report = data["BC Q1-2020"] ?? [];
    const texts = report.flat();
    for (const t of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH MẪU",
    ])
      expect(texts).toContain(t);
    // Broken between phrases, as in the PDF.
    expect(texts).toContain("Kết quả thực hiện Kế hoạch cải thiện, nâng cao\nChỉ số PAPI quý I năm 2020");
    const core = prepareReport(
      { sheets: sampleSheets({ timeZone: ZONE, dateCell }), timeZone: ZONE },
      "2020-Q1",
      0,
    ).model;
    // STT is a number; a table column cut where a short rule above ends is merged, its other cells "".
    const summary = report.filter((r) => typeof r[0] === "number");
    const counts = (r: unknown[] | undefined) =>
      (r ?? [])
        .slice(2)
        .filter((v) => v !== "")
        .slice(0, 6);
    expect(summary.map(counts)).toEqual(
      core.groups.map((c) => [c.total, c.doneOnTime, c.doneLate, c.inProgress, c.notStarted, c.overdue]),
    );
    expect(counts(report.find((r) => r[1] === "Tổng cộng"))).toEqual([
      core.totals.total,
      core.totals.doneOnTime,
      core.totals.doneLate,
      core.totals.inProgress,
      core.totals.notStarted,
      core.totals.overdue,
    ]);

    // The engine starts with the first PDF (the report's layout measured text with core's width tables).
    const beforePdf = typedArrays();
    call(g, "menuExportPdf");
    expect(typedArrays()).toBeGreaterThan(beforePdf + 100);
    expect(fakes.ui.alerts.at(-1)?.prompt).toMatch(
      /^Ngày báo cáo: 16\/03\/2020 \(ngày làm việc đầu tiên sau kỳ\)\nĐã lưu vào Google Drive:\nBC-PAPI-2020-Q1-BQLKCN-/,
    );
    const pdfs = fakes.drive.files().filter((f) => f.name.endsWith(".pdf"));
    expect(pdfs.map((f) => f.mimeType)).toEqual(["application/pdf"]);
    pdfFromBundle = pdfs[0]?.bytes ?? new Uint8Array();
    // Made inside, not fetched from Google's export endpoint.

    // The Word copy, made inside the bundle too (synchronously: no timer, no promise to wait for).
    call(g, "menuExportDocx");
    const dialog = fakes.ui.dialogs.at(-1);
    expect(dialog?.title).toBe("Bản Word để sửa trước khi ký");
    const docxs = fakes.drive.files().filter((f) => f.name.endsWith(".docx"));
    expect(docxs.map((f) => f.mimeType)).toEqual([
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]);
    expect(docxs[0]?.name).toMatch(/^BC-PAPI-2020-Q1-BQLKCN-\d{8}-\d{4}\.docx$/);
    expect(dialog?.content).toContain(`href="https://drive.google.com/file/d/${docxs[0]?.id}/view`);
    docxFromBundle = docxs[0]?.bytes ?? new Uint8Array();

    // The leader signs the exported PDF (ký số); the signed copy is put back in the report folder.
    const folder = fakes.drive.folders().find((f) => f.name === "Báo cáo PAPI 2020");
    const signedCopy = await signPdf(pdfFromBundle, makeSigner("Nguyễn Văn A"));
    fakes.drive.addFile("BC-PAPI-2020-Q1-BQLKCN-da-ky.pdf", signedCopy, { parentId: folder?.id });
    fakes.ui.answer("YES");
    call(g, "menuSend");
    const [mail] = fakes.mail.sent;
    expect(mail?.to).toBe("sonoivu@example.gov.vn");
    expect(mail?.subject).toContain(
      "Báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI quý I năm 2020",
    );
    expect(mail?.attachments?.map((a) => a.name)).toEqual(["BC-PAPI-2020-Q1-BQLKCN-da-ky.pdf"]);
    expect(mail?.body).toContain("Báo cáo đã được ký số bởi: Nguyễn Văn A.");

    const log = fakes.snapshot()["Nhật ký"] ?? [];
    expect(log.slice(1).map((r) => [r[1], r[2], r[3], String(r[6]).split(":")[0]])).toEqual([
      ["vanphong@example.gov.vn", "Thiết lập", "", "Thành công"],
      ["vanphong@example.gov.vn", "Kiểm tra dữ liệu", "", "Thành công"],
      ["vanphong@example.gov.vn", "Tạo báo cáo", "2020-Q1", "Thành công"],
      ["vanphong@example.gov.vn", "Xuất PDF", "2020-Q1", "Thành công"],
      ["vanphong@example.gov.vn", "Xuất bản Word", "2020-Q1", "Thành công"],
      ["vanphong@example.gov.vn", "Gửi báo cáo", "2020-Q1", "Thành công"],
    ]);

    // "Kiểm tra cài đặt" reports this ES2019 runtime as it would Google's: what is missing, a PDF made.
    call(g, "menuSetupCheck");
    const checklist = fakes.ui.dialogs.at(-1)?.content ?? "";
    expect(checklist).toContain("Mọi điều kiện đều đạt.");
    expect(checklist).toMatch(/✓ Dựng thử một trang PDF: xong trong \d+ ms/);
    expect(checklist).toMatch(
      /không có: [^<]*String\.prototype\.replaceAll, [^<]*Array\.prototype\.at, Object\.hasOwn/,
    );
  } finally {
    restore();
  }
}, 60_000);

test("the PDF made inside the bundle has the text and pages of the command's PDF of the same workbook", async () => {
  expect(pdfFromBundle.length).toBeGreaterThan(1000);
  const dir = mkdtempSync(join(tmpdir(), "papi-bundle-"));
  try {
    const workbook = join(dir, "ke-hoach.xlsx");
    expect((await papi(["template", workbook, "--sample"])).code).toBe(0);
    const run = await papi(["report", workbook, "--period", "2020-Q1", "--out", dir, "--json"]);
    expect(run.code).toBe(0);
    const fromCommand = pdfText(JSON.parse(run.stdout).files.pdf);
    const bundleFile = join(dir, "bundle.pdf");
    writeFileSync(bundleFile, pdfFromBundle);
    const fromBundle = pdfText(bundleFile);
    expect(fromBundle.pages.length).toBe(fromCommand.pages.length);
    const lines = (t: typeof fromBundle) =>
      t.pages.map((p) => p.items.map((i) => [i.str, Math.round(i.x), Math.round(i.y)]));
    expect(lines(fromBundle)).toEqual(lines(fromCommand));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("the .docx made inside the bundle says what the command's .docx of the same workbook says", async () => {
  expect(docxFromBundle.length).toBeGreaterThan(1000);
  const dir = mkdtempSync(join(tmpdir(), "papi-bundle-docx-"));
  try {
    const workbook = join(dir, "ke-hoach.xlsx");
    expect((await papi(["template", workbook, "--sample"])).code).toBe(0);
    const run = await papi(["report", workbook, "--period", "2020-Q1", "--out", dir, "--json"]);
    expect(run.code).toBe(0);
    const text = async (bytes: Uint8Array) =>
      paragraphsXml((await docxParts(bytes))["word/document.xml"] ?? "").map(paragraphText);
    const fromCommand = await text(readFileSync(JSON.parse(run.stdout).files.docx));
    expect(fromCommand.length).toBeGreaterThan(40);
    expect(await text(docxFromBundle)).toEqual(fromCommand);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
