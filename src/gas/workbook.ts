/** Reads the plan's sheets with one getValues() each, as the core expects them. */
import type { Settings } from "../core/plan";
import { PLAN_SHEETS, SETTINGS_SHEET } from "../core/schema";
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
    .map(({ sheet, name }) => ({ name, rows: sheet.getDataRange().getValues() }));
  return { sheets, timeZone: zoneOf(ss) };
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
