// docx's ESM build, edited as it is bundled for Apps Script, whose V8 version Google does not publish:
// the add-on keeps to ES2019 built-ins, and docx calls String.prototype.matchAll (ES2020) when it reads
// an XML declaration (its own parts are read back as it writes them) and when it finds a template's
// placeholders. Both calls go through an ES2019 equivalent instead.
// Each edit must match exactly as often as written (scripts/exact-edits.mjs).

import { exactEdits } from "./exact-edits.mjs";

const EDITS = [
  {
    find: "[...body.matchAll(DECLARATION_ATTRIBUTE)]",
    replace: "papiMatchAll(body, DECLARATION_ATTRIBUTE)",
    count: 1,
  },
  {
    find: "Array.from(xmlData.matchAll(PLACEHOLDER),",
    replace: "Array.from(papiMatchAll(xmlData, PLACEHOLDER),",
    count: 1,
  },
  // None left.
  { find: ".matchAll(", replace: ".matchAll(", count: 0 },
];

const HELPERS = `
function papiMatchAll(text, pattern) {
  const flags = pattern.flags.indexOf("g") === -1 ? pattern.flags + "g" : pattern.flags;
  const re = new RegExp(pattern.source, flags);
  const matches = [];
  let m;
  while ((m = re.exec(text)) !== null) {
    matches.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return matches;
}
`;

export function docxPatches() {
  return exactEdits("docx", /[\\/]docx[\\/]dist[\\/]index\.mjs$/, EDITS, HELPERS);
}
