/**
 * The spreadsheet's locale decides how Sheets reads what staff type: in `vi_VN` 05/03/2020 is 5 March,
 * in `en_US` (the default of many accounts) it is 3 May, and the cell then holds that wrong date with
 * nothing to show it was swapped. Setup switches the plan to Vietnamese (asking first); until then every
 * check says plainly that typed dates may be read month first.
 */
export const VIETNAMESE = "vi_VN";
const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Locales whose spreadsheets read a typed date month first (M/d/yyyy). */
const MONTH_FIRST = new Set(["en_US", "es_US", "en_PH", "fil_PH"]);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/** The warning for a spreadsheet whose locale reads typed dates month first, or null. */
export function localeWarning(locale: string): string | null {
  if (!MONTH_FIRST.has(locale)) return null;
  return (
    `Chú ý: bảng tính đang dùng định dạng vùng "${locale}", nên ngày gõ tay được hiểu theo kiểu tháng trước ` +
    `(05/03/2020 thành ngày 3 tháng 5). Hãy chạy "Thiết lập / sửa bảng tính" để chuyển sang Việt Nam, ` +
    `rồi xem lại các ngày đã gõ có ngày và tháng đều không quá 12.`
  );
}

/**
 * Asks to switch a spreadsheet whose locale (or time zone) is not Vietnam's; returns the line for the
 * setup summary, or null when there was nothing to do.
 */
export function offerVietnameseLocale(ss: Spreadsheet, ui: Ui): { changed: boolean; line: string } | null {
  const locale = ss.getSpreadsheetLocale();
  const zone = ss.getSpreadsheetTimeZone();
  if (locale === VIETNAMESE && zone === TIME_ZONE) return null;
  const question =
    `Bảng tính đang dùng định dạng vùng "${locale}" và múi giờ "${zone}". Chuyển sang Việt Nam (${VIETNAMESE}, ` +
    `${TIME_ZONE}) để ngày gõ dạng 05/03/2020 được hiểu là ngày 5 tháng 3? Các ngày đã nhập không bị thay đổi.`;
  if (ui.alert("Định dạng vùng", question, ui.ButtonSet.YES_NO) !== ui.Button.YES)
    return {
      changed: false,
      line: localeWarning(locale) ?? `Giữ định dạng vùng "${locale}", múi giờ "${zone}".`,
    };
  if (locale !== VIETNAMESE) ss.setSpreadsheetLocale(VIETNAMESE);
  if (zone !== TIME_ZONE) ss.setSpreadsheetTimeZone(TIME_ZONE);
  return { changed: true, line: `Chuyển định dạng vùng sang Việt Nam (${VIETNAMESE}, ${TIME_ZONE})` };
}
