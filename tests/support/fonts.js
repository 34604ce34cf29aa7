// "papi:fonts" for tests run from source: the fonts tests/global-setup.js built into dist/fonts.
const { readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");

const DIR = join(__dirname, "..", "..", "dist", "fonts");
const version = require("@fontsource/tinos/package.json").version;
const FACES = { regular: "400-normal", bold: "700-normal", italic: "400-italic", boldItalic: "700-italic" };

if (!readdirSync(DIR).some((f) => f.startsWith(`tinos-${version}-`)))
  throw new Error("run: node scripts/fonts.mjs");
exports.FONTS = Object.fromEntries(
  Object.entries(FACES).map(([style, face]) => [
    style,
    readFileSync(join(DIR, `tinos-${version}-${face}.ttf`)).toString("base64"),
  ]),
);
