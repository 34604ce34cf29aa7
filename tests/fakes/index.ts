/**
 * Faithful in-memory fakes of the Apps Script services a Sheets add-on uses.
 *
 *   const fakes = createGasFakes({ timeZone: "Asia/Ho_Chi_Minh" });
 *   fakes.seed("Plan", [["Header"], ["01/03/2020"]]);
 *   const restore = fakes.install();           // SpreadsheetApp, DriveApp, … on globalThis
 *   try { runEntryPoint(); } finally { restore(); }
 *   expect(fakes.count("Range.setValues")).toBe(1);
 *
 * Every public method of every fake counts one call ("Range.setValues", "MailApp.sendEmail", …);
 * test handles (seed, snapshot, cell, sheetInfo, ui, mail, locks, …) never count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { displayText } from "./cells";
import { as, instrument, isDate, Recorder } from "./core";
import type { AuthModeName } from "./scopes";
import {
  DriveState,
  FakeDriveApp,
  FakeDrivePermissions,
  FakeHtmlService,
  FakeLockService,
  FakeMailApp,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
  type FileData,
  type FolderData,
  HtmlFiles,
  LockState,
  MailState,
  type ServicesEnv,
  type TriggerData,
  TriggerState,
} from "./services";
import { createSheetsApi } from "./sheets-api";
import {
  a1Of,
  type BorderLine,
  type Box,
  ChartType,
  createSheetsEnv,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  parseA1,
  readValue,
  type SheetModel,
  type SheetsEnv,
  splitSheetName,
  type UiState,
  writeInput,
} from "./spreadsheet";

export { sheetDate, zonedDate } from "./core";
export { type AuthModeName, SCOPE, SCOPES } from "./scopes";

/** The oauthScopes of an appsscript.json (default: the repository's, which the build ships as is). */
export function manifestScopes(path = join(__dirname, "..", "..", "appsscript.json")): string[] {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}
export type { LockKind, SentMail } from "./services";
export type {
  AlertRecord,
  ButtonName,
  ButtonSetName,
  DialogRecord,
  MenuEntry,
  MenuRecord,
  ToastRecord,
} from "./spreadsheet";
export { columnName, columnNumber } from "./spreadsheet";

export interface GasFakesOptions {
  /** Spreadsheet and script time zone. Default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
  /** Script time zone (Session.getScriptTimeZone) when it differs from the spreadsheet's. */
  scriptTimeZone?: string;
  /** Spreadsheet locale: how typed text is read (dd/MM vs MM/dd, decimal comma). Default "vi_VN". */
  locale?: string;
  /** Active and effective user's email. Default "user@example.com". */
  user?: string;
  /** Spreadsheet owner (always allowed through protections). Default: `user`. */
  owner?: string;
  /** The spreadsheet's other editors (its Drive sharing); `user` is one when it is not the owner. */
  editors?: string[];
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** Sheets the spreadsheet starts with. Default ["Sheet1"]. */
  sheets?: string[];
  /** MailApp.getRemainingDailyQuota() at start. Default 100. */
  mailQuota?: number;
  /**
   * Real Sheets throws "The coordinates of the range are outside the dimensions of the sheet."
   * for a getRange beyond getMaxRows()/getMaxColumns(); true makes the sheet grow instead.
   * Default false (faithful).
   */
  autoGrow?: boolean;
  /** What getValues returns for a formula cell. Default: the string "#FORMULA". */
  formulaValue?: (formula: string, at: { sheet: string; row: number; col: number }) => unknown;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  oauthToken?: string;
  /** Scopes the user granted: the manifest's oauthScopes. Default: those of appsscript.json. */
  scopes?: readonly string[];
}

/** Everything about one cell, with Sheets' defaults filled in. */
export interface CellInfo {
  value: unknown;
  formula: string;
  displayValue: string;
  note: string;
  link: string | null;
  numberFormat: string;
  background: string;
  /** The cell's own fill: null when none is set, so the sheet's banding (or white) shows through. */
  fill: string | null;
  fontColor: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  fontLine: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapStrategy: string;
  validation: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null } | null;
  borders: { top?: BorderLine; left?: BorderLine; bottom?: BorderLine; right?: BorderLine };
  /** A1 notation of the merged range this cell belongs to, or null. */
  merge: string | null;
}

export interface SheetInfo {
  name: string;
  sheetId: number;
  index: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  hiddenGridlines: boolean;
  tabColor: string | null;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  merges: string[];
  protections: Array<{
    type: "SHEET" | "RANGE";
    range: string;
    description: string;
    warningOnly: boolean;
    editors: string[];
    unprotected: string[];
  }>;
  charts: Array<{
    id: number | null;
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: { row: number; col: number; offsetX: number; offsetY: number };
  }>;
}

