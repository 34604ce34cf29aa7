/**
 * "Kiểm tra cài đặt": on the real Google, tries each thing the add-on needs and says, in Vietnamese,
 * what is fine and how to fix what is not. Every check runs even when an earlier one fails, and a check
 * that throws is a failed line with Google's message, never a crash.
 */
import { ymd } from "../core/day";
import type { Settings } from "../core/plan";
import type { SetupCheck } from "../core/sidebar-api";
import { reminderTriggers } from "./auto-remind";
import { type Known, knownOf, readBook, settingsOf } from "./book";
import { todayIn, zoneOf } from "./context";
import { reportFolder } from "./drive-folder";
import { messageOf } from "./errors";
import { VIETNAMESE } from "./locale";
import { appendLog, RESULT_FAILED, RESULT_OK } from "./log";
import { runtimeChecks } from "./runtime-probe";
import { missingScopes, SCOPE, scopeMeanings } from "./scopes";
import { readSettingsSheet } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { SetupCheck };

const ZONE = "Asia/Ho_Chi_Minh";

/** One line: `test` answers null when all is well, or what is wrong; `fix` says what to do about it. */
function line(title: string, fix: string, test: () => string | null): SetupCheck {
  try {
    const problem = test();
    return problem === null
      ? { ok: true, title, detail: "", fix: "" }
      : { ok: false, title, detail: problem, fix };
  } catch (error) {
    return { ok: false, title, detail: messageOf(error), fix };
  }
}

/** What the checks read from the spreadsheet, and the facts a log row needs when they came with it. */
interface Facts {
  settings: Settings;
  timeZone: string;
  locale: string;
  known?: Known;
}

/**
 * One Sheets API read; when that fails (the advanced service off, which a line below reports), the
 * settings, zone and locale through SpreadsheetApp, so the checklist still shows every line.
 */
function readFacts(ss: Spreadsheet): Facts {
  try {
    const book = readBook(ss);
    return { settings: settingsOf(book), timeZone: book.timeZone, locale: book.locale, known: knownOf(book) };
  } catch {
    return { settings: readSettingsSheet(ss), timeZone: zoneOf(ss), locale: ss.getSpreadsheetLocale() };
  }
}

export function runSetupChecks(ss: Spreadsheet, facts: Facts = readFacts(ss)): SetupCheck[] {
  const { settings, timeZone, locale } = facts;
  return [
    line(
      "Quyền truy cập đã được cấp",
      'Chọn lại một mục bất kỳ trong trình đơn PAPI và bấm "Cho phép" ở hộp thoại cấp quyền của Google.',
      () => {
        // Granular consent: name each permission the user unticked (scopes.ts).
        const missing = missingScopes(Object.values(SCOPE));
        if (missing.length > 0) return `Bạn chưa cho phép:\n${scopeMeanings(missing)}`;
        return String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()) ===
          "REQUIRED"
          ? "Tiện ích còn thiếu quyền bạn chưa cấp."
          : null;
      },
    ),
    line(
      'Dịch vụ nâng cao "Google Sheets API" đã bật',
      'Trong trình soạn Apps Script: Dịch vụ (Services) → "+" → Google Sheets API → Thêm; hoặc đẩy lại mã bằng npm run push (appsscript.json đã khai báo dịch vụ này).',
      () =>
        typeof Sheets === "undefined" || !Sheets.Spreadsheets
          ? "Không tìm thấy dịch vụ Sheets của Apps Script."
          : null,
    ),
    line(
      "Định dạng vùng Việt Nam (vi_VN) và múi giờ Asia/Ho_Chi_Minh",
      'Chọn PAPI → "Thiết lập / sửa bảng tính" và đồng ý chuyển; hoặc Tệp → Cài đặt → Ngôn ngữ: Việt Nam, Múi giờ: (GMT+07:00) Hồ Chí Minh.',
      () =>
        locale === VIETNAMESE && timeZone === ZONE
          ? null
          : `Bảng tính đang dùng định dạng vùng "${locale}", múi giờ "${timeZone}": ngày gõ tay có thể bị hiểu sai.`,
    ),
    line(
      "Thư mục lưu báo cáo mở được và ghi được",
      'Ghi vào mục "Thư mục lưu báo cáo" (trang "Cấu hình") đường dẫn một thư mục Drive được chia sẻ quyền chỉnh sửa với bạn, hoặc để trống để tiện ích tự tạo thư mục.',
      () => {
        const folder = reportFolder(ss, settings, settings.year ?? ymd(todayIn(timeZone)).year);
        const probe = folder.createFile(
          "papi-kiem-tra-cai-dat.txt",
          "Tệp thử của PAPI; có thể xoá.",
          "text/plain",
        );
        probe.setTrashed(true);
        return null;
      },
    ),
    line(
      '"Email Sở Nội vụ" đã nhập đúng',
      'Nhập địa chỉ thư của Sở Nội vụ (ví dụ sonoivu@tinh.gov.vn) vào mục "Email Sở Nội vụ" của trang "Cấu hình".',
      () => (settings.homeAffairsEmail ? null : "Chưa nhập, hoặc địa chỉ không hợp lệ."),
    ),
    line(
      "Còn hạn mức gửi thư hôm nay",
      "Hạn mức được đặt lại sau 24 giờ; hãy gửi vào ngày mai, hoặc nhờ người dùng khác (tài khoản Google Workspace có hạn mức cao hơn) gửi.",
      () => {
        const needed = 1 + settings.ccEmails.length;
        const quota = MailApp.getRemainingDailyQuota();
        return quota >= needed ? null : `Chỉ còn ${quota} người nhận, cần ${needed} để gửi một báo cáo.`;
      },
    ),
    line(
      "Khoá tài liệu dùng được (tránh hai người cùng tạo báo cáo)",
      "Đợi người khác làm xong rồi chạy lại; nếu vẫn lỗi, hãy mở tiện ích từ chính bảng tính (Tiện ích mở rộng → PAPI).",
      () => {
        const lock = LockService.getDocumentLock();
        if (!lock) return "Google không cấp khoá cho tài liệu này (tiện ích không chạy trong bảng tính).";
        if (!lock.tryLock(1000)) return "Một người khác đang giữ khoá (đang tạo, xuất hoặc gửi báo cáo).";
        lock.releaseLock();
        return null;
      },
    ),
    line(
      "Trình kích hoạt nhắc việc tự động không bị trùng",
      'Chọn PAPI → "Tắt nhắc tự động", rồi "Bật nhắc tự động" nếu cần nhắc.',
      () => {
        const n = reminderTriggers(ss).length;
        return n <= 1
          ? null
          : `Có ${n} trình kích hoạt nhắc việc cho bảng tính này: các đơn vị sẽ nhận thư nhắc ${n} lần.`;
      },
    ),
    // What Google's runtime is: the PDF engine's time, the zone, the built-ins (src/gas/runtime-probe.ts).
    ...runtimeChecks(timeZone),
  ];
}

/** Runs the checks and records the outcome in `Nhật ký`. */
export function checkedAndLogged(ss: Spreadsheet): SetupCheck[] {
  const facts = readFacts(ss);
  const checks = runSetupChecks(ss, facts);
  const failed = checks.filter((c) => !c.ok);
  appendLog(
    ss,
    {
      action: "Kiểm tra cài đặt",
      result:
        failed.length === 0
          ? `${RESULT_OK}: ${checks.length} mục đạt`
          : `${RESULT_FAILED}: ${failed.map((c) => c.title).join("; ")}`,
    },
    facts.known,
  );
  return checks;
}
