/**
 * Generators shared by the property tests: hostile cell values, workbooks laid out like the schema
 * (headers found by text, in any order, any case and any Unicode form) and mostly valid plans whose
 * update days are known, so that a property can compute what the engine should say on its own.
 */
import fc from "fast-check";
import { DIMENSIONS, dimensionLabel, subDimensionLabel } from "../../src/core/catalogue";
import { type Day, dayOf, isoDay, utcDate, ymd } from "../../src/core/day";
import { makePeriod, PERIOD_KINDS } from "../../src/core/periods";
import {
  type ColumnKind,
  CUTOFF_MODES,
  type CutoffMode,
  NARRATIVES,
  SETTINGS,
  SETTINGS_SHEET,
  type SheetSpec,
  TASKS,
  UNITS,
  UPDATES,
} from "../../src/core/schema";
import type { RawSheet, RawWorkbook } from "../../src/core/table";
import { BASE_SETTINGS, type TaskRecord, type UpdateRecord, workbook } from "../support/workbook";

export const ZONES = ["UTC", "Asia/Ho_Chi_Minh"] as const;
export const MODES: readonly CutoffMode[] = ["decree09", "calendar"];

// ---------------------------------------------------------------------------------------------
// Cell values

const VI_WORDS = [
  "Nhiệm vụ",
  "Tiến độ",
  "Thường xuyên",
  "Liên tục",
  "Hằng quý",
  "Quý I/2020",
  "Quý IV năm 2020",
  "Tháng 6 năm 2020",
  "T6/2020",
  "Năm 2020",
  "Trong năm",
  "Cả năm",
  "6 tháng đầu năm",
  "9 tháng đầu năm 2020",
  "Đơn vị chủ trì",
  "Kết quả thực hiện",
  "Nghị định 09/2019/NĐ-CP",
  "Theo quý dương lịch",
  "Ban Quản lý các khu công nghiệp tỉnh",
  "Sở Nội vụ",
  "Ủy ban nhân dân",
  "Tuyên truyền, phổ biến pháp luật",
  ...DIMENSIONS.map((d) => d.vn),
  ...DIMENSIONS.map(dimensionLabel),
  ...DIMENSIONS.flatMap((d) => d.subs.map(subDimensionLabel)),
];

/** Vietnamese text in every form it may arrive in: NFC, NFD (some keyboards), upper case, padded. */
export const vietnamese: fc.Arbitrary<string> = fc
  .constantFrom(...VI_WORDS)
  .chain((w) =>
    fc.constantFrom(
      w,
      w.normalize("NFD"),
      w.toUpperCase(),
      w.toUpperCase().normalize("NFD"),
      `  ${w}\t`,
      w.replace(/ /g, "  "),
    ),
  );

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any Unicode text: grapheme clusters, any code point, lone surrogates, control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 24 }),
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.string({
    unit: fc.oneof(loneSurrogate, fc.constantFrom("\u0000", "\r\n", "\u200b", "\ufeff", "\u00a0")),
  }),
);

export const ERROR_STRINGS = ["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"];

/** Text that spreadsheets treat as a formula or a signed value when typed. */
const formulaLike = fc.oneof(
  fc.constantFrom(
    "=IMPORTXML(A1)",
    "=1+1",
    "+84 912 345 678",
    "-50",
    "-0",
    "+100",
    "@user",
    "=",
    "+",
    "-",
    "@",
  ),
  fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.oneof(anyText, vietnamese)).map(([a, b]) => a + b),
);

const HUGE = 50_000;
/** 50,000 characters: one repeated piece, with or without spaces and line breaks. */
const hugeText = fc
  .tuple(fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }), vietnamese), fc.boolean())
  .map(([piece, spaced]) => {
    const unit = spaced ? `${piece} ` : piece || "x";
    return unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);
  });

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    -100,
    100.0000001,
    1e308,
    Number.MIN_VALUE,
    2 ** 53 + 2,
  ),
);

const anyDate = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15), new Date(0)),
);

const blankish = fc.constantFrom(null, undefined, "", " ", "\t", "   \n  ");

