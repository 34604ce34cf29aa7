/**
 * A core grid as Sheets API requests: a new sheet sized to the grid, its values, formats, borders,
 * merges, sizes, frozen rows, protection and chart. Nothing here calls a service: generate sends
 * these requests in as few batchUpdates as their bytes allow, so their count does not matter.
 * Values go in as stringValue/numberValue, which Sheets never parses, so "=…", "+84…" or "-" stay
 * what the user typed.
 */
import { PAGE } from "../core/document";
import { pointsToPixels } from "../core/export";
import type { CellStyle, GridCell, GridSheet, Rect } from "../core/grid";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

export const CHART_TITLE = "Tỷ lệ hoàn thành nhiệm vụ theo lĩnh vực (%)";
export const PROTECTION_NOTE = "Báo cáo do PAPI tạo từ dữ liệu; sửa ở đây sẽ mất khi tạo lại báo cáo.";
/** Sheets' smallest sensible row; the grid may ask for less on an empty spacer row. */
const MIN_ROW_PT = 12;
/** The PAPI dimensions charted from the summary table's first rows. */
const DIMENSIONS = 8;

/**
 * Every request that builds `grid` as a new hidden sheet `title` with id `sheetId`, at the end of the
 * tabs: hidden, so a report built over several batches stays out of sight until it is swapped in.
 */
export function sheetRequests(grid: GridSheet, sheetId: number, title: string): Request[] {
  const rows = grid.cells.length;
  const cols = grid.columnWidths.length;
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title,
          hidden: true,
          gridProperties: {
            rowCount: rows,
            columnCount: cols,
            hideGridlines: true,
            ...(grid.repeatRows ? { frozenRowCount: grid.repeatRows.last } : {}),
          },
        },
      },
    },
    ...formatRequests(grid, sheetId),
    valuesRequest(grid, sheetId),
    ...grid.borders.map((r) => bordersRequest(sheetId, r, true)),
    ...grid.rules.map((r) => bordersRequest(sheetId, r, false)),
    ...mergeRequests(grid, sheetId),
    ...sizeRequests(
      sheetId,
      "COLUMNS",
      grid.columnWidths.map((w) => pointsToPixels(w)),
    ),
    ...sizeRequests(
      sheetId,
      "ROWS",
      grid.rowHeights.map((h) => pointsToPixels(Math.max(h, MIN_ROW_PT))),
    ),
    {
      addProtectedRange: {
        protectedRange: { range: { sheetId }, description: PROTECTION_NOTE, warningOnly: true },
      },
    },
  ];
}

function gridRange(sheetId: number, r: Rect): GridRange {
  return {
    sheetId,
    startRowIndex: r.row - 1,
    endRowIndex: r.row - 1 + r.rows,
    startColumnIndex: r.col - 1,
    endColumnIndex: r.col - 1 + r.cols,
  };
}

/** One row per grid row; empty cells at a row's end are left out (the sheet is new, so already empty). */
function valuesRequest(grid: GridSheet, sheetId: number): Request {
  const rows = grid.cells.map((row) => {
    let last = row.length;
    while (last > 0 && row[last - 1]?.value === "") last--;
    return last === 0 ? {} : { values: row.slice(0, last).map(cellValue) };
  });
  return {
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows,
      fields: "userEnteredValue",
    },
  };
}

function cellValue(cell: GridCell): GoogleAppsScript.Sheets.Schema.CellData {
  if (typeof cell.value === "number") return { userEnteredValue: { numberValue: cell.value } };
  return cell.value === "" ? {} : { userEnteredValue: { stringValue: cell.value } };
}

/** A cell's format as Sheets stores it: text as text ("@"), numbers as whole numbers or as the grid says. */
function formatOf(style: CellStyle, numeric: boolean): CellFormat {
  return {
    numberFormat: numeric ? { type: "NUMBER", pattern: style.numberFormat ?? "0" } : { type: "TEXT" },
    ...(style.fill ? { backgroundColorStyle: { rgbColor: rgbOf(style.fill) } } : {}),
    horizontalAlignment: (style.align === "justify" ? "left" : style.align).toUpperCase(),
    verticalAlignment: style.valign.toUpperCase(),
    wrapStrategy: style.wrap ? "WRAP" : "OVERFLOW_CELL",
    textFormat: { fontFamily: PAGE.font, fontSize: style.size, bold: style.bold, italic: style.italic },
  };
}

