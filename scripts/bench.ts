/**
 * `npm run bench` (after `npm run build`): figures, not assertions.
 * - service calls of "Tạo báo cáo" (read + Sheets API batches of at most 2 MB) and of "Gửi báo cáo"
 *   for N tasks (5 updates each), the number of batches and the bytes of the largest, counted on the
 *   in-memory fakes; the
 *   Spreadsheet calls of the reference cell-by-cell writer (tests/support/naive-writer.ts, the
 *   pattern of Google's samples) on the same grids, side by side;
 * - core rows per second on 10,000 tasks and 50,000 updates (read + check + status + counts), the
 *   median of 7 runs;
 * - seconds of a whole `papi report` (.xlsx in, .xlsx and .pdf out) on the example and on 10,000 tasks;
 * - seconds to render the yearly report's PDF (the renderer the add-on runs inside Apps Script) of the
 *   example and of 1,000 and 10,000 tasks, layout and drawing only (the report is prepared beforehand);
 * - seconds to write the yearly report as .docx (`docxSeconds`: the writer the add-on runs inside Apps Script)
 *   of the example and of 1,000 tasks;
 * - the size of the bundle clasp pushes and of the sidebar;
 * - what Apps Script pays on every execution: `loadMs`, the median of 7 evaluations of Code.js in fresh
 *   V8 contexts, and `onEditMs`, the median of 7 keystrokes (Code.js evaluated, then onEdit on one
 *   `Tiến độ` cell) at 1,000 and 10,000 tasks, each next to the same figures of the add-on built from
 *   commit BASELINE (PDF engine unpacked at load, onEdit reading whole sheets) in a temporary checkout.
 * `npm run bench -- --json` prints one JSON object instead of the table; `npm run bench -- --runtime`
 * only loadMs and onEditMs (and the baseline's), as JSON.
 */
import { execSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { dayOf } from "../src/core/day";
import { prepareReport, validateWorkbook } from "../src/core/engine";
import { makePeriod } from "../src/core/periods";
import { settingsRows } from "../src/core/rows";
import { SETTINGS_SHEET } from "../src/core/schema";
import { countByGroup, statusesOf } from "../src/core/status";
import { syntheticSheets } from "../src/core/synthetic";
import type { RawSheet } from "../src/core/table";
import { renderDocx } from "../src/docx/render";
import { generateReport } from "../src/gas/generate";
import { sendReport } from "../src/gas/send";
import { main } from "../src/node/cli";
import { renderPdf } from "../src/node/pdf";
import { templateWorkbook } from "../src/node/xlsx-template";
import { sampleSheets } from "../src/sample/sample";
import { createGasFakes, manifestScopes } from "../tests/fakes";
import { writeNaively } from "../tests/support/naive-writer";

const SIZES = [100, 1000, 10_000] as const;
/** The add-on before its PDF engine was lazy and onEdit read only what its rows need. */
const BASELINE = "9421f68";
const EDIT_SIZES = [1000, 10_000] as const;
const UPDATES_PER_TASK = 5;
const TODAY = dayOf(2021, 1, 5);
const SPREADSHEET_CALL =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Sheets\.|Protection|EmbeddedChartBuilder)\b/;

function seconds<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, (performance.now() - start) / 1000];
}

async function secondsAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await f();
  return [result, (performance.now() - start) / 1000];
}

function withFakes<T>(sheets: RawSheet[], work: (fakes: ReturnType<typeof createGasFakes>) => T): T {
  // The bundle runs from dist/, so the manifest is found from the working directory (the repository).
  const fakes = createGasFakes({
    timeZone: "UTC",
    autoGrow: true,
    scopes: manifestScopes(join(process.cwd(), "appsscript.json")),
  });
  for (const s of sheets) fakes.seed(s.name, s.rows, { raw: true });
  const restore = fakes.install();
  try {
    fakes.resetCalls();
    return work(fakes);
  } finally {
    restore();
  }
}

const spreadsheetCalls = (fakes: ReturnType<typeof createGasFakes>) =>
  fakes.calls.filter((c) => SPREADSHEET_CALL.test(c)).length;