/** Any value a cell may hold, hostile or not. */
export const nastyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 15, arbitrary: anyText },
  { weight: 15, arbitrary: vietnamese },
  { weight: 10, arbitrary: anyNumber },
  { weight: 5, arbitrary: fc.boolean() },
  { weight: 10, arbitrary: blankish },
  { weight: 10, arbitrary: anyDate },
  { weight: 5, arbitrary: fc.constantFrom(...ERROR_STRINGS) },
  { weight: 10, arbitrary: formulaLike },
  // Rare per cell, yet in about one workbook in five: 50,000 characters cost time in every step.
  { weight: 1, arbitrary: hugeText },
);

// ---------------------------------------------------------------------------------------------
// Valid-looking values per column kind, so that random rows also go deep into the checker

const ID_POOL = ["1.1", "1.2", "2.1", "3", "A", "B-2", "1.10", "Nhiệm vụ 5"];
export const taskIdCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...ID_POOL),
  fc.constantFrom(...ID_POOL).map((id) => ` ${id} `),
  fc.constantFrom(1.1, 1.2, 2.1, 3),
);

const DEADLINE_TEXTS = [
  "Quý I/2020",
  "Quý 2/2020",
  "Quý III năm 2020",
  "Quý IV",
  "Tháng 6/2020",
  "Tháng 06/2020",
  "T9/2020",
  "6/2020",
  "Tháng 3",
  "6 tháng đầu năm",
  "9 tháng đầu năm",
  "Năm 2020",
  "Trong năm 2020",
  "Cả năm",
  "Thường xuyên",
  "Liên tục",
  "Hằng năm",
  "31/12/2019",
  "15/03/2020",
  "2020-06-30",
  "31/01/2021",
];

const vnForms = (text: string) => fc.constantFrom(text, text.normalize("NFD"), text.toUpperCase());

const dayIn = (from: Day, to: Day) => fc.noBias(fc.integer({ min: from, max: to }));

/** A day as a cell: text in one of the accepted forms, or a Date as the adapter hands it back. */
export function dayCell(day: Day, timeZone: string): fc.Arbitrary<unknown> {
  const { year, month, day: d } = ymd(day);
  const pad = (n: number) => String(n).padStart(2, "0");
  return fc.constantFrom<unknown>(
    `${pad(d)}/${pad(month)}/${year}`,
    `${d}/${month}/${year}`,
    isoDay(day),
    `${pad(d)}.${pad(month)}.${year}`,
    zoneDate(day, timeZone),
  );
}

/**
 * The Date a spreadsheet hands back for a day: midnight UTC (.xlsx), or midnight in the sheet's zone
 * (Sheets), which for Asia/Ho_Chi_Minh is 17:00 UTC the day before. The zone has been UTC+7 since
 * 1975; before that, noon (05:00 UTC) stands in for midnight, the same day under any offset it had.
 */
export function zoneDate(day: Day, timeZone: string): Date {
  const date = utcDate(day);
  if (timeZone === "UTC") return date;
  const hours = ymd(day).year >= 1976 ? -7 : 5;
  return new Date(date.getTime() + hours * 3_600_000);
}

const WINDOW_START = dayOf(2019, 12, 1);
const WINDOW_END = dayOf(2021, 1, 31);

/**
 * The days where off-by-one mistakes hide: the first and last day of every period window of 2020 in both
 * cut-off modes and the days either side, and the month ends that deadline phrases stand for (a deadline
 * day: finishing on it is on time, the next day is late).
 */
export const EDGE_DAYS: readonly Day[] = [
  ...new Set([
    ...MODES.flatMap((mode) =>
      PERIOD_KINDS.flatMap((kind) => {
        const p = makePeriod(2020, kind, mode);
        return [p.start - 1, p.start, p.end, p.end + 1];
      }),
    ),
    ...Array.from({ length: 12 }, (_, m) => dayOf(2020, m + 2, 1) - 1).flatMap((end) => [end, end + 1]),
  ]),
].filter((d) => d >= WINDOW_START && d <= WINDOW_END);

/** A day in the window, an edge day half of the time. */
const someDay = fc.oneof(dayIn(WINDOW_START, WINDOW_END), fc.constantFrom(...EDGE_DAYS));

const UNIT_NAMES = ["Văn phòng", "Phòng Quản lý doanh nghiệp", "Trung tâm"];

