import { filterTasks, fold, formatDay, safeUrl, share, withoutPlace } from "../../src/ui/format";

const tasks = [
  { id: "1.1", content: "Quán triệt Kế hoạch" },
  { id: "4.3", content: "Tổ chức tuyển dụng viên chức công khai" },
  { id: "4.31", content: "Khác" },
  { id: "8.1", content: "Nâng cấp Cổng thông tin điện tử" },
];

describe("the sidebar's pure helpers", () => {
  test("dates read as dd/mm/yyyy", () => {
    expect(formatDay("2020-03-14")).toBe("14/03/2020");
    expect(formatDay("khác")).toBe("khác");
  });

  test("search ignores case, diacritics (đ too) and the Unicode form", () => {
    expect(fold("Tuyển DỤNG Điện")).toBe("tuyen dung dien");
    expect(fold("Tuyển dụng".normalize("NFD"))).toBe(fold("Tuyển dụng".normalize("NFC")));
    expect(filterTasks(tasks, "tuyen dung").map((t) => t.id)).toEqual(["4.3"]);
    expect(filterTasks(tasks, "dien tu").map((t) => t.id)).toEqual(["8.1"]);
    expect(filterTasks(tasks, "công khai chức").map((t) => t.id)).toEqual(["4.3"]);
    expect(filterTasks(tasks, "  ")).toHaveLength(4);
  });

  test("by code: the exact code first, then codes starting with it", () => {
    expect(filterTasks(tasks, "4.3").map((t) => t.id)).toEqual(["4.3", "4.31"]);
    expect(filterTasks(tasks, "4.31").map((t) => t.id)).toEqual(["4.31"]);
  });

  test("only http(s) addresses become links", () => {
    expect(safeUrl("https://docs.google.com/spreadsheets/d/x#gid=1")).toBe(
      "https://docs.google.com/spreadsheets/d/x#gid=1",
    );
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeUrl("CV 45/BQLKCN-VP")).toBeNull();
    expect(safeUrl("")).toBeNull();
  });

  test("shares and messages next to a field", () => {
    expect(share(1, 4)).toBe(25);
    expect(share(1, 0)).toBe(0);
    expect(withoutPlace('Trang "Tiến độ", dòng 126, cột "Tiến độ (%)": tiến độ "abc" phải là số.')).toBe(
      'Tiến độ "abc" phải là số.',
    );
    expect(withoutPlace("Không có trang.")).toBe("Không có trang.");
  });
});
