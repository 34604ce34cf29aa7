/** Runs the built `papi` command as a separate process, as a user would. */
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "papi.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

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
  pages: { width: number; height: number; items: { str: string; x: number; y: number }[] }[];
}

export function pdfText(file: string): PdfText {
  const json = execFileSync(process.execPath, [join(__dirname, "pdf-text.mjs"), file], { encoding: "utf8" });
  return JSON.parse(json) as PdfText;
}
