/** Reads an .xlsx file into the core's raw workbook: every sheet's values, as Sheets would hand them back. */
import ExcelJS from "exceljs";
import { withFormat } from "../core/cells";
import type { RawWorkbook } from "../core/table";
import { readInput } from "./files";
import { UsageError } from "./usage-error";

export async function readXlsx(path: string): Promise<RawWorkbook> {
  const data = await readInput(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UsageError(`Tệp "${path}" không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.`);
  }
  return {
    // exceljs gives date cells as midnight UTC of the day shown in Excel.
    timeZone: "UTC",
    sheets: workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws) })),
  };
}

function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A number in a percent-formatted cell is a fraction (`100%` is stored as 1).
      values[col - 1] = withFormat(plainValue(cell.value), cell.numFmt);
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? "");
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Formulas give their cached result, rich text and links their text, errors their code (e.g. `#REF!`). */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date || typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as { result?: ExcelJS.CellValue }).result ?? "");
  if ("text" in value)
    return typeof value.text === "string" ? value.text : plainValue(value.text as ExcelJS.CellValue);
  return "";
}