export function validCell(kind: ColumnKind, timeZone: string): fc.Arbitrary<unknown> {
  switch (kind) {
    case "id":
    case "taskRef":
      return taskIdCell;
    case "group":
      return fc.oneof(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(...DIMENSIONS).chain((d) => vnForms(dimensionLabel(d))),
        fc.integer({ min: 1, max: 8 }).map(String),
      );
    case "subdimension":
      return fc.oneof(
        fc.constantFrom(...DIMENSIONS.flatMap((d) => d.subs.map((s) => s.code))),
        fc.constantFrom(1.1, 2.3, 8.2),
        fc.constantFrom(...DIMENSIONS.flatMap((d) => d.subs.map(subDimensionLabel))),
      );
    case "deadline":
      return fc.oneof(
        fc.constantFrom(...DEADLINE_TEXTS).chain(vnForms),
        someDay.chain((d) => dayCell(d, timeZone)),
      );
    case "date":
      return someDay.chain((d) => dayCell(d, timeZone));
    case "progress":
      return fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(100, 0, 50),
        fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
        fc.constantFrom("12,5", "99.5 %", "100"),
      );
    case "period":
      return fc.constantFrom(...PERIOD_KINDS).map((k) => `2020-${k}`);
    case "unit":
      // A few names in several forms, so tasks and the Đơn vị sheet sometimes name the same unit.
      return fc.oneof(fc.constantFrom(...UNIT_NAMES).chain(vnForms), vietnamese);
    case "emails":
      return fc.constantFrom(
        "vp@example.gov.vn",
        "a@example.vn; b@example.vn",
        "a@example.vn,b@x.vn",
        "sai@",
        "",
      );
    default:
      return vietnamese;
  }
}

/** Mostly a value of the column's kind, sometimes blank, sometimes anything. */
export function mixedCell(kind: ColumnKind, timeZone: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: validCell(kind, timeZone) },
    { weight: 1, arbitrary: blankish },
    { weight: 2, arbitrary: nastyCell },
  );
}

// ---------------------------------------------------------------------------------------------
// Sheets laid out like the schema

/** A header as a user may have typed it: any case, NFC or NFD, padded, inner spaces doubled. */
const headerForm = (header: string) =>
  fc.constantFrom(
    header,
    header.normalize("NFD"),
    header.toUpperCase(),
    ` ${header} `,
    header.replace(/ /g, "  ").toLowerCase().normalize("NFD"),
  );

const sheetNameForm = (name: string) =>
  fc.constantFrom(name, name.normalize("NFD"), name.toUpperCase(), ` ${name} `);

/** Texts that are no header of any plan sheet, for extra columns and title rows. */
const NOT_HEADERS = ["STT", "Cột phụ", "Ghi chép riêng", "", "Tiêu đề", "KẾ HOẠCH NĂM 2020"];

export interface LaidOutSheet {
  sheet: RawSheet;
  /** 0-based index of the header row, or -1 when the sheet has none. */
  headerRow: number;
  /** Whether every required header is in the header row. */
  complete: boolean;
  /** 0-based column of each schema column kept in the header row. */
  columns: Record<string, number>;
}

export interface LayoutOptions {
  timeZone: string;
  /** How cells of data rows are made: `clean` rows are meant to be read without an error. */
  cell: (kind: ColumnKind, clean: boolean) => fc.Arbitrary<unknown>;
  /** Probability-ish weight of leaving a required header out (0 = never). */
  dropRequired: number;
  maxRows: number;
}

/**
 * A sheet with title rows, a header row holding the schema's headers in any order (optional ones
 * sometimes left out) between extra columns, then data rows: some blank, some blank only in the
 * schema's columns, some ragged.
 */
