// Attaches this working copy to an Apps Script project without touching the committed .clasp.json:
// `npm run attach -- <script id or editor URL>` writes .clasp.local.json (git-ignored: each Sheet has its
// own script id) from the committed settings; `npm run push` pushes through it.
// `node scripts/attach.mjs --check` only says whether that file exists (the push scripts run it first).
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const shared = ".clasp.json";
const local = ".clasp.local.json";
const usage =
  "Cách dùng: npm run attach -- <mã tập lệnh>\n" +
  "Mã tập lệnh (Script ID) nằm ở Apps Script → Cài đặt dự án (Project Settings) → Mã nhận dạng; có thể dán cả đường dẫn trình soạn thảo.";

const input = process.argv[2] ?? "";
if (input === "--check") {
  if (existsSync(local)) process.exit(0);
  console.error(`Chưa gắn với dự án Apps Script nào (chưa có ${local}).\n${usage}`);
  process.exit(2);
}

const id = /\/projects\/([\w-]+)/.exec(input)?.[1] ?? /\/d\/([\w-]+)/.exec(input)?.[1] ?? input.trim();
if (!/^[\w-]{20,}$/.test(id)) {
  console.error(usage);
  process.exit(2);
}
const before = existsSync(local) ? JSON.parse(readFileSync(local, "utf8")).scriptId : undefined;
const settings = JSON.parse(readFileSync(shared, "utf8"));
writeFileSync(local, `${JSON.stringify({ ...settings, scriptId: id }, null, 2)}\n`);
console.log(
  before && before !== id
    ? `Đã đổi ${local} từ ${before} sang ${id}.`
    : `Đã ghi ${local} cho dự án ${id}. Tiếp theo: npm run push`,
);
