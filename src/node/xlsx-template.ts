/** Writes the workbook staff fill in (docs/workbook.md: sheets and columns), empty or with the example plan, from the one schema. */
import ExcelJS from "exceljs";
import { settingsRows } from "../core/rows";
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
import type { RawSheet } from "../core/table";

/** A hidden sheet holding the dropdown lists (a list typed into a rule is limited to 255 characters). */
const LISTS_SHEET = "Danh mục";
const LAST_ROW = 1000;
const HEADER_FILL = "FFDDEBF7";

export function templateWorkbook(filled?: RawSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "papi";
  const lists = listRanges();
  for (const spec of PLAN_SHEETS) {
    const rows = filled?.find((s) => s.name === spec.name)?.rows ?? emptyRows(spec);
    addSheet(workbook, spec, rows, lists);
  }
  addListsSheet(workbook);
  return workbook;
}

function emptyRows(spec: SheetSpec): unknown[][] {
  return spec === SETTINGS_SHEET ? settingsRows({}) : [spec.columns.map((c) => c.header)];
}

type Lists = Record<"group" | "subdimension" | "mode" | "taskRef" | "unit", string>;

const LISTS = [GROUP_LABELS, SUBDIMENSION_LABELS, CUTOFF_MODE_LABELS];

function addListsSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  LISTS.forEach((values, c) => {
    values.forEach((v, r) => {
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
}

function listRanges(): Lists {
  const ref = (col: string, n: number) => `'${LISTS_SHEET}'!$${col}$1:$${col}$${n}`;
  const idColumn = columnLetter(TASKS.columns.findIndex((c) => c.key === "id"));
  const unitColumn = columnLetter(UNITS.columns.findIndex((c) => c.key === "unit"));
  return {
    group: ref("A", GROUP_LABELS.length),
    subdimension: ref("B", SUBDIMENSION_LABELS.length),
    mode: ref("C", CUTOFF_MODE_LABELS.length),
    taskRef: `'${TASKS.name}'!$${idColumn}$2:$${idColumn}$${LAST_ROW}`,
    unit: `'${UNITS.name}'!$${unitColumn}$2:$${unitColumn}$${LAST_ROW}`,
  };
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, rows: unknown[][], lists: Lists): void {
  const ws = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  // Column styles format every row, also the ones staff add later; cells written below inherit them.
  ws.columns = spec.columns.map((c) => ({ width: Math.round(c.width / 7), style: columnStyle(c) }));
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v as ExcelJS.CellValue;
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  });
  spec.columns.forEach((column, c) => {
    const header = ws.getCell(1, c + 1);
    header.font = { bold: true };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    header.alignment = { vertical: "middle", wrapText: true };
    header.numFmt = "General";
    if (column.hint) header.note = column.hint;
    const validation = validationOf(column, lists);
    // One rule per column range: per-cell rules get merged by exceljs into overlapping ranges.
    if (validation) addValidation(ws, `${columnLetter(c)}2:${columnLetter(c)}${LAST_ROW}`, validation);
  });
  if (spec === SETTINGS_SHEET) settingsValidation(ws, lists);
}

function columnStyle(column: ColumnSpec): Partial<ExcelJS.Style> {
  const numFmt = NUMBER_FORMATS[column.kind];
  return {
    ...(numFmt ? { numFmt } : {}),
    ...(column.kind === "longText" ? { alignment: { wrapText: true, vertical: "top" } } : {}),
  };
}

/** exceljs keeps range rules in `dataValidations` (written as they are), which its typings leave out. */
function addValidation(ws: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation): void {
  (
    ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, rule);
}

/** A–Z: every plan sheet has fewer than 27 columns. */
const columnLetter = (index: number) => String.fromCharCode(65 + index);

function validationOf(column: ColumnSpec, lists: Lists): ExcelJS.DataValidation | undefined {
  const list = (formula: string, strict: boolean): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: strict,
    errorStyle: "warning",
    error: `Chọn một giá trị trong danh sách của cột "${column.header}".`,
  });
  switch (column.kind) {
    case "group":
      return list(lists.group, true);
    case "subdimension":
      return list(lists.subdimension, true);
    case "taskRef":
      return list(lists.taskRef, true);
    case "unit":
      // A unit missing from `Đơn vị` is a warning (UNKNOWN_UNIT), not a refused entry.
      return list(lists.unit, false);
    case "progress":
      return {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [0, 100],
        showErrorMessage: true,
        error: "Tiến độ là số từ 0 đến 100.",
      };
    case "score":
      return {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [1, 10],
        showErrorMessage: true,
        error: "Điểm là số từ 1 đến 10.",
      };
    case "year":
      return {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [2000, 2100],
        showErrorMessage: true,
        error: "Năm gồm 4 chữ số, ví dụ 2019.",
      };
    case "date":
      return {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        error: "Nhập ngày dạng dd/mm/yyyy.",
      };
    default:
      return undefined;
  }
}

function settingsValidation(ws: ExcelJS.Worksheet, lists: Lists): void {
  const row = SETTINGS.findIndex((s) => s.kind === "mode") + 2;
  addValidation(ws, `B${row}`, {
    type: "list",
    allowBlank: true,
    formulae: [lists.mode],
    showErrorMessage: true,
    error: "Chọn cách chốt số liệu trong danh sách.",
  });
  SETTINGS.forEach((s, i) => {
    const cell = ws.getCell(i + 2, 1);
    if (s.hint) cell.note = s.hint;
    if (s.kind === "lines") ws.getCell(i + 2, 2).alignment = { wrapText: true, vertical: "top" };
  });
}
