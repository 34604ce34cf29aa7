/**
 * "Tạo báo cáo": the period's report and appendix sheets, built in temporary sheets and renamed at the
 * end, so a failure leaves no half report; an existing report is replaced only when the user agreed.
 */
import { prepareReport } from "../core/engine";
import { appendixSheetName, reportSheetName } from "../core/export";
import type { GridSheet } from "../core/grid";
import { parsePeriodCode } from "../core/periods";
import type { GenerateResult } from "../core/sidebar-api";
import { todayIn, zoneOf } from "./context";
import { UserError } from "./errors";
import { writeGrid } from "./grid-writer-legacy";
import { withDocumentLock } from "./lock";
import { appendLog, RESULT_OK } from "./log";
import { retryOnce } from "./retry";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { GenerateResult };

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface GenerateOptions {
  /** Replace the period's report sheets if they exist. */
  replace: boolean;
  /** Make the report although the data has errors (rows with errors are left out). */
  force: boolean;
}

export const TEMP_PREFIX = "~tạm ";
export const OLD_PREFIX = "~cũ ";
const CHART_TITLE = "Tỷ lệ hoàn thành nhiệm vụ theo lĩnh vực (%)";

export function generateReport(
  ss: Spreadsheet,
  periodCode: string,
  options: GenerateOptions,
): GenerateResult {
  const period = parsePeriodCode(periodCode);
  if (!period)
    throw new UserError(`Kỳ báo cáo "${periodCode}" không hợp lệ (ví dụ 2020-Q1, 2020-H1, 2020-9M, 2020-Y).`);
  return withDocumentLock(() => {
    const timeZone = zoneOf(ss);
    const report = prepareReport(readWorkbook(ss), periodCode, todayIn(timeZone));
    const code = report.model.period.code;
    if (report.errors > 0 && !options.force)
      return { status: "hasErrors", period: code, errors: report.errors };
    const names = [reportSheetName(period), appendixSheetName(period)];
    const existing = names.filter((n) => ss.getSheetByName(n) !== null);
    if (existing.length > 0 && !options.replace) return { status: "exists", period: code, sheets: existing };

    const built = buildInTemporarySheets(ss, report.grids, names);
    swapIn(ss, built, names);
    const [main] = built;
    if (!main) throw new Error("report sheet missing");
    const url = `${ss.getUrl()}#gid=${main.getSheetId()}`;
    appendLog(ss, { action: "Tạo báo cáo", period: code, link: url, result: RESULT_OK });
    // Last, because creating the log sheet activates it.
    ss.setActiveSheet(main);
    return {
      status: "done",
      period: code,
      sheet: names[0] ?? "",
      url,
      groups: report.model.groups,
      totals: report.model.totals,
      warnings: report.warnings,
    };
  });
}

/**
 * Puts the new sheets in place of the old ones so that a failure at any step leaves either the old
 * report or the new one, never a mix: old sheets are set aside under another name, the new ones take
 * their names, then the old ones go. On failure the new sheets are deleted and the old ones restored.
 */
function swapIn(ss: Spreadsheet, built: Sheet[], names: string[]): void {
  const setAside: { sheet: Sheet; name: string }[] = [];
  try {
    for (const name of names) {
      const old = ss.getSheetByName(name);
      if (!old) continue;
      old.setName(`${OLD_PREFIX}${name}`);
      setAside.push({ sheet: old, name });
    }
    built.forEach((sheet, i) => {
      sheet.setName(names[i] ?? sheet.getName());
    });
  } catch (error) {
    for (const sheet of built) ss.deleteSheet(sheet);
    for (const { sheet, name } of setAside) sheet.setName(name);
    throw error;
  }
  for (const { sheet } of setAside) retryOnce(() => ss.deleteSheet(sheet));
}

function buildInTemporarySheets(ss: Spreadsheet, grids: GridSheet[], names: string[]): Sheet[] {
  const built: Sheet[] = [];
  try {
    grids.forEach((grid, i) => {
      const temp = `${TEMP_PREFIX}${names[i]}`;
      const leftover = ss.getSheetByName(temp);
      if (leftover) ss.deleteSheet(leftover);
      const sheet = ss.insertSheet(temp, ss.getNumSheets());
      built.push(sheet);
      writeGrid(ss, sheet, grid);
      if (i === 0) addChart(sheet, grid);
      sheet
        .protect()
        .setWarningOnly(true)
        .setDescription("Báo cáo do PAPI tạo từ dữ liệu; sửa ở đây sẽ mất khi tạo lại báo cáo.");
    });
    return built;
  } catch (error) {
    for (const sheet of built) retryOnce(() => ss.deleteSheet(sheet));
    throw error;
  }
}

/** A bar chart of the summary table's completion rate by dimension, beside the printed area. */
function addChart(sheet: Sheet, grid: GridSheet): void {
  const table = grid.borders[0];
  if (!table) return;
  const first = table.row + 1;
  const dimensions = 8;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(first, 2, dimensions, 1))
    .addRange(sheet.getRange(first, table.cols, dimensions, 1))
    .setPosition(table.row, grid.columnWidths.length + 2, 0, 0)
    .setOption("title", CHART_TITLE)
    .setOption("legend", { position: "none" })
    .setOption("hAxis", { minValue: 0, maxValue: 100 })
    .build();
  sheet.insertChart(chart);
}
