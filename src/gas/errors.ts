import { PeriodCodeError } from "../core/engine";

/** A problem the user can act on: shown as it is, in Vietnamese, never with a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** The message to show for any failure: ours as written, Google's prefixed so the user can report it. */
export function messageOf(error: unknown): string {
  // A period the plan cannot report on (bad code, another year) is the user's to fix, said in Vietnamese.
  if (error instanceof UserError || error instanceof PeriodCodeError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi, thao tác chưa hoàn tất và không có gì bị ghi dở: ${text}`;
}
