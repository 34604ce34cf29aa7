import {
  cellText,
  isPercentFormat,
  looksLikeFraction,
  PercentCell,
  parseDay,
  parseDeadline,
  parseGroup,
  parseProgress,
  parseSubDimension,
  withFormat,
} from "../../src/core/cells";
import { dayOf, dayOfDate, isoDay } from "../../src/core/day";

const deadline = (value: unknown, year = 2020) => {
  const parsed = parseDeadline(value, year, "UTC");
  if (!parsed.ok) return "BAD";
  return parsed.value.kind === "ongoing" ? "ongoing" : isoDay(parsed.value.day);
};

describe("deadline phrases (docs/workbook.md: deadlines)", () => {
  test.each([
    ["Quý I/2020", "2020-03-31"],
    ["Quý 1/2020", "2020-03-31"],
    ["Quý I năm 2020", "2020-03-31"],
    ["Quý II/2020", "2020-06-30"],
    ["Quý III năm 2021", "2021-09-30"],
    ["quý iv/2020", "2020-12-31"],
    ["Quý 4", "2020-12-31"],
    ["Quý I", "2020-03-31"],
    ["Tháng 6/2020", "2020-06-30"],
    ["Tháng 06/2020", "2020-06-30"],
    ["Tháng 6 năm 2020", "2020-06-30"],
    ["T6/2020", "2020-06-30"],
    ["6/2020", "2020-06-30"],
    ["Tháng 6", "2020-06-30"],
    ["Tháng 2/2020", "2020-02-29"],
    ["Tháng 2/2021", "2021-02-28"],
    ["6 tháng đầu năm", "2020-06-30"],
    ["9 tháng đầu năm", "2020-09-30"],
    ["Năm 2020", "2020-12-31"],
    ["Trong năm 2020", "2020-12-31"],
    ["Cả năm", "2020-12-31"],
    ["Trong năm", "2020-12-31"],
    ["Thường xuyên", "ongoing"],
    ["Liên tục", "ongoing"],
    ["Hằng quý", "ongoing"],
    ["Hằng năm", "ongoing"],
    ["  THƯỜNG   XUYÊN ", "ongoing"],
    ["15/03/2020", "2020-03-15"],
    ["5/3/2020", "2020-03-05"],
    ["2020-03-15", "2020-03-15"],
  ])("%s → %s", (text, expected) => {
    expect(deadline(text)).toBe(expected);
  });

  test.each([
    ["Trước 30/6/2020", "2020-06-30"],
    ["Trước ngày 30/6/2020", "2020-06-30"],
    ["Chậm nhất ngày 30/6/2020", "2020-06-30"],
    ["Chậm nhất là 30/6/2020", "2020-06-30"],
    ["Chậm nhất là ngày 30/06/2020", "2020-06-30"],
    ["Hạn 30/6/2020", "2020-06-30"],
    ["Hạn chót 2020-06-30", "2020-06-30"],
    ["Đến 30/6/2020", "2020-06-30"],
    ["đến ngày 30/6/2020.", "2020-06-30"],
    ["Trong quý III/2020", "2020-09-30"],
    ["Trong quý 3/2020", "2020-09-30"],
    ["Trong quý III năm 2020", "2020-09-30"],
    ["Trong quý III", "2020-09-30"],
    ["Trong tháng 6/2020", "2020-06-30"],
    ["Trong tháng 06/2020", "2020-06-30"],
    ["Trong tháng 6 năm 2020", "2020-06-30"],
    ["Trong T6/2020", "2020-06-30"],
    ["Trong tháng 6", "2020-06-30"],
    ["Cuối quý II/2020", "2020-06-30"],
    ["Cuối quý 2", "2020-06-30"],
    ["Cuối tháng 6/2020", "2020-06-30"],
    ["Cuối tháng 2/2021", "2021-02-28"],
    ["Cuối năm 2020", "2020-12-31"],
    ["Cuối năm", "2020-12-31"],
    ["Hết quý I", "2020-03-31"],
    ["Hết quý IV năm 2021", "2021-12-31"],
    ["Hết tháng 9", "2020-09-30"],
    ["Hết năm", "2020-12-31"],
    ["  CUỐI   QUÝ  II/2020 ", "2020-06-30"],
    ["Trước ngày 30/6/2020".normalize("NFD"), "2020-06-30"],
    ["Cuối năm".normalize("NFD"), "2020-12-31"],
  ])("everyday wording: %s → %s", (text, expected) => {
    expect(deadline(text)).toBe(expected);
  });

  test("finishing on the day of `Trước 30/6/2020` is on time: the deadline is that day", () => {
    expect(deadline("Trước 30/6/2020")).toBe(deadline("30/06/2020"));
  });

  test("a year left out means the plan year", () => {
    expect(deadline("Quý I", 2021)).toBe("2021-03-31");
    expect(deadline("Tháng 6", 2019)).toBe("2019-06-30");
    expect(deadline("Trong năm", 2022)).toBe("2022-12-31");
  });

  test("decomposed (NFD) Vietnamese is read like composed text", () => {
    expect(deadline("Thường xuyên".normalize("NFD"))).toBe("ongoing");
    expect(deadline("Quý II năm 2020".normalize("NFD"))).toBe("2020-06-30");
    expect(deadline("6 tháng đầu năm".normalize("NFD"))).toBe("2020-06-30");
  });

  test("a Date cell is a deadline", () => {
    expect(deadline(new Date(Date.UTC(2020, 4, 31)))).toBe("2020-05-31");
  });

  test.each([
    "Sớm",
    "Quý V/2020",
    "Tháng 13/2020",
    "13/2020",
    "6",
    "Năm",
    "31/02/2020",
    "",
    42,
    true,
    null,
    "=NOW()",
    new Date(Number.NaN),
    "Trước",
    "Trước quý II/2020",
    "Trước ngày 31/02/2020",
    "Hạn sớm",
    "Cuối",
    "Cuối quý V/2020",
    "Cuối tháng 13",
    "Trong 6/2020",
    "Trong tuần",
    "Sau 30/6/2020",
    "Cuối năm 20",
  ])("%p is BAD_DEADLINE", (value) => {
    expect(deadline(value)).toBe("BAD");
  });
});