/** A synthetic plan whose settings name Sở Nội vụ's address, so it can be sent. */
function sendablePlan(tasks: number): RawSheet[] {
  return syntheticSheets(tasks, UPDATES_PER_TASK).map((sheet) =>
    sheet.name === SETTINGS_SHEET.name
      ? {
          ...sheet,
          rows: settingsRows({
            agency: "Cơ quan tổng hợp",
            agencyCode: "TH",
            year: 2020,
            place: "Tỉnh Mẫu",
            homeAffairsEmail: "sonoivu@example.gov.vn",
          }),
        }
      : sheet,
  );
}

/**
 * Our adapter: every service call of generating the yearly report (the menu or sidebar opens the
 * spreadsheet once before), the bytes of each of its batch requests, then every call of sending it.
 */
function adapterFigures(tasks: number): { generate: number; batches: number[]; send: number } {
  return withFakes(sendablePlan(tasks), (fakes) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const api = (Sheets as GoogleAppsScript.Sheets)
      .Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
    const batchUpdate = api.batchUpdate.bind(api);
    const batches: number[] = [];
    api.batchUpdate = (resource, id) => {
      batches.push(Buffer.byteLength(JSON.stringify(resource)));
      return batchUpdate(resource, id);
    };
    fakes.resetCalls();
    generateReport(ss, "2020-Y", { replace: false, force: true });
    const generate = fakes.count();
    fakes.resetCalls();
    sendReport(ss, "2020-Y", { send: true, resend: true });
    return { generate, batches, send: fakes.count() };
  });
}

/** What the reference writer does with the same grids: every cell, style, merge and size on its own. */
function naiveCalls(tasks: number): number {
  const sheets = syntheticSheets(tasks, UPDATES_PER_TASK);
  const grids = prepareReport({ sheets, timeZone: "UTC" }, "2020-Y", TODAY).grids;
  return withFakes(sheets, (fakes) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    for (const grid of grids) writeNaively(ss.insertSheet(grid.name), grid);
    return spreadsheetCalls(fakes);
  });
}

/**
 * The median of 7 runs after a warm-up: one run swings by half on this machine with the garbage
 * collector's timing. Measured first, before the adapter's large fakes fill the heap.
 */
function coreRowsPerSecond(): number {
  const workbook = { sheets: syntheticSheets(10_000, UPDATES_PER_TASK), timeZone: "UTC" };
  const core = () => {
    const { plan } = validateWorkbook(workbook, TODAY);
    countByGroup(statusesOf(plan.tasks, plan.updates, makePeriod(2020, "Y", plan.settings.cutoffMode)));
  };
  core(); // warm-up
  const times = Array.from({ length: 7 }, () => seconds(core)[1]).sort((a, b) => a - b);
  return Math.round((10_000 * (1 + UPDATES_PER_TASK)) / (times[3] ?? Number.NaN));
}

