/**
 * `npm run preview`: the built sidebar (dist/gas/Sidebar.html) on http://127.0.0.1:8080 over the
 * example plan, to look at in any browser. Its google.script.run POSTs JSON to /api/<name>, where the
 * REAL server functions of src/gas/api.ts run on the in-memory Apps Script fakes; the fake spreadsheet
 * lives as long as this process (updates, reports, PDFs and mails are kept in memory only).
 * PORT=8081 npm run preview picks another port. Only the loopback address is bound.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { callApi, SIDEBAR_HTML, scriptRunShim, sidebarSpreadsheet } from "../tests/ui/gas-bridge";

const HOST = "127.0.0.1";
const PORT = Number(process.env.PORT || 8080);
const MAX_BODY = 1024 * 1024;

const box = sidebarSpreadsheet();

const shim = scriptRunShim(`(name, args) =>
  fetch("/api/" + encodeURIComponent(name), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(args),
  }).then(async (response) => {
    const body = await response.json();
    if (!response.ok) throw new Error(body.error);
    return body.value;
  })`);

function sidebar(): string {
  const html = readFileSync(join(process.cwd(), SIDEBAR_HTML), "utf8");
  return html.replace("</head>", () => `<script>${shim}</script>\n</head>`);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "Content-Type": `${type}; charset=utf-8`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("request too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", `http://${HOST}`);
  const api = /^\/api\/(api[A-Za-z]+)$/.exec(url.pathname);
  try {
    if (req.method === "GET" && (url.pathname === "/" || url.pathname === "/index.html")) {
      send(res, 200, "text/html", sidebar());
    } else if (req.method === "POST" && api?.[1]) {
      const name = api[1];
      const args: unknown = JSON.parse((await readBody(req)) || "[]");
      const value = callApi(name, args);
      const ok = (value as { ok?: boolean } | null)?.ok;
      console.log(
        `${new Date().toLocaleTimeString("vi-VN")}  ${name}(${JSON.stringify(args).slice(1, -1)}) → ${ok === false ? "lỗi" : "ok"}`,
      );
      send(res, 200, "application/json", JSON.stringify({ value }));
    } else {
      send(res, 404, "text/plain", "Không có trang này.");
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${req.method} ${url.pathname}: ${message}`);
    send(res, 500, "application/json", JSON.stringify({ error: message }));
  }
});

server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Cổng ${PORT} đang được dùng; chọn cổng khác, ví dụ: PORT=${PORT + 1} npm run preview`
      : `Không mở được máy chủ xem thử: ${error.message}`,
  );
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  console.log(`Xem thử thanh bên (kế hoạch mẫu, dữ liệu giả trong bộ nhớ): http://${HOST}:${PORT}`);
  console.log("Ctrl+C để dừng.");
});

const stop = () => {
  server.close();
  box.restore();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