describe("dates", () => {
  test.each([
    ["01/03/2020", "2020-03-01"],
    ["1/3/2020", "2020-03-01"],
    ["29/02/2020", "2020-02-29"],
    ["2020-02-29", "2020-02-29"],
    [" 15/12/2019 ", "2019-12-15"],
  ])("%s", (text, iso) => {
    const parsed = parseDay(text, "UTC");
    expect(parsed.ok && isoDay(parsed.value)).toBe(iso);
  });

  test.each(["29/02/2021", "32/01/2020", "01/13/2020", "2020/03/01x", "hôm qua", 43900, false])(
    "%p is not a date",
    (v) => {
      expect(parseDay(v, "UTC").ok).toBe(false);
    },
  );

  test("a Date at midnight in the sheet's zone is that calendar day, on any machine", () => {
    // 01/03/2020 00:00 in Asia/Ho_Chi_Minh is 29/02/2020 17:00 UTC.
    const sheetsDate = new Date(Date.UTC(2020, 1, 29, 17, 0, 0));
    expect(isoDay(dayOfDate(sheetsDate, "Asia/Ho_Chi_Minh") ?? 0)).toBe("2020-03-01");
    expect(isoDay(dayOfDate(sheetsDate, "UTC") ?? 0)).toBe("2020-02-29");
    const parsed = parseDay(sheetsDate, "Asia/Ho_Chi_Minh");
    expect(parsed.ok && parsed.value).toBe(dayOf(2020, 3, 1));
  });
});

