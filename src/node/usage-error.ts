/** A mistake of the user's (a missing file, a wrong option): shown as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What ends a message that sends the reader to the help. */
export const SEE_HELP = "Xem: papi --help";

/**
 * The one style of every line after `Lỗi:`: on one line, starting in lower case (the core's messages are
 * whole sentences, shown as they are in Sheets) and ending with a full stop or with the help's pointer.
 */
export function errorLine(message: string): string {
  const line = message.replace(/\s*\n\s*/g, " ").trim();
  const [first = "", second = ""] = [...line];
  const lower =
    first !== first.toLowerCase() && second === second.toLowerCase() && second !== second.toUpperCase()
      ? first.toLowerCase() + line.slice(first.length)
      : line;
  return /[.?!]$/.test(lower) || lower.endsWith(SEE_HELP) ? lower : `${lower}.`;
}
