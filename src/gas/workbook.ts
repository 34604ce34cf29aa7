/** Reads the plan's sheets with one getValues() each, as the core expects them. */

import { withFormat } from "../core/cells";
import type { Settings } from "../core/plan";
import { PLAN_SHEETS, SETTINGS_SHEET, UPDATES } from "../core/schema";
import { readSettings } from "../core/settings";
import type { RawWorkbook } from "../core/table";
import { normalizeKey } from "../core/text";
import { zoneOf } from "./context";

export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const wanted = new Set(PLAN_SHEETS.map((s) => normalizeKey(s.name)));
  const sheets = ss
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter(({ name }) => wanted.has(normalizeKey(name)))
    .map(({ sheet, name }) => ({
      name,
      rows: sheetValues(sheet.getDataRange(), normalizeKey(name) === progressSheet),
    }));
  return { sheets, timeZone: zoneOf(ss) };
}

const progressSheet = normalizeKey(UPDATES.name);

/**
 * A sheet's values. In `Tiến độ` a number in a percent-formatted cell is a fraction (typing `100%` stores 1),
 * so that sheet's number formats are read too (one more call); the other sheets hold no progress.
 */
function sheetValues(range: GoogleAppsScript.Spreadsheet.Range, withFormats: boolean): unknown[][] {
  const values = range.getValues();
  if (!withFormats) return values;
  const formats = range.getNumberFormats();
  return values.map((row, r) => row.map((value, c) => withFormat(value, formats[r]?.[c])));
}

/** A plan sheet by the schema's name, tolerant of case and Unicode form like the checker. */
export function planSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet | undefined {
  const key = normalizeKey(name);
  return ss.getSheets().find((s) => normalizeKey(s.getName()) === key);
}

/** The settings alone, from one read of `Cấu hình`: for actions that need nothing else. */
export function readSettingsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const sheet = planSheet(ss, SETTINGS_SHEET.name);
  const raw = sheet ? { name: sheet.getName(), rows: sheet.getDataRange().getValues() } : undefined;
  return readSettings(raw, zoneOf(ss)).settings;
}
