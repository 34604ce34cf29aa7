import { dayOf, isoDay } from "../../src/core/day";
import {
  defaultPeriodCode,
  makePeriod,
  PERIOD_KINDS,
  type PeriodKind,
  parsePeriodCode,
  periodLabel,
  periodShortName,
} from "../../src/core/periods";

const window = (year: number, kind: PeriodKind, mode: "decree09" | "calendar") => {
  const p = makePeriod(year, kind, mode);
  return `${isoDay(p.start)} ${isoDay(p.end)}`;
};

describe("Decree 09/2019 cut-off (Art. 12)", () => {
  test.each([
    ["Q1", "2019-12-15 2020-03-14"],
    ["Q2", "2020-03-15 2020-06-14"],
    ["Q3", "2020-06-15 2020-09-14"],
    ["Q4", "2020-09-15 2020-12-14"],
    ["H1", "2019-12-15 2020-06-14"],
    ["9M", "2019-12-15 2020-09-14"],
    ["Y", "2019-12-15 2020-12-14"],
  ] as const)("2020-%s is %s", (kind, expected) => {
    expect(window(2020, kind, "decree09")).toBe(expected);
  });

  test("Q1 begins on 15/12 of the previous year", () => {
    expect(isoDay(makePeriod(2021, "Q1", "decree09").start)).toBe("2020-12-15");
  });
});

describe("calendar quarters", () => {
  test.each([
    ["Q1", "2020-01-01 2020-03-31"],
    ["Q2", "2020-04-01 2020-06-30"],
    ["Q3", "2020-07-01 2020-09-30"],
    ["Q4", "2020-10-01 2020-12-31"],
    ["H1", "2020-01-01 2020-06-30"],
    ["9M", "2020-01-01 2020-09-30"],
    ["Y", "2020-01-01 2020-12-31"],
  ] as const)("2020-%s is %s", (kind, expected) => {
    expect(window(2020, kind, "calendar")).toBe(expected);
  });

  test("a leap year's Q1 holds 29 February, a common year's does not", () => {
    const leap = makePeriod(2024, "Q1", "calendar");
    const common = makePeriod(2023, "Q1", "calendar");
    expect(leap.end - leap.start + 1).toBe(91);
    expect(common.end - common.start + 1).toBe(90);
    const decree = makePeriod(2024, "Q1", "decree09");
    expect(decree.end - decree.start + 1).toBe(17 + 31 + 29 + 14);
  });
});

describe("period codes and labels", () => {
  test("codes parse case-insensitively and reject anything else", () => {
    expect(parsePeriodCode("2020-q1")).toEqual({ year: 2020, kind: "Q1" });
    expect(parsePeriodCode(" 2020-9m ")).toEqual({ year: 2020, kind: "9M" });
    for (const bad of ["2020-Q5", "2020", "Q1-2020", "2020-H2", "20-Q1", ""])
      expect(parsePeriodCode(bad)).toBeUndefined();
  });

  test("labels and short names follow the report's wording", () => {
    const labels = PERIOD_KINDS.map((kind) => periodLabel({ year: 2020, kind }));
    expect(labels).toEqual([
      "Quý I năm 2020",
      "Quý II năm 2020",
      "Quý III năm 2020",
      "Quý IV năm 2020",
      "6 tháng đầu năm 2020",
      "9 tháng đầu năm 2020",
      "Năm 2020",
    ]);
    expect(PERIOD_KINDS.map((kind) => periodShortName({ year: 2020, kind }))).toEqual([
      "Q1-2020",
      "Q2-2020",
      "Q3-2020",
      "Q4-2020",
      "6T-2020",
      "9T-2020",
      "2020",
    ]);
  });
});

describe("the sidebar's default period follows the cut-off mode", () => {
  test.each([
    ["decree09", "2020-03-14", "2020-Q1"],
    ["decree09", "2020-03-15", "2020-Q2"],
    ["decree09", "2020-03-20", "2020-Q2"],
    ["calendar", "2020-03-20", "2020-Q1"],
    ["calendar", "2020-04-01", "2020-Q2"],
    ["decree09", "2019-12-15", "2020-Q1"],
    ["decree09", "2019-12-14", "2020-Q1"],
    ["decree09", "2020-12-14", "2020-Q4"],
    ["decree09", "2020-12-15", "2020-Y"],
    ["calendar", "2020-12-31", "2020-Q4"],
    ["calendar", "2021-01-05", "2020-Y"],
    ["calendar", "2019-06-01", "2020-Q1"],
  ] as const)("%s, today %s → %s", (mode, today, expected) => {
    const [y, m, d] = today.split("-").map(Number);
    expect(defaultPeriodCode(2020, dayOf(y ?? 0, m ?? 0, d ?? 0), mode)).toBe(expected);
  });
});
