/** The `papi` command (README, docs/workbook.md): the same engine as the add-on, over .xlsx files. */
import { join } from "node:path";
import { version } from "../../package.json";
import { parseDay } from "../core/cells";
import { type Day, dayOfDate, vnDay, ymd } from "../core/day";
import {
  leftOutText,
  PeriodCodeError,
  prepareReport,
  prepareUnits,
  type ReportFiles,
  reportFileBase,
  reportJson,
  unitsJson,
  type Validation,
  validateWorkbook,
  validationJson,
} from "../core/engine";
import { bareKind, meantPeriodCodes, quotedPeriod } from "../core/period-input";
import { parsePeriodCode, periodLabel, periodPhrase } from "../core/periods";
import { CUTOFF_MODES, SETTINGS_SHEET, TASKS } from "../core/schema";
import { readSettings } from "../core/settings";
import { checkSignatures, signatureLine, signaturesJson, verdictText } from "../core/signature";
import { findSheet, type RawWorkbook } from "../core/table";
import { renderDocx } from "../docx/render";
import { sampleSheets } from "../sample/sample";
import { allowOnly, nearest, type OptionSpec, parseCommandLine, type ValuesOf } from "./args";
import { dimensionTable, issueLines, issueSummary, unitTable } from "./console-table";
import { nodeDigest } from "./digest";
import { ensureFolder, exists, readInput, writeAll } from "./files";
import { renderPdf } from "./pdf";
import { errorLine, SEE_HELP, UsageError } from "./usage-error";
import { readXlsx } from "./xlsx-read";
import { gridWorkbookBytes } from "./xlsx-report";
import { templateWorkbook } from "./xlsx-template";

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

/** Every option of every command; each command lists the ones it takes. */
const OPTIONS = {
  json: {},
  force: {},
  sample: {},
  period: { value: "mã kỳ báo cáo", example: "2020-Q1" },
  out: { value: "tên thư mục", example: "out" },
  date: { value: "ngày dd/mm/yyyy", example: "31/03/2020" },
  help: {},
  version: {},
} as const satisfies Record<string, OptionSpec>;

type Option = keyof typeof OPTIONS;
type Values = ValuesOf<typeof OPTIONS>;

interface Command {
  /** What follows `papi <name>` in the help. */
  usage: string;
  summary: string;
  /** Whether the command needs a .xlsx file name. */
  file: boolean;
  options: readonly Option[];
  run: (file: string, values: Values, io: Io) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  template: {
    usage: "<tệp.xlsx> [--sample] [--force]",
    summary: "tạo bảng tính mẫu (trống, hoặc có dữ liệu ví dụ với --sample)",
    file: true,
    options: ["sample", "force"],
    run: (file, values, io) => template(file, values, io),
  },
  validate: {
    usage: "<tệp.xlsx> [--json]",
    summary: "kiểm tra dữ liệu",
    file: true,
    options: ["json"],
    run: (file, values, io) => validate(file, values, io),
  },
  report: {
    usage: "<tệp.xlsx> --period <kỳ> [--date dd/mm/yyyy] [--out THƯ_MỤC] [--json] [--force]",
    summary: "lập báo cáo .xlsx, .pdf và .docx (mặc định vào out/)",
    file: true,
    options: ["period", "date", "out", "json", "force"],
    run: (file, values, io) => report(file, values, io),
  },
  units: {
    usage: "<tệp.xlsx> --period <kỳ> [--json]",
    summary: "đơn vị nào đã, chưa cập nhật tiến độ trong kỳ",
    file: true,
    options: ["period", "json"],
    run: (file, values, io) => units(file, values, io),
  },
  verify: {
    usage: "<tệp.pdf> [--json]",
    summary: "kiểm tra chữ ký số của bản đã ký: người ký, còn nguyên vẹn không",
    file: true,
    options: ["json"],
    run: (file, values, io) => verify(file, values, io),
  },
  demo: {
    usage: "[--out THƯ_MỤC]",
    summary: "chạy thử trên kế hoạch mẫu có sẵn",
    file: false,
    options: ["out"],
    run: (_file, values, io) => demo(values, io),
  },
};

