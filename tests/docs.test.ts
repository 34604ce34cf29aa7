/**
 * The documentation a new user reads first stays true: README's help block is what `papi --help` prints,
 * the JSON examples of docs/workbook.md are what the command prints, and nothing points outside the
 * repository (a clone has nothing beside it).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOG, PLAN_SHEETS, SETTINGS } from "../src/core/schema";
import { onOpen } from "../src/gas/menu";
import { ROOT, runMain } from "./support/cli";
import { sampleWithBadProgress, sampleXlsx } from "./support/doc-examples";
import { sampleSpreadsheet } from "./support/gas";

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

describe("the staff guide (docs/huong-dan-su-dung.md)", () => {
  const GUIDE = read("docs/huong-dan-su-dung.md").normalize("NFC");

  test("names every item of the PAPI menu in the menu's own words", () => {
    const box = sampleSpreadsheet();
    try {
      onOpen();
      const captions = box.fakes.ui.menuItems().map((i) => i.caption);
      expect(captions.length).toBeGreaterThan(10);
      expect(captions.filter((c) => !GUIDE.includes(`**${c.normalize("NFC")}**`))).toEqual([]);
    } finally {
      box.restore();
    }
  });

  test("explains every sheet and every setting of Cấu hình", () => {
    const sheets = [...PLAN_SHEETS.map((s) => s.name), LOG.name];
    expect(sheets.filter((name) => !GUIDE.includes(`\`${name.normalize("NFC")}\``))).toEqual([]);
    expect(
      SETTINGS.map((s) => s.label.normalize("NFC")).filter(
        // Each setting is a row of the guide's table, the required ones in bold.
        (label) => !GUIDE.includes(`| ${label} `) && !GUIDE.includes(`| **${label}** `),
      ),
    ).toEqual([]);
  });

  test("explains signing on behalf (KT.) and shows pictures that exist", () => {
    expect(GUIDE).toContain("KT. TRƯỞNG BAN");
    const pictures = [...GUIDE.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] ?? "");
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    for (const p of pictures) expect(() => readFileSync(join(ROOT, "docs", p))).not.toThrow();
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
    const history =
      /this round|this session|\bcommit [0-9a-f]{7,40}\b|\bagainst [0-9a-f]{7,40}\b|"commit"\s*:\s*"[0-9a-f]{7,40}"/i;
    expect(docs.filter((f) => history.test(read(f)))).toEqual([]);
  });
});
