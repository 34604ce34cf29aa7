/**
 * Reads a raw workbook into a plan and checks it in the same pass (docs/workbook.md: sheets and columns, problems). Rows with an error
 * are reported and left out of the plan; warnings never leave a row out.
 */
import { DIMENSIONS, dimensionById } from "./catalogue";
import {
  cellText,
  looksLikeFraction,
  parseDay,
  parseDeadline,
  parseGroup,
  parseId,
  parseProgress,
  parseScore,
  parseSubDimension,
  parseYear,
} from "./cells";
import { type Day, dayOf, vnDay } from "./day";
import { type Issue, issue, sortIssues } from "./issues";
import { makePeriod, parsePeriodCode } from "./periods";
import {
  type Narrative,
  type Plan,
  type Score,
  sortChronologically,
  type Task,
  type Unit,
  type Update,
} from "./plan";
import {
  type ColumnSpec,
  headerOf,
  NARRATIVES,
  type NarrativeKey,
  PLAN_SHEETS,
  SCORES,
  type ScoreKey,
  SETTINGS_SHEET,
  type SheetSpec,
  TASKS,
  type TaskKey,
  UNITS,
  type UnitKey,
  UPDATES,
  type UpdateKey,
} from "./schema";
import { readSettings } from "./settings";
import { findSheet, forEachDataRow, type RawWorkbook, readTable, type Table } from "./table";
import { excerpt, isBlank, isEmail, normalizeKey, splitList } from "./text";

export interface ReadOptions {
  /** The year used for deadlines without a year when `Năm kế hoạch` is unusable. */
  fallbackYear: number;
}

export function readPlan(workbook: RawWorkbook, options: ReadOptions): Plan {
  const issues: Issue[] = [];
  const sheetIssue = (spec: SheetSpec) => {
    const raw = findSheet(workbook, spec.name);
    if (!raw && spec.required)
      issues.push(
        issue("MISSING_SHEET", spec.name, null, null, `không có trang "${spec.name}" trong bảng tính.`),
      );
    return raw;
  };

  const settingsRaw = sheetIssue(SETTINGS_SHEET);
  const { settings, issues: settingIssues } = readSettings(settingsRaw, workbook.timeZone);
  issues.push(...settingIssues);
  const year = settings.year ?? options.fallbackYear;
  // Without a usable `Năm kế hoạch` (already one error) nothing is compared with the year (docs/workbook.md: problems).
  const context: RowContext = {
    timeZone: workbook.timeZone,
    year,
    yearKnown: settings.year !== undefined,
    issues,
  };

  // Units first: the tasks' Đơn vị chủ trì is checked against them.
  const unitsTable = tableOf(sheetIssue(UNITS), UNITS, issues);
  const units = unitsTable ? readUnits(unitsTable, context) : [];

  const tasksTable = tableOf(sheetIssue(TASKS), TASKS, issues);
  const histories: Histories = new Map();
  const tasks = tasksTable ? readTasks(tasksTable, context, histories) : [];
  warnUnknownUnits(tasks, units, issues);

  const updatesTable = tableOf(sheetIssue(UPDATES), UPDATES, issues);
  const yearWindow = makePeriod(year, "Y", settings.cutoffMode);
  const updates = updatesTable ? readUpdates(updatesTable, context, histories, yearWindow) : [];
  warnProgressDecrease(histories, issues);

  const narrativesTable = tableOf(sheetIssue(NARRATIVES), NARRATIVES, issues);
  const narratives = narrativesTable ? readNarratives(narrativesTable, context) : new Map();

  const scoresTable = tableOf(sheetIssue(SCORES), SCORES, issues);
  const scores = scoresTable ? readScores(scoresTable, context) : [];

  return {
    settings,
    tasks,
    updates,
    narratives,
    units,
    scores,
    issues: sortIssues(
      issues,
      PLAN_SHEETS.map((s) => s.name),
    ),
  };
}

interface RowContext {
  timeZone: string;
  year: number;
  /** Whether `year` is the plan's own (else a stand-in): only then are the year warnings raised. */
  yearKnown: boolean;
  issues: Issue[];
}

function tableOf<K extends string>(raw: ReturnType<typeof findSheet>, spec: SheetSpec<K>, issues: Issue[]) {
  if (!raw) return undefined;
  const { table, issues: found } = readTable(raw, spec);
  issues.push(...found);
  return table;
}

