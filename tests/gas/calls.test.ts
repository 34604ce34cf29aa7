/**
 * How many Apps Script service calls each action makes, whatever the plan's size: one Sheets API read
 * serves the whole action, and the facts it needs more than once (time zone, user, the log sheet) are
 * asked once. Counted on the fakes with the report made, exported once and logged before (the folder
 * and the log exist: the state of every action after the first).
 */
import { settingsRows } from "../../src/core/rows";
import { SETTINGS_SHEET } from "../../src/core/schema";
import { syntheticSheets } from "../../src/core/synthetic";
import { apiAddUpdate, apiDashboard, apiExportPdf } from "../../src/gas/api";
import { checkWorkbook } from "../../src/gas/check";
import { generateReport } from "../../src/gas/generate";
import { onEdit } from "../../src/gas/menu";
import { sendReport } from "../../src/gas/send";
import { createGasFakes, type GasFakes } from "../fakes";
import { ZONE } from "../support/gas";

function plan(tasks: number): GasFakes {
  const fakes = createGasFakes({ timeZone: ZONE, autoGrow: true });
  for (const sheet of syntheticSheets(tasks, 5)) {
    const rows =
      sheet.name === SETTINGS_SHEET.name
        ? settingsRows({
            agency: "Cơ quan tổng hợp",
            agencyCode: "TH",
            year: 2020,
            homeAffairsEmail: "sonoivu@example.gov.vn",
          })
        : sheet.rows;
    fakes.seed(sheet.name, rows, { raw: true });
  }
  return fakes;
}

/** Every call of each action, in a fresh sandbox per size. */
function callsAt(tasks: number, withPdf: boolean): Record<string, string[]> {
  const fakes = plan(tasks);
  const restore = fakes.install();
  const ss = () => SpreadsheetApp.getActiveSpreadsheet();
  const calls: Record<string, string[]> = {};
  const measure = (action: string, run: () => unknown) => {
    fakes.resetCalls();
    run();
    calls[action] = [...fakes.calls];
  };
  try {
    generateReport(ss(), "2020-Q1", { replace: false, force: true });
    if (withPdf) {
      apiExportPdf("2020-Q1");
      measure("export", () => expect(apiExportPdf("2020-Q1").ok).toBe(true));
      measure("send", () => sendReport(ss(), "2020-Q1", { send: true, resend: true, unsigned: true }));
    }
    measure("check", () => checkWorkbook(ss()));
    measure("dashboard", () => expect(apiDashboard("2020-Q1").ok).toBe(true));
    measure("update", () => {
      const added = apiAddUpdate({
        taskId: "1.1",
        date: "2020-03-01",
        progress: "50",
        result: "Đã làm",
        evidence: "",
      });
      expect(added).toMatchObject({ ok: true, value: { added: true } });
    });
    return calls;
  } finally {
    restore();
  }
}

/** The log row of an action whose log sheet exists: looked up, the user, then one write. */
const LOG_ROW = [
  "Spreadsheet.getSheetByName",
  "Session.getActiveUser",
  "User.getEmail",
  "Sheet.getLastRow",
  "Sheet.getMaxRows",
  "Sheet.getRange",
  "Range.setNumberFormat",
  "Range.setValues",
];
/** Every sheet's title and id, then the cells of the plan's sheets and the log (read-api.ts). */
const READ = ["Spreadsheet.getId", "Sheets.Spreadsheets.get", "Sheets.Spreadsheets.get"];
const LOCK = ["LockService.getDocumentLock", "Lock.tryLock"];
/** The PDF made, then filed in the folder this document made before. */
const PDF = [
  "Utilities.newBlob",
  "PropertiesService.getDocumentProperties",
  "Properties.getProperty",
  "DriveApp.getFolderById",
  "Folder.isTrashed",
  "Folder.createFile",
  "File.getName",
  "File.getId",
  "File.getUrl",
];