function rgbOf(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/**
 * Formats written once each: the commonest format over the whole grid, then each other format over
 * the blocks of cells that share it (a column's run of rows, widened over neighbouring columns with
 * the same run), so ten thousand table rows cost a few requests, not one format per cell.
 */
function formatRequests(grid: GridSheet, sheetId: number): Request[] {
  const keys = grid.cells.map((row) => row.map((c) => formatKey(c)));
  const counts = new Map<string, number>();
  for (const row of keys) for (const k of row) counts.set(k, (counts.get(k) ?? 0) + 1);
  const base = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (base === undefined) return [];
  const rows = grid.cells.length;
  const cols = grid.columnWidths.length;
  const blocks: (Rect & { key: string })[] = [];
  /** Runs of the column before, by "start:end:key", to widen instead of repeating them. */
  let previous = new Map<string, Rect & { key: string }>();
  for (let c = 0; c < cols; c++) {
    const current = new Map<string, Rect & { key: string }>();
    let r = 0;
    while (r < rows) {
      const key: string = keys[r]?.[c] ?? base;
      let end = r + 1;
      while (end < rows && keys[end]?.[c] === key) end++;
      if (key !== base) {
        const id = `${r}:${end}:${key}`;
        const left = previous.get(id);
        if (left && left.col + left.cols === c + 1) {
          left.cols++;
          current.set(id, left);
        } else {
          const block = { row: r + 1, col: c + 1, rows: end - r, cols: 1, key };
          blocks.push(block);
          current.set(id, block);
        }
      }
      r = end;
    }
    previous = current;
  }
  const repeat = (range: GridRange, key: string): Request => ({
    repeatCell: { range, cell: { userEnteredFormat: JSON.parse(key) }, fields: "userEnteredFormat" },
  });
  return [
    repeat(gridRange(sheetId, { row: 1, col: 1, rows, cols }), base),
    ...blocks.map((b) => repeat(gridRange(sheetId, b), b.key)),
  ];
}

function formatKey(cell: GridCell): string {
  return JSON.stringify(formatOf(cell.style, typeof cell.value === "number"));
}

/** Thin black lines on every cell of a table, or only over a rule's cells. */
function bordersRequest(sheetId: number, r: Rect, table: boolean): Request {
  const line = { style: "SOLID", colorStyle: { rgbColor: { red: 0, green: 0, blue: 0 } } };
  return {
    updateBorders: {
      range: gridRange(sheetId, r),
      top: line,
      ...(table ? { bottom: line, left: line, right: line, innerHorizontal: line, innerVertical: line } : {}),
    },
  };
}

/** Merges one row high and alike on consecutive rows go as one MERGE_ROWS request. */
function mergeRequests(grid: GridSheet, sheetId: number): Request[] {
  const requests: Request[] = [];
  const sorted = [...grid.merges].sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  let run: Rect | null = null;
  const flush = () => {
    if (!run) return;
    requests.push({
      mergeCells: { range: gridRange(sheetId, run), mergeType: run.rows > 1 ? "MERGE_ROWS" : "MERGE_ALL" },
    });
    run = null;
  };
  for (const m of sorted) {
    if (m.rows !== 1) {
      flush();
      requests.push({ mergeCells: { range: gridRange(sheetId, m), mergeType: "MERGE_ALL" } });
      continue;
    }
    const r: Rect | null = run;
    if (r && r.col === m.col && r.cols === m.cols && r.row + r.rows === m.row) r.rows++;
    else {
      flush();
      run = { ...m };
    }
  }
  flush();
  return requests;
}

/**
 * Sizes in as few requests as the sizes allow: the commonest size over the whole dimension, then
 * one request per run of equal other sizes.
 */
function sizeRequests(sheetId: number, dimension: "ROWS" | "COLUMNS", sizes: number[]): Request[] {
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (common === undefined) return [];
  const request = (startIndex: number, endIndex: number, pixelSize: number): Request => ({
    updateDimensionProperties: {
      range: { sheetId, dimension, startIndex, endIndex },
      properties: { pixelSize },
      fields: "pixelSize",
    },
  });
  const requests = [request(0, sizes.length, common)];
  let i = 0;
  while (i < sizes.length) {
    const size: number = sizes[i] ?? common;
    let end = i + 1;
    while (end < sizes.length && sizes[end] === size) end++;
    if (size !== common) requests.push(request(i, end, size));
    i = end;
  }
  return requests;
}

/**
 * A bar chart of the summary table's completion rate by dimension. It floats over the sheet from
 * the table's top right cell, shifted right by that column's width, so it sits beside the printed
 * area while its anchor stays inside the grid (the API refuses an anchor past the last column).
 */
export function chartRequest(grid: GridSheet, sheetId: number): Request[] {
  // The summary is the table as wide as the grid: the PAPI scores' table before it is narrower.
  const table = grid.borders.find((b) => b.cols === grid.columnWidths.length);
  if (!table) return [];
  const first = table.row; // 0-based index of the first row under the header
  const lastCol = grid.columnWidths.length - 1;
  // 0-based grid columns of the dimension names (the table's 2nd column) and the rates (its last).
  const labels = (grid.tableColumns[1] ?? 2) - 1;
  const values = (grid.tableColumns[grid.tableColumns.length - 1] ?? lastCol + 1) - 1;
  const column = (c: number): GridRange => ({
    sheetId,
    startRowIndex: first,
    endRowIndex: first + DIMENSIONS,
    startColumnIndex: c,
    endColumnIndex: c + 1,
  });
  return [
    {
      addChart: {
        chart: {
          spec: {
            title: CHART_TITLE,
            basicChart: {
              chartType: "BAR",
              legendPosition: "NO_LEGEND",
              // viewWindowOptions is in the v4 reference (BasicChartAxis) but not in @types.
              axis: [
                {
                  position: "BOTTOM_AXIS",
                  viewWindowOptions: { viewWindowMode: "EXPLICIT", viewWindowMin: 0, viewWindowMax: 100 },
                } as GoogleAppsScript.Sheets.Schema.BasicChartAxis,
              ],
              domains: [{ domain: { sourceRange: { sources: [column(labels)] } } }],
              series: [{ series: { sourceRange: { sources: [column(values)] } }, targetAxis: "BOTTOM_AXIS" }],
              headerCount: 0,
            },
          },
          position: {
            overlayPosition: {
              anchorCell: { sheetId, rowIndex: table.row - 1, columnIndex: lastCol },
              offsetXPixels: pointsToPixels(grid.columnWidths[lastCol] ?? 0) + 24,
              offsetYPixels: 0,
            },
          },
        },
      },
    },
  ];
}