/** Reads a sheet's data rows one after another: reports each row's problems and tells whether it had an error. */
class RowReader<K extends string> {
  row = 0;
  failed = false;
  private cells: unknown[] = [];
  constructor(
    private readonly table: Table<K>,
    private readonly spec: SheetSpec<K>,
    private readonly context: RowContext,
  ) {}

  /** Moves to a data row: one reader serves a sheet (a reader per row would be 60,000 objects to collect). */
  moveTo(row: number, cells: unknown[]): void {
    this.row = row;
    this.cells = cells;
    this.failed = false;
  }

  cell(key: K): unknown {
    const i = this.table.index[key];
    return i === undefined ? undefined : this.cells[i];
  }

  text(key: K): string {
    return cellText(this.cell(key), this.context.timeZone);
  }

  column(key: K): ColumnSpec<K> {
    const found = this.spec.columns.find((c) => c.key === key);
    if (!found) throw new Error(`schema has no column ${key}`);
    return found;
  }

  /** Reports a blank required cell; true when the cell has a value. */
  present(key: K): boolean {
    // A cell that shows nothing (an invalid Date, NaN) is as empty as a blank one.
    // Text that is not blank shows something; only other values need cellText to tell (saves a normalize per cell).
    const value = this.cell(key);
    if (!isBlank(value) && (typeof value === "string" || this.text(key) !== "")) return true;
    const column = this.column(key);
    this.report("REQUIRED", key, `chưa nhập "${column.header}".`);
    return false;
  }

  report(code: Parameters<typeof issue>[0], key: K | null, detail: string): void {
    const found = issue(
      code,
      this.spec.name,
      this.row,
      key === null ? null : this.column(key).header,
      detail,
    );
    if (found.severity === "error") this.failed = true;
    this.context.issues.push(found);
  }

  quoted(key: K): string {
    return `"${excerpt(this.text(key) || this.cell(key))}"`;
  }
}

/**
 * Every id of `Nhiệm vụ`, rows with errors too, to the updates read for its task, or to null when its row has
 * an error. One look-up per update row tells whether its task exists, whether it is kept, and where it goes.
 */
type Histories = Map<string, Update[] | null>;

/**
 * A cell parser that parses each distinct text or date once: a sheet repeats a few dates, deadlines and
 * codes over thousands of rows, and matching a pattern is most of what reading such a cell costs. What it
 * returns is shared by the rows with that value, so it must never be changed.
 */
function onceEach<T>(parse: (value: unknown) => T): (value: unknown) => T {
  const parsed = new Map<string | number, T>();
  return (value) => {
    // Each Date cell is an object of its own, so a date is known by its instant; other values are cheap.
    const key = typeof value === "string" ? value : value instanceof Date ? value.getTime() : undefined;
    if (key === undefined) return parse(value);
    let result = parsed.get(key);
    if (result === undefined) {
      result = parse(value);
      parsed.set(key, result);
    }
    return result;
  };
}