const MARKS = ["Spreadsheet.getSheetByName", "Sheet.getRange", "Range.getNotes", "Range.getBackgrounds"];
const ACTIVE = "SpreadsheetApp.getActiveSpreadsheet";
/** A sidebar call asks first whether the scopes it needs were granted (scopes.ts). */
const SCOPES = ["ScriptApp.getAuthorizationInfo", "AuthorizationInfo.getAuthorizedScopes"];

const EXPECTED: Record<string, string[]> = {
  export: [...SCOPES, ACTIVE, ...LOCK, ...READ, ...PDF, ...LOG_ROW, "Lock.releaseLock"],
  send: [
    ACTIVE,
    ...LOCK,
    ...READ,
    "MailApp.getRemainingDailyQuota",
    // A signed copy looked for: the folder's PDFs listed, the two drafts exported before read, unsigned.
    ...PDF.slice(1, 5),
    "Folder.getFilesByType",
    ...["FileIterator.hasNext", "FileIterator.next", "File.getName", "File.getLastUpdated"],
    ...["FileIterator.hasNext", "FileIterator.next", "File.getName", "File.getLastUpdated"],
    "FileIterator.hasNext",
    ...["File.getBlob", "Blob.getBytes", "File.getBlob", "Blob.getBytes"],
    // None: the unsigned draft (the user said yes to it) filed in that folder, and the SHA-256 of what goes.
    PDF[0] as string,
    ...PDF.slice(5),
    ...LOG_ROW,
    "Blob.getBytes",
    "Utilities.computeDigest",
    // The pending send's row: the log sheet and the user are known by now.
    ...LOG_ROW.slice(3),
    "MailApp.sendEmail",
    // Its result.
    "Sheet.getRange",
    "Range.setValues",
    "Lock.releaseLock",
  ],
  // The synthetic plan has four plan sheets: each one's marks read (and written only when they change).
  check: [ACTIVE, ...READ, ...MARKS, ...MARKS, ...MARKS, ...MARKS, ...LOG_ROW],
  dashboard: [...SCOPES, ACTIVE, ...READ, "Session.getActiveUser", "User.getEmail"],
  update: [
    ...SCOPES,
    ACTIVE,
    ...LOCK,
    ...READ,
    "Spreadsheet.getSheetByName",
    "Session.getActiveUser",
    "User.getEmail",
    "Sheet.getMaxRows",
    "Sheet.getRange",
    "Range.setNumberFormats",
    "Range.setValues",
    ...LOG_ROW.filter((c) => !c.startsWith("Session") && !c.startsWith("User")),
    "Lock.releaseLock",
  ],
};

/** A full `Tiến độ` grows by rows first (one call more, whatever the plan's size). */
const withoutGrowth = (calls: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(calls).map(([action, list]) => [
      action,
      list.filter((c) => c !== "Sheet.insertRowsAfter"),
    ]),
  );

