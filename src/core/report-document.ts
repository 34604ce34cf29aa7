/** Lays the report out as Decree 30 blocks: header, title, sections I–V, closing, appendix. */
import { lastOf } from "./arrays";
import { DIMENSIONS } from "./catalogue";
import { vnDay } from "./day";
import type { Block, ReportDocument, TableColumn, TableRow } from "./document";
import { periodLabel, periodPhrase } from "./periods";
import {
  dateLine,
  groupCell,
  type NarrativeSection,
  narrativePlaceholder,
  percentDone,
  type ReportModel,
  stateText,
  stateWords,
  subjectLine,
  subjectPhrases,
} from "./report";
import { scoresBlocks } from "./scores-document";
import type { Counts } from "./status";
import { roman } from "./text";

export function reportDocument(model: ReportModel): ReportDocument {
  return {
    title: `Báo cáo ${subjectLine(model.period)}`,
    sections: [
      { name: "Báo cáo", orientation: "portrait", blocks: mainBlocks(model) },
      { name: "Phụ lục", orientation: "landscape", blocks: appendixBlocks(model), repeatTableHeader: true },
    ],
  };
}

/** `Số: 45/BC-BQLKCN`, or the blank `Số:      /BC-BQLKCN` văn thư fills in by hand. */
export function reportNumber(model: ReportModel): string {
  return `Số: ${numberOrBlank(model)}`;
}

function numberOrBlank(model: ReportModel): string {
  return model.number || `     /BC-${model.settings.agencyCode || "……"}`;
}

function headerBlock(model: ReportModel): Block {
  const s = model.settings;
  return {
    type: "header",
    left: [
      ...(s.parentBody ? [{ text: s.parentBody.toUpperCase(), size: 13 }] : []),
      { text: (s.agency || "……").toUpperCase(), size: 13, bold: true, rule: true },
    ],
    right: [
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 13, bold: true },
      { text: "Độc lập - Tự do - Hạnh phúc", size: 14, bold: true, rule: true },
    ],
    number: { text: reportNumber(model), size: 13 },
    date: { text: dateLine(s.place, model.issuedOn), size: 14, italic: true },
  };
}

function mainBlocks(model: ReportModel): Block[] {
  const heading = (i: number, text: string): Block => ({ type: "heading", text: `${roman(i + 1)}. ${text}` });
  // II opens with the PAPI scores when the report has them (docs/workbook.md, "PAPI scores"); the parts after it move down one.
  const scores = scoresBlocks(model, 1);
  const first = scores.length > 0 ? 2 : 1;
  return [
    headerBlock(model),
    { type: "title", phrases: ["BÁO CÁO"], size: 14 },
    { type: "title", phrases: subjectPhrases(model.period), size: 14, rule: true },
    { type: "paragraph", text: openingLine(model) },
    heading(0, "TÌNH HÌNH TRIỂN KHAI"),
    narrative(model, "situation"),
    heading(1, "KẾT QUẢ THỰC HIỆN"),
    ...scores,
    { type: "heading", text: `${first}. Tổng hợp chung` },
    { type: "paragraph", text: summarySentence(model) },
    summaryTable(model),
    { type: "heading", text: `${first + 1}. Kết quả thực hiện theo từng lĩnh vực` },
    ...model.dimensions.flatMap((_, i) => dimensionBlocks(model, i, first + 1)),
    heading(2, "TỒN TẠI, HẠN CHẾ"),
    narrative(model, "shortcomings"),
    heading(3, "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"),
    narrative(model, "nextSteps"),
    heading(4, "KIẾN NGHỊ, ĐỀ XUẤT"),
    narrative(model, "proposals"),
    {
      type: "paragraph",
      text: `Trên đây là báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số PAPI ${periodPhrase(model.period)} của ${model.settings.agency || "cơ quan"}./.`,
    },
    {
      type: "closing",
      recipientsTitle: "Nơi nhận:",
      recipients: model.settings.recipients,
      signerTitle: (model.settings.signerTitle || "THỦ TRƯỞNG CƠ QUAN").toUpperCase(),
      signer: model.settings.signer,
    },
  ];
}