function readTasks(table: Table<TaskKey>, context: RowContext, histories: Histories): Task[] {
  const tasks: Task[] = [];
  // The plan year as days, compared with each deadline (no date broken into parts per row).
  const yearStart = dayOf(context.year, 1, 1);
  const yearEnd = dayOf(context.year, 12, 31);
  const deadlineOf = onceEach((value) => parseDeadline(value, context.year, context.timeZone));
  const subDimensionOf = onceEach(parseSubDimension);
  const r = new RowReader(table, TASKS, context);
  forEachDataRow(table, (row, cells) => {
    r.moveTo(row, cells);
    const id = parseId(r.cell("id"), context.timeZone);
    const seen = histories.has(id);
    if (r.present("id") && seen)
      r.report("DUPLICATE_ID", "id", `mã "${excerpt(id)}" đã dùng cho một nhiệm vụ ở dòng trên.`);

    const group = parseGroup(r.cell("group"));
    if (r.present("group") && !group.ok)
      r.report("UNKNOWN_GROUP", "group", `nhóm PAPI ${r.quoted("group")} không có; nhập số từ 1 đến 8.`);

    let subdimension = "";
    if (!isBlank(r.cell("subdimension"))) {
      const sub = subDimensionOf(r.cell("subdimension"));
      if (!sub.ok)
        r.report(
          "UNKNOWN_SUBDIMENSION",
          "subdimension",
          `nội dung thành phần ${r.quoted("subdimension")} không có.`,
        );
      else if (group.ok && !sub.value.startsWith(`${group.value.id}.`))
        r.report(
          "UNKNOWN_SUBDIMENSION",
          "subdimension",
          `nội dung thành phần ${sub.value} không thuộc nhóm ${group.value.id} (${dimensionById(group.value.id)?.vn}).`,
        );
      else subdimension = sub.value;
    }
    r.present("content");
    r.present("lead");

    const deadline = deadlineOf(r.cell("deadline"));
    if (r.present("deadline") && !deadline.ok)
      r.report(
        "BAD_DEADLINE",
        "deadline",
        `thời hạn ${r.quoted("deadline")} không hiểu được; nhập ngày (dd/mm/yyyy), "Quý I/${context.year}", "Tháng 6/${context.year}", "Năm ${context.year}" hoặc "Thường xuyên".`,
      );
    else if (
      context.yearKnown &&
      deadline.ok &&
      deadline.value.kind === "day" &&
      (deadline.value.day < yearStart || deadline.value.day > yearEnd)
    )
      r.report(
        "DEADLINE_OUTSIDE_YEAR",
        "deadline",
        `thời hạn ${vnDay(deadline.value.day)} nằm ngoài năm kế hoạch ${context.year}.`,
      );

    const kept = !r.failed && group.ok && deadline.ok;
    // Only an id's first row can be kept: a later one is DUPLICATE_ID.
    if (id !== "" && !seen) histories.set(id, kept ? [] : null);
    if (!kept) return;
    tasks.push({
      row,
      id,
      group: group.value.id,
      subdimension,
      content: r.text("content"),
      lead: r.text("lead"),
      partners: r.text("partners"),
      deadline: deadline.value,
      deadlineText: r.text("deadline"),
      product: r.text("product"),
      note: r.text("note"),
    });
  });
  return tasks;
}

/**
 * Each kept update also joins its task's history. An update naming a task row with an error is no
 * UNKNOWN_TASK, but it is left out with that row, whose error accounts for it.
 */
function readUpdates(
  table: Table<UpdateKey>,
  context: RowContext,
  histories: Histories,
  yearWindow: { start: Day; end: Day; code: string },
): Update[] {
  const updates: Update[] = [];
  const dayOfCell = onceEach((value) => parseDay(value, context.timeZone));
  const r = new RowReader(table, UPDATES, context);
  forEachDataRow(table, (row, cells) => {
    r.moveTo(row, cells);
    const taskId = parseId(r.cell("taskId"), context.timeZone);
    const history = histories.get(taskId);
    if (r.present("taskId") && history === undefined)
      r.report(
        "UNKNOWN_TASK",
        "taskId",
        `không có nhiệm vụ mã "${excerpt(taskId)}" trong trang "${TASKS.name}".`,
      );

    const date = dayOfCell(r.cell("date"));
    if (r.present("date") && !date.ok)
      r.report("BAD_DATE", "date", `ngày ${r.quoted("date")} không hợp lệ; nhập dạng dd/mm/yyyy.`);
    else if (context.yearKnown && date.ok && (date.value < yearWindow.start || date.value > yearWindow.end))
      r.report(
        "DATE_OUTSIDE_YEAR",
        "date",
        `ngày ${vnDay(date.value)} nằm ngoài kỳ báo cáo năm ${context.year} (${vnDay(yearWindow.start)} – ${vnDay(yearWindow.end)}).`,
      );

    const progress = parseProgress(r.cell("progress"));
    if (r.present("progress") && !progress.ok)
      r.report("BAD_PROGRESS", "progress", `tiến độ ${r.quoted("progress")} phải là số từ 0 đến 100.`);
    else if (progress.ok && looksLikeFraction(r.cell("progress"))) {
      const meant = Number((progress.value * 100).toPrecision(12));
      r.report(
        "PROGRESS_FRACTION",
        "progress",
        `tiến độ ${r.quoted("progress")} được hiểu là ${progress.value}%; nếu ý là ${meant}%, hãy nhập ${meant} (hoặc ${meant}%).`,
      );
    }
    r.present("result");

    if (progress.ok && progress.value === 100 && isBlank(r.cell("evidence")))
      r.report("DONE_WITHOUT_EVIDENCE", "evidence", "nhiệm vụ báo hoàn thành 100% nhưng chưa có minh chứng.");

    if (r.failed || !date.ok || !progress.ok || !history) return;
    const update = {
      row,
      taskId,
      date: date.value,
      progress: progress.value,
      result: r.text("result"),
      evidence: r.text("evidence"),
      updatedBy: r.text("updatedBy"),
    };
    updates.push(update);
    history.push(update);
  });
  return updates;
}

