/** Runs the `papi` command: in this process through its `main` (fast), or as the built program a user runs. */
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { parseDay } from "../../src/core/cells";
import { main } from "../../src/node/cli";

export const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "papi.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command's `main` with its output captured; "today" is 20/04/2020 unless given. */
export async function runMain(args: string[], today = "20/04/2020"): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const day = parseDay(today, "UTC");
  if (!day.ok) throw new Error(`bad test date ${today}`);
  const code = await main(args, {
    out: (t) => out.push(`${t}\n`),
    err: (t) => err.push(`${t}\n`),
    today: () => day.value,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The built `bin/papi.js` as a separate process, as a user would run it. */
export function papi(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export interface PdfText {
  title: string | null;
  pages: {
    width: number;
    height: number;
    items: { str: string; x: number; y: number /** The font size in points. */; height: number }[];
  }[];
}

export function pdfText(file: string): PdfText {
  const json = execFileSync(process.execPath, [join(__dirname, "pdf-text.mjs"), file], { encoding: "utf8" });
  return JSON.parse(json) as PdfText;
}