async function cliSeconds(sheets: RawSheet[]): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "papi-bench-"));
  try {
    const file = join(dir, "plan.xlsx");
    await templateWorkbook(sheets).xlsx.writeFile(file);
    const quiet = { out: () => {}, err: (t: string) => process.stderr.write(`${t}\n`), today: () => TODAY };
    const [, s] = await secondsAsync(() =>
      main(["report", file, "--period", "2020-Y", "--out", dir, "--force"], quiet),
    );
    return Math.round(s * 100) / 100;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The .docx writer alone (build and zip), as `Xuất bản Word` runs it in Apps Script: seconds and bytes. */
function docxSeconds(sheets: RawSheet[]): { seconds: number; bytes: number } {
  const r = prepareReport({ sheets, timeZone: "UTC" }, "2020-Y", TODAY);
  const [docx, s] = seconds(() => renderDocx(r.document));
  return { seconds: Math.round(s * 100) / 100, bytes: docx.length };
}

/** The PDF renderer alone, as `Xuất PDF` runs it in Apps Script: seconds and pages. */
function pdfSeconds(sheets: RawSheet[]): { seconds: number; pages: number } {
  const r = prepareReport({ sheets, timeZone: "UTC" }, "2020-Y", TODAY);
  const [pdf, s] = seconds(() => renderPdf(r.document));
  const pages = (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  return { seconds: Math.round(s * 100) / 100, pages };
}

/** The median of 7 timings of `run`, in milliseconds. */
function medianMs(run: () => void): number {
  const times = Array.from({ length: 7 }, () => seconds(run)[1] * 1000).sort((a, b) => a - b);
  return Math.round((times[3] ?? Number.NaN) * 10) / 10;
}

/** Code.js as commit BASELINE built it, in a temporary checkout sharing node_modules; undefined when git cannot. */
function baselineBundle(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "papi-baseline-"));
  try {
    execSync(`git archive ${BASELINE} | tar -x -C "${dir}"`, { stdio: "pipe" });
    symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
    execSync(`"${process.execPath}" scripts/build-gas.mjs`, { cwd: dir, stdio: "pipe" });
    return readFileSync(join(dir, "dist", "gas", "Code.js"), "utf8");
  } catch (error) {
    process.stderr.write(`(no baseline ${BASELINE}: ${String(error).split("\n")[0]})\n`);
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Evaluating the whole of Code.js in a fresh V8 context, as Apps Script does before every execution. */
function loadMs(code: string): number {
  const script = new vm.Script(code, { filename: "Code.js" });
  return medianMs(() => script.runInNewContext({}));
}

/** One keystroke in `Tiến độ`: Code.js evaluated afresh, then its onEdit, on a plan of `tasks` tasks. */
function onEditMs(code: string, tasks: number): number {
  return withFakes(syntheticSheets(tasks, UPDATES_PER_TASK), () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const range = ss.getSheetByName("Tiến độ")?.getRange("C2") as GoogleAppsScript.Spreadsheet.Range;
    const e = { source: ss, range, authMode: "LIMITED" } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
    // In this realm, so the fakes' Dates are Dates to it (as in tests/gas/bundle.test.ts).
    const load = new Function(`${code}\nreturn onEdit;`) as () => (e: unknown) => void;
    return medianMs(() => load()(e));
  });
}

interface RuntimeFigures {
  loadMs: number;
  onEditMs: Record<string, number>;
}

function runtimeFigures(code: string): RuntimeFigures {
  return {
    loadMs: loadMs(code),
    onEditMs: Object.fromEntries(EDIT_SIZES.map((n) => [n, onEditMs(code, n)])),
  };
}

const bytes = (path: string) => statSync(path).size;

async function bench() {
  const coreRows = coreRowsPerSecond();
  const baseline = baselineBundle();
  const runtime = runtimeFigures(readFileSync("dist/gas/Code.js", "utf8"));
  const runtimeBaseline = baseline === undefined ? undefined : runtimeFigures(baseline);
  const generateCalls: Record<string, number> = {};
  const sendCalls: Record<string, number> = {};
  const requestBytes: Record<string, number> = {};
  const requestCount: Record<string, number> = {};
  const naive: Record<string, number> = {};
  for (const n of SIZES) {
    const figures = adapterFigures(n);
    generateCalls[n] = figures.generate;
    sendCalls[n] = figures.send;
    requestBytes[n] = Math.max(...figures.batches);
    requestCount[n] = figures.batches.length;
    naive[n] = naiveCalls(n);
  }
  return {
    generateCalls,
    sendCalls,
    requestBytes,
    requestCount,
    naiveCalls: naive,
    coreRowsPerSecond: coreRows,
    pdfSeconds: {
      sample: pdfSeconds(sampleSheets()),
      "1000": pdfSeconds(syntheticSheets(1000, UPDATES_PER_TASK)),
      "10000": pdfSeconds(syntheticSheets(10_000, UPDATES_PER_TASK)),
    },
    docxSeconds: {
      sample: docxSeconds(sampleSheets()),
      "1000": docxSeconds(syntheticSheets(1000, UPDATES_PER_TASK)),
    },
    cliSeconds: {
      sample: await cliSeconds(sampleSheets()),
      "10000": await cliSeconds(syntheticSheets(10_000, UPDATES_PER_TASK)),
    },
    ...runtime,
    baseline: runtimeBaseline ? { commit: BASELINE, ...runtimeBaseline } : null,
    bundleBytes: bytes("dist/gas/Code.js"),
    sidebarBytes: bytes("dist/gas/Sidebar.html"),
  };
}

function table(r: Awaited<ReturnType<typeof bench>>): string {
  const lines = [
    `Máy: ${cpus().length} nhân, ${cpus()[0]?.model ?? "?"}, Node ${process.version}`,
    "",
    "Lệnh gọi dịch vụ của tiện ích (mỗi nhiệm vụ 5 lần cập nhật), so với ghi từng ô:",
    "  nhiệm vụ  tạo báo cáo  số yêu cầu  byte yêu cầu lớn nhất  gửi báo cáo  ghi từng ô",
    ...SIZES.map(
      (n) =>
        `  ${String(n).padStart(8)}  ${String(r.generateCalls[n]).padStart(11)}  ${String(r.requestCount[n]).padStart(10)}  ${String(r.requestBytes[n]?.toLocaleString("vi-VN")).padStart(21)}  ${String(r.sendCalls[n]).padStart(11)}  ${String(r.naiveCalls[n]).padStart(10)}`,
    ),
    "",
    `Lõi (đọc + kiểm tra + tình trạng + tổng hợp), 60.000 dòng: ${r.coreRowsPerSecond.toLocaleString("vi-VN")} dòng/giây`,
    `papi report (đọc .xlsx, ghi .xlsx + .pdf): kế hoạch mẫu ${r.cliSeconds.sample} s; 10.000 nhiệm vụ ${r.cliSeconds["10000"]} s`,
    `PDF báo cáo năm (chỉ dàn trang + vẽ, như "Xuất PDF" chạy trong Apps Script): kế hoạch mẫu ${r.pdfSeconds.sample.seconds} s (${r.pdfSeconds.sample.pages} trang); ` +
      `1.000 nhiệm vụ ${r.pdfSeconds["1000"].seconds} s (${r.pdfSeconds["1000"].pages} trang); 10.000 nhiệm vụ ${r.pdfSeconds["10000"].seconds} s (${r.pdfSeconds["10000"].pages} trang)`,
    `Word báo cáo năm (.docx, như "Xuất bản Word" chạy trong Apps Script): kế hoạch mẫu ${r.docxSeconds.sample.seconds} s (${r.docxSeconds.sample.bytes.toLocaleString("vi-VN")} byte); ` +
      `1.000 nhiệm vụ ${r.docxSeconds["1000"].seconds} s (${r.docxSeconds["1000"].bytes.toLocaleString("vi-VN")} byte)`,
    `Gói Apps Script (Code.js): ${r.bundleBytes.toLocaleString("vi-VN")} byte; thanh bên (Sidebar.html): ${r.sidebarBytes.toLocaleString("vi-VN")} byte`,
    "",
    `Mỗi lần chạy trong Apps Script (trung vị của 7 lần; so với bản ${BASELINE}):`,
    `  nạp Code.js (loadMs): ${r.loadMs} ms${r.baseline ? ` (trước: ${r.baseline.loadMs} ms)` : ""}`,
    ...EDIT_SIZES.map(
      (n) =>
        `  một lần sửa ô (nạp + onEdit), ${n.toLocaleString("vi-VN")} nhiệm vụ (onEditMs): ${r.onEditMs[n]} ms` +
        (r.baseline ? ` (trước: ${r.baseline.onEditMs[n]} ms)` : ""),
    ),
  ];
  return lines.join("\n");
}

/** `--runtime`: only what every Apps Script execution pays (loadMs, onEditMs), next to BASELINE's. */
async function runtimeOnly() {
  const baseline = baselineBundle();
  return {
    ...runtimeFigures(readFileSync("dist/gas/Code.js", "utf8")),
    baseline: baseline === undefined ? null : { commit: BASELINE, ...runtimeFigures(baseline) },
  };
}

if (process.argv.includes("--runtime")) runtimeOnly().then((r) => console.log(JSON.stringify(r)));
else
  bench()
    .then((r) => console.log(process.argv.includes("--json") ? JSON.stringify(r) : table(r)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
