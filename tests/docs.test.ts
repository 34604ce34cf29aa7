/**
 * The documentation a new user reads first stays true: README's help block is what `papi --help` prints,
 * the JSON examples of docs/workbook.md are what the command prints, and nothing points outside the
 * repository (a clone has nothing beside it).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runMain } from "./support/cli";
import { sampleWithBadProgress, sampleXlsx } from "./support/doc-examples";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const README = read("README.md");
const WORKBOOK = read("docs/workbook.md");

/** The fenced block that follows `marker` in `text`. */
function blockAfter(text: string, marker: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no "${marker}"`);
  const match = /```[a-z]*\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!match?.[1]) throw new Error(`no block after "${marker}"`);
  return match[1];
}

describe("README", () => {
  test("is at most 12 KB", () => {
    expect(Buffer.byteLength(README, "utf8")).toBeLessThanOrEqual(12 * 1024);
  });

  test("has its sections in the order a new user needs them", () => {
    const headings = README.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      "## Set-up",
      "## Your own plan, step by step",
      "## The `papi` command",
      "## The workbook in brief",
      "## Deploying to Google Sheets",
      "## Where to read more",
    ]);
  });

  test("its help block is what papi --help prints", async () => {
    const run = await runMain(["--help"]);
    expect(run.code).toBe(0);
    expect(blockAfter(README, "## The `papi` command").trimEnd()).toBe(run.stdout.trimEnd());
  });
});

describe("docs/workbook.md's JSON examples are the command's output", () => {
  const dir = mkdtempSync(join(tmpdir(), "papi-docs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("papi report ke-hoach-mau.xlsx --period 2020-Q1 --json", async () => {
    const file = join(dir, "ke-hoach-mau.xlsx");
    await sampleXlsx(file);
    const out = join(dir, "out");
    const run = await runMain(["report", file, "--period", "2020-Q1", "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout.split(`${out}/`).join("out/"));
    expect(printed).toEqual(JSON.parse(blockAfter(WORKBOOK, "<!-- example: report -->")));
  });

  test("papi validate --json with 150 in Tiến độ row 3", async () => {
    const file = join(dir, "loi.xlsx");
    await sampleWithBadProgress(file);
    const run = await runMain(["validate", file, "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(blockAfter(WORKBOOK, "<!-- example: validate -->")));
  });
});

describe("the repository stands on its own", () => {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((f) => /\.(ts|js|mjs|md|json|html|css|sh|py)$/.test(f) || f === ".ci/run");
  // Built from parts, so this file does not name what it looks for.
  const outside = [["domain", ".md"].join(""), ["..", "/shared"].join("")];

  test.each(outside)("no file refers to %s", (needle) => {
    const hits = tracked.filter((f) => read(f).includes(needle));
    expect(hits).toEqual([]);
  });

  test("README and docs/ tell no development history", () => {
    const docs = ["README.md", ...tracked.filter((f) => f.startsWith("docs/"))];
    const history = /this round|this session|\bcommit [0-9a-f]{7,40}\b|\bagainst [0-9a-f]{7,40}\b/i;
    expect(docs.filter((f) => history.test(read(f)))).toEqual([]);
  });
});
