/**
 * The `Nhật ký` row of an action as Sheets API requests, so it lands in the same atomic batch as
 * the report it records: both or neither. A missing log sheet is created as appendLog creates it.
 */
import { LOG } from "../core/schema";
import { normalizeKey } from "../core/text";
import type { LogEntry } from "./log";
import type { SheetMeta } from "./read-api";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;

const LOG_NOTE = "Nhật ký do PAPI ghi tự động; không nên sửa tay.";

/** Text cells, never parsed: a link or a name starting with "=" stays text. */
function textRow(texts: string[], bold = false): RowData {
  return {
    values: texts.map((t) => ({
      userEnteredValue: { stringValue: t },
      userEnteredFormat: { numberFormat: { type: "TEXT" }, ...(bold ? { textFormat: { bold: true } } : {}) },
    })),
  };
}

export function logRequests(
  sheets: SheetMeta[],
  entry: LogEntry & { time: string; user: string },
  newSheetId: number,
): Request[] {
  const row: Record<string, string> = {
    time: entry.time,
    user: entry.user,
    action: entry.action,
    period: entry.period ?? "",
    link: entry.link ?? "",
    recipients: entry.recipients ?? "",
    result: entry.result,
  };
  const line = textRow(LOG.columns.map((c) => row[c.key] ?? ""));
  const existing = sheets.find((s) => normalizeKey(s.title) === normalizeKey(LOG.name));
  if (existing)
    return [
      { appendCells: { sheetId: existing.id, rows: [line], fields: "userEnteredValue,userEnteredFormat" } },
    ];
  const sheetId = newSheetId;
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title: LOG.name,
          gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
        },
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [
          textRow(
            LOG.columns.map((c) => c.header),
            true,
          ),
          line,
        ],
        fields: "userEnteredValue,userEnteredFormat",
      },
    },
    ...LOG.columns.map((c, i) => ({
      updateDimensionProperties: {
        range: { sheetId, dimension: "COLUMNS", startIndex: i, endIndex: i + 1 },
        properties: { pixelSize: c.width },
        fields: "pixelSize",
      },
    })),
    {
      addProtectedRange: { protectedRange: { range: { sheetId }, description: LOG_NOTE, warningOnly: true } },
    },
  ];
}
