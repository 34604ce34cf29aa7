/** Reading the `Cấu hình` sheet: one `Mục` | `Giá trị` row per setting of the schema. */
import { cellText, parseDay, parseYear } from "./cells";
import { type Issue, issue } from "./issues";
import type { Settings } from "./plan";
import { CUTOFF_MODES, type CutoffMode, headerOf, SETTINGS, SETTINGS_SHEET, type SettingKey } from "./schema";
import { forEachDataRow, type RawSheet, readTable } from "./table";
import { isBlank, isEmail, normalizeKey, splitList } from "./text";

/** The most days ahead a reminder may be set: more than a quarter makes no sense. */
export const MAX_REMIND_DAYS = 60;
export const DEFAULT_REMIND_DAYS = 5;
const VALUE = headerOf(SETTINGS_SHEET, "value");

export function readSettings(
  raw: RawSheet | undefined,
  timeZone: string,
): { settings: Settings; issues: Issue[] } {
  const values = new Map<SettingKey, { value: unknown; row: number }>();
  const issues: Issue[] = [];
  if (raw) {
    const { table, issues: tableIssues } = readTable(raw, SETTINGS_SHEET);
    issues.push(...tableIssues);
    if (table)
      forEachDataRow(table, (row, cells) => {
        const label = normalizeKey(cellText(cells[table.index.item ?? 0], timeZone));
        const spec = SETTINGS.find((s) => normalizeKey(s.label) === label);
        if (!spec) return;
        const first = values.get(spec.key);
        if (first)
          issues.push(
            issue(
              "BAD_SETTING",
              SETTINGS_SHEET.name,
              row,
              headerOf(SETTINGS_SHEET, "item"),
              `mục "${spec.label}" đã có ở dòng ${first.row}; mỗi mục chỉ ghi một dòng.`,
            ),
          );
        else values.set(spec.key, { value: cells[table.index.value ?? 1], row });
      });
  }
  const text = (key: SettingKey) => cellText(values.get(key)?.value, timeZone);
  const problem = (key: SettingKey, detail: string) =>
    issues.push(issue("BAD_SETTING", SETTINGS_SHEET.name, values.get(key)?.row ?? null, VALUE, detail));

  if (raw) {
    for (const spec of SETTINGS) {
      if (spec.required && isBlank(values.get(spec.key)?.value)) {
        const row = values.get(spec.key)?.row ?? null;
        issues.push(issue("REQUIRED", SETTINGS_SHEET.name, row, VALUE, `chưa nhập "${spec.label}".`));
      }
    }
  }

  const year = readYear(values.get("year")?.value, timeZone);
  if (year === undefined && !isBlank(values.get("year")?.value))
    problem("year", `"Năm kế hoạch" phải là một năm, ví dụ 2020 (đang là "${text("year")}").`);

  const planDate = parseDay(values.get("planDate")?.value, timeZone);
  if (!planDate.ok && !isBlank(values.get("planDate")?.value))
    problem("planDate", `"Ngày ban hành kế hoạch" không phải ngày hợp lệ (dạng dd/mm/yyyy).`);

  const reportDate = parseDay(values.get("reportDate")?.value, timeZone);
  if (!reportDate.ok && !isBlank(values.get("reportDate")?.value))
    problem("reportDate", `"Ngày báo cáo" không phải ngày hợp lệ (dạng dd/mm/yyyy).`);

  const cutoffMode = readMode(text("cutoffMode"));
  if (cutoffMode === undefined)
    problem(
      "cutoffMode",
      `"Cách chốt số liệu" phải là "${CUTOFF_MODES.decree09}" hoặc "${CUTOFF_MODES.calendar}".`,
    );

  const homeAffairsEmail = text("homeAffairsEmail");
  if (homeAffairsEmail && !isEmail(homeAffairsEmail))
    problem("homeAffairsEmail", `"Email Sở Nội vụ" không phải địa chỉ email hợp lệ: "${homeAffairsEmail}".`);

  const ccEmails = splitList(text("ccEmails"), /[,;\s]+/);
  const badCc = ccEmails.filter((e) => !isEmail(e));
  if (badCc.length > 0) problem("ccEmails", `"Email đồng gửi" có địa chỉ không hợp lệ: ${badCc.join(", ")}.`);

  const remindDays = readDays(values.get("remindDays")?.value, timeZone);
  if (remindDays === undefined)
    problem(
      "remindDays",
      `"Nhắc trước (ngày)" phải là số ngày từ 0 đến ${MAX_REMIND_DAYS} (đang là "${text("remindDays")}").`,
    );

  return {
    settings: {
      parentBody: text("parentBody"),
      agency: text("agency"),
      agencyCode: text("agencyCode"),
      place: text("place"),
      year,
      planNumber: text("planNumber"),
      planDate: planDate.ok ? planDate.value : undefined,
      reportDate: reportDate.ok ? reportDate.value : undefined,
      cutoffMode: cutoffMode ?? "decree09",
      homeAffairsEmail,
      ccEmails,
      folder: text("folder"),
      signerTitle: text("signerTitle"),
      signer: text("signer"),
      recipients: splitList(text("recipients"), /\r?\n/),
      remindDays: remindDays ?? DEFAULT_REMIND_DAYS,
    },
    issues,
  };
}

function readYear(value: unknown, timeZone: string): number | undefined {
  const year = parseYear(value, timeZone);
  return year.ok ? year.value : undefined;
}

function readMode(text: string): CutoffMode | undefined {
  if (text === "") return "decree09";
  const key = normalizeKey(text);
  const entry = Object.entries(CUTOFF_MODES).find(([, label]) => normalizeKey(label) === key);
  return entry?.[0] as CutoffMode | undefined;
}

/** A whole number of days, 0–60; blank means the default. */
function readDays(value: unknown, timeZone: string): number | undefined {
  if (isBlank(value)) return DEFAULT_REMIND_DAYS;
  const text = cellText(value, timeZone);
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const days = Number(text);
  return days <= MAX_REMIND_DAYS ? days : undefined;
}
