/**
 * The one description of the workbook staff fill in (docs/workbook.md: sheets and columns). Setup, the checker, the readers,
 * the template writer and the sidebar all read it; no header is written anywhere else.
 */
import { DIMENSIONS, dimensionLabel, subDimensionLabel } from "./catalogue";

/** How a column's cells are read and which dropdown or validation setup gives it. */
export type ColumnKind =
  | "id"
  | "text"
  | "longText"
  | "group"
  | "subdimension"
  | "deadline"
  | "taskRef"
  | "date"
  | "progress"
  | "period"
  | "unit"
  | "emails"
  | "year"
  | "score";

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
  kind: ColumnKind;
  /** Width in pixels in Google Sheets (the .xlsx writer converts it). */
  width: number;
  /** A short hint shown as the header's note. */
  hint: string;
}

export interface SheetSpec<K extends string = string> {
  name: string;
  /** A sheet the plan cannot do without; a missing one is `MISSING_SHEET`. */
  required: boolean;
  columns: readonly ColumnSpec<K>[];
}

const col = <K extends string>(
  key: K,
  header: string,
  required: boolean,
  kind: ColumnKind,
  width: number,
  hint: string,
): ColumnSpec<K> => ({ key, header, required, kind, width, hint });

export const TASKS = {
  name: "Nhiệm vụ",
  required: true,
  columns: [
    col("id", "Mã", true, "id", 60, "Mã nhiệm vụ, không trùng nhau, ví dụ 1.2"),
    col("group", "Nhóm PAPI", true, "group", 220, "Số 1–8 hoặc tên nhóm trong danh sách"),
    col(
      "subdimension",
      "Nội dung thành phần",
      false,
      "subdimension",
      200,
      "Mã nội dung thành phần, ví dụ 1.2",
    ),
    col("content", "Nội dung nhiệm vụ", true, "longText", 360, "Nội dung công việc cần thực hiện"),
    col(
      "lead",
      "Đơn vị chủ trì",
      true,
      "unit",
      150,
      "Đơn vị chịu trách nhiệm chính (chọn trong trang Đơn vị)",
    ),
    col("partners", "Đơn vị phối hợp", false, "text", 150, ""),
    col(
      "deadline",
      "Thời hạn",
      true,
      "deadline",
      120,
      "Ngày, Quý I/2020, Tháng 6/2020, Năm 2020, Thường xuyên…",
    ),
    col("product", "Sản phẩm", false, "text", 180, "Sản phẩm đầu ra, ví dụ Báo cáo, Kế hoạch"),
    col("note", "Ghi chú", false, "text", 150, ""),
  ],
} as const satisfies SheetSpec;

export const UPDATES = {
  name: "Tiến độ",
  required: true,
  columns: [
    col("taskId", "Mã nhiệm vụ", true, "taskRef", 90, "Mã của nhiệm vụ trong trang Nhiệm vụ"),
    col("date", "Ngày cập nhật", true, "date", 110, "Ngày, dạng dd/mm/yyyy"),
    col("progress", "Tiến độ (%)", true, "progress", 90, "Số từ 0 đến 100"),
    col("result", "Kết quả thực hiện", true, "longText", 360, "Kết quả đạt được tính đến ngày cập nhật"),
    col("evidence", "Minh chứng", false, "text", 200, "Số văn bản hoặc đường liên kết"),
    col("updatedBy", "Người cập nhật", false, "text", 140, ""),
  ],
} as const satisfies SheetSpec;

export const NARRATIVES = {
  name: "Nội dung báo cáo",
  required: false,
  columns: [
    col("period", "Kỳ báo cáo", true, "period", 100, "Ví dụ 2020-Q1, 2020-H1, 2020-9M, 2020-Y"),
    col("situation", "Tình hình triển khai", false, "longText", 320, ""),
    col("shortcomings", "Tồn tại, hạn chế", false, "longText", 320, ""),
    col("nextSteps", "Phương hướng, nhiệm vụ", false, "longText", 320, ""),
    col("proposals", "Kiến nghị, đề xuất", false, "longText", 320, ""),
    col(
      "number",
      "Số báo cáo",
      false,
      "text",
      120,
      "Số văn thư cấp, ví dụ 45 hoặc 45/BC-BQLKCN; để trống khi chưa có số",
    ),
    col(
      "reportDate",
      "Ngày báo cáo",
      false,
      "date",
      110,
      "Ngày ghi trên báo cáo của kỳ này, dạng dd/mm/yyyy; để trống là mục Ngày báo cáo ở trang Cấu hình hoặc ngày mặc định",
    ),
  ],
} as const satisfies SheetSpec;

