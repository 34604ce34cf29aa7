/** Runs a user action: any failure is logged in `Nhật ký` and turned into a clear Vietnamese message. */

import type { Outcome } from "../core/sidebar-api";
import { messageOf } from "./errors";
import { appendLog, RESULT_FAILED } from "./log";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { Outcome };

export function runAction<T>(
  ss: Spreadsheet,
  action: string,
  period: string | undefined,
  work: () => T,
): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    const message = messageOf(error);
    try {
      appendLog(ss, { action, period, result: `${RESULT_FAILED}: ${message}` });
    } catch {
      // The failure itself is what the user must see; a log that cannot be written must not hide it.
    }
    return { ok: false, message };
  }
}
