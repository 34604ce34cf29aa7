/**
 * onEdit reads only the edited rows and what the rules on them need (src/gas/edit-read.ts): what it finds
 * and marks on those rows must be exactly what the full check finds and marks there, for every rule.
 */
import type { Issue } from "../../src/core/issues";
import { PLAN_SHEETS, SETTINGS_SHEET } from "../../src/core/schema";
import { checkEditedRows, checkWorkbook } from "../../src/gas/check";
import { sheetDate } from "../fakes";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox | undefined;
afterEach(() => box?.restore());
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const sheet = (name: string) => ss().getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
const day = (y: number, m: number, d: number) => sheetDate(y, m, d, ZONE);

/** The example plan with a problem of every kind the checker finds on a row, spread over the sheets. */
function planWithProblems(options: { yearKnown: boolean }): Sandbox {
  const sandbox = sampleSpreadsheet();
  const { fakes } = sandbox;
  const tasks = sheet("Nhiệm vụ");
  tasks.getRange("A10").setValue("1.1"); // DUPLICATE_ID of row 2
  tasks.getRange("B12").setValue(9); // UNKNOWN_GROUP: the task's row has an error
  tasks.getRange("C13").setValue("2.1"); // UNKNOWN_SUBDIMENSION: not of group 1…
  tasks.getRange("E14").setValue("Phòng Không Có"); // UNKNOWN_UNIT
  tasks.getRange("G16").setValue("15/06/2019"); // DEADLINE_OUTSIDE_YEAR
  tasks.getRange("G18").setValue("mai"); // BAD_DEADLINE
  tasks.getRange("D20").setValue(""); // REQUIRED
  tasks.getRange("A22").setValue(""); // REQUIRED (an id-less task)
  const badTask = String(tasks.getRange("A12").getValue());
  // A task far below the header rows: its row must be read for its updates to count.
  const farTask = String(tasks.getRange("A30").getValue());
  tasks.getRange("A40").setValue(farTask); // DUPLICATE_ID of a row below the header rows
  const updates = sheet("Tiến độ");
  updates.getRange("A5").setValue("99.9"); // UNKNOWN_TASK
  updates.getRange("C7").setValue(150); // BAD_PROGRESS
  updates.getRange("C9").setValue(0.3);
  updates.getRange("C9").setNumberFormat("0%"); // 30 %, a percent cell
  const last = updates.getLastRow();
  fakes.seed(
    "Tiến độ",
    [
      ["1.1", day(2020, 11, 1), 100, "Xong", "", ""], // DONE_WITHOUT_EVIDENCE
      ["1.1", day(2020, 12, 1), 5, "Giảm", "", ""], // PROGRESS_DECREASE
      [badTask, day(2020, 5, 1), 50, "Của một dòng lỗi", "", ""], // left out with its task, no UNKNOWN_TASK
      ["1.2", "32/13/2020", 50, "Ngày sai", "", ""], // BAD_DATE
      ["1.2", day(2019, 5, 1), 50, "Năm trước", "", ""], // DATE_OUTSIDE_YEAR
      ["1.3", day(2020, 6, 1), 0.5, "Phân số", "", ""], // PROGRESS_FRACTION
      ["1.3", day(2020, 6, 2), 40, "", "", ""], // REQUIRED
      ["1.1", day(2020, 3, 1), 80, "Trước đó", "", ""], // makes 1.1's later 5 % a decrease too
      [farTask, day(2020, 10, 1), 90, "Gần xong", "CV 1", ""],
      [farTask, day(2020, 10, 15), 20, "Lùi lại", "", ""], // PROGRESS_DECREASE
    ],
    { row: last + 1, raw: true },
  );
  const unitRows = sheet("Đơn vị").getLastRow();
  fakes.seed(
    "Đơn vị",
    [
      ["Văn phòng", "vp@example.gov.vn", ""], // DUPLICATE_ID
      ["Phòng Mới", "khong-phai-email", ""], // BAD_EMAIL
    ],
    { row: unitRows + 1, raw: true },
  );
  const narrativeRows = sheet("Nội dung báo cáo").getLastRow();
  fakes.seed(
    "Nội dung báo cáo",
    [
      ["2020-Q1", "Lặp lại", "", "", ""], // DUPLICATE_ID
      ["2020-Q9", "Kỳ sai", "", "", ""], // BAD_DATE
    ],
    { row: narrativeRows + 1, raw: true },
  );
  if (!options.yearKnown) {
    const settings = sheet(SETTINGS_SHEET.name);
    const rows = settings.getDataRange().getValues();
    const yearRow = rows.findIndex((r) => r[0] === "Năm kế hoạch") + 1;
    expect(yearRow).toBeGreaterThan(0);
    settings.getRange(yearRow, 2).setValue("");
  }
  return sandbox;
}

/** Every plan sheet's notes and fills. */
function marks(): Record<string, [string[][], string[][]]> {
  return Object.fromEntries(
    PLAN_SHEETS.map((spec) => {
      const range = sheet(spec.name).getDataRange();
      return [spec.name, [range.getNotes(), range.getBackgrounds()]];
    }),
  );
}

const rowRange = (name: string, first: number, count = 1) =>
  sheet(name).getRange(first, 1, count, 1) as GoogleAppsScript.Spreadsheet.Range;

describe.each([{ yearKnown: true }, { yearKnown: false }])(
  "a plan with problems on every sheet (%o)",
  (options) => {
    test("an edit of each row, one after another, finds and marks there what the full check does", () => {
      box = planWithProblems(options);
      const full = checkWorkbook(ss());
      const fullMarks = marks();
      box.restore();
      box = planWithProblems(options);
      // Every rule of the checker on a row fires somewhere here.
      const yearRules = ["DATE_OUTSIDE_YEAR", "DEADLINE_OUTSIDE_YEAR"];
      expect([...new Set(full.issues.filter((i) => i.row !== null).map((i) => i.code))].sort()).toEqual(
        [
          ...[
            "BAD_DATE",
            "BAD_DEADLINE",
            "BAD_EMAIL",
            "BAD_PROGRESS",
            "DONE_WITHOUT_EVIDENCE",
            "DUPLICATE_ID",
          ],
          ...["PROGRESS_DECREASE", "PROGRESS_FRACTION", "REQUIRED", "UNKNOWN_GROUP", "UNKNOWN_SUBDIMENSION"],
          ...["UNKNOWN_TASK", "UNKNOWN_UNIT"],
          ...(options.yearKnown ? yearRules : []),
        ].sort(),
      );
      for (const spec of PLAN_SHEETS) {
        const rows = sheet(spec.name).getLastRow();
        for (let row = 1; row <= rows; row++) {
          const found = checkEditedRows(ss(), rowRange(spec.name, row));
          const expected = full.issues.filter((i: Issue) => i.sheet === spec.name && i.row === row);
          expect({ sheet: spec.name, row, issues: found }).toEqual({
            sheet: spec.name,
            row,
            issues: expected,
          });
        }
      }
      // Each row re-marked by its own edit: the sheets end as the full check left them.
      expect(marks()).toEqual(fullMarks);
    });

    test("an edit of many rows at once, across updates of several tasks", () => {
      box = planWithProblems(options);
      const full = checkWorkbook(ss());
      const last = sheet("Tiến độ").getLastRow();
      const found = checkEditedRows(ss(), rowRange("Tiến độ", last - 12, 13));
      expect(found).toEqual(
        full.issues.filter((i) => i.sheet === "Tiến độ" && i.row !== null && i.row >= last - 12),
      );
      expect(found.length).toBeGreaterThan(5);
    });
  },
);