export interface GasFakes {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DriveApp: GoogleAppsScript.Drive.DriveApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Charts: GoogleAppsScript.Charts.Charts;

  /** Every counted call so far, in order: "SpreadsheetApp.getActive", "Range.setValues", … */
  readonly calls: readonly string[];
  /** Calls matching: undefined → all; "Range" → "Range.*"; "Range.setValues" → exactly that. */
  count(match?: string): number;
  resetCalls(): void;
  /**
   * The k-th counted call from now on (1-based), among calls matching `match` (same rule as
   * count), throws Error(message). Several can be armed at once; each fires once.
   */
  failOnCall(k: number, match?: string, message?: string): void;
  clearFaults(): void;
  /** Faults armed but not yet fired. */
  pendingFaults(): number;
  /** Runs fn without counting calls (and without firing faults): for arranging state. */
  uncounted<T>(fn: () => T): T;
  /**
   * Runs fn as Apps Script runs a trigger in `mode` (LIMITED: a simple onOpen/onEdit; NONE: an
   * add-on's onOpen in a document where it was never used), then goes back to FULL.
   */
  inAuthMode<T>(mode: AuthModeName, fn: () => T): T;
  /**
   * Runs fn as a time-driven trigger runs it: AuthMode.FULL, as the user who created the trigger
   * ("Installable triggers always run under the account of the person who created them",
   * guides/triggers/installable), with nobody at the screen, so SpreadsheetApp.getUi() throws
   * "Cannot call SpreadsheetApp.getUi() from this context." and no alert, prompt or dialog can show.
   * No document is open either: getActiveSpreadsheet() answers null (certain for an add-on's trigger,
   * unsure for a bound script's, so the fake refuses); the code must open the Sheet by its id.
   */
  asTimeTrigger<T>(fn: () => T): T;
  /** Replaces the granted scopes (as if the manifest listed these). */
  grantScopes(scopes: readonly string[]): void;
  /** Bytes Sheets.Spreadsheets.get has answered so far, as JSON (the whole answer, after `fields`). */
  sheetsReadBytes(): number;
  /** Puts the services on `target` (default globalThis); returns a function that restores it. */
  install(target?: object): () => void;

  /** Values of every sheet's data range (A1 to last row/column with content), as getValues. */
  snapshot(): Record<string, unknown[][]>;
  /** Writes rows at (row, col) (default A1) of a sheet, creating/growing it; typed like a user unless raw. */
  seed(sheetName: string, rows: unknown[][], options?: { row?: number; col?: number; raw?: boolean }): void;
  /** One cell by "Sheet!A1" (or "A1" on the active sheet). */
  cell(ref: string): CellInfo;
  sheetInfo(name: string): SheetInfo;
  sheetNames(): string[];
  activeSheetName(): string;
  /** "Sheet!A1:B2" of the range last activated, or null. */
  activeRange(): string | null;
  /** How many times SpreadsheetApp.flush() ran. */
  flushes(): number;
  /** Changes the user running the script (Session, protections' canEdit and edit checks). */
  setActiveUser(email: string): void;

  readonly ui: UiState;
  readonly mail: MailState;
  readonly locks: LockState;
  /** required: true makes ScriptApp.getAuthorizationInfo() say the user must still authorise. */
  readonly authorization: { required: boolean };
  readonly properties: {
    document: Map<string, string>;
    user: Map<string, string>;
    script: Map<string, string>;
  };
  readonly drive: {
    readonly rootId: string;
    folders(): FolderData[];
    files(): FileData[];
    /** Adds a folder (uncounted), by default in its owner's My Drive (the running user's); returns its id. */
    addFolder(
      name: string,
      options?: { id?: string; parentId?: string; owner?: string; editors?: string[] },
    ): string;
    /**
     * Adds a file (uncounted) as a user's upload would, in `parentId` (default: the running user's My Drive),
     * of `mimeType` (default: PDF), last updated at `updated` (default: now); returns its id.
     */
    addFile(
      name: string,
      bytes: Uint8Array,
      options?: { parentId?: string; mimeType?: string; updated?: Date },
    ): string;
    /** The id of a user's My Drive (default: the running user's). */
    rootOf(email?: string): string;
    /** Text or bytes of a Drive file. */
    fileBytes(id: string): Uint8Array;
    /** Whether an item is in the bin: trashed itself or inside a trashed folder. */
    inBin(id: string): boolean;
    /** Makes the domain refuse sharing with `email` (DriveApp and the Drive API both throw). */
    refuseSharingWith(email: string): void;
    /** Drive's "shared with you" mails so far. */
    shareMails(): { to: string; itemId: string }[];
    /** Deletes an item for ever (emptied from the bin): its id no longer opens. */
    deleteForever(id: string): void;
  };
  /** Project HTML files by name (no ".html"). */
  readonly htmlFiles: Map<string, string>;
  readonly triggers: readonly TriggerData[];
  /** Virtual time: Utilities.sleep and lock waits add to it; nothing really sleeps. */
  readonly clock: { elapsedMs: number; sleeps: number[] };
}