export const SETTINGS_SHEET = {
  name: "Cấu hình",
  required: true,
  columns: [col("item", "Mục", true, "text", 220, ""), col("value", "Giá trị", true, "text", 380, "")],
} as const satisfies SheetSpec;

/** The units tasks are assigned to, and whom to remind (docs/workbook.md: sheets and columns); optional. */
export const UNITS = {
  name: "Đơn vị",
  required: false,
  columns: [
    col("unit", "Đơn vị", true, "text", 220, "Tên phòng, đơn vị, viết như ở cột Đơn vị chủ trì"),
    col("email", "Email", false, "emails", 260, "Một hoặc nhiều địa chỉ, cách nhau bởi dấu ; hoặc dấu ,"),
    col("contact", "Người phụ trách", false, "text", 180, ""),
  ],
} as const satisfies SheetSpec;

/**
 * The published PAPI scores of the province, one row per year and dimension, and the plan year's target
 * (docs/workbook.md, "PAPI scores"); optional. A plan-year row may carry only its `Mục tiêu`, until that year's scores come out.
 */
export const SCORES = {
  name: "Điểm PAPI",
  required: false,
  columns: [
    col(
      "year",
      "Năm",
      true,
      "year",
      70,
      "Năm công bố điểm, ví dụ 2019; điểm mục tiêu ghi ở dòng của năm kế hoạch",
    ),
    col("group", "Nhóm PAPI", true, "group", 300, "Số 1–8 hoặc tên nhóm trong danh sách"),
    col("score", "Điểm", true, "score", 80, "Điểm đã công bố, từ 1 đến 10, ví dụ 5,53 hoặc 5.53"),
    col("target", "Mục tiêu", false, "score", 90, "Điểm mục tiêu của năm, từ 1 đến 10 (không bắt buộc)"),
    col("source", "Nguồn", false, "text", 260, "Nơi công bố, ví dụ papi.org.vn"),
  ],
} as const satisfies SheetSpec;

/** The record of every action of the add-on (kept by the Apps Script side). */
export const LOG = {
  name: "Nhật ký",
  required: false,
  columns: [
    col("time", "Thời gian", true, "text", 140, ""),
    col("user", "Người thực hiện", true, "text", 180, ""),
    col("action", "Thao tác", true, "text", 140, ""),
    col("period", "Kỳ báo cáo", false, "text", 90, ""),
    col("link", "Tệp", false, "text", 240, ""),
    col("recipients", "Người nhận", false, "text", 220, ""),
    col("result", "Kết quả", false, "longText", 280, ""),
  ],
} as const satisfies SheetSpec;

/**
 * The number format of each kind of column, in the template and in setup. Ids stay text (so 1.10 is not
 * 1.1); dates show as Vietnamese documents write them. Progress keeps the automatic format on purpose:
 * typing `100%` there makes Excel, LibreOffice and Sheets store 1 in a percent-formatted cell, which the
 * readers read as 100; a fixed number format would keep showing (and storing) 1.
 */
export const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  id: "@",
  taskRef: "@",
  subdimension: "@",
  period: "@",
  date: "dd/mm/yyyy",
};

/** The sheets the plan is made of, in the order setup creates them. */
export const PLAN_SHEETS: readonly SheetSpec[] = [SETTINGS_SHEET, TASKS, UPDATES, NARRATIVES, UNITS, SCORES];

export type TaskKey = (typeof TASKS.columns)[number]["key"];
export type UpdateKey = (typeof UPDATES.columns)[number]["key"];
export type NarrativeKey = (typeof NARRATIVES.columns)[number]["key"];
export type UnitKey = (typeof UNITS.columns)[number]["key"];
export type ScoreKey = (typeof SCORES.columns)[number]["key"];

export const CUTOFF_MODES = {
  decree09: "Nghị định 09/2019/NĐ-CP",
  calendar: "Theo quý dương lịch",
} as const;
export type CutoffMode = keyof typeof CUTOFF_MODES;