describe("each action's calls are the same few whatever the plan's size", () => {
  test("100 and 1,000 tasks: export, send, check, the sidebar's view and an update", () => {
    for (const tasks of [100, 1000]) {
      const calls = callsAt(tasks, true);
      expect(calls.update?.filter((c) => c === "Sheet.insertRowsAfter").length).toBeLessThanOrEqual(1);
      expect(withoutGrowth(calls)).toEqual(EXPECTED);
    }
    expect(EXPECTED.send).toHaveLength(49);
  }, 120_000);

  test("10,000 tasks and 50,000 updates: check, the sidebar's view and an update", () => {
    const { export: _, send: __, ...rest } = EXPECTED;
    expect(withoutGrowth(callsAt(10_000, false))).toEqual(rest);
  }, 120_000);

  test("onEdit, a simple trigger, reads through SpreadsheetApp only the edited rows and what their rules need: the same calls at 100, 1,000 and 10,000 tasks", () => {
    /** Every call of one edit of `a1` in `sheetName`, and the cells its reads returned. */
    const editAt = (tasks: number, sheetName: string, a1: string, value: unknown) => {
      const fakes = plan(tasks);
      const restore = fakes.install();
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const range = ss.getSheetByName(sheetName)?.getRange(a1) as GoogleAppsScript.Spreadsheet.Range;
      // The cells each read hands back, counted from what it returns (no call of our own).
      const proto = Object.getPrototypeOf(range) as Record<string, (...a: unknown[]) => unknown[][]>;
      const reads = ["getValues", "getNumberFormats", "getNotes", "getBackgrounds"] as const;
      const originals = reads.map((name) => proto[name] as (...a: unknown[]) => unknown[][]);
      let cells = 0;
      reads.forEach((name, i) => {
        proto[name] = function (this: unknown, ...a: unknown[]) {
          const grid = (originals[i] as (...a: unknown[]) => unknown[][]).apply(this, a);
          cells += grid.length * (grid[0]?.length ?? 0);
          return grid;
        };
      });
      try {
        range.setValue(value);
        fakes.resetCalls();
        cells = 0;
        const e = {
          source: ss,
          range,
          authMode: "LIMITED",
        } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
        fakes.inAuthMode("LIMITED", () => onEdit(e));
        expect(fakes.ui.toasts).toHaveLength(1);
        return { calls: [...fakes.calls], cells };
      } finally {
        reads.forEach((name, i) => {
          proto[name] = originals[i] as (...a: unknown[]) => unknown[][];
        });
        restore();
      }
    };
    const sizes = [100, 1000, 10_000];
    // Task 60's third update (its others in rows 298–299 and 301–302), and task 49's row.
    const progress = sizes.map((n) => editAt(n, "Tiến độ", "C300", 250));
    const task = sizes.map((n) => editAt(n, "Nhiệm vụ", "B50", 9));
    const where = ["Range.getSheet", "Sheet.getName", "Range.getRow", "Range.getNumRows"];
    const sheets = [
      "Spreadsheet.getSpreadsheetTimeZone",
      "Spreadsheet.getSheets",
      ...Array(6).fill("Sheet.getName"),
    ];
    const whole = ["Sheet.getDataRange", "Range.getValues"];
    const size = ["Sheet.getLastRow", "Sheet.getLastColumn"];
    const read = ["Sheet.getRange", "Range.getValues"];
    const readWithFormats = [...read, "Range.getNumberFormats"];
    const marks = [
      "Sheet.getRange",
      "Range.getNotes",
      "Range.getBackgrounds",
      "Range.setNotes",
      "Range.setBackgrounds",
    ];
    expect(progress[0]?.calls).toEqual([
      ...where,
      ...sheets,
      // Cấu hình whole; Tiến độ's header rows, the edited row, Mã nhiệm vụ, the task's other updates.
      ...whole,
      ...size,
      ...readWithFormats,
      ...readWithFormats,
      ...readWithFormats,
      ...readWithFormats,
      ...readWithFormats,
      "Sheet.getName",
      // Nhiệm vụ's header rows, its ids, the task's row.
      ...size,
      ...read,
      ...read,
      ...read,
      "Sheet.getName",
      ...marks,
      "Spreadsheet.toast",
    ]);
    expect(task[0]?.calls).toEqual([
      ...where,
      ...sheets,
      // Cấu hình whole; Nhiệm vụ's header rows, the edited row, its ids (Đơn vị, read whole, the
      // synthetic plan has not).
      ...whole,
      ...size,
      ...read,
      ...read,
      ...read,
      "Sheet.getName",
      ...marks,
      "Spreadsheet.toast",
    ]);
    for (const edits of [progress, task]) for (const e of edits) expect(e.calls).toEqual(edits[0]?.calls);
    // What grows with the plan is the id columns alone: in Tiến độ 5 updates a task, values and number
    // formats, and Nhiệm vụ's; in Nhiệm vụ its own.
    const growth = (edits: typeof progress) => edits.map((e) => e.cells - (edits[0]?.cells ?? 0));
    expect(growth(progress)).toEqual([0, 900 * 11, 9900 * 11]);
    expect(growth(task)).toEqual([0, 900, 9900]);
    // Against whole sheets at 10,000 tasks: Tiến độ's 50,001 rows of 6 cells and their formats alone.
    expect(progress[2]?.cells).toBeLessThan((50_001 * 6 * 2) / 5);
  }, 120_000);
});
