/** Provided by the build (scripts/fonts.mjs, esbuild plugin) and, in tests, by tests/support/fonts.js. */
declare module "papi:fonts" {
  export const FONTS: { regular: string; bold: string; italic: string; boldItalic: string };
}
