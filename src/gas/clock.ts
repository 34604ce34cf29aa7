/**
 * Apps Script stops a run at 6 minutes wherever it is (developers.google.com/apps-script/guides/services/quotas,
 * "Script runtime"). Long actions (generate, export, send, reminders) look at their elapsed time between
 * steps and stop themselves before 5 minutes 30 seconds, at a point where nothing is half written,
 * saying what is done and what to do.
 */
import { UserError } from "./errors";

/** Where a run stops itself: half a minute before Google would stop it. */
export const TIME_LIMIT_MS = 330_000;

/** Milliseconds since some start; the real one is Date.now, a test's is fake. */
export interface Clock {
  now(): number;
}

export const SYSTEM_CLOCK: Clock = { now: () => Date.now() };

/** A run out of time, stopped cleanly: its message says what is done and what to do. */
export class OutOfTime extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "OutOfTime";
  }
}

/** The time a run has, from when it started. */
export class Deadline {
  private readonly start: number;

  constructor(
    private readonly clock: Clock = SYSTEM_CLOCK,
    private readonly limitMs = TIME_LIMIT_MS,
  ) {
    this.start = clock.now();
  }

  passed(): boolean {
    return this.clock.now() - this.start >= this.limitMs;
  }

  /** Throws OutOfTime with `message` (what is done, what to do) once the time is up. */
  stopIfLate(message: () => string): void {
    if (this.passed())
      throw new OutOfTime(`Đã gần hết 6 phút Google cho mỗi lần chạy, nên PAPI dừng lại. ${message()}`);
  }
}
