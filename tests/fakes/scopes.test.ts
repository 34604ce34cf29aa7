/**
 * The fakes refuse what Google refuses: a method whose scopes the manifest lacks, and what a simple
 * trigger may not do. And the table is complete for the add-on: every Apps Script method the built
 * dist/gas/Code.js calls has a scope rule, checked against the manifest the build ships.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { instrumented } from "./core";
import { createGasFakes, manifestScopes, SCOPE } from "./index";
import { ruleOf } from "./scopes";

const ROOT = join(__dirname, "..", "..");
const TYPES = join(ROOT, "node_modules", "@types", "google-apps-script");
let code = "";
let shipped: string[] = [];

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-gas.mjs")], { cwd: ROOT, stdio: "pipe" });
  code = readFileSync(join(ROOT, "dist", "gas", "Code.js"), "utf8");
  shipped = manifestScopes(join(ROOT, "dist", "gas", "appsscript.json"));
}, 120_000);

/** The add-on's own modules in the bundle (esbuild marks each with `// src/…`); libraries are left out. */
function addonCode(bundle: string): string {
  const parts = bundle.split(/^ {2}\/\/ (\S+)$/m);
  let out = "";
  for (let i = 1; i < parts.length; i += 2)
    if (/^src\/(gas|index)/.test(parts[i] ?? "")) out += `${parts[i + 1] ?? ""}\n`;
  return out;
}

/** Every method name declared by an Apps Script interface in @types/google-apps-script. */
function appsScriptMethodNames(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(TYPES).filter((f) => f.endsWith(".d.ts"))) {
    const text = readFileSync(join(TYPES, file), "utf8");
    for (const m of text.matchAll(/^\s+([a-zA-Z]\w*)\(.*\):/gm)) names.add(m[1] as string);
  }
  return names;
}

/** Names of JavaScript's own methods: a call like `list.sort(` cannot be told from Range.sort statically. */
const BUILT_IN = new Set(
  [Array, String, Map, Set, Date, Object, Number, RegExp, Promise, Function, Math, JSON].flatMap((c) => [
    ...Object.getOwnPropertyNames(c),
    ...Object.getOwnPropertyNames((c as { prototype?: object }).prototype ?? {}),
  ]),
);

