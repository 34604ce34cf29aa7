// Bundles the `papi` command (and the benchmark) for Node; packages stay in node_modules.
import { build } from "esbuild";
import { fontsPlugin } from "./fonts.mjs";

await build({
  entryPoints: { cli: "src/node/cli.ts", bench: "scripts/bench.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  plugins: [fontsPlugin()],
});