export function laidOutSheet(spec: SheetSpec, options: LayoutOptions): fc.Arbitrary<LaidOutSheet> {
  const columnChoice = spec.columns.map((c) =>
    fc
      .tuple(
        c.required
          ? fc.noBias(fc.integer({ min: 0, max: 99 })).map((n) => n >= options.dropRequired)
          : fc.noBias(fc.integer({ min: 0, max: 9 })).map((n) => n >= 3),
        headerForm(c.header),
      )
      .map(([kept, header]) => ({ column: c, kept, header })),
  );
  return fc
    .record({
      name: sheetNameForm(spec.name),
      titles: fc.array(fc.array(fc.constantFrom(...NOT_HEADERS), { maxLength: 3 }), { maxLength: 3 }),
      columns: fc.tuple(...columnChoice),
      extras: fc.array(fc.constantFrom(...NOT_HEADERS), { maxLength: 3 }),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
      rows: fc.array(
        fc.record({
          shape: fc.constantFrom(
            "data",
            "data",
            "data",
            "data",
            "data",
            "data",
            "blank",
            "extrasOnly",
            "ragged",
          ),
          cells: fc
            .constantFrom(true, true, false)
            .chain((clean) => fc.tuple(...spec.columns.map((c) => options.cell(c.kind, clean)))),
          extras: fc.array(nastyCell, { minLength: 3, maxLength: 3 }),
        }),
        { maxLength: options.maxRows },
      ),
    })
    .map(({ name, titles, columns, extras, order, rows }) => {
      type Slot = { kind: "schema"; index: number; header: string } | { kind: "extra"; header: string };
      const slots: Slot[] = [
        ...columns.flatMap((c, index) =>
          c.kept ? [{ kind: "schema" as const, index, header: c.header }] : [],
        ),
        ...extras.map((header) => ({ kind: "extra" as const, header })),
      ];
      const ranked = slots
        .map((slot, i) => ({ slot, rank: order[i] ?? i }))
        .sort((a, b) => a.rank - b.rank)
        .map((x) => x.slot);
      const header = ranked.map((s) => s.header);
      const body = rows.map((r) => {
        const extraCells = [...r.extras];
        return ranked.map((slot) => {
          if (slot.kind === "extra") return r.shape === "blank" ? null : extraCells.shift();
          if (r.shape === "blank" || r.shape === "extrasOnly") return r.shape === "blank" ? "" : null;
          return r.cells[slot.index];
        });
      });
      for (const [i, r] of rows.entries()) {
        // A ragged row: shorter than the header (its last cells missing), as Sheets hands back trailing blanks.
        const row = body[i];
        if (r.shape === "ragged" && row) row.length = Math.floor(row.length / 2);
      }
      const complete = columns.every((c) => !c.column.required || c.kept);
      const at: Record<string, number> = {};
      ranked.forEach((slot, i) => {
        if (slot.kind === "schema") at[spec.columns[slot.index]?.key ?? ""] = i;
      });
      return {
        sheet: { name, rows: [...titles, header, ...body] },
        headerRow: titles.length,
        complete,
        columns: at,
      };
    });
}

/** `Cấu hình` rows: every setting (its label in any form) with a valid or a hostile value. */
export function settingsSheet(
  options: { year: fc.Arbitrary<unknown>; mode: fc.Arbitrary<unknown> },
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<RawSheet> {
  return fc
    .record({
      name: sheetNameForm(SETTINGS_SHEET.name),
      header: fc.tuple(
        headerForm(SETTINGS_SHEET.columns[0].header),
        headerForm(SETTINGS_SHEET.columns[1].header),
      ),
      rows: fc.tuple(
        ...SETTINGS.map((s) =>
          fc.tuple(
            headerForm(s.label),
            s.key === "year"
              ? options.year
              : s.key === "cutoffMode"
                ? options.mode
                : s.key === "agency"
                  ? fc.oneof({ weight: 5, arbitrary: fc.constant(BASE_SETTINGS.agency) }, value)
                  : value,
          ),
        ),
      ),
      junk: fc.array(fc.array(nastyCell, { maxLength: 3 }), { maxLength: 2 }),
    })
    .map(({ name, header, rows, junk }) => ({ name, rows: [header, ...rows, ...junk] }));
}

export const modeCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...Object.values(CUTOFF_MODES)).chain(vnForms),
  fc.constantFrom("", null),
);

/** A year cell: mostly 2020, as number or text, sometimes anything. */
export const yearCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(2020, "2020", " 2020 ") },
  { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2110 }) },
  { weight: 2, arbitrary: nastyCell },
);

export interface LaidOutPlan {
  workbook: RawWorkbook;
  tasks: LaidOutSheet | null;
  updates: LaidOutSheet | null;
  narratives: LaidOutSheet | null;
}

