/** The spreadsheet being worked on, its time zone, today there and who is working. */
import { type Day, dayOfDate } from "../core/day";

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function zoneOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || "Asia/Ho_Chi_Minh";
}

export function todayIn(timeZone: string): Day {
  return dayOfDate(new Date(), timeZone) ?? 0;
}

/** The user's e-mail; empty for consumer accounts that do not share it with the script. */
export function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "(không rõ)";
}

export function stamp(timeZone: string, pattern: string): string {
  return Utilities.formatDate(new Date(), timeZone, pattern);
}
