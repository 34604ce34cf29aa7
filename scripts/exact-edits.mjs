// An esbuild plugin that edits one package's file as it is bundled: each edit must match exactly as often
// as written, so an upgrade that moves the code fails the build instead of shipping unedited code.

import { readFile } from "node:fs/promises";

/**
 * `edits`: `{ find, replace, count }`, applied in order to the file `filter` matches; `helpers`: code
 * appended to the file, which the replacements may call.
 */
export function exactEdits(pkg, filter, edits, helpers) {
  return {
    name: `${pkg}-patches`,
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        let text = await readFile(args.path, "utf8");
        for (const { find, replace, count } of edits) {
          const found = text.split(find).length - 1;
          if (found !== count)
            throw new Error(`${pkg}-patches: "${find}" found ${found} times in ${pkg}, expected ${count}`);
          text = text.split(find).join(replace);
        }
        return { contents: text + helpers, loader: "js" };
      });
    },
  };
}