function helpText(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => {
    const call = `  papi ${name} ${c.usage}`;
    return call.length < 50 ? `${call.padEnd(50)}${c.summary}` : `${call}\n${" ".repeat(50)}${c.summary}`;
  });
  return `papi – kiểm tra kế hoạch cải thiện Chỉ số PAPI và lập báo cáo theo Nghị định 30/2020/NĐ-CP

Cách dùng:
${lines.join("\n")}

Kỳ báo cáo: 2020-Q1, 2020-Q2, 2020-Q3, 2020-Q4, 2020-H1 (6 tháng), 2020-9M (9 tháng), 2020-Y (năm);
  Q1, Q2, Q3, Q4, H1, 9M, Y: kỳ đó của năm kế hoạch (mục "Năm kế hoạch" ở trang Cấu hình).
Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 dữ liệu có lỗi; 2 không dùng được tệp hoặc sai cách gọi.
  verify: 0 chữ ký cuối còn nguyên vẹn; 1 tệp chưa ký hoặc đã bị sửa sau khi ký; 2 không đọc được tệp.
  --date    report: ngày ghi trên báo cáo; mặc định: cột "Ngày báo cáo" của kỳ (trang Nội dung báo cáo),
            mục "Ngày báo cáo" (trang Cấu hình), hôm nay nếu trong vòng 30 ngày sau kỳ, nếu không
            thì ngày làm việc đầu tiên sau kỳ
  --force   report: vẫn lập báo cáo khi dữ liệu có lỗi (các dòng lỗi bị bỏ qua); template: ghi đè tệp đã có
  --json    in một đối tượng JSON ra stdout
  --version in phiên bản của papi
`;
}

const HELP = helpText();

/** Runs the command; every failure is one line on stderr and exit code 2, never a stack trace. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PeriodCodeError) {
      io.err(`Lỗi: ${errorLine(error.message)}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Lỗi không mong đợi (xin báo cho người phát triển): ${oneLine(message)}`);
    return 2;
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

async function run(argv: string[], io: Io): Promise<number> {
  const { positionals, values, given } = parseCommandLine(argv, OPTIONS, { h: "help", v: "version" });
  const [name, file, ...extra] = positionals;
  if (values.version) {
    io.out(`papi ${version}`);
    return 0;
  }
  if (values.help || name === undefined || name === "help") {
    io.out(HELP);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const near = nearest(name, Object.keys(COMMANDS));
    const hint = near ? ` Có phải ý bạn là "papi ${near}"?` : "";
    throw new UsageError(`không có lệnh "${name}".${hint} ${SEE_HELP}`);
  }
  allowOnly(name, given, command.options);
  const surplus = command.file ? extra : [file, ...extra].filter((p) => p !== undefined);
  if (surplus.length > 0) throw new UsageError(`thừa tham số "${surplus.join(" ")}". ${SEE_HELP}`);
  if (command.file && !file) {
    const wanted = /<tệp(\.\w+)>/.exec(command.usage)?.[1] ?? "";
    throw new UsageError(`lệnh "${name}" cần tên tệp ${wanted}. ${SEE_HELP}`);
  }
  return command.run(file ?? "", values, io);
}

async function template(file: string, values: Values, io: Io): Promise<number> {
  if (!values.force && (await exists(file)))
    throw new UsageError(`tệp "${file}" đã có; không ghi đè. Dùng --force để ghi đè, hoặc chọn tên khác.`);
  const data = await templateWorkbook(values.sample ? sampleSheets() : undefined).xlsx.writeBuffer();
  await writeAll([{ path: file, data: new Uint8Array(data) }]);
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
  if (!values.period) throw new UsageError(`thiếu --period, ví dụ --period 2020-Q1. ${SEE_HELP}`);
  const workbook = await loadPlan(file);
  return writeReport(workbook, periodOf(values.period, workbook, io.today()), values, io);
}

/**
 * `--period` as typed: a code, or a kind alone (`Q1`, `H1`, `9M`, `Y`) meaning that period of the plan's
 * year; anything else is refused with the codes it most likely meant (`2020-6M` → `2020-H1`).
 */
