/**
 * What "Kiểm tra cài đặt" finds out about Google's own runtime, which no test here can run: Google
 * publishes no engine version for Apps Script's V8. Three lines of the checklist, each saying what it
 * measured even when all is well, so the first real run tells the team what that V8 is (docs: the first
 * run on Google).
 */
import { dayOfDate, vnDay } from "../core/day";
import type { ReportDocument } from "../core/document";
import type { SetupCheck } from "../core/sidebar-api";
import { renderReportPdf } from "../pdf/engine";
import { messageOf } from "./errors";

/** Checks of this module are not the user's to fix: the team's. */
const SEND_TO_TEAM = "Chụp màn hình danh sách này và gửi cho nhóm phát triển tiện ích PAPI.";

/** A page of Vietnamese text in every face the report uses. */
const PROBE_DOCUMENT: ReportDocument = {
  title: "Kiểm tra cài đặt",
  sections: [
    {
      name: "Kiểm tra",
      orientation: "portrait",
      blocks: [
        { type: "title", phrases: ["TRANG THỬ CỦA PAPI"], size: 14 },
        { type: "heading", text: "Chữ tiếng Việt đủ dấu" },
        { type: "paragraph", text: "Ắ ằ ẳ ẵ ặ, Ề ể ễ ệ, Ỗ ộ ớ ờ ở ỡ ợ, Ự ừ ử ữ ự, đ Đ; 1.234,5 ₫." },
        { type: "paragraph", text: "Trang này chỉ để đo thời gian dựng PDF; có thể bỏ qua.", italic: true },
      ],
    },
  ],
};

/** The PDF engine on a one-page document: whether it works here, and how long it takes. */
function pdfLine(): SetupCheck {
  const title = "Dựng thử một trang PDF";
  try {
    const start = Date.now();
    const pdf = renderReportPdf(PROBE_DOCUMENT);
    const ms = Date.now() - start;
    const isPdf = String.fromCharCode(...Array.from(pdf.subarray(0, 5))) === "%PDF-";
    const size = `${Math.round(pdf.length / 1024)} KB`;
    return isPdf
      ? { ok: true, title, detail: `xong trong ${ms} ms (${size}; lần đầu gồm cả nạp bộ dựng PDF).`, fix: "" }
      : { ok: false, title, detail: `kết quả không phải tệp PDF (${size}).`, fix: SEND_TO_TEAM };
  } catch (error) {
    return { ok: false, title, detail: `lỗi: ${messageOf(error)}`, fix: SEND_TO_TEAM };
  }
}

/** Today in the Sheet's zone by Google's Utilities and by this V8's Intl (what the add-on uses): the same day. */
function zoneLine(timeZone: string, now: Date): SetupCheck {
  const title = `Ngày giờ theo múi giờ của bảng tính (${timeZone})`;
  try {
    const google = Utilities.formatDate(now, timeZone, "dd/MM/yyyy HH:mm");
    const day = dayOfDate(now, timeZone);
    const ours = day === undefined ? "(không tính được)" : vnDay(day);
    const detail = `Google: ${google}; tiện ích (Intl): ${ours}.`;
    return google.startsWith(ours)
      ? { ok: true, title, detail, fix: "" }
      : { ok: false, title, detail: `${detail} Hai ngày khác nhau.`, fix: SEND_TO_TEAM };
  } catch (error) {
    return { ok: false, title, detail: `lỗi: ${messageOf(error)}`, fix: SEND_TO_TEAM };
  }
}

type Probe = [name: string, has: () => boolean];
const method =
  (owner: object, name: string): (() => boolean) =>
  () =>
    typeof (owner as Record<string, unknown>)[name] === "function";
const global =
  (name: string): (() => boolean) =>
  () =>
    typeof (globalThis as Record<string, unknown>)[name] !== "undefined";
const works = (run: () => unknown) => () => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

/** What the add-on itself relies on beyond ES2019's built-ins being there. */
const NEEDED: Probe[] = [
  [
    "Intl.DateTimeFormat (múi giờ)",
    works(() => new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Ho_Chi_Minh" })),
  ],
  ["String.prototype.normalize", () => "e\u0301".normalize("NFC") === "é"],
  ["RegExp \\p{…}", works(() => /\p{L}/u)],
  ["Uint8Array", global("Uint8Array")],
];

/** Newer than ES2019: the add-on does without them; knowing which exist tells the engine's age. */
const NEWER: Probe[] = [
  ["globalThis", () => typeof globalThis === "object"],
  ["String.prototype.matchAll", method(String.prototype, "matchAll")],
  ["BigInt", global("BigInt")],
  ["Promise.allSettled", method(Promise, "allSettled")],
  ["String.prototype.replaceAll", method(String.prototype, "replaceAll")],
  ["WeakRef", global("WeakRef")],
  ["Array.prototype.at", method(Array.prototype, "at")],
  ["Object.hasOwn", method(Object, "hasOwn")],
  ["structuredClone", global("structuredClone")],
  ["Array.prototype.findLast", method(Array.prototype, "findLast")],
  ["Array.prototype.toSorted", method(Array.prototype, "toSorted")],
  ["Object.groupBy", method(Object, "groupBy")],
  ["Intl.Segmenter", () => typeof (Intl as unknown as Record<string, unknown>).Segmenter === "function"],
];

/** Whether a probe finds what it looks for; one that throws (a name the engine lacks) does not. */
function found([, has]: Probe): boolean {
  try {
    return has();
  } catch {
    return false;
  }
}

function builtInsLine(): SetupCheck {
  const title = "JavaScript (V8) của Apps Script";
  const missing = NEEDED.filter((p) => !found(p)).map(([name]) => name);
  const present = NEWER.filter(found).map(([name]) => name);
  const absent = NEWER.filter((p) => !found(p)).map(([name]) => name);
  const detail =
    `có: ${present.join(", ") || "không có hàm nào mới hơn ES2019"}` +
    (absent.length > 0 ? `; không có: ${absent.join(", ")}` : "") +
    " (tiện ích không cần các hàm này).";
  return missing.length === 0
    ? { ok: true, title, detail, fix: "" }
    : { ok: false, title, detail: `thiếu ${missing.join(", ")}, tiện ích cần. ${detail}`, fix: SEND_TO_TEAM };
}

/** The runtime's lines of the checklist: the PDF engine, the zone, the built-ins. */
export function runtimeChecks(timeZone: string, now = new Date()): SetupCheck[] {
  return [pdfLine(), zoneLine(timeZone, now), builtInsLine()];
}