function openingLine(model: ReportModel): string {
  const s = model.settings;
  const plan = [
    `Kế hoạch số ${s.planNumber || "……"}`,
    s.planDate === undefined ? "" : ` ngày ${vnDay(s.planDate)}`,
  ].join("");
  const agency = s.agency || "cơ quan";
  const p = model.period;
  return (
    `Thực hiện ${plan} của ${agency} về cải thiện, nâng cao Chỉ số hiệu quả Quản trị và Hành chính công ` +
    `(Chỉ số PAPI) năm ${s.year ?? p.year}, ${agency} báo cáo kết quả thực hiện ${periodPhrase(p)} ` +
    `(số liệu tính từ ngày ${vnDay(p.start)} đến ngày ${vnDay(p.end)}) như sau:`
  );
}

function narrative(model: ReportModel, section: NarrativeSection): Block {
  const text = model.narrative[section];
  return text === undefined
    ? {
        type: "paragraph",
        text: narrativePlaceholder(section, model.period),
        italic: true,
        placeholder: true,
      }
    : { type: "paragraph", text };
}

/** `3 nhiệm vụ` and `a, b và c`: how the summary counts and lists. */
const tasks = (n: number) => `${n} nhiệm vụ`;
function listed(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} và ${lastOf(parts)}`;
}

/**
 * The summary (§7 "Words"): the plan's total, then every task by its deadline (due by the period's end,
 * ongoing, due later: the parts add up to the total), then where the whole plan stands. A zero is said
 * in words ("không có nhiệm vụ nào quá hạn"), never as "0 nhiệm vụ".
 */
function summarySentence(model: ReportModel): string {
  const t = model.totals;
  if (t.total === 0) return "Kế hoạch chưa có nhiệm vụ nào.";
  const due = model.due;
  const end = vnDay(model.period.end);
  const dueDone =
    due.done === 0
      ? "chưa có nhiệm vụ nào hoàn thành"
      : `đã hoàn thành ${tasks(due.done)}, đạt ${Math.round((due.done * 100) / due.total)}%`;
  const byDeadline = [
    due.total === 0 ? "chưa có nhiệm vụ nào đến hạn" : `có ${tasks(due.total)} đã đến hạn (${dueDone})`,
    ...(due.ongoing > 0 ? [`${tasks(due.ongoing)} thực hiện thường xuyên`] : []),
    ...(due.later > 0 ? [`${tasks(due.later)} có thời hạn sau ngày ${end}`] : []),
  ];
  const done =
    t.done === 0
      ? "chưa có nhiệm vụ nào hoàn thành"
      : `đã hoàn thành ${tasks(t.done)} (${
          t.doneLate === 0
            ? "đều đúng hạn"
            : t.doneOnTime === 0
              ? "đều trễ hạn"
              : `${t.doneOnTime} đúng hạn, ${t.doneLate} trễ hạn`
        }), bằng ${percentDone(t)}% Kế hoạch`;
  const inProgress =
    t.inProgress === 0 ? "không có nhiệm vụ nào đang thực hiện" : `đang thực hiện ${tasks(t.inProgress)}`;
  const notStarted =
    t.notStarted === 0 ? "không có nhiệm vụ nào chưa triển khai" : `chưa triển khai ${tasks(t.notStarted)}`;
  const overdue =
    t.overdue === 0 ? "không có nhiệm vụ nào quá hạn" : `${tasks(t.overdue)} đã quá hạn mà chưa hoàn thành`;
  return (
    `Kế hoạch có ${tasks(t.total)}. Tính đến ngày ${end}, ${listed(byDeadline)}. ` +
    `Trên toàn bộ Kế hoạch, ${done}; ${inProgress}, ${notStarted}; ${overdue}.`
  );
}

export const SUMMARY_COLUMNS: TableColumn[] = [
  { header: "STT", weight: 4, align: "center", numeric: true },
  { header: "Lĩnh vực (nhóm chỉ số PAPI)", weight: 30, align: "left" },
  { header: "Tổng số nhiệm vụ", weight: 8, align: "center", numeric: true },
  { header: "Hoàn thành đúng hạn", weight: 9, align: "center", numeric: true },
  { header: "Hoàn thành trễ hạn", weight: 9, align: "center", numeric: true },
  { header: "Đang thực hiện", weight: 9, align: "center", numeric: true },
  { header: "Chưa triển khai", weight: 9, align: "center", numeric: true },
  { header: "Quá hạn", weight: 8, align: "center", numeric: true },
  { header: "Tỷ lệ hoàn thành (%)", weight: 10, align: "center", numeric: true },
];

function countCells(c: Counts): string[] {
  return [c.total, c.doneOnTime, c.doneLate, c.inProgress, c.notStarted, c.overdue, percentDone(c)].map(
    String,
  );
}

function summaryTable(model: ReportModel): Block {
  const rows: TableRow[] = model.groups.map((g, i) => ({
    cells: [String(g.group), DIMENSIONS[i]?.vn ?? "", ...countCells(g)],
  }));
  rows.push({ cells: ["", "Tổng cộng", ...countCells(model.totals)], kind: "total" });
  return { type: "table", columns: SUMMARY_COLUMNS, rows, size: 12 };
}

function dimensionBlocks(model: ReportModel, index: number, part: number): Block[] {
  const d = model.dimensions[index];
  if (!d) return [];
  // A heading, so it never stands alone at the foot of a page.
  const title: Block = { type: "heading", text: `${part}.${index + 1}. ${d.dimension.vn}` };
  if (d.tasks.length === 0)
    return [title, { type: "paragraph", text: "Trong kỳ chưa có kết quả mới được cập nhật.", italic: true }];
  // Each task once, with its latest result as of the period's end; the appendix keeps every update.
  const lines = d.tasks.map((s): Block => {
    const latest = lastOf(s.periodUpdates);
    const result = latest ? latest.result.replace(/[\s.;,]+$/u, "") : "";
    // No evidence cell here: results name their documents in words, and the appendix keeps Minh chứng.
    return { type: "paragraph", text: `- ${s.task.content}: ${result}. ${stateText(s)}.` };
  });
  return [title, ...lines];
}

export const APPENDIX_COLUMNS: TableColumn[] = [
  { header: "STT", weight: 4, align: "center", numeric: true },
  { header: "Nội dung nhiệm vụ", weight: 20, align: "left" },
  { header: "Nhóm / Nội dung thành phần", weight: 10, align: "left" },
  { header: "Đơn vị chủ trì", weight: 9, align: "left" },
  { header: "Đơn vị phối hợp", weight: 9, align: "left" },
  { header: "Thời hạn", weight: 8, align: "center" },
  { header: "Kết quả trong kỳ", weight: 25, align: "left" },
  { header: "Tình trạng", weight: 9, align: "left" },
  { header: "Minh chứng", weight: 13, align: "left" },
];

/** In a spreadsheet the percentage leaves `Tình trạng` for a numeric column, to sort and filter by. */
export const APPENDIX_SHEET_COLUMNS: TableColumn[] = [
  ...APPENDIX_COLUMNS.slice(0, 6),
  { header: "Kết quả trong kỳ", weight: 22, align: "left" },
  { header: "Tình trạng", weight: 9, align: "left" },
  { header: "Tiến độ (%)", weight: 6, align: "center", numeric: true },
  { header: "Minh chứng", weight: 13, align: "left" },
];

function appendixBlocks(model: ReportModel): Block[] {
  const s = model.settings;
  const rows: TableRow[] = [];
  let stt = 0;
  model.dimensions.forEach((d, i) => {
    const tasks = model.statuses.filter((st) => st.task.group === d.dimension.id);
    if (tasks.length === 0) return;
    rows.push({ cells: [`${roman(i + 1)}. ${d.dimension.vn}`], kind: "group" });
    for (const st of tasks) {
      stt++;
      const first = [
        String(stt),
        st.task.content,
        groupCell(st),
        st.task.lead,
        st.task.partners,
        st.task.deadlineText,
        st.periodUpdates.map((u) => `${vnDay(u.date)}: ${u.result}`).join("\n"),
      ];
      const evidence = st.periodUpdates
        .map((u) => u.evidence)
        .filter((e) => e !== "")
        .join("\n");
      rows.push({
        cells: [...first, stateText(st), evidence],
        sheetCells: [...first, stateWords(st), String(st.progress), evidence],
      });
    }
  });
  return [
    { type: "title", phrases: ["PHỤ LỤC"], size: 14 },
    {
      type: "title",
      phrases: ["DANH MỤC NHIỆM VỤ", "VÀ KẾT QUẢ THỰC HIỆN", periodLabel(model.period).toUpperCase()],
      size: 14,
    },
    {
      type: "title",
      phrases: [
        `(Kèm theo Báo cáo số ${numberOrBlank(model)}`,
        `ngày ${vnDay(model.issuedOn)}`,
        `của ${s.agency || "……"})`,
      ],
      size: 13,
      italic: true,
    },
    { type: "table", columns: APPENDIX_COLUMNS, rows, size: 10, sheetColumns: APPENDIX_SHEET_COLUMNS },
  ];
}
