/** The embedded example plan as sheet rows in the layout of the schema, for the template and the demo. */
import { parseDay } from "../core/cells";
import { type Day, utcDate } from "../core/day";
import { rowsOf, settingsRows } from "../core/rows";
import { NARRATIVES, SCORES, SETTINGS_SHEET, TASKS, UNITS, UPDATES } from "../core/schema";
import type { RawSheet, RawWorkbook } from "../core/table";
import {
  SAMPLE_NARRATIVES,
  SAMPLE_SCORES,
  SAMPLE_SETTINGS,
  SAMPLE_TASKS,
  SAMPLE_UNITS,
  SAMPLE_UPDATES,
} from "./sample-data";

export interface SampleOptions {
  /** How a day becomes a cell: a Date at midnight UTC for .xlsx, at midnight in the sheet's zone for Sheets. */
  dateCell: (day: Day) => unknown;
  timeZone: string;
}

const XLSX_DATES: SampleOptions = { dateCell: utcDate, timeZone: "UTC" };

/** Text dates of the sample become date cells, as a user typing them in a sheet would get. */
function dateOrText(text: string, options: SampleOptions): unknown {
  if (!/^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/.test(text)) return text;
  const parsed = parseDay(text, options.timeZone);
  return parsed.ok ? options.dateCell(parsed.value) : text;
}

export function sampleSheets(options: SampleOptions = XLSX_DATES): RawSheet[] {
  const settings = Object.fromEntries(
    Object.entries(SAMPLE_SETTINGS).map(([key, value]) => [key, dateOrText(value, options)]),
  );
  return [
    { name: SETTINGS_SHEET.name, rows: settingsRows(settings) },
    {
      name: TASKS.name,
      rows: rowsOf(
        TASKS,
        SAMPLE_TASKS.map((t) => ({ ...t, deadline: dateOrText(t.deadline, options) })),
      ),
    },
    {
      name: UPDATES.name,
      rows: rowsOf(
        UPDATES,
        SAMPLE_UPDATES.map((u) => ({ ...u, date: dateOrText(u.date, options) })),
      ),
    },
    { name: NARRATIVES.name, rows: rowsOf(NARRATIVES, SAMPLE_NARRATIVES) },
    { name: UNITS.name, rows: rowsOf(UNITS, SAMPLE_UNITS) },
    { name: SCORES.name, rows: rowsOf(SCORES, SAMPLE_SCORES) },
  ];
}

export function sampleWorkbook(options: SampleOptions = XLSX_DATES): RawWorkbook {
  return { sheets: sampleSheets(options), timeZone: options.timeZone };
}