function warnProgressDecrease(histories: Histories, issues: Issue[]): void {
  // Task by task, not row by row: readPlan puts every issue in sheet and row order at the end.
  for (const history of histories.values()) {
    if (!history) continue;
    // Each task's few updates sort for much less than the whole sheet's would.
    sortChronologically(history);
    let highest: number | undefined;
    for (const u of history) {
      if (highest !== undefined && u.progress < highest)
        issues.push(
          issue(
            "PROGRESS_DECREASE",
            UPDATES.name,
            u.row,
            headerOf(UPDATES, "progress"),
            `tiến độ ${u.progress}% thấp hơn lần cập nhật trước (${highest}%) của nhiệm vụ "${u.taskId}" (ngày ${vnDay(u.date)}).`,
          ),
        );
      highest = Math.max(highest ?? 0, u.progress);
    }
  }
}

/** The units in sheet order; a repeated name is `DUPLICATE_ID`, a malformed address `BAD_EMAIL`. */
function readUnits(table: Table<UnitKey>, context: RowContext): Unit[] {
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  const r = new RowReader(table, UNITS, context);
  forEachDataRow(table, (row, cells) => {
    r.moveTo(row, cells);
    if (!r.present("unit")) return;
    const name = r.text("unit").normalize("NFC");
    const key = unitKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      r.report("DUPLICATE_ID", "unit", `đơn vị "${excerpt(name)}" đã có ở dòng ${first}.`);
      return;
    }
    seen.set(key, row);
    const emails = splitList(r.text("email"), /[;,\r\n]+/);
    const bad = emails.filter((e) => !isEmail(e));
    // The unit stays known (its tasks are not UNKNOWN_UNIT) but gets no mail until the address is fixed.
    if (bad.length > 0)
      r.report(
        "BAD_EMAIL",
        "email",
        `địa chỉ email không hợp lệ: ${bad.map((b) => `"${excerpt(b)}"`).join(", ")}; nhập dạng ten@coquan.gov.vn, nhiều địa chỉ cách nhau bởi dấu ; hoặc dấu ,.`,
      );
    units.push({ row, name, emails: bad.length > 0 ? [] : emails, contact: r.text("contact") });
  });
  return units;
}

/** How unit names are compared: like headers (case, spaces, NFC/NFD ignored; docs/workbook.md: sheets and columns). */
export function unitKey(name: string): string {
  return normalizeKey(name);
}

/** `UNKNOWN_UNIT` for each task whose Đơn vị chủ trì the `Đơn vị` sheet does not list (when it lists any). */
function warnUnknownUnits(tasks: readonly Task[], units: readonly Unit[], issues: Issue[]): void {
  if (units.length === 0) return;
  const known = new Set(units.map((u) => unitKey(u.name)));
  for (const t of tasks)
    if (!known.has(unitKey(t.lead)))
      issues.push(
        issue(
          "UNKNOWN_UNIT",
          TASKS.name,
          t.row,
          headerOf(TASKS, "lead"),
          `đơn vị "${excerpt(t.lead)}" không có trong trang "${UNITS.name}"; chọn trong danh sách hoặc thêm đơn vị vào trang đó.`,
        ),
      );
}

function readNarratives(table: Table<NarrativeKey>, context: RowContext): Map<string, Narrative> {
  const narratives = new Map<string, Narrative>();
  const r = new RowReader(table, NARRATIVES, context);
  forEachDataRow(table, (row, cells) => {
    r.moveTo(row, cells);
    const parsed = parsePeriodCode(r.text("period"));
    if (r.present("period") && !parsed)
      r.report(
        "BAD_DATE",
        "period",
        `kỳ báo cáo ${r.quoted("period")} không hợp lệ; nhập dạng 2020-Q1, 2020-H1, 2020-9M hoặc 2020-Y.`,
      );
    if (!parsed || r.failed) return;
    const code = `${parsed.year}-${parsed.kind}`;
    if (narratives.has(code)) {
      r.report("DUPLICATE_ID", "period", `kỳ ${code} đã có nội dung ở dòng ${narratives.get(code)?.row}.`);
      return;
    }
    // A bad date is an error, but the period's narrative is kept: the report then takes the default date.
    const reportDate = parseDay(r.cell("reportDate"), context.timeZone);
    if (!isBlank(r.cell("reportDate")) && !reportDate.ok)
      r.report(
        "BAD_DATE",
        "reportDate",
        `ngày ${r.quoted("reportDate")} không hợp lệ; nhập dạng dd/mm/yyyy.`,
      );
    narratives.set(code, {
      row,
      situation: r.text("situation"),
      shortcomings: r.text("shortcomings"),
      nextSteps: r.text("nextSteps"),
      proposals: r.text("proposals"),
      number: r.text("number"),
      reportDate: reportDate.ok ? reportDate.value : undefined,
    });
  });
  return narratives;
}

