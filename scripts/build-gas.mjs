// Bundles the add-on for Apps Script into dist/gas/: Code.js (one IIFE, then one real top-level
// function per entry point of src/index.ts), appsscript.json and the sidebar's single HTML file.
// `--addon` builds the Workspace add-on flavour (the menu goes under Extensions).

import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { build } from "esbuild";
import { fontsPlugin } from "./fonts.mjs";

const OUT = "dist/gas";
const GLOBAL = "PAPI";
const addon = process.argv.includes("--addon");

await mkdir(OUT, { recursive: true });

/** Written beside the target, then renamed over it: a reader (a test in another jest worker) never sees half a file. */
async function put(path, data) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}
/** fontkit reads WOFF2 with brotli (a 200 KB dictionary); the report's fonts are TrueType. */
const noBrotli = {
  name: "no-brotli",
  setup(b) {
    b.onResolve({ filter: /^brotli(\/.*)?$/ }, () => ({
      path: join(process.cwd(), "scripts", "no-brotli.js"),
    }));
  },
};
const result = await build({
  entryPoints: ["src/index.ts"],
  bundle: true,
  format: "iife",
  globalName: GLOBAL,
  target: "es2020",
  platform: "neutral",
  write: false,
  charset: "utf8",
  // pdfkit's browser build (package.json "exports" default) and what Apps Script's V8 lacks for it
  // (scripts/gas-shims.js); the fonts come in as base64 (scripts/fonts.mjs).
  mainFields: ["module", "main"],
  conditions: ["browser"],
  inject: ["scripts/gas-shims.js"],
  define: { __ADDON__: String(addon), "import.meta.url": '"file:///pdfkit/"' },
  plugins: [fontsPlugin(), noBrotli],
  logLevel: "warning",
});
const bundle = result.outputFiles[0].text;

// The entry points are whatever the bundle exports: load it once, without any Google service, to list them.
const sandbox = {};
vm.runInNewContext(`${bundle}\nthis.names = Object.keys(${GLOBAL});`, sandbox);
const names = sandbox.names.sort();
const wrappers = names
  .map((n) => `function ${n}(...args) {\n  return ${GLOBAL}.${n}(...args);\n}`)
  .join("\n");
await put(`${OUT}/Code.js`, `${bundle}\n${wrappers}\n`);
await put(`${OUT}/appsscript.json`, await readFile("appsscript.json"));

// The sidebar: its TypeScript bundled for the browser and inlined with its CSS into one HTML file.
const ui = await build({
  entryPoints: ["src/ui/main.ts"],
  bundle: true,
  format: "iife",
  target: "es2019",
  platform: "browser",
  write: false,
  charset: "utf8",
  minify: true,
  logLevel: "warning",
});
const html = (await readFile("src/ui/sidebar.html", "utf8"))
  .replace("/*CSS*/", () => readFileSync("src/ui/sidebar.css", "utf8"))
  .replace("/*JS*/", () => ui.outputFiles[0].text.replace(/<\/script/gi, "<\\/script"));
await put(`${OUT}/Sidebar.html`, html);
const sidebarKb = (Buffer.byteLength(html, "utf8") / 1024).toFixed(1);
console.log(
  `dist/gas: Code.js (${names.length} entry points), appsscript.json, Sidebar.html (${sidebarKb} KB)${addon ? " [add-on]" : ""}`,
);
