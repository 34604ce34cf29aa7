/**
 * "Kiểm tra cài đặt" tells the team what Google's V8 is: a one-page PDF and its time, today in the
 * Sheet's zone by Google and by the add-on, and which built-ins newer than ES2019 exist.
 */
import { runtimeChecks } from "../../src/gas/runtime-probe";
import { sheetDate } from "../fakes";
import { type Sandbox, sampleSpreadsheet, ZONE } from "../support/gas";

let box: Sandbox;
afterEach(() => box.restore());

/** Runs `work` with some built-ins taken away, then puts them back. */
function without<T>(taken: [owner: object, name: string][], work: () => T): T {
  const saved = taken.map(
    ([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const,
  );
  for (const [owner, name] of taken) delete (owner as Record<string, unknown>)[name];
  try {
    return work();
  } finally {
    for (const [owner, name, d] of saved) if (d) Object.defineProperty(owner, name, d);
  }
}

test("each line says what it measured: the PDF's time, the day in the zone, the built-ins found", () => {
  box = sampleSpreadsheet();
  const [pdf, zone, builtIns] = runtimeChecks(ZONE, sheetDate(2020, 3, 1, ZONE));
  expect(pdf).toMatchObject({ ok: true, title: "Dựng thử một trang PDF", fix: "" });
  expect(pdf?.detail).toMatch(/^xong trong \d+ ms \(\d+ KB; lần đầu gồm cả nạp bộ dựng PDF\)\.$/);
  expect(zone).toEqual({
    ok: true,
    title: "Ngày giờ theo múi giờ của bảng tính (Asia/Ho_Chi_Minh)",
    detail: "Google: 01/03/2020 00:00; tiện ích (Intl): 01/03/2020.",
    fix: "",
  });
  // Node 20's V8 has these; Google's answer is what the team wants to read.
  expect(builtIns).toMatchObject({ ok: true, title: "JavaScript (V8) của Apps Script" });
  expect(builtIns?.detail).toContain("có: globalThis, String.prototype.matchAll, BigInt");
  expect(builtIns?.detail).toContain("Array.prototype.at, Object.hasOwn, structuredClone");
});

test("an older V8: the missing built-ins are listed, and the line stays green (the add-on does without)", () => {
  box = sampleSpreadsheet();
  const [, , builtIns] = without(
    [
      [Array.prototype, "at"],
      [String.prototype, "replaceAll"],
      [Object, "hasOwn"],
    ],
    () => runtimeChecks(ZONE),
  );
  expect(builtIns?.ok).toBe(true);
  expect(builtIns?.detail).toMatch(
    /; không có: String\.prototype\.replaceAll, Array\.prototype\.at, Object\.hasOwn[,;( ]/,
  );
});

test("a V8 without what the add-on needs is a red line naming it, to send to the team", () => {
  box = sampleSpreadsheet();
  const [, , builtIns] = without([[String.prototype, "normalize"]], () => runtimeChecks(ZONE));
  expect(builtIns?.ok).toBe(false);
  expect(builtIns?.detail).toMatch(/^thiếu String\.prototype\.normalize, tiện ích cần\./);
  expect(builtIns?.fix).toContain("gửi cho nhóm phát triển");
});

test("Google and the add-on disagreeing on today's date in the zone is a red line", () => {
  box = sampleSpreadsheet();
  const formatDate = Utilities.formatDate;
  Utilities.formatDate = () => "02/03/2020 07:00";
  try {
    const [, zone] = runtimeChecks(ZONE, sheetDate(2020, 3, 1, ZONE));
    expect(zone?.ok).toBe(false);
    expect(zone?.detail).toBe("Google: 02/03/2020 07:00; tiện ích (Intl): 01/03/2020. Hai ngày khác nhau.");
  } finally {
    Utilities.formatDate = formatDate;
  }
});
