/**
 * Property 6: the cell parsers (docs/workbook.md: sheets and columns). Progress is exactly a number in [0, 100] or its text
 * form; a deadline of any text never throws and gives a real calendar day; a formatted day reads back
 * as the same day.
 */
import fc from "fast-check";
import {
  cellText,
  parseDay,
  parseDeadline,
  parseGroup,
  parseId,
  parseProgress,
  parseSubDimension,
} from "../../src/core/cells";
import { type Day, dayOf, ymd } from "../../src/core/day";
import { anyText, nastyCell, vietnamese, ZONES, zoneDate } from "./arbitraries";

// Cheap properties, many runs: they carry most of the suite's 10,000+ cases.
const RUNS = {
  progressNumber: 2000,
  progressText: 2000,
  progressAnything: 1500,
  deadlineAnyString: 1500,
  deadlinePhrase: 2000,
  dayRoundTrip: 2000,
  dayValidity: 1500,
  dateCell: 1000,
  anyCell: 1500,
};

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;

/** A real calendar day: whole, and its year, month and day make it again. */
const isCalendarDay = (day: Day) => {
  if (!Number.isInteger(day)) return false;
  const { year, month, day: d } = ymd(day);
  return month >= 1 && month <= 12 && d >= 1 && d <= daysIn(year, month) && dayOf(year, month, d) === day;
};

const year = fc.integer({ min: 1000, max: 9999 });
const validYmd = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }))
  .chain(([y, m]) => fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => ({ y, m, d })));
const space = fc.constantFrom("", " ", "  ", "\t", "\u00a0");

/**
 * Other values an adapter might pass: plain objects and arrays (exceljs rich text, errors, formulas
 * left unconverted). Keys never shadow Object.prototype: `{ toString: 0 }` cannot come from a sheet.
 */
const otherValue = fc.anything({
  key: fc.string().filter((k) => !(k in Object.prototype)),
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
});

describe("parseProgress accepts exactly the numbers 0–100 and their text forms", () => {
  test("a number is accepted, unchanged, exactly when it is finite and within 0–100", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer(),
          fc.double({ min: -1, max: 101 }),
          fc.integer({ min: -5, max: 105 }),
        ),
        (n) => {
          const parsed = parseProgress(n);
          expect(parsed.ok).toBe(Number.isFinite(n) && n >= 0 && n <= 100);
          if (parsed.ok) expect(parsed.value).toBe(n);
        },
      ),
      { numRuns: RUNS.progressNumber },
    );
  });

  test('text such as "50", "50%", "12,5", " 99.5 % " is read as its number, accepted exactly within 0–100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "-", "+"),
        fc.integer({ min: 0, max: 300 }),
        fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
        fc.constantFrom(".", ","),
        fc.tuple(space, fc.constantFrom("", "%"), space, space),
        (sign, whole, fraction, separator, [lead, percent, beforePercent, trail]) => {
          const digits = fraction === undefined ? `${whole}` : `${whole}${separator}${fraction}`;
          const text = `${lead}${sign}${digits}${percent ? beforePercent + percent : ""}${trail}`;
          const value = Number(`${sign}${fraction === undefined ? whole : `${whole}.${fraction}`}`);
          const parsed = parseProgress(text);
          expect({ text, ok: parsed.ok }).toEqual({ text, ok: value >= 0 && value <= 100 });
          if (parsed.ok) expect(parsed.value).toBe(value);
        },
      ),
      { numRuns: RUNS.progressText },
    );
  });

  test("anything else is refused: no other type, and no text that is not a number 0–100", () => {
    /**
     * What parseProgress must answer, worked out another way: a finite number in 0–100 as it is; a text
     * that, trimmed and without one trailing "%", is a signed whole number with at most one decimal part
     * after "." or ","; nothing else.
     */
    const expected = (value: unknown): { ok: true; value: number } | { ok: false } => {
      let n = Number.NaN;
      if (typeof value === "number") n = value;
      else if (typeof value === "string") {
        let text = value.trim();
        if (text.endsWith("%")) text = text.slice(0, -1).trimEnd();
        const unsigned = text.startsWith("+") || text.startsWith("-") ? text.slice(1) : text;
        const parts = unsigned.split(/[.,]/);
        const digits = (part: string | undefined) => part !== undefined && /^[0-9]+$/.test(part);
        if (parts.length <= 2 && parts.every(digits)) n = Number(text.replace(",", "."));
      }
      return Number.isFinite(n) && n >= 0 && n <= 100 ? { ok: true, value: n } : { ok: false };
    };
    // Text close to a number (so that acceptance is tried as often as refusal) besides any value at all.
    const nearNumber = fc
      .tuple(
        fc.constantFrom("", " ", "+", "-", "a", "%"),
        fc.oneof(fc.integer({ min: -20, max: 150 }).map(String), fc.double({ noNaN: true }).map(String)),
        fc.constantFrom("", ",5", ".25", ",", ".", "%", " %", "%%", "e2", " 1", "x"),
        fc.constantFrom("", " ", "\t"),
      )
      .map((parts) => parts.join(""));
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.oneof(nastyCell, anyText, otherValue, nearNumber, fc.double()), (value) => {
        const want = expected(value);
        seen[want.ok ? "accepted" : "refused"]++;
        const parsed = parseProgress(value);
        expect({ value, ok: parsed.ok }).toEqual({ value, ok: want.ok });
        if (parsed.ok && want.ok) expect(parsed.value).toBe(want.value);
      }),
      { numRuns: RUNS.progressAnything },
    );
    // Both answers were asked for, so a parser that refused (or accepted) everything would have failed.
    expect(seen.accepted).toBeGreaterThan(RUNS.progressAnything / 20);
    expect(seen.refused).toBeGreaterThan(RUNS.progressAnything / 20);
  });
});

