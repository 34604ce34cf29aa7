#!/usr/bin/env node

// The command is built into dist/ by `npm install` (the prepare script) or `npm run build`.
let cli;
try {
  cli = require("../dist/cli.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /dist[\\/]cli\.js/.test(String(error.message))) {
    process.stderr.write("Lỗi: chưa dựng lệnh papi; chạy: npm install (hoặc npm run build)\n");
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
