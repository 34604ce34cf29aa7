/**
 * Which OAuth scopes each faked method needs, and in which authorisation modes it may run, as
 * Google's reference lists them ("Authorization: Scripts that use this method require authorization
 * with one or more of the following scopes"). The fakes consult this table on every call:
 *
 * - FULL mode (a menu item, the sidebar, an installable trigger): a method whose scopes are all
 *   missing from the manifest throws Google's permission error. `[]` = needs no authorisation.
 * - LIMITED mode (a simple onOpen/onEdit of a bound script or an add-on used in the document): only
 *   methods needing no authorisation, and those marked `limited` (the bound document, its menus).
 * - NONE mode (an add-on's onOpen in a document where it was never used): only entries marked `none`.
 *
 * HOW TO ADD A METHOD: give the class (as counted: "Range", "Folder", "Sheets.Spreadsheets") a
 * rule here, or add the method under `methods` when it differs from its class; put the reference
 * page it comes from in `ref`. A fake class without a rule cannot load (instrument() refuses it),
 * and tests/fakes/scopes.test.ts fails when the built Code.js calls a method no fake declares.
 */

const AUTH = "https://www.googleapis.com/auth/";
export const SCOPE = {
  spreadsheets: `${AUTH}spreadsheets`,
  spreadsheetsCurrent: `${AUTH}spreadsheets.currentonly`,
  spreadsheetsReadonly: `${AUTH}spreadsheets.readonly`,
  containerUi: `${AUTH}script.container.ui`,
  drive: `${AUTH}drive`,
  driveReadonly: `${AUTH}drive.readonly`,
  driveFile: `${AUTH}drive.file`,
  sendMail: `${AUTH}script.send_mail`,
  email: `${AUTH}userinfo.email`,
  externalRequest: `${AUTH}script.external_request`,
  scriptApp: `${AUTH}script.scriptapp`,
} as const;

export type AuthModeName = "FULL" | "LIMITED" | "NONE";

export interface MethodRule {
  /** Any one of these suffices; [] = no authorisation needed. */
  readonly scopes: readonly string[];
  /** Allowed in a simple trigger (AuthMode.LIMITED) although it needs authorisation. */
  readonly limited?: boolean;
  /** Allowed in AuthMode.NONE. */
  readonly none?: boolean;
  /** The reference page the rule comes from. */
  readonly ref?: string;
}

export interface ClassRule extends MethodRule {
  readonly ref: string;
  /** How Google names the class in its error texts ("DriveApp.Folder"); default: the label. */
  readonly service?: string;
  /** Methods whose rule differs from the class's. */
  readonly methods?: Readonly<Record<string, MethodRule>>;
}

const REF = "https://developers.google.com/apps-script/reference/";
// Every Spreadsheet-service method lists spreadsheets.currentonly or spreadsheets; a simple trigger
// may read and change the document it is bound to (guides/triggers#restrictions).
const SPREADSHEET = [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets];
const DRIVE_READ = [SCOPE.driveReadonly, SCOPE.drive];
const DRIVE_WRITE = [SCOPE.drive];
const NO_AUTH: MethodRule = { scopes: [] };
const EVERYWHERE: MethodRule = { scopes: [], limited: true, none: true };

function sheetsClass(page: string, methods?: Record<string, MethodRule>): ClassRule {
  return {
    scopes: SPREADSHEET,
    limited: true,
    ref: `${REF}spreadsheet/${page}`,
    service: "SpreadsheetApp",
    ...(methods ? { methods } : {}),
  };
}

/** Drive classes: readers need drive.readonly or drive, writers drive (DriveApp never accepts drive.file). */
function driveClass(page: string, writers: string[]): ClassRule {
  const methods: Record<string, MethodRule> = {};
  for (const name of writers) methods[name] = { scopes: DRIVE_WRITE };
  return { scopes: DRIVE_READ, ref: `${REF}drive/${page}`, service: "DriveApp", methods };
}