function periodOf(text: string, workbook: RawWorkbook, today: Day): string {
  if (parsePeriodCode(text)) return text.trim();
  const settings = readSettings(findSheet(workbook, SETTINGS_SHEET.name), workbook.timeZone).settings;
  const kind = bareKind(text);
  if (kind && settings.year !== undefined) return `${settings.year}-${kind}`;
  if (kind)
    throw new UsageError(
      `kỳ "${text}" là kỳ của năm kế hoạch, nhưng mục "Năm kế hoạch" ở trang "${SETTINGS_SHEET.name}" còn trống hoặc sai; ghi năm vào đó, hoặc ghi cả năm, ví dụ --period 2020-${kind}.`,
    );
  const meant = meantPeriodCodes(text, settings.year ?? ymd(today).year);
  const hint = meant.length > 0 ? ` Có phải ý bạn là ${meant.map(quotedPeriod).join(" hoặc ")}?` : "";
  throw new UsageError(
    `kỳ báo cáo "${text}" không hợp lệ.${hint} Dùng dạng 2020-Q1 … 2020-Q4, 2020-H1, 2020-9M, 2020-Y, hoặc Q1 … Y cho năm kế hoạch. ${SEE_HELP}`,
  );
}

/** `--date dd/mm/yyyy`: a real calendar day, or a one-line usage error. */
function reportDate(text: string | undefined): Day | undefined {
  if (text === undefined) return undefined;
  const day = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text.trim())
    ? parseDay(text.trim(), "Asia/Ho_Chi_Minh")
    : undefined;
  if (!day?.ok)
    throw new UsageError(`--date "${text}" không phải ngày hợp lệ; dùng dạng dd/mm/yyyy, ví dụ 31/03/2020.`);
  return day.value;
}

async function writeReport(workbook: RawWorkbook, period: string, values: Values, io: Io): Promise<number> {
  const r = prepareReport(workbook, period, io.today(), { reportDate: reportDate(values.date) });
  refuseWithoutTasks(r);
  const blocked = r.errors > 0 && !values.force;
  let files: ReportFiles | null = null;
  if (!blocked) {
    const dir = values.out ?? "out";
    const base = join(dir, reportFileBase(r.model));
    const xlsx = await gridWorkbookBytes(r.grids, r.document.title);
    const pdf = await renderPdf(r.document);
    const docx = renderDocx(r.document);
    await ensureFolder(dir);
    files = { xlsx: `${base}.xlsx`, pdf: `${base}.pdf`, docx: `${base}.docx` };
    await writeAll([
      { path: files.xlsx, data: xlsx },
      { path: files.pdf, data: pdf },
      { path: files.docx, data: docx },
    ]);
  }
  // Rows a forced report leaves out are said (on stderr beside --json's one object on stdout).
  const leftOut = files ? leftOutText(r.issues) : "";
  if (values.json) {
    io.out(JSON.stringify(reportJson(r, files)));
    if (leftOut) io.err(leftOut);
    return r.errors > 0 ? 1 : 0;
  }
  if (r.issues.length > 0) io.out(issueLines(r.issues));
  io.out(issueSummary(r.errors, r.warnings));
  const p = r.model.period;
  io.out(`\n${periodLabel(p)}: số liệu từ ${vnDay(p.start)} đến ${vnDay(p.end)} (${CUTOFF_MODES[p.mode]})\n`);
  io.out(dimensionTable(r.model.groups, r.model.totals));
  io.out(`\n${r.reportDateLine}`);
  if (leftOut) io.out(`\n${leftOut}`);
  if (files) io.out(`\nĐã ghi:\n  ${files.xlsx}\n  ${files.pdf}\n  ${files.docx}`);
  else
    io.out(
      "\nKhông lập báo cáo vì dữ liệu còn lỗi. Sửa các lỗi trên, hoặc dùng --force để vẫn lập (bỏ qua các dòng lỗi).",
    );
  return r.errors > 0 ? 1 : 0;
}

