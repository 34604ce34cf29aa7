/**
 * "Kết quả Chỉ số PAPI" at the start of II of the 6-month and yearly reports (docs/workbook.md, "PAPI scores"): a sentence
 * naming the dimensions that fell and those below their target, with their tasks' progress, and a table of
 * the last published years, the change between the last two and the target.
 */
import { DIMENSIONS } from "./catalogue";
import { vnDay } from "./day";
import type { Block, TableColumn, TableRow } from "./document";
import type { ReportModel } from "./report";
import {
  type DimensionScores,
  difference,
  type ScoresSummary,
  targetTotal,
  totalOf,
  vnChange,
  vnScore,
} from "./scores";
import { percentDone } from "./status";

export function scoresBlocks(model: ReportModel, number: number): Block[] {
  const summary = model.scores;
  if (!summary) return [];
  return [
    { type: "heading", text: `${number}. Kết quả Chỉ số PAPI` },
    { type: "paragraph", text: scoresSentence(model, summary) },
    scoresTable(summary),
    scoresChart(summary),
  ];
}

const nameOf = (group: number) => DIMENSIONS[group - 1]?.vn ?? `Nhóm ${group}`;

/** The sentence under "Kết quả Chỉ số PAPI": what fell, what is below target, and how their tasks stand. */
export function scoresSentence(model: ReportModel, summary: ScoresSummary): string {
  const latest = summary.years[summary.years.length - 1] as number;
  const previous = summary.years.length >= 2 ? summary.years[summary.years.length - 2] : undefined;
  const parts: string[] = [];

  const fell = summary.dimensions.filter((d) => d.fell);
  if (previous === undefined)
    parts.push(`Năm ${latest} là năm gần nhất có điểm Chỉ số PAPI; chưa có điểm năm trước để so sánh.`);
  else if (fell.length === 0)
    parts.push(`Năm ${latest}, so với năm ${previous}, không có lĩnh vực nào giảm điểm.`);
  else
    parts.push(
      `Năm ${latest}, so với năm ${previous}, có ${fell.length} lĩnh vực giảm điểm: ${fell
        .map(
          (d) =>
            `${nameOf(d.group)} (${vnScore(d.last?.score)} điểm, giảm ${vnScore(-(d.change ?? 0))} điểm)`,
        )
        .join("; ")}.`,
    );

  const below = summary.dimensions.filter((d) => d.belowTarget);
  const anyTarget = summary.dimensions.some((d) => d.target !== null);
  if (!anyTarget) parts.push(`Chưa đặt điểm mục tiêu năm ${summary.planYear}.`);
  else if (below.length === 0)
    parts.push(`Không có lĩnh vực nào có điểm thấp hơn mục tiêu năm ${summary.planYear}.`);
  else
    parts.push(
      `Có ${below.length} lĩnh vực có điểm thấp hơn mục tiêu năm ${summary.planYear}: ${below
        .map(
          (d) =>
            `${nameOf(d.group)} (${vnScore(d.last?.score)} điểm năm ${d.last?.year}, mục tiêu ${vnScore(d.target)} điểm)`,
        )
        .join("; ")}.`,
    );

  const named = summary.dimensions.filter((d) => d.fell || d.belowTarget);
  if (named.length > 0)
    parts.push(
      `Tiến độ thực hiện nhiệm vụ của ${named.length === 1 ? "lĩnh vực này" : "các lĩnh vực này"} tính đến ngày ${vnDay(model.period.end)}: ${named
        .map((d) => progressOf(model, d))
        .join("; ")}.`,
    );
  return parts.join(" ");
}

function progressOf(model: ReportModel, d: DimensionScores): string {
  const counts = model.groups[d.group - 1];
  const name = nameOf(d.group);
  if (!counts || counts.total === 0) return `${name}: Kế hoạch chưa có nhiệm vụ nào`;
  const done =
    counts.done === 0
      ? `chưa có nhiệm vụ nào hoàn thành trong ${counts.total} nhiệm vụ`
      : `đã hoàn thành ${counts.done}/${counts.total} nhiệm vụ (${percentDone(counts)}%)`;
  const overdue = counts.overdue > 0 ? `, ${counts.overdue} nhiệm vụ quá hạn` : "";
  return `${name}: ${done}${overdue}`;
}

/** Scores as spreadsheets show them: two decimals; a change with its sign, as the printed table. */
const SCORE_FORMAT = "0.00";
const CHANGE_FORMAT = "+0.00;-0.00;0.00";

export function scoresColumns(summary: ScoresSummary): TableColumn[] {
  const latest = summary.years[summary.years.length - 1];
  const previous = summary.years.length >= 2 ? summary.years[summary.years.length - 2] : undefined;
  return [
    { header: "STT", weight: 4, align: "center", numeric: true },
    { header: "Lĩnh vực (nhóm chỉ số PAPI)", weight: 30, align: "left" },
    ...summary.years.map(
      (y): TableColumn => ({
        header: `Điểm năm ${y}`,
        weight: 9,
        align: "center",
        decimalFormat: SCORE_FORMAT,
      }),
    ),
    {
      header:
        previous === undefined ? "Tăng (+), giảm (-)" : `Tăng (+), giảm (-) năm ${latest} so với ${previous}`,
      weight: 11,
      align: "center",
      decimalFormat: CHANGE_FORMAT,
    },
    { header: `Mục tiêu năm ${summary.planYear}`, weight: 9, align: "center", decimalFormat: SCORE_FORMAT },
  ];
}

export function scoresTable(summary: ScoresSummary): Block {
  const rows: TableRow[] = summary.dimensions.map((d) => ({
    cells: [
      String(d.group),
      nameOf(d.group),
      ...summary.years.map((y) => vnScore(d.years.get(y))),
      vnChange(d.change),
      vnScore(d.target),
    ],
  }));
  const totals = summary.years.map((y) => totalOf(summary, y));
  const [before, now] = totals.length >= 2 ? totals.slice(-2) : [null, null];
  const change =
    before === null || now === null || before === undefined || now === undefined
      ? null
      : difference(now, before);
  rows.push({
    cells: ["", "Tổng điểm", ...totals.map(vnScore), vnChange(change), vnScore(targetTotal(summary))],
    kind: "total",
  });
  return { type: "table", columns: scoresColumns(summary), rows, size: 12 };
}

/** The table's scores as bars: a group per dimension, a bar per year, the target as a tick. */
export function scoresChart(summary: ScoresSummary): Block {
  const anyTarget = summary.dimensions.some((d) => d.target !== null);
  return {
    type: "barChart",
    categories: summary.dimensions.map((d) => `${d.group}. ${nameOf(d.group)}`),
    series: summary.years.map((y) => ({
      name: `Năm ${y}`,
      values: summary.dimensions.map((d) => d.years.get(y) ?? null),
    })),
    max: 10,
    ...(anyTarget
      ? {
          marks: {
            name: `Mục tiêu năm ${summary.planYear}`,
            values: summary.dimensions.map((d) => d.target),
          },
        }
      : {}),
  };
}
