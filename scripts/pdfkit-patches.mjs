// pdfkit's browser build, edited as it is bundled for Apps Script, whose V8 version Google does not
// publish: the add-on keeps to ES2019 built-ins and never needs BigInt.
// - Every PDF gets an id hashed with MD5, whose padding writes the message length with BigInt: written
//   here with two 32-bit numbers (exact below 2^53 bits).
// - The SHA-2 code of PDF encryption builds BigInt tables when pdfkit loads; the report is never
//   encrypted, so encryption is refused and the tables are built without BigInt (unused).
// - The font's PostScript name is made with String.prototype.replaceAll (ES2021).
// Each edit must match exactly as often as written (scripts/exact-edits.mjs).

import { exactEdits } from "./exact-edits.mjs";

const EDITS = [
  {
    find: "setBigUint64(view, blockLen - 8, BigInt(this.length * 8), isLE);",
    replace: "papiSetLength64(view, blockLen - 8, this.length * 8, isLE);",
    count: 1,
  },
  {
    find: "  static create(document, options = {}) {\n",
    replace:
      "  static create(document, options = {}) {\n" +
      "    if (options.ownerPassword || options.userPassword) throw new Error('PDF encryption is not in the Apps Script bundle');\n",
    count: 1,
  },
  // What is left: setBigUint64 (no longer called), the SHA-512 family's tables.
  { find: "BigInt(", replace: "papiNoBigInt(", count: 5 },
  { find: ".replaceAll(' ', '_')", replace: ".replace(/ /g, '_')", count: 1 },
];

const HELPERS = `
function papiSetLength64(view, byteOffset, value, isLE) {
  const high = Math.floor(value / 4294967296) >>> 0;
  const low = value >>> 0;
  view.setUint32(byteOffset + (isLE ? 4 : 0), high, isLE);
  view.setUint32(byteOffset + (isLE ? 0 : 4), low, isLE);
}
function papiNoBigInt() {
  return 0;
}
`;

export function pdfkitPatches() {
  return exactEdits("pdfkit", /[\\/]pdfkit[\\/]js[\\/]pdfkit\.browser\.mjs$/, EDITS, HELPERS);
}
