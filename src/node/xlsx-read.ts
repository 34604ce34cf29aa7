/**
 * Reads an .xlsx file into the core's raw workbook: every sheet's values, as Sheets would hand them back.
 * Files come from Excel, LibreOffice, Google Sheets and openpyxl. exceljs reads all of their data, but
 * trips over some programs' notes (openpyxl puts them at `/xl/comments/comment1.xml`, where exceljs does
 * not look); notes, drawings and printer settings are no data, so a file exceljs refuses is read again
 * without them. A file that still cannot be read gets one line naming the part that failed and what to do.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { withFormat } from "../core/cells";
import type { RawWorkbook } from "../core/table";
import { readInput } from "./files";
import { UsageError } from "./usage-error";

export async function readXlsx(path: string): Promise<RawWorkbook> {
  const workbook = await loadWorkbook(await readInput(path), path);
  return {
    // exceljs gives date cells as midnight UTC of the day shown in Excel (in both date systems).
    timeZone: "UTC",
    sheets: workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws) })),
  };
}

const AGAIN = "Mở tệp bằng Excel, LibreOffice hoặc Google Sheets rồi lưu (tải về) lại dạng .xlsx";

async function loadWorkbook(data: Buffer, path: string): Promise<ExcelJS.Workbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new UsageError(
      `Tệp "${path}" không phải bảng tính Excel (.xlsx): nội dung không phải gói nén của .xlsx. Nếu là tệp .xls, .ods hay .csv: ${AGAIN}.`,
    );
  }
  if (!zip.file("xl/workbook.xml"))
    throw new UsageError(
      `Tệp "${path}" là gói nén nhưng không có phần "xl/workbook.xml", nên không phải bảng tính .xlsx (có thể là .docx hay .zip đổi tên). Hãy chọn đúng tệp bảng tính.`,
    );
  try {
    return await load(data);
  } catch {
    // Retried below without the parts that hold no data.
  }
  try {
    return await load(await withoutExtras(zip));
  } catch (error) {
    const part = (await malformedPart(zip)) ?? partOnStack(error);
    throw new UsageError(
      `Không đọc được tệp "${path}": phần ${part} bị lỗi hoặc viết theo cách chưa đọc được. ${AGAIN}, hoặc chép dữ liệu sang bảng tính mẫu tạo bằng: papi template <tệp.xlsx>.`,
    );
  }
}

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** Parts that hold notes, drawings, images or printer settings: none of them is data. */
const EXTRA_PART =
  /^xl\/(comments|threadedComments|persons|drawings|media|printerSettings|ctrlProps)\b|^xl\/comments\d*\.xml$/i;
const EXTRA_RELATION =
  /\/(comments|vmlDrawing|drawing|image|printerSettings|threadedComment|person|ctrlProp)"/;

async function withoutExtras(zip: JSZip): Promise<Uint8Array> {
  const removed: string[] = [];
  for (const name of Object.keys(zip.files))
    if (EXTRA_PART.test(name)) {
      zip.remove(name);
      removed.push(`/${name}`);
    }
  await rewrite(zip, /^xl\/worksheets\/_rels\/.*\.rels$/, (xml) =>
    xml.replace(/<Relationship\b[^>]*\/>/g, (rel) => (EXTRA_RELATION.test(rel) ? "" : rel)),
  );
  await rewrite(zip, /^xl\/worksheets\/[^/]+\.xml$/, (xml) =>
    xml.replace(/<(?:\w+:)?(?:legacyDrawing|legacyDrawingHF|drawing|picture)\b[^>]*\/>/g, ""),
  );
  await rewrite(zip, /^\[Content_Types\]\.xml$/, (xml) =>
    xml.replace(/<Override\b[^>]*PartName="([^"]+)"[^>]*\/>/g, (o, part: string) =>
      removed.includes(part) ? "" : o,
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

async function rewrite(zip: JSZip, names: RegExp, edit: (xml: string) => string): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => names.test(n))) {
    const file = zip.file(name);
    if (file) zip.file(name, edit(await file.async("string")));
  }
}

/** What each part holds, in the user's words. */
function describe(part: string): string {
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(part);
  if (sheet) return `"${part}" (trang tính thứ ${sheet[1]})`;
  const known: Record<string, string> = {
    "xl/sharedStrings.xml": "chữ dùng chung của các ô",
    "xl/styles.xml": "định dạng ô",
    "xl/workbook.xml": "danh sách trang",
    "[Content_Types].xml": "mục lục của gói",
  };
  return known[part] ? `"${part}" (${known[part]})` : `"${part}"`;
}

/** The first XML part that is not well-formed, if any: checked only after exceljs failed. */
async function malformedPart(zip: JSZip): Promise<string | undefined> {
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const parser = new SaxesParser();
    try {
      parser.write(xml).close();
    } catch {
      return describe(name);
    }
  }
  return undefined;
}

/** Which part exceljs was reading when a well-formed file failed, from the module names on its stack. */
function partOnStack(error: unknown): string {
  const stack = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  const parts: [RegExp, string][] = [
    [/shared-string/i, describe("xl/sharedStrings.xml")],
    [/styles?-xform|style-manager/i, describe("xl/styles.xml")],
    [/worksheet|sheet-xform|cell-xform|row-xform/i, '"xl/worksheets/…" (nội dung một trang tính)'],
    [/workbook/i, describe("xl/workbook.xml")],
  ];
  return parts.find(([pattern]) => pattern.test(stack))?.[1] ?? "cấu trúc bên trong";
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

/**
 * Formulas give their cached result, rich text and links their text, errors their code (e.g. `#REF!`). A
 * formula saved without its result (openpyxl keeps formulas but never computes them) gives its own text,
 * `=25*2`, so the checker names it instead of calling the cell empty.
 */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date || typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const { result, formula } = value as { result?: ExcelJS.CellValue; formula?: string };
    if (result === undefined || result === null) return formula ? `=${formula}` : "";
    return plainValue(result);
  }
  if ("text" in value)
    return typeof value.text === "string" ? value.text : plainValue(value.text as ExcelJS.CellValue);
  return "";
}
