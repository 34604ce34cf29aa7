/**
 * The one way the sidebar calls Apps Script: `google.script.run` as typed promises. Every answer is an
 * Outcome; `ok: false` and a failed call both reject with a ServerError carrying a message for the user.
 * Only plain data crosses: the contract (src/core/sidebar-api.ts) has dates as ISO strings, never Dates.
 */
import type {
  AddUpdateResult,
  Dashboard,
  ExportedFile,
  GenerateResult,
  NewUpdate,
  Outcome,
  RemindPreview,
  RemindResult,
  SendPreview,
  SendResult,
  SetupCheck,
  UploadResult,
} from "../core/sidebar-api";

/**
 * The server functions of src/gas/api.ts as the sidebar sees them (the layers do not import each other;
 * tests/ui/contract.test.ts checks at compile time that src/gas/api.ts has exactly these).
 */
export interface ServerFunctions {
  apiDashboard: (code?: string) => Outcome<Dashboard>;
  apiAddUpdate: (input: NewUpdate) => Outcome<AddUpdateResult>;
  apiGenerate: (code: string, replace: boolean, force: boolean) => Outcome<GenerateResult>;
  apiExportPdf: (
    code: string,
  ) => Outcome<{ period: string; reportDate: string; files: ExportedFile[]; notices: string[] }>;
  apiExportDocx: (code: string) => Outcome<{ period: string; files: ExportedFile[] }>;
  apiPreviewSend: (code: string) => Outcome<SendPreview>;
  apiSend: (code: string, resend: boolean, unsigned: boolean) => Outcome<SendResult>;
  apiUploadSigned: (code: string, fileName: string, base64: string) => Outcome<UploadResult>;
  apiSelectCell: (sheet: string, row: number | null, column: string | null) => Outcome<string>;
  apiPreviewRemind: (code: string) => Outcome<RemindPreview>;
  apiRemind: (code: string, again: boolean) => Outcome<RemindResult>;
  apiSetupChecks: () => Outcome<SetupCheck[]>;
}

export type ApiName = keyof ServerFunctions;
export type ApiArgs<K extends ApiName> = Parameters<ServerFunctions[K]>;
export type ApiValue<K extends ApiName> = ReturnType<ServerFunctions[K]> extends Outcome<infer T> ? T : never;

export class ServerError extends Error {
  override name = "ServerError";
}

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

function scriptRunner(): ScriptRunner | undefined {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run;
}

/**
 * A call that failed before reaching our code (the server functions answer every failure of their own as
 * an Outcome): the network, or, most often, a browser signed in to several Google accounts, where the
 * sidebar runs as one account and the Sheet as another (a known google.script.run limitation).
 */
export function failedCallMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return (
    `Không gọi được máy chủ Google${text ? ` (${text})` : ""}. Nguyên nhân thường gặp: trình duyệt đang đăng nhập ` +
    `nhiều tài khoản Google cùng lúc. Cách khắc phục: mở bảng tính trong một cửa sổ ẩn danh (hoặc một hồ sơ ` +
    `trình duyệt riêng) và chỉ đăng nhập tài khoản có quyền với bảng tính, rồi mở lại bảng điều khiển. Nếu vẫn ` +
    `lỗi, hãy kiểm tra kết nối mạng và tải lại trang.`
  );
}

/** Calls a server function; resolves with the Outcome's value, rejects with a ServerError. */
export function call<K extends ApiName>(name: K, ...args: ApiArgs<K>): Promise<ApiValue<K>> {
  return new Promise((resolve, reject) => {
    const run = scriptRunner();
    if (!run) {
      reject(new ServerError("Trang này chỉ chạy trong Google Sheets (không có google.script.run)."));
      return;
    }
    const runner = run
      .withSuccessHandler((answer) => {
        const outcome = answer as Outcome<ApiValue<K>> | null | undefined;
        if (outcome && outcome.ok === true) resolve(outcome.value);
        else if (outcome && outcome.ok === false) reject(new ServerError(outcome.message));
        else reject(new ServerError(`Máy chủ trả lời không đúng dạng (${name}).`));
      })
      .withFailureHandler((error) => reject(new ServerError(failedCallMessage(error))));
    const fn = (runner as unknown as Record<string, ((...a: unknown[]) => void) | undefined>)[name];
    if (typeof fn !== "function") {
      reject(new ServerError(`Máy chủ không có hàm ${name}.`));
      return;
    }
    fn.apply(runner, args as unknown[]);
  });
}
