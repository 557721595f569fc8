import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { NianbaoApi } from "../../shared/ipc/contract.js";
import { dispatch } from "./ipc/dispatch.js";
import { CSP } from "./csp.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".wasm": "application/wasm",
};
const MAX_BODY = 200 * 1024 * 1024;

export interface WebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    ...extra,
  });
  res.end(body);
}

async function body(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The browser mode: the built renderer and the contract's services over HTTP, on 127.0.0.1 only,
 * behind a token made at each start (in the start URL, then a SameSite cookie and a header).
 */
export async function startWebHost(api: NianbaoApi, staticDir: string, port = 0): Promise<WebHost> {
  const token = randomBytes(24).toString("hex");
  let actualPort = port;
  const cookieOk = (req: IncomingMessage) =>
    (req.headers.cookie ?? "").split(/;\s*/).some((c) => same(c, `nb_token=${token}`));
  const hostOk = (req: IncomingMessage) =>
    req.headers.host === `127.0.0.1:${actualPort}` ||
    req.headers.host === `localhost:${actualPort}`;

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (!hostOk(req)) return send(res, 403, "forbidden host", "text/plain; charset=utf-8");
      if (url.pathname.startsWith("/api/")) {
        if (req.method !== "POST") return send(res, 405, "POST only", "text/plain");
        if (!same(String(req.headers["x-nianbao-token"] ?? ""), token) || !cookieOk(req))
          return send(
            res,
            403,
            JSON.stringify({
              ok: false,
              error: { code: "FORBIDDEN", message: "令牌无效，请使用启动时给出的地址打开" },
            }),
            "application/json",
          );
        const text = await body(req);
        if (text === null)
          return send(
            res,
            413,
            JSON.stringify({ ok: false, error: { code: "INVALID_REQUEST", message: "请求过大" } }),
            "application/json",
          );
        let payload: unknown;
        try {
          payload = JSON.parse(text || "{}");
        } catch {
          return send(
            res,
            400,
            JSON.stringify({
              ok: false,
              error: { code: "INVALID_REQUEST", message: "请求不是有效的 JSON" },
            }),
            "application/json",
          );
        }
        const result = await dispatch(api, decodeURIComponent(url.pathname.slice(5)), payload);
        return send(res, 200, JSON.stringify(result), "application/json");
      }
      if (url.pathname === "/" || url.pathname === "/index.html") {
        const given = url.searchParams.get("token");
        if (!(given && same(given, token)) && !cookieOk(req))
          return send(
            res,
            403,
            "<!doctype html><meta charset=utf-8><p>访问令牌无效：请使用 nianbao 启动时打印的地址打开工作台。</p>",
            "text/html; charset=utf-8",
          );
        const html = (await readFile(join(staticDir, "index.html"), "utf8")).replace(
          "</head>",
          `<meta name="nianbao-token" content="${token}"></head>`,
        );
        return send(res, 200, html, TYPES[".html"] as string, {
          "Content-Security-Policy": CSP,
          "Set-Cookie": `nb_token=${token}; HttpOnly; SameSite=Strict; Path=/`,
          "Referrer-Policy": "no-referrer",
        });
      }
      const file = normalize(join(staticDir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(normalize(staticDir) + sep))
        return send(res, 403, "forbidden", "text/plain");
      const data = await readFile(file).catch(() => null);
      if (!data) return send(res, 404, "not found", "text/plain");
      return send(res, 200, data, TYPES[extname(file)] ?? "application/octet-stream");
    } catch (e) {
      send(res, 500, e instanceof Error ? e.message : "error", "text/plain; charset=utf-8");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    token,
    port: actualPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