/** Per-unit status of a period (docs/workbook.md: the command's JSON): exit codes as `validate`. */
async function units(file: string, values: Values, io: Io): Promise<number> {
  if (!values.period) throw new UsageError(`thiếu --period, ví dụ --period 2020-Q1. ${SEE_HELP}`);
  const workbook = await loadPlan(file);
  const r = prepareUnits(workbook, periodOf(values.period, workbook, io.today()), io.today());
  refuseWithoutTasks(r);
  const year = r.plan.settings.year;
  if (year !== undefined && r.period.year !== year)
    throw new UsageError(`kỳ ${r.period.code} không thuộc năm kế hoạch ${year} (mục "Năm kế hoạch").`);
  if (values.json) {
    io.out(JSON.stringify(unitsJson(r)));
    return r.errors > 0 ? 1 : 0;
  }
  const p = r.period;
  io.out(`${periodLabel(p)}: số liệu từ ${vnDay(p.start)} đến ${vnDay(p.end)} (${CUTOFF_MODES[p.mode]})\n`);
  io.out(r.units.length > 0 ? unitTable(r.units) : "Chưa có nhiệm vụ nào.");
  io.out(
    `\n${issueSummary(r.errors, r.warnings)}${r.issues.length > 0 ? " Xem chi tiết: papi validate" : ""}`,
  );
  return r.errors > 0 ? 1 : 0;
}

/** `papi verify`: each signature, and whether the file is as its last signer signed it. */
async function verify(file: string, values: Values, io: Io): Promise<number> {
  const check = checkSignatures(new Uint8Array(await readInput(file)), nodeDigest);
  if (!check.pdf) throw new UsageError(`tệp "${file}" không phải PDF; không kiểm tra được chữ ký.`);
  if (values.json) io.out(JSON.stringify(signaturesJson(check)));
  else {
    check.signatures.forEach((s, i) => {
      io.out(`Chữ ký ${i + 1}: ${signatureLine(s)}`);
    });
    io.out(verdictText(check));
  }
  return check.intact ? 0 : 1;
}

/**
 * The example's reports, each dated the first working day after its Decree 09 cut-off (14/03/2020 was a
 * Saturday), as an Office would date them: a 2020 report dated today would read as a mistake.
 */
const DEMO_REPORTS = [
  ["2020-Q1", "16/03/2020"],
  ["2020-Y", "15/12/2020"],
] as const;

/** `npm start`: the example plan as a workbook, checked, and its reports for Q1 and the year. */
async function demo(values: Values, io: Io): Promise<number> {
  const dir = values.out ?? "out";
  await ensureFolder(dir);
  const file = join(dir, "ke-hoach-PAPI-mau.xlsx");
  const data = await templateWorkbook(sampleSheets()).xlsx.writeBuffer();
  await writeAll([{ path: file, data: new Uint8Array(data) }]);
  io.out(`Kế hoạch mẫu (ví dụ, không phải số liệu thật): ${file}\n`);
  const workbook = await loadPlan(file);
  let worst = 0;
  for (const [period, date] of DEMO_REPORTS) {
    worst = Math.max(worst, await writeReport(workbook, period, { out: dir, date }, io));
    io.out("");
  }
  const q1 = prepareUnits(workbook, "2020-Q1", io.today());
  io.out(
    `Đơn vị đã, chưa cập nhật tiến độ ${periodPhrase(q1.period)} (papi units ${file} --period 2020-Q1):\n`,
  );
  io.out(unitTable(q1.units));
  return worst;
}
