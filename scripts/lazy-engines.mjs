// The engines the add-on loads on first use instead of at load. Apps Script evaluates the whole of
// Code.js on every execution (each onOpen, each keystroke's onEdit, each sidebar call), so an engine
// that unpacks tables and fonts at its top level would be paid for by every one of them.
//
// How: each engine is a module of src/ that exports functions only. The add-on imports it as any
// module (so the tests, run from source, use it directly). When bundling, this plugin replaces that
// module by a stub: the engine is bundled on its own (with the same options as the add-on) and its
// whole text is put inside one function, called on the first call of any of its exports and never
// again; each export of the stub forwards to the engine's. Until then V8 only scans the engine's text.
//
// To add an engine: one line in LAZY_ENGINES (`minify: true` to bundle it minified, `"all-but-names"` to
// minify all but the names, which stack traces show).

import { resolve } from "node:path";
import { build } from "esbuild";

export const LAZY_ENGINES = [
  // pdfkit, fontkit and their Unicode tables, the report's four font faces (base64).
  // Minified but for its names (spaces, comments, syntax): Apps Script's stack traces still name functions.
  { name: "pdf", entry: "src/pdf/engine.ts", minify: "all-but-names" },
  // docx (the Word writer) and fflate's zip: only "Xuất bản Word" needs them. Minified: docx is 1 MB of
  // source (readable in its own package), and Code.js must stay under 2 MB.
  { name: "docx", entry: "src/docx/engine.ts", minify: true },
];

/** The variable the engine's own bundle assigns its exports to, inside the loading function. */
const ENGINE_VAR = "lazyEngine";

/**
 * An esbuild plugin for the add-on's build: imports of a registered engine become its lazy stub.
 * `engineOptions`: the build options the engine is bundled with (the add-on's own: target, shims,
 * plugins), without entry points or output settings.
 */
export function lazyEnginesPlugin(engineOptions, engines = LAZY_ENGINES) {
  const byPath = new Map(engines.map((e) => [resolve(e.entry), e]));
  return {
    name: "lazy-engines",
    setup(b) {
      b.onResolve({ filter: /(^|\/)engine(\.ts)?$/ }, (args) => {
        const path = resolve(args.resolveDir, args.path.endsWith(".ts") ? args.path : `${args.path}.ts`);
        return byPath.has(path) ? { path, namespace: "lazy-engine" } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "lazy-engine" }, async (args) => ({
        contents: await lazyStub(args.path, engineOptions, byPath.get(args.path)?.minify ?? false),
        loader: "js",
        resolveDir: process.cwd(),
      }));
    },
  };
}

/** The engine's exports, read from its source: every one becomes a forwarding function. */
async function exportNames(entry) {
  const r = await build({
    entryPoints: [entry],
    bundle: false,
    format: "esm",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  return Object.values(r.metafile.outputs)[0].exports;
}

async function lazyStub(entry, engineOptions, minify) {
  const [names, engine] = await Promise.all([
    exportNames(entry),
    build({
      ...engineOptions,
      entryPoints: [entry],
      bundle: true,
      format: "iife",
      globalName: ENGINE_VAR,
      write: false,
      ...(minify === "all-but-names" ? { minifyWhitespace: true, minifySyntax: true } : { minify }),
    }),
  ]);
  if (names.length === 0) throw new Error(`${entry}: a lazy engine must export its functions`);
  const forwards = names.map(
    (n) => `export function ${n}(...args) {\n  return loadEngine().${n}(...args);\n}`,
  );
  return [
    `// ${entry}: evaluated on the first call of one of its functions (scripts/lazy-engines.mjs).`,
    "let engine;",
    "function loadEngine() {",
    "  if (engine === undefined) engine = (function () {",
    engine.outputFiles[0].text,
    `return ${ENGINE_VAR};`,
    "  })();",
    "  return engine;",
    "}",
    ...forwards,
    "",
  ].join("\n");
}
