// Runs a TypeScript script of this repository (`npm run preview`, `npm run screenshots`): bundles it with
// the fonts the PDF renderer imports (papi:fonts) into dist/run/<name>.cjs (CommonJS, as the tests' modules
// expect: __dirname), packages left in node_modules.
// Usage: node scripts/run-ts.mjs scripts/<name>.ts

import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { fontsPlugin } from "./fonts.mjs";

const entry = process.argv[2];
if (!entry) throw new Error("usage: node scripts/run-ts.mjs scripts/<name>.ts");
// Two folders deep, as the tests' modules are: they find the repository's files from their __dirname.
const outfile = join(process.cwd(), "dist", "run", `${basename(entry, ".ts")}.cjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
  plugins: [fontsPlugin()],
});
createRequire(import.meta.url)(outfile);