const Position = Object.freeze({ TOP: "TOP", RIGHT: "RIGHT", BOTTOM: "BOTTOM", NONE: "NONE" });

class FakeCharts {
  readonly ChartType = ChartType;
  readonly Position = Position;
  constructor(protected readonly env: { recorder: Recorder }) {}
}
instrument(FakeCharts, "Charts");

export function createGasFakes(options: GasFakesOptions = {}): GasFakes {
  const recorder = new Recorder();
  recorder.access.granted = new Set(options.scopes ?? manifestScopes());
  const timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
  const locale = options.locale ?? "vi_VN";
  const user = options.user ?? "user@example.com";
  const owner = options.owner ?? user;
  const editors = [...new Set([...(options.editors ?? []), ...(user === owner ? [] : [user])])];
  const users = { active: user, effective: user, owner, editors };
  const spreadsheetId = options.spreadsheetId ?? "fake-spreadsheet-id";

  const sheetsEnv: SheetsEnv = createSheetsEnv({
    recorder,
    id: spreadsheetId,
    name: options.spreadsheetName ?? "Fake spreadsheet",
    timeZone,
    locale,
    sheetNames: options.sheets ?? ["Sheet1"],
    users,
    autoGrow: options.autoGrow ?? false,
    ...(options.formulaValue ? { formulaValue: options.formulaValue } : {}),
  });
  const book = sheetsEnv.book;

  const html = new HtmlFiles();
  for (const [name, content] of Object.entries(options.htmlFiles ?? {}))
    html.files.set(name.replace(/\.html$/, ""), content);
  const clock = { elapsedMs: 0, sleeps: [] as number[] };
  /** Bytes the Sheets API's spreadsheets.get answered, as JSON: what the add-on reads. */
  const readBytes = { total: 0 };
  // The spreadsheet is a Drive file too, in its owner's My Drive, shared with its editors.
  const drive = new DriveState(users);
  const sheetFile = drive.addFile(
    {
      bytes: new Uint8Array(),
      contentType: "application/vnd.google-apps.spreadsheet",
      name: options.spreadsheetName ?? "Fake spreadsheet",
    },
    drive.rootOf(owner),
    spreadsheetId,
    owner,
  );
  sheetFile.editors = users.editors;
  const servicesEnv: ServicesEnv = {
    authorization: { required: false },
    recorder,
    clock,
    users,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    locale,
    mail: new MailState(options.mailQuota ?? 100),
    locks: new LockState(),
    properties: { document: new Map(), user: new Map(), script: new Map() },
    drive,
    html,
    triggers: new TriggerState(),
    oauthToken: options.oauthToken ?? "ya29.fake-oauth-token",
    scriptId: "fake-script-id",
    spreadsheetIdOf: (x) => (x instanceof FakeSpreadsheet ? spreadsheetId : undefined),
    uuid: 0,
  };

  const services = {
    SpreadsheetApp: as<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(new FakeSpreadsheetApp(sheetsEnv)),
    DriveApp: as<GoogleAppsScript.Drive.DriveApp>(new FakeDriveApp(servicesEnv)),
    MailApp: as<GoogleAppsScript.Mail.MailApp>(new FakeMailApp(servicesEnv)),
    LockService: as<GoogleAppsScript.Lock.LockService>(new FakeLockService(servicesEnv)),
    PropertiesService: as<GoogleAppsScript.Properties.PropertiesService>(
      new FakePropertiesService(servicesEnv),
    ),
    ScriptApp: as<GoogleAppsScript.Script.ScriptApp>(new FakeScriptApp(servicesEnv)),
    Session: as<GoogleAppsScript.Base.Session>(new FakeSession(servicesEnv)),
    Utilities: as<GoogleAppsScript.Utilities.Utilities>(new FakeUtilities(servicesEnv)),
    HtmlService: as<GoogleAppsScript.HTML.HtmlService>(new FakeHtmlService(servicesEnv)),
    Charts: as<GoogleAppsScript.Charts.Charts>(new FakeCharts({ recorder })),
    Drive: { Permissions: new FakeDrivePermissions(servicesEnv) },
    Sheets: createSheetsApi(Object.assign(sheetsEnv, { readBytes })),
  };

  const findSheet = (name: string): SheetModel => {
    const sheet = book.find(name);
    if (sheet === undefined) throw new Error(`Fakes: no sheet named "${name}"`);
    return sheet;
  };

  const valuesOf = (sheet: SheetModel, box: Box): unknown[][] => {
    const out: unknown[][] = [];
    for (let i = 0; i < box.numRows; i++) {
      const line: unknown[] = [];
      for (let j = 0; j < box.numCols; j++) line.push(readValue(sheetsEnv, sheet, box.row + i, box.col + j));
      out.push(line);
    }
    return out;
  };

  const fakes: GasFakes = {
    ...services,
    calls: recorder.calls,
    sheetsReadBytes: () => readBytes.total,
    count: (match) => recorder.count(match),
    resetCalls: () => recorder.reset(),
    failOnCall: (k, match, message) => recorder.failOnCall(k, match, message),
    clearFaults: () => recorder.clearFaults(),
    pendingFaults: () => recorder.pendingFaults(),
    uncounted: (fn) => recorder.uncounted(fn),
    inAuthMode(mode, fn) {
      const before = recorder.access.mode;
      recorder.access.mode = mode;
      try {
        return fn();
      } finally {
        recorder.access.mode = before;
      }
    },
    asTimeTrigger(fn) {
      const before = {
        mode: recorder.access.mode,
        ui: sheetsEnv.ui.available,
        document: sheetsEnv.ui.activeDocument,
      };
      recorder.access.mode = "FULL";
      sheetsEnv.ui.available = false;
      sheetsEnv.ui.activeDocument = false;
      try {
        return fn();
      } finally {
        recorder.access.mode = before.mode;
        sheetsEnv.ui.available = before.ui;
        sheetsEnv.ui.activeDocument = before.document;
      }
    },
    grantScopes(scopes) {
      recorder.access.granted = new Set(scopes);
    },
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const saved = new Map<string, PropertyDescriptor | undefined>();
      for (const [name, service] of Object.entries(services)) {
        saved.set(name, Object.getOwnPropertyDescriptor(t, name));
        Object.defineProperty(t, name, {
          value: service,
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
      return () => {
        for (const [name, descriptor] of saved) {
          if (descriptor === undefined) delete t[name];
          else Object.defineProperty(t, name, descriptor);
        }
      };
    },
    snapshot() {
      const out: Record<string, unknown[][]> = {};
      for (const sheet of book.sheets) {
        const rows = sheet.lastRow();
        const cols = sheet.lastColumn();
        out[sheet.name] = rows === 0 ? [] : valuesOf(sheet, { row: 1, col: 1, numRows: rows, numCols: cols });
      }
      return out;
    },
    seed(sheetName, rows, seedOptions = {}) {
      const sheet = book.find(sheetName) ?? book.addSheet(sheetName);
      const row0 = seedOptions.row ?? 1;
      const col0 = seedOptions.col ?? 1;
      rows.forEach((line, i) => {
        sheet.maxRows = Math.max(sheet.maxRows, row0 + i);
        sheet.maxCols = Math.max(sheet.maxCols, col0 + line.length - 1);
        line.forEach((value, j) => {
          if (seedOptions.raw === true) {
            const cell = sheet.ensure(row0 + i, col0 + j);
            cell.formula = "";
            cell.value =
              value === null || value === undefined
                ? ""
                : isDate(value)
                  ? new Date(value.getTime())
                  : typeof value === "number" || typeof value === "boolean"
                    ? value
                    : String(value);
          } else writeInput(sheetsEnv, sheet, row0 + i, col0 + j, value);
        });
      });
    },
    cell(ref) {
      const { sheetName, range } = splitSheetName(ref);
      const sheet = sheetName === null ? book.activeSheet() : findSheet(sheetName);
      const box = parseA1(range, sheet.maxRows, sheet.maxCols);
      const cell = sheet.get(box.row, box.col);
      const value = readValue(sheetsEnv, sheet, box.row, box.col);
      const merge = sheet.merges.find(
        (m) =>
          box.row >= m.row && box.row < m.row + m.numRows && box.col >= m.col && box.col < m.col + m.numCols,
      );
      return {
        value,
        formula: cell?.formula ?? "",
        displayValue:
          cell === undefined
            ? ""
            : displayText(value as never, cell.numberFormat, book.locale, book.timeZone),
        note: cell?.note ?? "",
        link: cell?.link ?? null,
        numberFormat: cell?.numberFormat ?? "0.###############",
        background: cell?.background ?? "#ffffff",
        fill: cell?.background ?? null,
        fontColor: cell?.fontColor ?? "#000000",
        fontFamily: cell?.fontFamily ?? "Arial",
        fontSize: cell?.fontSize ?? 10,
        fontWeight: cell?.fontWeight ?? "normal",
        fontStyle: cell?.fontStyle ?? "normal",
        fontLine: cell?.fontLine ?? "none",
        horizontalAlignment: cell?.horizontalAlignment ?? "general",
        verticalAlignment: cell?.verticalAlignment ?? "bottom",
        wrapStrategy: cell?.wrapStrategy ?? "OVERFLOW",
        validation: cell?.validation ? { ...cell.validation, values: [...cell.validation.values] } : null,
        borders: structuredClone(cell?.borders ?? {}),
        merge: merge === undefined ? null : a1Of(merge),
      };
    },
    sheetInfo(name) {
      const s = findSheet(name);
      return {
        name: s.name,
        sheetId: s.id,
        index: book.sheets.indexOf(s) + 1,
        maxRows: s.maxRows,
        maxColumns: s.maxCols,
        lastRow: s.lastRow(),
        lastColumn: s.lastColumn(),
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenCols,
        hidden: s.hidden,
        hiddenGridlines: s.hiddenGridlines,
        tabColor: s.tabColor,
        columnWidths: Object.fromEntries(s.columnWidths),
        rowHeights: Object.fromEntries(s.rowHeights),
        merges: s.merges.map(a1Of),
        protections: s.protections.map((p) => ({
          type: p.type,
          range: a1Of(p.box ?? s.whole()),
          description: p.description,
          warningOnly: p.warningOnly,
          editors: [...p.editors],
          unprotected: p.unprotected.map(a1Of),
        })),
        charts: s.charts.map((c) => ({
          id: c.id,
          type: c.type,
          ranges: c.ranges.map((r) => `${r.sheet.name}!${a1Of(r.box)}`),
          options: { ...c.options },
          position: { ...c.position },
        })),
      };
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    activeSheetName: () => book.activeSheet().name,
    activeRange: () =>
      book.activeRange === null ? null : `${book.activeRange.sheet.name}!${a1Of(book.activeRange.box)}`,
    flushes: () => sheetsEnv.flushes,
    setActiveUser(email) {
      users.active = email;
      users.effective = email;
    },
    ui: sheetsEnv.ui,
    mail: servicesEnv.mail,
    locks: servicesEnv.locks,
    authorization: servicesEnv.authorization,
    properties: servicesEnv.properties,
    drive: {
      rootId: servicesEnv.drive.rootId,
      folders: () => [...servicesEnv.drive.folders.values()],
      files: () => [...servicesEnv.drive.files.values()],
      addFolder: (name, opts = {}) => {
        const parent = opts.parentId ?? servicesEnv.drive.rootOf(opts.owner);
        const folder = servicesEnv.drive.addFolder(name, parent, opts.id, opts.owner);
        folder.editors.push(...(opts.editors ?? []));
        return folder.id;
      },
      addFile: (name, bytes, opts = {}) => {
        const file = servicesEnv.drive.addFile(
          { name, bytes, contentType: opts.mimeType ?? "application/pdf" },
          opts.parentId ?? servicesEnv.drive.rootOf(),
        );
        if (opts.updated) {
          file.created = new Date(opts.updated.getTime());
          file.updated = new Date(opts.updated.getTime());
        }
        return file.id;
      },
      rootOf: (email) => servicesEnv.drive.rootOf(email),
      inBin(id) {
        const item = servicesEnv.drive.folders.get(id) ?? servicesEnv.drive.files.get(id);
        if (item === undefined) throw new Error(`Fakes: no Drive item ${id}`);
        return servicesEnv.drive.inBin(item);
      },
      refuseSharingWith: (email) => servicesEnv.drive.refused.add(email),
      shareMails: () => [...servicesEnv.drive.shareMails],
      deleteForever(id) {
        if (!servicesEnv.drive.folders.delete(id) && !servicesEnv.drive.files.delete(id))
          throw new Error(`Fakes: no Drive item ${id}`);
      },
      fileBytes(id) {
        const file = servicesEnv.drive.files.get(id);
        if (file === undefined) throw new Error(`Fakes: no Drive file ${id}`);
        return new Uint8Array(file.bytes);
      },
    },
    htmlFiles: html.files,
    triggers: servicesEnv.triggers.triggers,
    clock,
  };
  return fakes;
}
