/** The sidebar's update form, read and checked by the core exactly as a row of `Tiến độ` would be. */
import { checkCandidateUpdate, formUpdateValues } from "../../src/core/candidate";
import { type Day, isoDay } from "../../src/core/day";
import { task, update, workbook } from "../support/workbook";

const asText = (day: Day) => `day ${isoDay(day)}`;
const form = (date: string, progress: string) => ({
  taskId: "1.1",
  date,
  progress,
  result: "Đã làm",
  evidence: "",
});

test.each([
  ["2020-03-05", "50", "day 2020-03-05", 50],
  ["2020-03-05", " 12,5 ", "day 2020-03-05", 12.5],
  ["2020-03-05", "50%", "day 2020-03-05", "50%"],
  ["05/03/2020", "nhiều", "05/03/2020", "nhiều"],
  ["2020-02-30", "100", "2020-02-30", 100],
])("date %p and progress %p become the cells %p and %p", (date, progress, dateCell, progressCell) => {
  const values = formUpdateValues(form(date, progress), "chuyenvien@example.gov.vn", asText);
  expect(values).toEqual({
    taskId: "1.1",
    date: dateCell,
    progress: progressCell,
    result: "Đã làm",
    evidence: "",
    updatedBy: "chuyenvien@example.gov.vn",
  });
});

test("the candidate row takes the next row and only its own problems, each with its field", () => {
  const wb = workbook({ tasks: [task("1.1")], updates: [update("1.1", "01/02/2020", 40)] });
  const values = formUpdateValues(form("2020-13-01", "150"), "a@b.vn", asText);
  const candidate = checkCandidateUpdate(wb, values, 2020);
  expect(candidate?.row).toBe(3);
  expect(candidate?.issues.map((i) => i.code)).toEqual(["BAD_DATE", "BAD_PROGRESS"]);
  expect(candidate?.fields).toEqual(["date", "progress"]);
});
