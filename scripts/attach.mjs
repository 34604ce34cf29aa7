// Attaches this working copy to an Apps Script project: `npm run attach -- <script id or editor URL>`
// writes .clasp.json (git-ignored: each person's own Sheet has its own script id), with rootDir dist/gas.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const input = process.argv[2] ?? "";
const id = /\/projects\/([\w-]+)/.exec(input)?.[1] ?? /\/d\/([\w-]+)/.exec(input)?.[1] ?? input.trim();
if (!/^[\w-]{20,}$/.test(id)) {
  console.error(
    "Cách dùng: npm run attach -- <mã tập lệnh>\n" +
      "Mã tập lệnh (Script ID) nằm ở Apps Script → Cài đặt dự án (Project Settings) → Mã nhận dạng; có thể dán cả đường dẫn trình soạn thảo.",
  );
  process.exit(2);
}
const file = ".clasp.json";
const before = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).scriptId : undefined;
writeFileSync(file, `${JSON.stringify({ scriptId: id, rootDir: "dist/gas" }, null, 2)}\n`);
console.log(
  before && before !== id
    ? `Đã đổi .clasp.json từ ${before} sang ${id}.`
    : `Đã ghi .clasp.json cho dự án ${id}. Tiếp theo: npm run push`,
);
