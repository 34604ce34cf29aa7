/**
 * The command line of `papi`: options and commands are tables, so adding one is adding a row. Every mistake
 * is a UsageError with one Vietnamese line (node:util's parseArgs speaks English and lets an option repeat).
 */
import { SEE_HELP, UsageError } from "./usage-error";

export interface OptionSpec {
  /** The value's name in the help (e.g. `kỳ`); absent for a flag. */
  value?: string;
  /** An example value, shown when the value is missing. */
  example?: string;
}

/** A flag is true when given; an option with a value is its text. */
export type ValuesOf<T extends Record<string, OptionSpec>> = {
  [K in keyof T]?: T[K] extends { value: string } ? string : true;
};

export interface CommandLine<T extends Record<string, OptionSpec>> {
  positionals: string[];
  values: ValuesOf<T>;
  /** Each option as the user typed it (`--period`), in order, to check it against the command. */
  given: (keyof T & string)[];
}

/** Splits argv into positionals and options, refusing unknown, repeated and value-less options. */
export function parseCommandLine<T extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: T,
  shorts: Record<string, keyof T & string> = {},
): CommandLine<T> {
  const positionals: string[] = [];
  const values: Record<string, string | true> = {};
  const given: (keyof T & string)[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? "";
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith("-") || token === "-") {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const written = eq > 0 ? token.slice(0, eq) : token;
    const name = written.startsWith("--") ? written.slice(2) : shorts[written.slice(1)];
    if (name === undefined || !Object.hasOwn(options, name))
      throw unknownOption(written, Object.keys(options));
    const spec = options[name] as OptionSpec;
    if (Object.hasOwn(values, name))
      throw new UsageError(`tùy chọn "--${name}" được ghi hai lần; chỉ ghi một lần.`);
    given.push(name);
    if (spec.value === undefined) {
      if (eq > 0)
        throw new UsageError(
          `tùy chọn "--${name}" không nhận giá trị (bỏ "${token.slice(eq)}"). ${SEE_HELP}`,
        );
      values[name] = true;
      continue;
    }
    const value = eq > 0 ? token.slice(eq + 1) : argv[i + 1];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("-")))
      throw new UsageError(
        `tùy chọn "--${name}" cần ${spec.value}${spec.example ? `, ví dụ --${name} ${spec.example}` : ""}. ${SEE_HELP}`,
      );
    values[name] = value;
    if (eq < 0) i++;
  }
  return { positionals, values: values as ValuesOf<T>, given };
}

/** Refuses an option the command does not take (`validate --period`). */
export function allowOnly(command: string, given: readonly string[], allowed: readonly string[]): void {
  const other = given.find((name) => !allowed.includes(name));
  if (other === undefined) return;
  const takes = allowed.length > 0 ? ` (lệnh này nhận: ${allowed.map((a) => `--${a}`).join(", ")})` : "";
  throw new UsageError(`lệnh "${command}" không nhận tùy chọn "--${other}"${takes}. ${SEE_HELP}`);
}

function unknownOption(written: string, names: string[]): UsageError {
  const typed = written.replace(/^-+/, "");
  const near = nearest(typed, names);
  const hint = near ? ` Có phải ý bạn là "--${near}"?` : "";
  return new UsageError(`không có tùy chọn "${written}".${hint} ${SEE_HELP}`);
}

/** The name closest to what was typed, when it is at most 2 edits away (`valdate` → `validate`). */
export function nearest(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = distance(name, typed.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Levenshtein distance, for the "did you mean" hint of a mistyped option or command. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}
