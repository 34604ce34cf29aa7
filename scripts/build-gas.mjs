// Bundles the add-on for Apps Script into dist/gas/: Code.js (one IIFE, then one real top-level
// function per entry point of src/index.ts), appsscript.json and the sidebar's single HTML file.
// `--addon` builds the Workspace add-on flavour (the menu goes under Extensions); `--out <dir>` writes
// elsewhere than dist/gas.

import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { build } from "esbuild";
import { docxPatches } from "./docx-patches.mjs";
import { fontsPlugin } from "./fonts.mjs";
import { lazyEnginesPlugin } from "./lazy-engines.mjs";
import { pdfkitPatches } from "./pdfkit-patches.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const OUT = arg("--out") ?? "dist/gas";
const GLOBAL = "PAPI";
const addon = process.argv.includes("--addon");
/** `--eager`: the engines loaded with the rest, as before they were lazy (for `npm run bench`). */
const eager = process.argv.includes("--eager");

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
/** How the add-on and each of its lazy engines are bundled. */
const options = {
  // ES2019 syntax and built-ins: Google publishes no engine version for Apps Script's V8.
  target: "es2019",
  platform: "neutral",
  charset: "utf8",
  // pdfkit's browser build (package.json "exports" default) and what Apps Script's V8 lacks for it
  // (scripts/gas-shims.js); the fonts come in as base64 (scripts/fonts.mjs).
  mainFields: ["module", "main"],
  conditions: ["browser"],
  inject: ["scripts/gas-shims.js"],
  define: { __ADDON__: String(addon), "import.meta.url": '"file:///pdfkit/"' },
  plugins: [fontsPlugin(), noBrotli, pdfkitPatches(), docxPatches()],
  logLevel: "warning",
};
const result = await build({
  ...options,
  entryPoints: ["src/index.ts"],
  bundle: true,
  format: "iife",
  globalName: GLOBAL,
  write: false,
  // The PDF engine (and any other in scripts/lazy-engines.mjs) evaluated on first use, not at load.
  plugins: [...(eager ? [] : [lazyEnginesPlugin(options)]), ...options.plugins],
  // A lazy engine's text is read again as part of this build, not as a package: fontkit's duplicate key
  // would be reported (our own code has Biome's noDuplicateObjectKeys).
  logOverride: { "duplicate-object-key": "silent" },
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
  `${OUT}: Code.js (${names.length} entry points), appsscript.json, Sidebar.html (${sidebarKb} KB)${addon ? " [add-on]" : ""}`,
);
