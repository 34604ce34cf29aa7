/** A large, valid plan for benchmarks and tests of scale: n tasks over the 8 dimensions, k updates each. */
import { DIMENSIONS } from "./catalogue";
import { dayOf, isoDay } from "./day";
import { rowsOf, settingsRows } from "./rows";
import { NARRATIVES, SETTINGS_SHEET, TASKS, UPDATES } from "./schema";
import type { RawSheet } from "./table";

const DEADLINES = ["Quý I/2020", "Tháng 6/2020", "30/09/2020", "Năm 2020", "Thường xuyên"];

export function syntheticSheets(taskCount: number, updatesPerTask: number): RawSheet[] {
  const tasks = Array.from({ length: taskCount }, (_, i) => {
    const dimension = DIMENSIONS[i % DIMENSIONS.length] ?? DIMENSIONS[0];
    return {
      id: `${dimension?.id}.${i + 1}`,
      group: dimension?.id,
      subdimension: dimension?.subs[i % (dimension?.subs.length ?? 1)]?.code ?? "",
      content: `Nhiệm vụ số ${i + 1}: tổ chức triển khai các giải pháp nâng cao chỉ số thành phần`,
      lead: `Phòng ${(i % 6) + 1}`,
      partners: "Văn phòng",
      deadline: DEADLINES[i % DEADLINES.length],
      product: "Báo cáo",
    };
  });
  const updates = tasks.flatMap((t, i) =>
    Array.from({ length: updatesPerTask }, (_, k) => {
      const progress = Math.min(100, Math.round(((k + 1) * 100 * ((i % 4) + 1)) / (updatesPerTask * 4)));
      return {
        taskId: t.id,
        date: isoDay(dayOf(2020, 1, 10) + (i % 60) + k * 60),
        progress,
        result: `Kết quả lần ${k + 1} của nhiệm vụ ${t.id}`,
        evidence: progress === 100 ? `CV ${i}/BQL` : "",
        updatedBy: "Chuyên viên",
      };
    }),
  );
  return [
    {
      name: SETTINGS_SHEET.name,
      rows: settingsRows({ agency: "Cơ quan tổng hợp", agencyCode: "TH", year: 2020, place: "Tỉnh Mẫu" }),
    },
    { name: TASKS.name, rows: rowsOf(TASKS, tasks) },
    { name: UPDATES.name, rows: rowsOf(UPDATES, updates) },
    { name: NARRATIVES.name, rows: rowsOf(NARRATIVES, []) },
  ];
}