export type SettingKind = "text" | "year" | "date" | "mode" | "email" | "emails" | "lines" | "days";

export interface SettingSpec {
  key: string;
  label: string;
  kind: SettingKind;
  required: boolean;
  /** The value setup writes when the row is missing; empty for none. */
  defaultValue: string;
  hint: string;
}

const setting = (
  key: string,
  label: string,
  kind: SettingKind,
  required: boolean,
  defaultValue: string,
  hint: string,
): SettingSpec => ({ key, label, kind, required, defaultValue, hint });

export const SETTINGS = [
  setting(
    "parentBody",
    "Cơ quan chủ quản",
    "text",
    false,
    "",
    "Ví dụ UBND tỉnh Quảng Ninh; gõ chữ thường, đầu báo cáo tự in hoa",
  ),
  setting(
    "agency",
    "Tên cơ quan",
    "text",
    true,
    "",
    "Ví dụ Ban Quản lý các khu công nghiệp tỉnh; gõ chữ thường như trong câu, đầu báo cáo tự in hoa",
  ),
  setting("agencyCode", "Ký hiệu cơ quan", "text", false, "", "Ví dụ BQLKCN"),
  setting("place", "Địa danh", "text", false, "", "Địa danh ghi ở đầu văn bản"),
  setting("year", "Năm kế hoạch", "year", true, "", "Ví dụ 2020"),
  setting("planNumber", "Số kế hoạch", "text", false, "", "Ví dụ 28/KH-BQLKCN"),
  setting("planDate", "Ngày ban hành kế hoạch", "date", false, "", "Dạng dd/mm/yyyy"),
  setting(
    "cutoffMode",
    "Cách chốt số liệu",
    "mode",
    false,
    CUTOFF_MODES.decree09,
    "Nghị định 09/2019/NĐ-CP hoặc Theo quý dương lịch",
  ),
  setting("homeAffairsEmail", "Email Sở Nội vụ", "email", false, "", "Địa chỉ nhận báo cáo"),
  setting("ccEmails", "Email đồng gửi", "emails", false, "", "Nhiều địa chỉ cách nhau bởi dấu phẩy"),
  setting("folder", "Thư mục lưu báo cáo", "text", false, "", "Mã hoặc đường liên kết thư mục Google Drive"),
  setting("signerTitle", "Chức vụ người ký", "text", false, "", "Ví dụ Trưởng ban; báo cáo tự in hoa"),
  setting("signer", "Người ký", "text", false, "", "Họ và tên người ký"),
  setting(
    "recipients",
    "Nơi nhận",
    "lines",
    false,
    "- Sở Nội vụ;\n- UBND tỉnh (để b/c);\n- Lưu: VT, VP.",
    "Mỗi nơi nhận một dòng",
  ),
  setting(
    "remindDays",
    "Nhắc trước (ngày)",
    "days",
    false,
    "5",
    "Nhắc tự động các đơn vị chưa cập nhật bao nhiêu ngày trước ngày chốt số liệu (0–60)",
  ),
  setting(
    "reportDate",
    "Ngày báo cáo",
    "date",
    false,
    "",
    "Ngày ghi trên mọi báo cáo, dạng dd/mm/yyyy; để trống là hôm nay nếu trong vòng 30 ngày sau kỳ, nếu không thì ngày làm việc đầu tiên sau kỳ",
  ),
] as const satisfies readonly SettingSpec[];

export type SettingKey = (typeof SETTINGS)[number]["key"];

/** The values of each dropdown, by the column kind that uses it. */
export const GROUP_LABELS: readonly string[] = DIMENSIONS.map(dimensionLabel);
export const SUBDIMENSION_LABELS: readonly string[] = DIMENSIONS.flatMap((d) =>
  d.subs.map(subDimensionLabel),
);
export const CUTOFF_MODE_LABELS: readonly string[] = Object.values(CUTOFF_MODES);

/** The header of one column of a sheet, by key. */
export function headerOf<K extends string>(sheet: SheetSpec<K>, key: K): string {
  const found = sheet.columns.find((c) => c.key === key);
  if (!found) throw new Error(`schema: ${sheet.name} has no column ${key}`);
  return found.header;
}