/** A workbook shaped like the plan, with hostile values in its cells, and where its parts are. */
export const layoutPlan = (maxRows: number, dropRequired: number): fc.Arbitrary<LaidOutPlan> =>
  fc.constantFrom(...ZONES).chain((timeZone) => {
    const options: LayoutOptions = {
      timeZone,
      cell: (kind, clean) =>
        clean ? (kind === "subdimension" ? blankish : validCell(kind, timeZone)) : mixedCell(kind, timeZone),
      dropRequired,
      maxRows,
    };
    return fc
      .record({
        settings: fc.option(settingsSheet({ year: yearCell, mode: modeCell }, nastyCell), { freq: 12 }),
        tasks: fc.option(laidOutSheet(TASKS, options), { freq: 20 }),
        updates: fc.option(laidOutSheet(UPDATES, options), { freq: 20 }),
        narratives: fc.option(laidOutSheet(NARRATIVES, options), { freq: 3 }),
        units: fc.option(laidOutSheet(UNITS, options), { freq: 3 }),
      })
      .map(({ settings, tasks, updates, narratives, units }) => ({
        workbook: {
          timeZone,
          sheets: [settings, tasks?.sheet, updates?.sheet, narratives?.sheet, units?.sheet].filter(
            (s): s is RawSheet => s !== null && s !== undefined,
          ),
        },
        tasks,
        updates,
        narratives,
      }));
  });

export const layoutWorkbook = (maxRows: number, dropRequired: number): fc.Arbitrary<RawWorkbook> =>
  layoutPlan(maxRows, dropRequired).map((p) => p.workbook);

/** Rows of any shape: random length, random cells, possibly holes. */
const randomRows = fc
  .array(
    fc.array(fc.option(nastyCell, { freq: 4, nil: undefined }), { maxLength: 12 }).map((cells) => {
      const row: unknown[] = [];
      // Leave holes where undefined was drawn, as sparse arrays do.
      cells.forEach((c, i) => {
        if (c !== undefined) row[i] = c;
      });
      row.length = cells.length;
      return row;
    }),
    { maxLength: 14 },
  )
  .chain((rows) =>
    // Sometimes a header row of the real headers (in any form) lands somewhere in the random rows.
    fc
      .tuple(
        fc.constantFrom(TASKS, UPDATES, NARRATIVES, SETTINGS_SHEET, UNITS),
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
      )
      .map(([spec, at, insert]) => {
        if (insert)
          rows.splice(
            Math.min(at, rows.length),
            0,
            spec.columns.map((c) => c.header.normalize("NFD")),
          );
        return rows;
      }),
  );

const randomSheet = fc.record({
  name: fc.oneof(
    fc
      .constantFrom(SETTINGS_SHEET.name, TASKS.name, UPDATES.name, NARRATIVES.name, UNITS.name)
      .chain(sheetNameForm),
    anyText,
  ),
  rows: randomRows,
});

/** A mostly valid plan with a few cells overwritten by hostile values: reaches statuses and reports. */
const spoiledPlan: fc.Arbitrary<RawWorkbook> = fc.constant(null).chain(() =>
  generatedPlan.chain((plan) =>
    fc
      .array(fc.tuple(fc.nat({ max: 3 }), fc.nat(), fc.nat(), nastyCell), { minLength: 1, maxLength: 8 })
      .map((spoils) => {
        const wb = planWorkbook(plan);
        for (const [s, r, c, value] of spoils) {
          const rows = wb.sheets[s]?.rows;
          const row = rows?.[1 + (r % Math.max(1, rows.length - 1))];
          if (row) row[c % Math.max(1, row.length)] = value;
        }
        return wb;
      }),
  ),
);

