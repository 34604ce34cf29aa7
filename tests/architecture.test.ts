/** The folder layout is the architecture: core is pure, and adapters depend on it, never the reverse. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const imports = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1] ?? "");

test("core imports only core, and uses no Google service and no Node API", () => {
  const google =
    /\b(SpreadsheetApp|UrlFetchApp|DriveApp|MailApp|LockService|PropertiesService|ScriptApp|HtmlService|Session|Utilities|Sheets)\./;
  const node = /\b(process|Buffer|require)\b|from "node:/;
  for (const file of files(join(SRC, "core"))) {
    const name = relative(SRC, file);
    for (const spec of imports(file)) expect(`${name} → ${spec}`).toMatch(/ → \.\/[\w-]+$/);
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(`${name}: ${google.test(code)}`).toBe(`${name}: false`);
    expect(`${name}: ${node.test(code)}`).toBe(`${name}: false`);
  }
});

test("the example plan (src/sample) is data over core: it imports only core, and core never imports it", () => {
  for (const file of files(join(SRC, "sample"))) {
    for (const spec of imports(file))
      expect(`${relative(SRC, file)} → ${spec}`).toMatch(/ → \.(\/|\.\/core\/)[\w-]+$/);
  }
});

test("gas, node and ui never import each other", () => {
  for (const layer of ["gas", "node", "ui"]) {
    for (const file of files(join(SRC, layer))) {
      for (const spec of imports(file)) {
        const others = ["gas", "node", "ui"].filter((l) => l !== layer);
        for (const other of others) expect(`${relative(SRC, file)} → ${spec}`).not.toContain(`../${other}/`);
      }
    }
  }
});

test("the report's writers (pdf, docx) import only core and their libraries, never gas, node or ui", () => {
  for (const layer of ["pdf", "docx"]) {
    for (const file of files(join(SRC, layer))) {
      for (const spec of imports(file))
        expect(`${relative(SRC, file)} → ${spec}`).toMatch(
          / → (\.\.\/core\/[\w-]+|\.\/[\w-]+|[\w@][\w@/.:-]*)$/,
        );
      expect(readFileSync(file, "utf8")).not.toMatch(/from "node:|\.\.\/(gas|node|ui)\//);
    }
  }
});
