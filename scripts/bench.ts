/**
 * `npm run bench`: times the engine on a synthetic plan of 10,000 tasks and 50,000 updates, then a whole
 * `papi report` (read .xlsx, check, lay out, write .xlsx and .pdf). Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { dayOf } from "../src/core/day";
import { prepareReport, validateWorkbook } from "../src/core/engine";
import { makePeriod } from "../src/core/periods";
import { countByGroup, statusesOf } from "../src/core/status";
import { syntheticSheets } from "../src/core/synthetic";
import { main } from "../src/node/cli";
import { templateWorkbook } from "../src/node/xlsx-template";

const TASKS = 10_000;
const UPDATES_PER_TASK = 5;

async function timed<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await f();
  return [result, (performance.now() - start) / 1000];
}

async function bench(): Promise<void> {
  const today = dayOf(2021, 1, 5);
  const workbook = { sheets: syntheticSheets(TASKS, UPDATES_PER_TASK), timeZone: "UTC" };
  const core = () => {
    const checked = validateWorkbook(workbook, today);
    const { plan } = checked;
    countByGroup(statusesOf(plan.tasks, plan.updates, makePeriod(2020, "Y", plan.settings.cutoffMode)));
    return checked;
  };
  core(); // warm-up
  const [checked, coreSeconds] = await timed(core);
  const [, reportSeconds] = await timed(() => prepareReport(workbook, "2020-Y", today));

  const dir = await mkdtemp(join(tmpdir(), "papi-bench-"));
  const file = join(dir, "plan.xlsx");
  await templateWorkbook(workbook.sheets).xlsx.writeFile(file);
  const quiet = { out: () => {}, err: (t: string) => process.stderr.write(`${t}\n`), today: () => today };
  const [code, cliSeconds] = await timed(() =>
    main(["report", file, "--period", "2020-Y", "--out", dir], quiet),
  );
  await rm(dir, { recursive: true, force: true });

  const rows = TASKS + TASKS * UPDATES_PER_TASK;
  console.log(`Máy: ${cpus().length} nhân, ${cpus()[0]?.model ?? "?"}, Node ${process.version}`);
  console.log(`Kế hoạch tổng hợp: ${TASKS} nhiệm vụ, ${TASKS * UPDATES_PER_TASK} lần cập nhật`);
  console.log(
    `  lõi: đọc + kiểm tra + tổng hợp      : ${coreSeconds.toFixed(3)} s (${checked.errors} lỗi, ${Math.round(rows / coreSeconds)} dòng/s)`,
  );
  console.log(`  lõi + mô hình báo cáo + bố cục      : ${reportSeconds.toFixed(3)} s`);
  console.log(`  papi report 2020-Y (xlsx + pdf)     : ${cliSeconds.toFixed(2)} s (mã thoát ${code})`);
}

bench().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
