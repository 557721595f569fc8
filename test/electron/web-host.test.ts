import { request } from "node:http";
import { connect } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebHost, type WebHost } from "../../electron/node/web-host.js";
import { CHANNELS, type NianbaoApi } from "../../shared/ipc/contract.js";

const calls: string[] = [];
const api = Object.fromEntries(
  CHANNELS.map((c) => [c, async () => (calls.push(c), { channel: c })]),
) as unknown as NianbaoApi;
const staticDir = mkdtempSync(join(tmpdir(), "nb-host-"));
writeFileSync(
  join(staticDir, "index.html"),
  "<!doctype html><html><head></head><body></body></html>",
);
let host: WebHost;

beforeAll(async () => {
  host = await startWebHost(api, staticDir);
});
afterAll(async () => {
  await host.close();
  rmSync(staticDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; address?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.address ?? "127.0.0.1",
        port: host.port,
        path,
        method: opts.method ?? "GET",
        headers: { host: `127.0.0.1:${host.port}`, ...opts.headers },
      },
      (res) => {
        let body = "";
        res.on("data", (d: Buffer) => (body += d.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

const auth = () => ({ "x-nianbao-token": host.token, cookie: `nb_token=${host.token}` });
const api_ = (headers: Record<string, string>, body = "{}") =>
  call("/api/audit:get", { method: "POST", headers, body });

/** Whether a TCP connection to `address` on the host's port is accepted. */
function accepts(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: address, port: host.port });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

describe("the browser-mode host", () => {
  it("listens on 127.0.0.1 only", async () => {
    expect(host.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[0-9a-f]{48}$`),
    );
    expect(await accepts("127.0.0.1")).toBe(true);
    // The rest of 127/8 and ::1 reach a server bound to all interfaces, not one bound to 127.0.0.1.
    expect(await accepts("127.0.0.2")).toBe(false);
    expect(await accepts("::1")).toBe(false);
  });

  it("makes a new token at each start", async () => {
    const other = await startWebHost(api, staticDir);
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it("serves the page only with the token, then sets a strict HttpOnly cookie and the CSP", async () => {
    expect((await call("/")).status).toBe(403);
    expect((await call("/?token=0000")).status).toBe(403);
    const ok = await call(`/?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers["set-cookie"]?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect(ok.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(ok.body).toContain(`<meta name="nianbao-token" content="${host.token}">`);
  });

  it("answers the API only with both the token header and the cookie", async () => {
    const before = calls.length;
    expect((await api_({})).status).toBe(403);
    expect((await api_({ "x-nianbao-token": host.token })).status).toBe(403);
    expect((await api_({ cookie: `nb_token=${host.token}` })).status).toBe(403);
    expect((await api_({ ...auth(), "x-nianbao-token": "f".repeat(48) })).status).toBe(403);
    expect(calls.length).toBe(before);
    const ok = await api_(auth());
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { channel: "audit:get" } });
  });

  it("refuses another Host (DNS rebinding), GET on the API, bad JSON, unknown channels", async () => {
    expect(
      (await call(`/?token=${host.token}`, { headers: { host: "evil.example" } })).status,
    ).toBe(403);
    expect((await api_({ ...auth(), host: `attacker.example:${host.port}` })).status).toBe(403);
    expect((await call("/api/audit:get", { headers: auth() })).status).toBe(405);
    expect((await api_(auth(), "{not json")).status).toBe(400);
    const unknown = await call("/api/fs:read", { method: "POST", headers: auth(), body: "{}" });
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: "UNKNOWN_CHANNEL" },
    });
  });

  it("serves no file outside its folder", async () => {
    for (const path of [
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2fetc%2fpasswd",
    ]) {
      const r = await call(path);
      expect([403, 404]).toContain(r.status);
      expect(r.body).not.toContain("root:");
    }
  });
});