export const SCOPES: Readonly<Record<string, ClassRule>> = {
  // --- Spreadsheet service ---
  SpreadsheetApp: sheetsClass("spreadsheet-app", {
    // Menus work in every mode (script/auth-mode, the onOpen example: "works in all authorization modes").
    getUi: EVERYWHERE,
  }),
  Spreadsheet: sheetsClass("spreadsheet"),
  Sheet: sheetsClass("sheet"),
  Range: sheetsClass("range"),
  Protection: sheetsClass("protection"),
  DataValidationBuilder: sheetsClass("data-validation-builder"),
  DataValidation: sheetsClass("data-validation"),
  EmbeddedChartBuilder: sheetsClass("embedded-chart-builder"),
  EmbeddedChart: sheetsClass("embedded-chart"),
  ContainerInfo: sheetsClass("container-info"),
  RichTextValueBuilder: sheetsClass("rich-text-value-builder"),
  RichTextValue: sheetsClass("rich-text-value"),
  ChartOptions: { ...NO_AUTH, ref: `${REF}charts/chart-options` },
  Charts: { ...NO_AUTH, ref: `${REF}charts/charts` },
  // base/ui: dialogs and sidebars list script.container.ui; menus need nothing (auth-mode example).
  Ui: {
    scopes: [SCOPE.containerUi],
    ref: `${REF}base/ui`,
    methods: { createMenu: EVERYWHERE, createAddonMenu: EVERYWHERE },
  },
  Menu: { ...EVERYWHERE, ref: `${REF}base/menu` },
  PromptResponse: { ...NO_AUTH, ref: `${REF}base/prompt-response` },

  // The Sheets advanced service: spreadsheets.batchUpdate accepts drive, drive.file or spreadsheets
  // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate);
  // advanced services always need authorisation, so no simple trigger may call them: simple triggers
  // "cannot access services that require authorization"
  // (https://developers.google.com/apps-script/guides/triggers#restrictions). No `limited` here.
  "Sheets.Spreadsheets": {
    scopes: [SCOPE.drive, SCOPE.driveFile, SCOPE.spreadsheets],
    ref: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate",
    service: "sheets.spreadsheets",
    methods: {
      // spreadsheets.get also accepts the read-only scopes (…/rest/v4/spreadsheets/get).
      get: {
        scopes: [
          SCOPE.drive,
          SCOPE.driveFile,
          SCOPE.driveReadonly,
          SCOPE.spreadsheets,
          SCOPE.spreadsheetsReadonly,
        ],
      },
    },
  },

  // --- Drive (DriveApp) ---
  DriveApp: driveClass("drive-app", ["createFile", "createFolder"]),
  Folder: driveClass("folder", [
    "createFile",
    "createFolder",
    "setName",
    "setDescription",
    "setTrashed",
    "addEditor",
    "addEditors",
    "addViewer",
    "addViewers",
    "setSharing",
  ]),
  File: driveClass("file", [
    "setName",
    "setDescription",
    "setTrashed",
    "setContent",
    "moveTo",
    "addEditor",
    "addEditors",
    "addViewer",
    "addViewers",
    "setSharing",
  ]),
  FolderIterator: driveClass("folder-iterator", []),
  FileIterator: driveClass("file-iterator", []),

  // The Drive advanced service (v3): permissions.create accepts drive or drive.file
  // (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create); an
  // advanced service, so never in a simple trigger.
  "Drive.Permissions": {
    scopes: [SCOPE.drive, SCOPE.driveFile],
    ref: "https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create",
    service: "drive.permissions",
  },

  // --- Mail, triggers ---
  MailApp: { scopes: [SCOPE.sendMail], ref: `${REF}mail/mail-app` },
  ScriptApp: {
    scopes: [SCOPE.scriptApp],
    ref: `${REF}script/script-app`,
    methods: { getOAuthToken: NO_AUTH, getScriptId: NO_AUTH, getAuthorizationInfo: NO_AUTH },
  },
  TriggerBuilder: { scopes: [SCOPE.scriptApp], ref: `${REF}script/trigger-builder` },
  ClockTriggerBuilder: { scopes: [SCOPE.scriptApp], ref: `${REF}script/clock-trigger-builder` },
  SpreadsheetTriggerBuilder: { scopes: [SCOPE.scriptApp], ref: `${REF}script/spreadsheet-trigger-builder` },
  Trigger: { scopes: [SCOPE.scriptApp], ref: `${REF}script/trigger` },
  AuthorizationInfo: { ...NO_AUTH, ref: `${REF}script/authorization-info` },

  // --- Session: getActiveUser/getEffectiveUser list userinfo.email; in a simple trigger the call
  // works but User.getEmail() answers "" (base/user#getEmail()). ---
  Session: {
    scopes: [SCOPE.email],
    limited: true,
    ref: `${REF}base/session`,
    methods: {
      getScriptTimeZone: EVERYWHERE,
      getActiveUserLocale: EVERYWHERE,
      getTemporaryActiveUserKey: NO_AUTH,
    },
  },
  User: { ...NO_AUTH, ref: `${REF}base/user` },

  // --- Services without authorisation (no "Authorization" section on their pages). They still do
  // not run in AuthMode.NONE, where "properties don't work" (script/auth-mode example). ---
  LockService: { ...NO_AUTH, ref: `${REF}lock/lock-service` },
  Lock: { ...NO_AUTH, ref: `${REF}lock/lock` },
  PropertiesService: { ...NO_AUTH, ref: `${REF}properties/properties-service` },
  Properties: { ...NO_AUTH, ref: `${REF}properties/properties` },
  HtmlService: { ...NO_AUTH, ref: `${REF}html/html-service` },
  HtmlOutput: { ...NO_AUTH, ref: `${REF}html/html-output` },
  Utilities: { ...EVERYWHERE, ref: `${REF}utilities/utilities` },
  Blob: { ...EVERYWHERE, ref: `${REF}base/blob` },
};

