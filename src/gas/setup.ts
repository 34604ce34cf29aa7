/**
 * "Thiết lập / sửa bảng tính": creates what is missing of the workbook from the one schema. It never
 * deletes, moves or overwrites what users typed; a second run changes nothing.
 */
import {
  type ColumnSpec,
  CUTOFF_MODE_LABELS,
  GROUP_LABELS,
  NUMBER_FORMATS,
  PLAN_SHEETS,
  SETTINGS,
  SETTINGS_SHEET,
  type SheetSpec,
  SUBDIMENSION_LABELS,
  TASKS,
  UNITS,
} from "../core/schema";
import { locateHeader } from "../core/table";
import { isBlank, normalizeKey } from "../core/text";
import { rowsAt } from "./rows";
import { planSheet } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupReport {
  createdSheets: string[];
  addedColumns: string[];
  addedSettings: string[];
  /** Sheets that hold data but no header row: left alone, with a message. */
  skipped: string[];
}

const HEADER_BACKGROUND = "#dbe7f5";

export function setupWorkbook(ss: Spreadsheet): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [], addedSettings: [], skipped: [] };
  const layouts = new Map<string, Layout>();
  for (const spec of PLAN_SHEETS) {
    const layout = setupSheet(ss, spec, report);
    if (layout) layouts.set(spec.name, layout);
  }
  for (const [name, layout] of layouts) addValidations(name, layout, layouts);
  const settings = layouts.get(SETTINGS_SHEET.name);
  if (settings) addMissingSettings(settings, report);
  return report;
}

interface Layout {
  sheet: Sheet;
  spec: SheetSpec;
  headerRow: number;
  /** 1-based column of each schema column, by key. */
  columns: Map<string, number>;
}

function setupSheet(ss: Spreadsheet, spec: SheetSpec, report: SetupReport): Layout | undefined {
  let sheet = planSheet(ss, spec.name);
  if (!sheet) {
    sheet = ss.insertSheet(spec.name);
    report.createdSheets.push(spec.name);
  }
  const values = sheet.getDataRange().getValues();
  const header = locateHeader(values, spec);
  const hasData = values.some((row) => row.some((v) => !isBlank(v)));
  if (!header && hasData) {
    report.skipped.push(spec.name);
    return undefined;
  }
  const headerRow = header ? header.row + 1 : 1;
  const columns = new Map<string, number>();
  for (const c of spec.columns) {
    const i = header?.index[c.key as never] as number | undefined;
    if (i !== undefined) columns.set(c.key, i + 1);
  }
  const missing = spec.columns.filter((c) => !columns.has(c.key));
  if (missing.length > 0) {
    // Appended after every used column, so no cell of any row is written over.
    const first = header ? sheet.getLastColumn() + 1 : 1;
    ensureColumns(sheet, first + missing.length - 1);
    sheet.getRange(headerRow, first, 1, missing.length).setValues([missing.map((c) => c.header)]);
    missing.forEach((c, i) => {
      columns.set(c.key, first + i);
      formatNewColumn(sheet, headerRow, first + i, c);
    });
    if (header) report.addedColumns.push(...missing.map((c) => `${spec.name}: ${c.header}`));
  }
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(headerRow);
  return { sheet, spec, headerRow, columns };
}

function ensureColumns(sheet: Sheet, last: number): void {
  const max = sheet.getMaxColumns();
  if (last > max) sheet.insertColumnsAfter(max, last - max);
}

function formatNewColumn(sheet: Sheet, headerRow: number, col: number, column: ColumnSpec): void {
  const head = sheet.getRange(headerRow, col);
  head.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
  if (column.hint) head.setNote(column.hint);
  sheet.setColumnWidth(col, column.width);
  const format = NUMBER_FORMATS[column.kind];
  const rows = sheet.getMaxRows() - headerRow;
  if (format && rows > 0) sheet.getRange(headerRow + 1, col, rows, 1).setNumberFormat(format);
}

function addValidations(name: string, layout: Layout, layouts: Map<string, Layout>): void {
  const { sheet, spec, headerRow } = layout;
  const rows = sheet.getMaxRows() - headerRow;
  if (rows <= 0) return;
  for (const column of spec.columns) {
    const col = layout.columns.get(column.key);
    const rule = col === undefined ? undefined : ruleFor(column, layouts);
    if (col !== undefined && rule) sheet.getRange(headerRow + 1, col, rows, 1).setDataValidation(rule);
  }
  if (name === SETTINGS_SHEET.name) modeValidation(layout);
}

