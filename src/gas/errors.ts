import { PeriodCodeError } from "../core/engine";

/** A problem the user can act on: shown as it is, in Vietnamese, never with a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * A step the add-on declined on purpose (a period already sent, not confirmed again): shown like any
 * UserError, but logged as what it is, `result`, not as a failure.
 */
export class Declined extends UserError {
  constructor(
    message: string,
    readonly result: string,
  ) {
    super(message);
    this.name = "Declined";
  }
}

/** The message to show for any failure: ours as written, Google's prefixed so the user can report it. */
export function messageOf(error: unknown): string {
  // A period the plan cannot report on (bad code, another year) is the user's to fix, said in Vietnamese.
  if (error instanceof UserError || error instanceof PeriodCodeError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi, thao tác chưa hoàn tất và không có gì bị ghi dở: ${text}`;
}