describe("parseDeadline", () => {
  test("any text never throws, and a day it gives is a real calendar day", () => {
    const phraseLike = fc
      .tuple(
        fc.constantFrom(
          "Quý ",
          "quí ",
          "Tháng ",
          "T",
          "",
          "Năm ",
          "Trong năm ",
          "Cả năm ",
          "6 tháng đầu năm ",
        ),
        fc.oneof(
          fc.stringMatching(/^[0-9ivxIVX]{0,3}$/),
          fc.integer({ min: 0, max: 14 }).map(String),
          anyText,
        ),
        fc.constantFrom("", "/", " năm ", "/ "),
        fc.oneof(
          fc.stringMatching(/^\d{0,5}$/),
          fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0")),
          anyText,
        ),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          vietnamese,
          phraseLike,
          nastyCell.filter((v) => typeof v === "string"),
        ),
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom(...ZONES),
        (text, planYear, zone) => {
          const parsed = parseDeadline(text, planYear, zone);
          if (parsed.ok && parsed.value.kind === "day") expect(isCalendarDay(parsed.value.day)).toBe(true);
        },
      ),
      { numRuns: RUNS.deadlineAnyString },
    );
  });

  // Years 1000–9999 only: a four-digit year below 1000 is read wrongly (0020 → 1920; see the report).
  test("every deadline phrase of docs/workbook.md gives the last day of its month, quarter, half or year", () => {
    type Expected = { y: number; m: number } | "ongoing" | "fail";
    const optionalYear = fc.option(year, { nil: undefined });
    const withYear = (y: number | undefined, joiner: string) => (y === undefined ? "" : `${joiner}${y}`);
    const phrase = (planYear: number): fc.Arbitrary<{ text: string; expected: Expected }> =>
      fc.oneof(
        fc
          .tuple(fc.constantFrom("Quý", "Quí"), fc.integer({ min: 1, max: 4 }), fc.boolean(), optionalYear)
          .chain(([word, q, roman, y]) =>
            fc.constantFrom("/", " / ", " năm ").map((joiner) => ({
              text: `${word} ${roman ? ["I", "II", "III", "IV"][q - 1] : q}${withYear(y, joiner)}`,
              expected: { y: y ?? planYear, m: q * 3 },
            })),
          ),
        fc
          .tuple(
            fc.constantFrom("Tháng ", "Tháng", "T", ""),
            fc.integer({ min: 0, max: 15 }),
            fc.boolean(),
            optionalYear,
          )
          .chain(([word, m, padded, y]) =>
            fc.constantFrom("/", " năm ").map((joiner) => ({
              text: `${word}${padded && m < 10 ? `0${m}` : m}${withYear(y, joiner)}`,
              // A bare number is no deadline ("6" alone could be anything): it needs "Tháng", "T" or a year.
              expected: ((word !== "" || y !== undefined) && m >= 1 && m <= 12
                ? { y: y ?? planYear, m }
                : "fail") as Expected,
            })),
          ),
        fc.tuple(fc.constantFrom(6, 9), optionalYear).map(([n, y]) => ({
          text: `${n} tháng đầu năm${withYear(y, " ")}`,
          expected: { y: y ?? planYear, m: n },
        })),
        fc.tuple(fc.constantFrom("Năm", "Trong năm", "Cả năm"), optionalYear).map(([word, y]) => ({
          text: `${word}${withYear(y, " ")}`,
          // "Năm" alone is no deadline; "Trong năm" and "Cả năm" mean the plan year.
          expected: word === "Năm" && y === undefined ? ("fail" as const) : { y: y ?? planYear, m: 12 },
        })),
        fc
          .constantFrom("Thường xuyên", "Liên tục", "Hằng quý", "Hằng năm", "Hàng quý", "Hàng năm")
          .map((text) => ({ text, expected: "ongoing" as const })),
      );
    const FORMS = ["as typed", "NFD", "upper", "lower padded", "trailing dot"] as const;
    const shape = (text: string, form: (typeof FORMS)[number]) =>
      form === "NFD"
        ? text.normalize("NFD")
        : form === "upper"
          ? text.toUpperCase()
          : form === "lower padded"
            ? ` ${text.toLowerCase()}  `
            : form === "trailing dot"
              ? `${text}.`
              : text;
    const cases = year.chain((planYear) =>
      fc.record({
        planYear: fc.constant(planYear),
        phrase: phrase(planYear),
        form: fc.constantFrom(...FORMS),
        zone: fc.constantFrom(...ZONES),
      }),
    );
    fc.assert(
      fc.property(cases, ({ planYear, phrase: { text, expected }, form, zone }) => {
        const typed = shape(text, form);
        const parsed = parseDeadline(typed, planYear, zone);
        if (parsed.ok && parsed.value.kind === "day") expect(isCalendarDay(parsed.value.day)).toBe(true);
        const got = !parsed.ok ? "fail" : parsed.value.kind === "ongoing" ? "ongoing" : ymd(parsed.value.day);
        const want =
          typeof expected === "string"
            ? expected
            : { year: expected.y, month: expected.m, day: daysIn(expected.y, expected.m) };
        expect({ typed, got }).toEqual({ typed, got: want });
      }),
      { numRuns: RUNS.deadlinePhrase },
    );
  });
});