describe("progress", () => {
  test.each([
    [50, 50],
    [0, 0],
    [100, 100],
    ["50%", 50],
    ["50 %", 50],
    [" 75 ", 75],
    ["12,5", 12.5],
    ["12.5%", 12.5],
  ])("%p → %p", (value, expected) => {
    const parsed = parseProgress(value);
    expect(parsed.ok && parsed.value).toBe(expected);
  });

  test.each([
    [1, 100],
    [0.5, 50],
    [0.07, 7],
    [0, 0],
    [0.125, 12.5],
  ])("a percent-formatted cell holding %p (what `%p%` is stored as) is %p", (fraction, expected) => {
    const parsed = parseProgress(new PercentCell(fraction));
    expect(parsed.ok && parsed.value).toBe(expected);
    expect(cellText(new PercentCell(fraction), "UTC")).toBe(`${expected}%`);
  });

  test.each([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%", true],
    ["[Red]0%;[Blue]-0%", true],
    ['0"%"', false],
    ["0\\%", false],
    ["General", false],
    ["0.###############", false],
    ["@", false],
    ["[$%-409]0", false],
    [undefined, false],
  ])("number format %p is a percent format: %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
    expect(withFormat(0.5, format) instanceof PercentCell).toBe(expected);
  });

  test("only finite numbers become percent cells; text and blanks stay as they are", () => {
    expect(withFormat("50%", "0%")).toBe("50%");
    expect(withFormat("", "0%")).toBe("");
    expect(withFormat(Number.NaN, "0%")).toBeNaN();
    expect(parseProgress(new PercentCell(1.5)).ok).toBe(false);
    expect(parseProgress(new PercentCell(-0.1)).ok).toBe(false);
  });

  test.each([
    [1, true],
    [0.5, true],
    ["1", true],
    ["0,5", true],
    [0, false],
    [1.5, false],
    [100, false],
    ["1%", false],
    ["0.5 %", false],
    [new PercentCell(0.01), false],
    ["nửa", false],
  ])("PROGRESS_FRACTION for %p: %p", (value, expected) => {
    expect(looksLikeFraction(value)).toBe(expected);
  });

  test.each([-1, 101, 150, Number.NaN, Number.POSITIVE_INFINITY, "nửa", "50%%", "", true, null, new Date()])(
    "%p is BAD_PROGRESS",
    (value) => {
      expect(parseProgress(value).ok).toBe(false);
    },
  );
});

describe("PAPI group and sub-dimension", () => {
  test.each([
    [1, 1],
    [8, 8],
    ["3", 3],
    ["1. Tham gia của người dân ở cấp cơ sở", 1],
    ["8. quản trị điện tử", 8],
    ["Kiểm soát tham nhũng trong khu vực công", 4],
    ["5. Thủ tục hành chính công".normalize("NFD"), 5],
  ])("%p → group %p", (value, id) => {
    const parsed = parseGroup(value);
    expect(parsed.ok && parsed.value.id).toBe(id);
  });

  test.each([0, 9, 1.5, "Nhóm 9", "1. Quản trị điện tử", "", null])("%p is UNKNOWN_GROUP", (value) => {
    expect(parseGroup(value).ok).toBe(false);
  });

  test.each([
    ["1.2", "1.2"],
    [2.1, "2.1"],
    ["1.2 Cơ hội tham gia", "1.2"],
    ["8.2 tiếp cận và sử dụng internet", "8.2"],
  ])("%p → %p", (value, code) => {
    const parsed = parseSubDimension(value);
    expect(parsed.ok && parsed.value).toBe(code);
  });

  test.each(["1.5", "9.1", 3.4, "1.2 Chất lượng nước", "abc"])("%p is UNKNOWN_SUBDIMENSION", (value) => {
    expect(parseSubDimension(value).ok).toBe(false);
  });
});

describe("years are four digits, as typed", () => {
  test.each(["Năm 0000", "Quý I/0050", "Năm 0999", "Tháng 2/0020"])(
    "%s is BAD_DEADLINE, not a 20th-century date",
    (text) => {
      expect(deadline(text)).toBe("BAD");
    },
  );

  test("a year below 100 is not read as 19xx by the day arithmetic", () => {
    expect(isoDay(dayOf(1000, 2, 28))).toBe("1000-02-28");
    expect(dayOf(1000, 1, 1)).toBeLessThan(dayOf(1900, 1, 1));
  });
});
