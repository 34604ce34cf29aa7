/**
 * The chart of the `Điểm PAPI` sheet (docs/workbook.md, "PAPI scores"): dimensions × the years the report shows, made by the
 * report's own batch. The sheet holds one row per year and dimension, which no chart can read, so the
 * chart reads a small table of the same numbers that the add-on writes to the right of what staff typed.
 * Each report replaces the previous table and chart: the chart has a fixed id, and the table starts with
 * a mark the next report looks for. Nothing here calls a service.
 */

import { SCORES } from "../core/schema";
import {
  CHART_DATA_COLS,
  CHART_DATA_MARK,
  CHART_DATA_ROWS,
  chartData,
  type ScoresSummary,
} from "../core/scores";
import { findSheet } from "../core/table";
import type { Book } from "./book";
import { sheetOf } from "./book";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

/**
 * The id of the add-on's chart on `Điểm PAPI`: ids are the spreadsheet's own, and the API takes the one
 * given (spreadsheets/request#AddChartRequest), so the next report knows which chart to replace.
 */
export const SCORES_CHART_ID = 720_200_011;
export const SCORES_CHART_TITLE = "Điểm Chỉ số PAPI theo lĩnh vực";
/** Rows between the table and the chart under it. */
const GAP_ROWS = 1;

/** The requests that (re)draw the chart; none without scores or without room on the sheet. */
export function scoresChartRequests(book: Book, summary: ScoresSummary | null): Request[] {
  const meta = sheetOf(book, SCORES.name);
  const rows = findSheet(book.workbook, SCORES.name)?.rows ?? [];
  if (!summary || !meta) return [];
  const old = findMark(rows);
  // One blank column between what staff typed and the table; the table's own old cells do not count.
  const left = usedWidth(rows, old) + 1;
  const chartRow = CHART_DATA_ROWS + GAP_ROWS;
  if (left + CHART_DATA_COLS > meta.columnCount || chartRow >= meta.rowCount) return [];
  const sheetId = meta.id;
  const cells = (values: (string | number)[][]) =>
    values.map((row) => ({
      values: row.map((v) =>
        v === "" ? {} : { userEnteredValue: typeof v === "number" ? { numberValue: v } : { stringValue: v } },
      ),
    }));
  const blank = Array.from({ length: CHART_DATA_ROWS }, () => Array(CHART_DATA_COLS).fill(""));
  const column = (c: number): GridRange => ({
    sheetId,
    startRowIndex: 1,
    endRowIndex: CHART_DATA_ROWS,
    startColumnIndex: left + c,
    endColumnIndex: left + c + 1,
  });
  return [
    ...(old
      ? [
          {
            updateCells: {
              start: { sheetId, rowIndex: old.row, columnIndex: old.col },
              rows: cells(blank),
              fields: "userEnteredValue",
            },
          },
        ]
      : []),
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: left },
        rows: cells(chartData(summary)),
        fields: "userEnteredValue",
      },
    },
    ...book.sheets
      .filter((s) => s.chartIds.includes(SCORES_CHART_ID))
      .map((): Request => ({ deleteEmbeddedObject: { objectId: SCORES_CHART_ID } })),
    {
      addChart: {
        chart: {
          chartId: SCORES_CHART_ID,
          spec: {
            title: SCORES_CHART_TITLE,
            basicChart: {
              chartType: "BAR",
              legendPosition: "BOTTOM_LEGEND",
              // viewWindowOptions is in the v4 reference (BasicChartAxis) but not in @types.
              axis: [
                {
                  position: "BOTTOM_AXIS",
                  viewWindowOptions: { viewWindowMode: "EXPLICIT", viewWindowMin: 0, viewWindowMax: 10 },
                } as GoogleAppsScript.Sheets.Schema.BasicChartAxis,
              ],
              domains: [{ domain: { sourceRange: { sources: [column(0)] } } }],
              series: summary.years.map((_, i) => ({
                series: { sourceRange: { sources: [column(i + 1)] } },
                targetAxis: "BOTTOM_AXIS",
              })),
              // The first row of each range is its name: "Năm 2019".
              headerCount: 1,
            },
          },
          position: {
            overlayPosition: {
              anchorCell: { sheetId, rowIndex: chartRow, columnIndex: left },
              offsetXPixels: 0,
              offsetYPixels: 0,
              widthPixels: 640,
              heightPixels: 420,
            },
          },
        },
      },
    },
  ];
}

/** The 0-based cell holding the mark of the table a report wrote before, if any. */
function findMark(rows: unknown[][]): { row: number; col: number } | undefined {
  for (let r = 0; r < rows.length; r++) {
    const c = (rows[r] ?? []).indexOf(CHART_DATA_MARK);
    if (c >= 0) return { row: r, col: c };
  }
  return undefined;
}

/** How many columns hold anything staff typed: every cell with a value, outside the old table. */
function usedWidth(rows: unknown[][], old: { row: number; col: number } | undefined): number {
  const inOld = (r: number, c: number) =>
    old !== undefined &&
    r >= old.row &&
    r < old.row + CHART_DATA_ROWS &&
    c >= old.col &&
    c < old.col + CHART_DATA_COLS;
  let width = 0;
  rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= width; c--)
      if (row[c] !== "" && row[c] !== null && row[c] !== undefined && !inOld(r, c)) {
        width = c + 1;
        break;
      }
  });
  return width;
}
