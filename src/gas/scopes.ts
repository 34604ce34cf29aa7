/**
 * Scopes first: on Google's consent screen a user may untick some of the add-on's permissions
 * (granular consent, developers.google.com/apps-script/concepts/scopes). Each action asks, before any
 * work, whether the permissions it needs were granted, with
 * ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes) (script/script-app#getAuthorizationInfo(AuthMode,String)),
 * and otherwise stops with a Vietnamese message naming each missing permission and how to grant it, so
 * nothing is half done (a PDF rendered and then no Drive to save it in). requireScopes would end the run
 * with Google's own prompt instead, which an add-on's menu item or sidebar call cannot word or test.
 */
import { UserError } from "./errors";

const AUTH = "https://www.googleapis.com/auth/";

/** The manifest's scopes (appsscript.json), by what they are for. */
export const SCOPE = {
  sheets: `${AUTH}spreadsheets`,
  ui: `${AUTH}script.container.ui`,
  drive: `${AUTH}drive`,
  mail: `${AUTH}script.send_mail`,
  email: `${AUTH}userinfo.email`,
  triggers: `${AUTH}script.scriptapp`,
} as const;

type Scope = (typeof SCOPE)[keyof typeof SCOPE];

/** Each permission as the consent screen words it, and what PAPI needs it for. */
const MEANING: Record<Scope, string> = {
  [SCOPE.sheets]:
    "xem, chỉnh sửa, tạo và xoá bảng tính Google Trang tính (để đọc kế hoạch, ghi báo cáo và nhật ký)",
  [SCOPE.ui]:
    "hiển thị nội dung trong lời nhắc và thanh bên của ứng dụng Google (để hỏi bạn và hiện kết quả)",
  [SCOPE.drive]: "xem, chỉnh sửa, tạo và xoá tệp trên Google Drive (để lưu báo cáo PDF)",
  [SCOPE.mail]: "gửi email thay mặt bạn (để gửi báo cáo và thư nhắc)",
  [SCOPE.email]: "xem địa chỉ email của bạn (để ghi ai đã làm gì vào nhật ký)",
  [SCOPE.triggers]: "chạy khi bạn không có mặt (để nhắc tự động hằng ngày)",
};

/** What each action needs; a menu item needs `ui` more, to ask and to answer. */
export const NEEDS = {
  read: [SCOPE.sheets, SCOPE.email],
  export: [SCOPE.sheets, SCOPE.email, SCOPE.drive],
  send: [SCOPE.sheets, SCOPE.email, SCOPE.drive, SCOPE.mail],
  remind: [SCOPE.sheets, SCOPE.email, SCOPE.mail],
  trigger: [SCOPE.sheets, SCOPE.email, SCOPE.triggers],
  sidebar: [SCOPE.ui],
} as const satisfies Record<string, readonly Scope[]>;

/** Stopped before any work: not a failure to log (logging is work, and may need the missing scope). */
export class ScopesMissing extends UserError {
  constructor(
    message: string,
    readonly missing: readonly string[],
  ) {
    super(message);
    this.name = "ScopesMissing";
  }
}

/** getAuthorizationInfo(authMode, oauthScopes) and getAuthorizedScopes(), newer than @types. */
type ScopedInfo = GoogleAppsScript.Script.AuthorizationInfo & {
  getAuthorizedScopes(): string[] | null;
};
type ScopedScriptApp = {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): ScopedInfo;
};

/** The scopes of `needed` the user has not granted (none: all is well). */
export function missingScopes(needed: readonly string[]): string[] {
  const info = (ScriptApp as unknown as ScopedScriptApp).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [
    ...needed,
  ]);
  const granted = new Set(info.getAuthorizedScopes() ?? []);
  return needed.filter((s) => !granted.has(s));
}

/** Throws ScopesMissing, naming each missing permission and how to grant it, unless all are granted. */
export function requireScopes(needed: readonly string[]): void {
  const missing = missingScopes(needed);
  if (missing.length > 0) throw new ScopesMissing(missingScopesText(missing), missing);
}

/** Each scope as the user knows it: what it allows and what PAPI needs it for. */
export function scopeMeanings(scopes: readonly string[]): string {
  return scopes.map((s) => `• ${MEANING[s as Scope] ?? s}`).join("\n");
}

export function missingScopesText(missing: readonly string[]): string {
  return (
    `Tiện ích PAPI chưa được bạn cho phép:\n${scopeMeanings(missing)}\n` +
    "Chưa có gì được làm hay ghi. Để cho phép: chọn lại thao tác này trong trình đơn PAPI (hoặc Tiện ích " +
    'mở rộng → PAPI); ở màn hình cấp quyền của Google, đánh dấu các quyền trên (hoặc "Chọn tất cả") rồi ' +
    'bấm "Tiếp tục". Nếu màn hình đó không hiện: mở myaccount.google.com/permissions, gỡ quyền của PAPI, ' +
    "rồi chọn lại thao tác để Google hỏi lại từ đầu."
  );
}
