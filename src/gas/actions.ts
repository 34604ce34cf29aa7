/** Runs a user action: any failure is logged in `Nhật ký` and turned into a clear Vietnamese message. */
import type { Outcome } from "../core/sidebar-api";
import { activeSpreadsheet } from "./context";
import { Declined, messageOf } from "./errors";
import { appendLog, RESULT_FAILED } from "./log";
import { requireScopes, SCOPE, ScopesMissing } from "./scopes";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

export type { Outcome };

/** For the sidebar: the value, or the message, with the failure logged. */
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
    logFailure(ss, action, period, message, error);
    return { ok: false, message };
  }
}

/**
 * For the sidebar: the scopes `needs` checked first (scopes.ts), then the action run on the active
 * spreadsheet like runAction. A missing scope is answered before anything is opened or written.
 */
export function sidebarAction<T>(
  action: string,
  period: string | undefined,
  needs: readonly string[],
  work: (ss: Spreadsheet) => T,
): Outcome<T> {
  try {
    requireScopes(needs);
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
  const ss = activeSpreadsheet();
  return runAction(ss, action, period, () => work(ss));
}

/**
 * For a menu item: everything, even getting the spreadsheet and its UI, runs guarded, so whatever
 * fails, the user sees a message and `Nhật ký` has the failure. `work` returns the message to show
 * on success (or null for none) and may set `context.period` once it knows it. The scopes `needs` (and
 * the dialogs' own) are checked before anything else: a missing one is said, never logged.
 */
export function fromMenu(
  title: string,
  action: string,
  needs: readonly string[],
  work: (ss: Spreadsheet, ui: Ui, context: { period?: string }) => string | null,
): void {
  const context: { period?: string } = {};
  let ss: Spreadsheet | undefined;
  let ui: Ui | undefined;
  try {
    requireScopes([...needs, SCOPE.ui]);
    ss = activeSpreadsheet();
    ui = SpreadsheetApp.getUi();
    const message = work(ss, ui, context);
    if (message !== null) ui.alert(title, message, ui.ButtonSet.OK);
  } catch (error) {
    const message = messageOf(error);
    if (error instanceof ScopesMissing) {
      // Without the dialogs' scope Apps Script shows the thrown message itself.
      if (error.missing.includes(SCOPE.ui)) throw error;
      const shown = SpreadsheetApp.getUi();
      shown.alert(title, message, shown.ButtonSet.OK);
      return;
    }
    try {
      logFailure(ss ?? activeSpreadsheet(), action, context.period, message, error);
      const shown = ui ?? SpreadsheetApp.getUi();
      shown.alert(title, message, shown.ButtonSet.OK);
    } catch {
      // Nothing more can be done from here; Apps Script shows the original error itself.
      throw error;
    }
  }
}

/** The failure in `Nhật ký`; a step declined on purpose (errors.ts, Declined) as what it is. */
function logFailure(
  ss: Spreadsheet,
  action: string,
  period: string | undefined,
  message: string,
  error: unknown,
): void {
  if (error instanceof ScopesMissing) return;
  const result = error instanceof Declined ? error.result : `${RESULT_FAILED}: ${message}`;
  try {
    appendLog(ss, { action, period, result });
  } catch {
    // The failure itself is what the user must see; a log that cannot be written must not hide it.
  }
}
