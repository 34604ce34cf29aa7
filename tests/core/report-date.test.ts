/** The report's number and date (docs/workbook.md, "The report's date"): which date, why, and Số. */
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { makePeriod } from "../../src/core/periods";
import { chooseReportDate, reportDateLine } from "../../src/core/report-date";
import { task, workbook } from "../support/workbook";

// Q1 under Decree 09 ends on Saturday 14/03/2020: the first working day after it is Monday 16/03.
const Q1 = makePeriod(2020, "Q1", "decree09");

describe("the default report date", () => {
  test.each([
    [
      "today, 6 days after the period's end",
      dayOf(2020, 3, 20),
      "20/03/2020 (hôm nay, trong vòng 30 ngày sau kỳ)",
    ],
    ["today, 30 days after", dayOf(2020, 4, 13), "13/04/2020 (hôm nay, trong vòng 30 ngày sau kỳ)"],
    [
      "31 days after: the first working day after the end",
      dayOf(2020, 4, 14),
      "16/03/2020 (ngày làm việc đầu tiên sau kỳ)",
    ],
    [
      "years after (a 2020 report made in 2026)",
      dayOf(2026, 12, 3),
      "16/03/2020 (ngày làm việc đầu tiên sau kỳ)",
    ],
    ["on the period's last day", dayOf(2020, 3, 14), "16/03/2020 (ngày làm việc đầu tiên sau kỳ)"],
    ["before the period ends", dayOf(2020, 3, 1), "16/03/2020 (ngày làm việc đầu tiên sau kỳ)"],
  ])("%s", (_, today, expected) => {
    expect(reportDateLine(chooseReportDate({ today, period: Q1 }), Q1)).toBe(`Ngày báo cáo: ${expected}`);
  });

  test("a period ending on a Friday: the next Monday; on a Wednesday: the Thursday", () => {
    // Calendar quarters: Q2 2020 ends on Tuesday 30/06, Q3 on Wednesday 30/09, Q1 2021 on Wednesday 31/03.
    const later = dayOf(2030, 1, 1);
    expect(chooseReportDate({ today: later, period: makePeriod(2020, "Q2", "calendar") }).day).toBe(
      dayOf(2020, 7, 1),
    );
    expect(chooseReportDate({ today: later, period: { end: dayOf(2020, 7, 3) } }).day).toBe(
      dayOf(2020, 7, 6),
    );
    expect(chooseReportDate({ today: later, period: { end: dayOf(2020, 7, 4) } }).day).toBe(
      dayOf(2020, 7, 6),
    );
  });

  test("--date, then the period's Ngày báo cáo, then the setting, each said", () => {
    const today = dayOf(2026, 12, 3);
    const all = {
      option: dayOf(2020, 3, 17),
      periodDate: dayOf(2020, 3, 18),
      settingDate: dayOf(2020, 3, 19),
    };
    const line = (o: Partial<typeof all>) =>
      reportDateLine(chooseReportDate({ ...o, today, period: Q1 }), Q1);
    expect(line(all)).toBe("Ngày báo cáo: 17/03/2020 (theo tham số --date)");
    expect(line({ ...all, option: undefined })).toBe(
      'Ngày báo cáo: 18/03/2020 (theo cột "Ngày báo cáo" của kỳ 2020-Q1 ở trang "Nội dung báo cáo")',
    );
    expect(line({ settingDate: all.settingDate })).toBe(
      'Ngày báo cáo: 19/03/2020 (theo mục "Ngày báo cáo" ở trang "Cấu hình")',
    );
  });
});

describe("a report's number and date from the Nội dung báo cáo sheet", () => {
  const report = (
    narrative: Record<string, unknown>,
    settings: Record<string, unknown> = {},
    today = dayOf(2026, 12, 3),
  ) =>
    prepareReport(
      workbook({
        tasks: [task("1.1")],
        narratives: [{ period: "2020-Q1", situation: "Đã triển khai.", ...narrative }],
        settings,
      }),
      "2020-Q1",
      today,
    );
  const header = (r: ReturnType<typeof report>) => {
    const block = r.document.sections[0]?.blocks[0];
    return block?.type === "header" ? { number: block.number.text, date: block.date.text } : undefined;
  };
  const appendixNote = (r: ReturnType<typeof report>) =>
    r.document.sections[1]?.blocks
      .flatMap((b) => (b.type === "title" ? [b.phrases.join(" ")] : []))
      .find((t) => t.startsWith("(Kèm theo"));

  test.each(["45", "45/BC-BQLKCN", " 45 "])(
    "Số báo cáo %j prints Số: 45/BC-BQLKCN, in the header and the appendix",
    (typed) => {
      const r = report({ number: typed });
      expect(header(r)?.number).toBe("Số: 45/BC-BQLKCN");
      expect(appendixNote(r)).toMatch(/^\(Kèm theo Báo cáo số 45\/BC-BQLKCN ngày /);
    },
  );

  test("without a number the header keeps the blank văn thư fills in", () => {
    const r = report({});
    expect(header(r)?.number).toBe("Số:      /BC-BQLKCN");
    expect(appendixNote(r)).toMatch(/^\(Kèm theo Báo cáo số {6}\/BC-BQLKCN ngày /);
  });

  test("the period's Ngày báo cáo wins over the setting; run years later, the default is not today", () => {
    expect(header(report({ reportDate: "18/03/2020" }, { reportDate: "19/03/2020" }))?.date).toBe(
      "Tỉnh Mẫu, ngày 18 tháng 3 năm 2020",
    );
    const late = report({});
    expect(header(late)?.date).toBe("Tỉnh Mẫu, ngày 16 tháng 3 năm 2020");
    expect(late.reportDateLine).toBe("Ngày báo cáo: 16/03/2020 (ngày làm việc đầu tiên sau kỳ)");
  });

  test("a Ngày báo cáo that is not a date is BAD_DATE naming the cell; the narrative is kept", () => {
    const r = report({ reportDate: "32/13/2020" });
    expect(
      r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.row, i.column]),
    ).toEqual([["BAD_DATE", "Nội dung báo cáo", 2, "Ngày báo cáo"]]);
    expect(JSON.stringify(r.document)).toContain("Đã triển khai.");
    expect(r.reportDate.source).toBe("firstWorkingDay");
  });
});