function ruleFor(
  column: ColumnSpec,
  layouts: Map<string, Layout>,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = () => SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  switch (column.kind) {
    case "group":
      return builder()
        .requireValueInList([...GROUP_LABELS], true)
        .setHelpText("Chọn nhóm PAPI (1–8).")
        .build();
    case "subdimension":
      return builder()
        .requireValueInList([...SUBDIMENSION_LABELS], true)
        .setHelpText("Chọn nội dung thành phần.")
        .build();
    case "taskRef": {
      const range = dataColumn(layouts, TASKS.name, "id");
      if (!range) return null;
      return builder()
        .requireValueInRange(range, true)
        .setHelpText("Chọn mã nhiệm vụ trong trang Nhiệm vụ.")
        .build();
    }
    case "unit": {
      // Invalid values stay allowed: the checker warns (UNKNOWN_UNIT) instead of Sheets refusing the edit.
      const range = dataColumn(layouts, UNITS.name, "unit");
      if (!range) return null;
      return builder()
        .requireValueInRange(range, true)
        .setHelpText("Chọn đơn vị trong trang Đơn vị.")
        .build();
    }
    case "date":
      return builder().requireDate().setHelpText("Nhập ngày dạng dd/mm/yyyy.").build();
    case "progress":
      return builder().requireNumberBetween(0, 100).setHelpText("Tiến độ là số từ 0 đến 100.").build();
    case "score":
      return builder().requireNumberBetween(1, 10).setHelpText("Điểm là số từ 1 đến 10.").build();
    case "year":
      return builder().requireNumberBetween(2000, 2100).setHelpText("Năm gồm 4 chữ số, ví dụ 2019.").build();
    default:
      return null;
  }
}

/** The data cells of one column of a set-up sheet, for a dropdown that lists them. */
function dataColumn(
  layouts: Map<string, Layout>,
  sheetName: string,
  key: string,
): GoogleAppsScript.Spreadsheet.Range | null {
  const layout = layouts.get(sheetName);
  const col = layout?.columns.get(key);
  const rows = layout ? layout.sheet.getMaxRows() - layout.headerRow : 0;
  if (!layout || col === undefined || rows <= 0) return null;
  return layout.sheet.getRange(layout.headerRow + 1, col, rows, 1);
}

function modeValidation(layout: Layout): void {
  const labelCol = layout.columns.get("item");
  const valueCol = layout.columns.get("value");
  if (labelCol === undefined || valueCol === undefined) return;
  const mode = SETTINGS.find((s) => s.kind === "mode");
  const labels = layout.sheet.getRange(1, labelCol, layout.sheet.getLastRow() || 1, 1).getValues();
  const row = labels.findIndex((r) => normalizeKey(String(r[0])) === normalizeKey(mode?.label ?? ""));
  if (row < 0) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...CUTOFF_MODE_LABELS], true)
    .build();
  layout.sheet.getRange(row + 1, valueCol).setDataValidation(rule);
}

/** Appends a row for each setting that has none, with its default; rows that exist are left as they are. */
function addMissingSettings(layout: Layout, report: SetupReport): void {
  const labelCol = layout.columns.get("item") ?? 1;
  const valueCol = layout.columns.get("value") ?? 2;
  const last = Math.max(layout.sheet.getLastRow(), layout.headerRow);
  const labels = layout.sheet
    .getRange(1, labelCol, last, 1)
    .getValues()
    .map((r) => normalizeKey(String(r[0])));
  const missing = SETTINGS.filter((s) => !labels.includes(normalizeKey(s.label)));
  if (missing.length === 0) return;
  const width = Math.max(labelCol, valueCol);
  const rows = missing.map((s) => {
    const row: string[] = Array.from({ length: width }, () => "");
    row[labelCol - 1] = s.label;
    row[valueCol - 1] = s.defaultValue;
    return row;
  });
  const range = rowsAt(layout.sheet, last + 1, rows.length, width);
  range.setNumberFormat("@").setValues(rows);
  range.setVerticalAlignment("top").setWrap(true);
  report.addedSettings.push(...missing.map((s) => s.label));
  if (missing.some((s) => s.kind === "mode")) modeValidation(layout);
}