/**
 * The `Điểm PAPI` rows (docs/workbook.md, "PAPI scores"): a year, a dimension, and a score or a target (or both) from 1 to 10.
 * A second row of a year and dimension is `DUPLICATE_SCORE`; a year with some but not all 8 scores is
 * `MISSING_SCORE` on its last row.
 */
function readScores(table: Table<ScoreKey>, context: RowContext): Score[] {
  const scores: Score[] = [];
  /** The row of each year and dimension, by `year:group`. */
  const seen = new Map<string, number>();
  /** The dimensions each year has a score cell for, and the last such row. */
  const scored = new Map<number, { groups: Set<number>; lastRow: number }>();
  const r = new RowReader(table, SCORES, context);
  const score = (key: "score" | "target", what: string): number | undefined => {
    if (isBlank(r.cell(key))) return undefined;
    const parsed = parseScore(r.cell(key));
    if (parsed.ok) return parsed.value;
    r.report("BAD_SCORE", key, `${what} ${r.quoted(key)} phải là số từ 1 đến 10, ví dụ 5,53 hoặc 5.53.`);
    return undefined;
  };
  forEachDataRow(table, (row, cells) => {
    r.moveTo(row, cells);
    const year = parseYear(r.cell("year"), context.timeZone);
    if (isBlank(r.cell("year"))) r.report("BAD_SCORE", "year", "chưa nhập năm của điểm.");
    else if (!year.ok)
      r.report("BAD_SCORE", "year", `năm ${r.quoted("year")} không phải là một năm, ví dụ 2019.`);

    const group = parseGroup(r.cell("group"));
    if (r.present("group") && !group.ok)
      r.report("UNKNOWN_GROUP", "group", `nhóm PAPI ${r.quoted("group")} không có; nhập số từ 1 đến 8.`);

    const value = score("score", "điểm");
    const target = score("target", "điểm mục tiêu");
    if (isBlank(r.cell("score")) && isBlank(r.cell("target")))
      r.report("BAD_SCORE", "score", "chưa nhập điểm (hoặc điểm mục tiêu).");

    if (!year.ok || !group.ok) return;
    if (!isBlank(r.cell("score"))) {
      const ofYear = scored.get(year.value) ?? { groups: new Set<number>(), lastRow: row };
      ofYear.groups.add(group.value.id);
      ofYear.lastRow = row;
      scored.set(year.value, ofYear);
    }
    const key = `${year.value}:${group.value.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.report(
        "DUPLICATE_SCORE",
        "group",
        `năm ${year.value} đã có điểm nhóm ${group.value.id} ở dòng ${first}; mỗi năm, mỗi nhóm chỉ ghi một dòng.`,
      );
      return;
    }
    seen.set(key, row);
    if (r.failed) return;
    scores.push({ row, year: year.value, group: group.value.id, score: value, target });
  });
  warnMissingScores(scored, context.issues);
  return scores;
}

/**
 * `MISSING_SCORE` for each year with a score of some but not all 8 dimensions, on that year's last such
 * row. A row with an error still counts as there: its own error already says what is wrong with it.
 */
function warnMissingScores(
  scored: Map<number, { groups: Set<number>; lastRow: number }>,
  issues: Issue[],
): void {
  for (const [year, { groups, lastRow }] of scored) {
    if (groups.size >= DIMENSIONS.length) continue;
    const missing = DIMENSIONS.filter((d) => !groups.has(d.id)).map((d) => d.id);
    issues.push(
      issue(
        "MISSING_SCORE",
        SCORES.name,
        lastRow,
        headerOf(SCORES, "score"),
        `năm ${year} mới có điểm ${groups.size}/8 nhóm; còn thiếu nhóm ${missing.join(", ")}.`,
      ),
    );
  }
}