/** Anything: a plan-shaped workbook, a spoiled valid plan, random sheets, or these mixed and shuffled. */
export const wildWorkbook: fc.Arbitrary<RawWorkbook> = fc.oneof(
  { weight: 3, arbitrary: layoutWorkbook(10, 10) },
  { weight: 2, arbitrary: spoiledPlan },
  {
    weight: 1,
    arbitrary: fc.record({
      timeZone: fc.constantFrom(...ZONES),
      sheets: fc.array(randomSheet, { maxLength: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(layoutWorkbook(6, 20), fc.array(randomSheet, { maxLength: 3 }))
      .chain(([wb, extra]) =>
        fc.shuffledSubarray([...wb.sheets, ...extra]).map((sheets) => ({ timeZone: wb.timeZone, sheets })),
      ),
  },
);

// ---------------------------------------------------------------------------------------------
// Mostly valid plans whose update days are known

export interface GeneratedUpdate {
  record: UpdateRecord;
  /** The update's calendar day, or undefined when its date cell is no valid date. */
  day: Day | undefined;
}

export interface GeneratedPlan {
  mode: CutoffMode;
  timeZone: string;
  tasks: TaskRecord[];
  updates: GeneratedUpdate[];
}

const planTask = (timeZone: string, index: number) =>
  fc.record({
    // Mostly unique ids; sometimes a blank one or one used by an earlier row (DUPLICATE_ID).
    id: fc.oneof(
      { weight: 14, arbitrary: fc.constant(`${index + 1}.${index % 3}`) },
      { weight: 1, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constant(index > 0 ? `${index}.${(index - 1) % 3}` : "1.0") },
    ),
    group: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 1, max: 8 }) },
      { weight: 3, arbitrary: fc.constantFrom(...DIMENSIONS).map(dimensionLabel) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(9, 0, "Nhóm X") },
    ),
    content: fc.constantFrom("Tuyên truyền pháp luật", "Công khai thủ tục", "Nâng cấp cổng thông tin"),
    lead: fc.constantFrom("Văn phòng", "Phòng Quản lý doanh nghiệp"),
    deadline: fc.oneof(
      { weight: 10, arbitrary: validCell("deadline", timeZone) },
      { weight: 1, arbitrary: fc.constantFrom("Sớm", "Tháng 13/2020") },
    ),
  });

const planUpdate = (timeZone: string, ids: readonly string[]): fc.Arbitrary<GeneratedUpdate> =>
  fc
    .record({
      taskId:
        ids.length > 0
          ? fc.oneof(
              { weight: 15, arbitrary: fc.constantFrom(...ids) },
              { weight: 1, arbitrary: fc.constant("X") },
            )
          : fc.constant("X"),
      day: someDay,
      badDate: fc.noBias(fc.integer({ min: 0, max: 19 })).map((n) => n === 0),
      progress: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) },
        { weight: 4, arbitrary: fc.constant(100) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(101, -5, "nhiều", "") },
      ),
      evidence: fc.constantFrom("", "CV 12/BQL"),
    })
    .chain((u) =>
      (u.badDate ? fc.constantFrom<unknown>("31/02/2020", "hôm qua") : dayCell(u.day, timeZone)).map(
        (date) => ({
          record: {
            taskId: u.taskId,
            date,
            progress: u.progress,
            result: `Kết quả ${u.taskId}`,
            evidence: u.evidence,
          },
          day: u.badDate ? undefined : u.day,
        }),
      ),
    );

/** A plan of 0–14 tasks (a few with errors) and 0–40 updates spread over 12/2019 – 01/2021. */
export const generatedPlan: fc.Arbitrary<GeneratedPlan> = fc
  .tuple(fc.constantFrom(...MODES), fc.constantFrom(...ZONES), fc.nat({ max: 14 }))
  .chain(([mode, timeZone, n]) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => planTask(timeZone, i))).chain((tasks) =>
      fc
        .array(
          planUpdate(
            timeZone,
            tasks.map((t) => t.id).filter((id) => id !== ""),
          ),
          {
            maxLength: 40,
            size: "medium",
          },
        )
        .map((updates): GeneratedPlan => ({ mode, timeZone, tasks, updates })),
    ),
  );

export function planWorkbook(plan: GeneratedPlan, updates = plan.updates): RawWorkbook {
  return workbook({
    timeZone: plan.timeZone,
    settings: { cutoffMode: CUTOFF_MODES[plan.mode] },
    tasks: plan.tasks,
    updates: updates.map((u) => u.record),
  });
}

/** A generated plan seen as laid-out sheets: `rowsOf` puts the header in row 1 and the schema's columns in order. */
export function planLayout(plan: GeneratedPlan): LaidOutPlan {
  const wb = planWorkbook(plan);
  const laid = (spec: SheetSpec): LaidOutSheet | null => {
    const sheet = wb.sheets.find((s) => s.name === spec.name);
    if (!sheet) return null;
    const columns: Record<string, number> = {};
    spec.columns.forEach((c, i) => {
      columns[c.key] = i;
    });
    return { sheet, headerRow: 0, complete: true, columns };
  };
  return { workbook: wb, tasks: laid(TASKS), updates: laid(UPDATES), narratives: laid(NARRATIVES) };
}
