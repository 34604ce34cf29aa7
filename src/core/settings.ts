/** Reading the `Cấu hình` sheet: one `Mục` | `Giá trị` row per setting of the schema. */
import { cellText, parseDay } from "./cells";
import { type Issue, issue } from "./issues";
import type { Settings } from "./plan";
import { CUTOFF_MODES, type CutoffMode, SETTINGS, SETTINGS_SHEET, type SettingKey } from "./schema";
import { type RawSheet, readTable } from "./table";
import { isBlank, normalizeKey } from "./text";

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const VALUE = SETTINGS_SHEET.columns[1].header;

export function readSettings(
  raw: RawSheet | undefined,
  timeZone: string,
): { settings: Settings; issues: Issue[] } {
  const values = new Map<SettingKey, { value: unknown; row: number }>();
  const issues: Issue[] = [];
  if (raw) {
    const { table, issues: tableIssues } = readTable(raw, SETTINGS_SHEET);
    issues.push(...tableIssues);
    for (const { row, cells } of table?.rows ?? []) {
      const label = normalizeKey(cellText(cells[table?.index.item ?? 0], timeZone));
      const spec = SETTINGS.find((s) => normalizeKey(s.label) === label);
      if (!spec) continue;
      const first = values.get(spec.key);
      if (first)
        issues.push(
          issue(
            "BAD_SETTING",
            SETTINGS_SHEET.name,
            row,
            SETTINGS_SHEET.columns[0].header,
            `mục "${spec.label}" đã có ở dòng ${first.row}; mỗi mục chỉ ghi một dòng.`,
          ),
        );
      else values.set(spec.key, { value: cells[table?.index.value ?? 1], row });
    }
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

  const cutoffMode = readMode(text("cutoffMode"));
  if (cutoffMode === undefined)
    problem(
      "cutoffMode",
      `"Cách chốt số liệu" phải là "${CUTOFF_MODES.decree09}" hoặc "${CUTOFF_MODES.calendar}".`,
    );

  const homeAffairsEmail = text("homeAffairsEmail");
  if (homeAffairsEmail && !EMAIL.test(homeAffairsEmail))
    problem("homeAffairsEmail", `"Email Sở Nội vụ" không phải địa chỉ email hợp lệ: "${homeAffairsEmail}".`);

  const ccEmails = splitList(text("ccEmails"), /[,;\s]+/);
  const badCc = ccEmails.filter((e) => !EMAIL.test(e));
  if (badCc.length > 0) problem("ccEmails", `"Email đồng gửi" có địa chỉ không hợp lệ: ${badCc.join(", ")}.`);

  return {
    settings: {
      parentBody: text("parentBody"),
      agency: text("agency"),
      agencyCode: text("agencyCode"),
      place: text("place"),
      year,
      planNumber: text("planNumber"),
      planDate: planDate.ok ? planDate.value : undefined,
      cutoffMode: cutoffMode ?? "decree09",
      homeAffairsEmail,
      ccEmails,
      folder: text("folder"),
      signerTitle: text("signerTitle"),
      signer: text("signer"),
      recipients: splitList(text("recipients"), /\r?\n/),
    },
    issues,
  };
}

function readYear(value: unknown, timeZone: string): number | undefined {
  const text = cellText(value, timeZone);
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

function readMode(text: string): CutoffMode | undefined {
  if (text === "") return "decree09";
  const key = normalizeKey(text);
  const entry = Object.entries(CUTOFF_MODES).find(([, label]) => normalizeKey(label) === key);
  return entry?.[0] as CutoffMode | undefined;
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