describe("parseDay", () => {
  test("a valid day written dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd reads back as the same day", () => {
    fc.assert(
      fc.property(
        validYmd,
        fc.integer({ min: 0, max: 5 }),
        space,
        space,
        ({ y, m, d }, format, lead, trail) => {
          const p = (n: number) => String(n).padStart(2, "0");
          const text = [
            `${p(d)}/${p(m)}/${y}`,
            `${d}/${m}/${y}`,
            `${y}-${p(m)}-${p(d)}`,
            `${y}-${m}-${d}`,
            `${p(d)}.${p(m)}.${y}`,
            `${p(d)}-${p(m)}-${y}`,
          ][format] as string;
          const parsed = parseDay(`${lead}${text}${trail}`, "UTC");
          expect(parsed).toEqual({ ok: true, value: dayOf(y, m, d) });
          if (parsed.ok) expect(ymd(parsed.value)).toEqual({ year: y, month: m, day: d });
        },
      ),
      { numRuns: RUNS.dayRoundTrip },
    );
  });

  test("a written day is accepted exactly when it exists in the calendar", () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.boolean(),
        (y, m, d, iso) => {
          const text = iso ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
          const exists = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
          expect({ text, ok: parseDay(text, "UTC").ok }).toEqual({ text, ok: exists });
        },
      ),
      { numRuns: RUNS.dayValidity },
    );
  });

  test("a Date cell as Sheets (midnight in Hà Nội) or exceljs (midnight UTC) hands it back reads as its day", () => {
    fc.assert(
      fc.property(validYmd, fc.constantFrom(...ZONES), ({ y, m, d }, zone) => {
        const day = dayOf(y, m, d);
        expect(parseDay(zoneDate(day, zone), zone)).toEqual({ ok: true, value: day });
      }),
      { numRuns: RUNS.dateCell },
    );
  });
});

test("no parser throws on any cell, in either zone", () => {
  fc.assert(
    fc.property(fc.oneof(nastyCell, otherValue), fc.constantFrom(...ZONES), (value, zone) => {
      cellText(value, zone);
      parseId(value, zone);
      parseDay(value, zone);
      parseProgress(value);
      parseDeadline(value, 2020, zone);
      const group = parseGroup(value);
      if (group.ok) expect(group.value.id >= 1 && group.value.id <= 8).toBe(true);
      parseSubDimension(value);
    }),
    { numRuns: RUNS.anyCell },
  );
});