const SERVICES =
  /\b(SpreadsheetApp|DriveApp|MailApp|UrlFetchApp|LockService|PropertiesService|CacheService|ScriptApp|Session|Utilities|HtmlService|Logger|Charts|GmailApp|DocumentApp|CalendarApp|Drive|Sheets\.Spreadsheets(?:\.\w+)?)\.(\w+)\(/g;

test("the build ships the manifest the fakes grant by default", () => {
  expect(shipped.length).toBeGreaterThan(0);
  expect(manifestScopes()).toEqual(shipped);
});

test("every service method the built Code.js calls has a scope rule in the fakes", () => {
  const ours = addonCode(code);
  expect(ours).toContain("getActiveSpreadsheet");
  const faked = new Set([...instrumented].map((c) => c.slice(c.lastIndexOf(".") + 1)));
  const gas = appsScriptMethodNames();
  const called = new Set([...ours.matchAll(/\.([A-Za-z_$][\w$]*)\(/g)].map((m) => m[1] as string));
  const missing = [...called].filter((n) => gas.has(n) && !BUILT_IN.has(n) && !faked.has(n));
  expect(missing).toEqual([]);
  // Calls on the global services are known exactly.
  const direct = new Set([...ours.matchAll(SERVICES)].map((m) => `${m[1]}.${m[2]}`));
  expect(direct.size).toBeGreaterThan(5);
  const unknown = [...direct].filter((c) => !instrumented.has(c) || ruleOf(c) === undefined);
  expect(unknown).toEqual([]);
});

test("every scope the manifest asks for is needed: without it, some method Code.js calls is refused", () => {
  const ours = addonCode(code);
  const names = new Set([...ours.matchAll(/\.([A-Za-z_$][\w$]*)\(/g)].map((m) => m[1] as string));
  const rules = [...instrumented]
    .filter((c) => names.has(c.slice(c.lastIndexOf(".") + 1)))
    .map((c) => ruleOf(c)?.scopes ?? []);
  const allowed = (granted: string[]) => (scopes: readonly string[]) =>
    scopes.length === 0 || scopes.some((s) => granted.includes(s));
  const unneeded = shipped.filter((scope) => {
    const without = shipped.filter((s) => s !== scope);
    return rules.filter(allowed(without)).length === rules.filter(allowed(shipped)).length;
  });
  expect(unneeded).toEqual([]);
});

describe("a scope missing from the manifest", () => {
  test("throws Google's permission error naming the method and the scopes", () => {
    const fakes = createGasFakes({ scopes: [SCOPE.spreadsheets] });
    expect(() => fakes.DriveApp.getFolderById("x")).toThrow(
      "You do not have permission to call DriveApp.getFolderById. Required permissions: " +
        "(https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)",
    );
    expect(() => fakes.MailApp.getRemainingDailyQuota()).toThrow(
      "You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(() => fakes.Session.getActiveUser()).toThrow(/userinfo\.email/);
    expect(fakes.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe("Fake spreadsheet");
  });

  test("drive.file does not open DriveApp, and drive.readonly reads but cannot create", () => {
    const fakes = createGasFakes({ scopes: [SCOPE.driveFile] });
    expect(() => fakes.DriveApp.getRootFolder()).toThrow(/permission to call DriveApp\.getRootFolder/);
    fakes.grantScopes([SCOPE.driveReadonly]);
    const root = fakes.DriveApp.getRootFolder();
    expect(() => root.createFolder("x")).toThrow(
      "You do not have permission to call DriveApp.Folder.createFolder. Required permissions: https://www.googleapis.com/auth/drive",
    );
    fakes.grantScopes([SCOPE.drive]);
    expect(root.createFolder("x").getName()).toBe("x");
  });

  test("the Sheets advanced service answers like the REST API and refuses spreadsheets.currentonly", () => {
    const fakes = createGasFakes({ scopes: [SCOPE.spreadsheetsCurrent] });
    const call = () =>
      (fakes as unknown as { Sheets: GoogleAppsScript.Sheets }).Sheets.Spreadsheets?.batchUpdate(
        { requests: [] },
        "fake-spreadsheet-id",
      );
    expect(call).toThrow(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Request had insufficient authentication scopes.",
    );
  });
});

describe("simple triggers", () => {
  test("LIMITED: the bound document and menus work; mail, Drive, triggers and dialogs throw; the email is empty", () => {
    const fakes = createGasFakes();
    fakes.inAuthMode("LIMITED", () => {
      const ss = fakes.SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheets()[0]?.getRange("A1").setValue("ok");
      ss.toast("x");
      fakes.SpreadsheetApp.getUi().createMenu("PAPI").addItem("a", "b").addToUi();
      expect(fakes.Session.getActiveUser().getEmail()).toBe("");
      expect(fakes.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
      expect(() => fakes.MailApp.getRemainingDailyQuota()).toThrow(/permission to call MailApp/);
      expect(() => fakes.DriveApp.getRootFolder()).toThrow(/permission to call DriveApp/);
      expect(() => fakes.ScriptApp.getProjectTriggers()).toThrow(/permission to call ScriptApp/);
      expect(() => fakes.SpreadsheetApp.getUi().alert("x")).toThrow(/permission to call Ui\.alert/);
    });
    expect(fakes.cell("Sheet1!A1").value).toBe("ok");
    expect(fakes.Session.getActiveUser().getEmail()).toBe("user@example.com");
  });

  // guides/triggers#restrictions: simple triggers "cannot access services that require authorization",
  // and every advanced service does; the add-on's onEdit must read through SpreadsheetApp.
  test("LIMITED: the Sheets advanced service throws, read and write alike; FULL mode may call it", () => {
    const fakes = createGasFakes();
    const api = (fakes as unknown as { Sheets: GoogleAppsScript.Sheets }).Sheets
      .Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
    const id = fakes.SpreadsheetApp.getActiveSpreadsheet().getId();
    fakes.inAuthMode("LIMITED", () => {
      expect(() => api.get(id, { includeGridData: true })).toThrow(
        "API call to sheets.spreadsheets.get failed with error: Request had insufficient authentication scopes.",
      );
      expect(() => api.batchUpdate({ requests: [] }, id)).toThrow(
        "API call to sheets.spreadsheets.batchUpdate failed with error: Request had insufficient authentication scopes.",
      );
    });
    expect(api.get(id).sheets?.map((s) => s.properties?.title)).toEqual(["Sheet1"]);
  });

  test("NONE: only menus; the document itself and properties throw", () => {
    const fakes = createGasFakes();
    fakes.inAuthMode("NONE", () => {
      fakes.SpreadsheetApp.getUi().createAddonMenu().addItem("a", "b").addToUi();
      expect(() => fakes.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
        /permission to call SpreadsheetApp\.getActiveSpreadsheet/,
      );
      expect(() => fakes.PropertiesService.getDocumentProperties()).toThrow(/PropertiesService/);
    });
    expect(fakes.ui.menus).toHaveLength(1);
  });
});
