/** The `papi` command (domain.md §8): the same engine as the add-on, over .xlsx files. */
import { access, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Day, dayOfDate, vnDay } from "../core/day";
import {
  PeriodCodeError,
  prepareReport,
  reportFileBase,
  reportJson,
  type Validation,
  validateWorkbook,
  validationJson,
} from "../core/engine";
import { periodLabel } from "../core/periods";
import { CUTOFF_MODES, TASKS } from "../core/schema";
import type { RawWorkbook } from "../core/table";
import { sampleSheets } from "../sample/sample";
import { dimensionTable, issueLines, issueSummary } from "./console-table";
import { renderPdf } from "./pdf";
import { UsageError } from "./usage-error";
import { readXlsx } from "./xlsx-read";
import { gridWorkbook } from "./xlsx-report";
import { templateWorkbook } from "./xlsx-template";

export const HELP = `papi – kiểm tra kế hoạch cải thiện Chỉ số PAPI và lập báo cáo theo Nghị định 30/2020/NĐ-CP

Cách dùng:
  papi template <tệp.xlsx> [--sample] [--force]   tạo bảng tính mẫu (trống, hoặc có dữ liệu ví dụ với --sample)
  papi validate <tệp.xlsx> [--json]               kiểm tra dữ liệu
  papi report <tệp.xlsx> --period <kỳ> [--out THƯ_MỤC] [--json] [--force]
                                                  lập báo cáo .xlsx và .pdf (mặc định vào out/)
  papi demo [--out THƯ_MỤC]                       chạy thử trên kế hoạch mẫu có sẵn

Kỳ báo cáo: 2020-Q1, 2020-Q2, 2020-Q3, 2020-Q4, 2020-H1 (6 tháng), 2020-9M (9 tháng), 2020-Y (năm).
Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 dữ liệu có lỗi; 2 không dùng được tệp hoặc sai cách gọi.
  --force   report: vẫn lập báo cáo khi dữ liệu có lỗi (các dòng lỗi bị bỏ qua); template: ghi đè tệp đã có
  --json    in một đối tượng JSON ra stdout
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Today in Vietnam: the report's date and the default year. */
  today: () => Day;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  today: () => dayOfDate(new Date(), "Asia/Ho_Chi_Minh") ?? 0,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PeriodCodeError) {
      io.err(`Lỗi: ${error.message}`);
      return 2;
    }
    io.err(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

const OPTIONS = {
  json: { type: "boolean" },
  force: { type: "boolean" },
  sample: { type: "boolean" },
  period: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. Xem: papi --help`);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || command === undefined || command === "help") {
    io.out(HELP);
    return 0;
  }
  if (extra.length > 0) throw new UsageError(`thừa tham số "${extra.join(" ")}". Xem: papi --help`);
  switch (command) {
    case "template":
      return template(need(file, command), values, io);
    case "validate":
      return validate(need(file, command), values, io);
    case "report":
      return report(need(file, command), values, io);
    case "demo":
      return demo(values, io);
    default:
      throw new UsageError(`không có lệnh "${command}". Xem: papi --help`);
  }
}

function need(file: string | undefined, command: string): string {
  if (!file) throw new UsageError(`lệnh "${command}" cần tên tệp .xlsx. Xem: papi --help`);
  return file;
}

type Values = { json?: boolean; force?: boolean; sample?: boolean; period?: string; out?: string };

async function template(file: string, values: Values, io: Io): Promise<number> {
  if (!values.force && (await exists(file)))
    throw new UsageError(`tệp "${file}" đã có; không ghi đè. Dùng --force để ghi đè, hoặc chọn tên khác.`);
  await templateWorkbook(values.sample ? sampleSheets() : undefined).xlsx.writeFile(file);
  io.out(`Đã tạo bảng tính ${values.sample ? "có dữ liệu ví dụ" : "trống"}: ${file}`);
  return 0;
}

async function loadPlan(file: string): Promise<RawWorkbook> {
  return readXlsx(file);
}

function refuseWithoutTasks(v: Validation): void {
  if (v.issues.some((i) => i.code === "MISSING_SHEET" && i.sheet === TASKS.name))
    throw new UsageError(
      `bảng tính không có trang "${TASKS.name}"; tạo bảng tính đúng mẫu bằng: papi template <tệp.xlsx>`,
    );
}

async function validate(file: string, values: Values, io: Io): Promise<number> {
  const v = validateWorkbook(await loadPlan(file), io.today());
  refuseWithoutTasks(v);
  if (values.json) io.out(JSON.stringify(validationJson(v)));
  else {
    if (v.issues.length > 0) io.out(issueLines(v.issues));
    io.out(issueSummary(v.errors, v.warnings));
  }
  return v.errors > 0 ? 1 : 0;
}

async function report(file: string, values: Values, io: Io): Promise<number> {
  if (!values.period) throw new UsageError("thiếu --period, ví dụ --period 2020-Q1. Xem: papi --help");
  return writeReport(await loadPlan(file), values.period, values, io);
}

async function writeReport(workbook: RawWorkbook, period: string, values: Values, io: Io): Promise<number> {
  const r = prepareReport(workbook, period, io.today());
  refuseWithoutTasks(r);
  const blocked = r.errors > 0 && !values.force;
  let files: { xlsx: string; pdf: string } | null = null;
  if (!blocked) {
    const dir = values.out ?? "out";
    await mkdir(dir, { recursive: true });
    const base = join(dir, reportFileBase(r.model));
    files = { xlsx: `${base}.xlsx`, pdf: `${base}.pdf` };
    await gridWorkbook(r.grids, r.document.title).xlsx.writeFile(files.xlsx);
    await writeFile(files.pdf, await renderPdf(r.document));
  }
  if (values.json) {
    io.out(JSON.stringify(reportJson(r, files)));
    return r.errors > 0 ? 1 : 0;
  }
  if (r.issues.length > 0) io.out(issueLines(r.issues));
  io.out(issueSummary(r.errors, r.warnings));
  const p = r.model.period;
  io.out(`\n${periodLabel(p)}: số liệu từ ${vnDay(p.start)} đến ${vnDay(p.end)} (${CUTOFF_MODES[p.mode]})\n`);
  io.out(dimensionTable(r.model.groups, r.model.totals));
  if (files) io.out(`\nĐã ghi:\n  ${files.xlsx}\n  ${files.pdf}`);
  else
    io.out(
      "\nKhông lập báo cáo vì dữ liệu còn lỗi. Sửa các lỗi trên, hoặc dùng --force để vẫn lập (bỏ qua các dòng lỗi).",
    );
  return r.errors > 0 ? 1 : 0;
}

/** `npm start`: the example plan as a workbook, checked, and its reports for Q1 and the year. */
async function demo(values: Values, io: Io): Promise<number> {
  const dir = values.out ?? "out";
  await mkdir(dir, { recursive: true });
  const file = join(dir, "ke-hoach-PAPI-mau.xlsx");
  await templateWorkbook(sampleSheets()).xlsx.writeFile(file);
  io.out(`Kế hoạch mẫu (ví dụ, không phải số liệu thật): ${file}\n`);
  const workbook = await loadPlan(file);
  let worst = 0;
  for (const period of ["2020-Q1", "2020-Y"]) {
    worst = Math.max(worst, await writeReport(workbook, period, { out: dir }, io));
    io.out("");
  }
  return worst;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