/** The rule for "Label.method" and the name Google's messages give it, or undefined without a rule. */
export function ruleOf(call: string): (MethodRule & { name: string }) | undefined {
  const dot = call.lastIndexOf(".");
  const label = call.slice(0, dot);
  const method = call.slice(dot + 1);
  const cls = SCOPES[label];
  if (cls === undefined) return undefined;
  const own = cls.methods?.[method];
  // "DriveApp.Folder.createFile", "SpreadsheetApp.getUi", "sheets.spreadsheets.batchUpdate".
  const owner = cls.service === undefined || cls.service === label ? label : `${cls.service}.${label}`;
  const advanced = label.startsWith("Sheets.") || label.startsWith("Drive.");
  const name = advanced ? `${cls.service}.${method}` : `${owner}.${method}`;
  return {
    scopes: own?.scopes ?? cls.scopes,
    limited: own?.limited ?? cls.limited,
    none: own?.none ?? cls.none,
    name,
  };
}

/** The scopes the manifest grants and the mode the current execution runs in. */
export interface Access {
  granted: ReadonlySet<string>;
  mode: AuthModeName;
}

/** Throws what Google throws when `call` may not run with this access; returns otherwise. */
export function checkAccess(call: string, access: Access): void {
  const rule = ruleOf(call);
  if (rule === undefined) throw new Error(`Fakes: ${call} has no entry in tests/fakes/scopes.ts`);
  if (access.mode === "NONE" && rule.none !== true) throw denied(call, rule);
  if (rule.scopes.length === 0) return;
  if (access.mode === "LIMITED" && rule.limited !== true) throw denied(call, rule);
  if (!rule.scopes.some((s) => access.granted.has(s))) throw denied(call, rule);
}

function denied(call: string, rule: MethodRule & { name: string }): Error {
  // Advanced services answer as the REST API does.
  if (call.startsWith("Sheets.") || call.startsWith("Drive."))
    return new Error(
      `API call to ${rule.name} failed with error: Request had insufficient authentication scopes.`,
    );
  const needed =
    rule.scopes.length === 0
      ? "(none, but not in this authorization mode)"
      : rule.scopes.length === 1
        ? rule.scopes[0]
        : `(${rule.scopes.join(" || ")})`;
  return new Error(`You do not have permission to call ${rule.name}. Required permissions: ${needed}`);
}
