import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  allowedRequest,
  denyPermissionCheck,
  denyPermissionRequest,
  guardContents,
  trustedSender,
  windowOptions,
  withCsp,
  type GuardedContents,
} from "../../../electron/main/security.js";
import { CSP } from "../../../electron/node/csp.js";
import { APP_ROOT } from "../../../electron/node/paths.js";

const RENDERER = join(APP_ROOT, "dist", "renderer");
const page = pathToFileURL(join(RENDERER, "index.html")).href;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe("the window", () => {
  const prefs = windowOptions("/app/preload.cjs").webPreferences ?? {};
  it("has an isolated, sandboxed renderer without Node", () => {
    expect(prefs).toMatchObject({
      preload: "/app/preload.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe("the Content Security Policy", () => {
  const csp = directives(CSP);
  it("runs only the app's own scripts: no eval, no inline script, no remote source", () => {
    expect(CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|\*|https?:|wss?:/);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });
  it("is the policy of renderer/index.html too (less frame-ancestors, which a meta tag cannot set)", () => {
    const html = readFileSync(join(APP_ROOT, "renderer", "index.html"), "utf8");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const expected = new Map(csp);
    expected.delete("frame-ancestors");
    expect(directives(meta)).toEqual(expected);
    // script-src 'self' allows no inline code: the page has none.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
  it("replaces whatever policy a response brings", () => {
    const headers = withCsp({ "content-security-policy": ["default-src *"], "X-Other": "1" });
    expect(headers).toEqual({ "Content-Security-Policy": [CSP], "X-Other": ["1"] });
  });
});

describe("requests from the renderer", () => {
  it.each([
    page,
    pathToFileURL(join(RENDERER, "assets", "index.js")).href,
    "data:,",
    "blob:x",
    "devtools://devtools/x",
  ])("loads its own %s", (url) => expect(allowedRequest(url, RENDERER)).toBe(true));
  it.each([
    "https://example.com/x.js",
    "http://127.0.0.1:8080/api",
    "ws://127.0.0.1/",
    "ftp://host/f",
    "file:///etc/passwd",
    pathToFileURL(join(RENDERER, "..", "electron", "main.js")).href,
    `${pathToFileURL(RENDERER).href}/../../package.json`,
    "file://fileserver/share/x.html",
    pathToFileURL(RENDERER).href,
    "javascript:alert(1)",
  ])("refuses %s", (url) => expect(allowedRequest(url, RENDERER)).toBe(false));
});

describe("IPC senders", () => {
  const window = { webContents: { id: 1 } };
  it("trusts only the app's window showing the app's page", () => {
    expect(trustedSender({ id: 1 }, page, window, RENDERER)).toBe(true);
    expect(trustedSender({ id: 2 }, page, window, RENDERER)).toBe(false);
    expect(trustedSender({ id: 1 }, page, null, RENDERER)).toBe(false);
    expect(trustedSender({ id: 1 }, undefined, window, RENDERER)).toBe(false);
    expect(trustedSender({ id: 1 }, "https://evil.example/index.html", window, RENDERER)).toBe(
      false,
    );
    expect(trustedSender({ id: 1 }, "file:///tmp/index.html", window, RENDERER)).toBe(false);
  });
});

describe("permissions", () => {
  it.each([
    "media",
    "geolocation",
    "notifications",
    "clipboard-read",
    "openExternal",
    "fullscreen",
  ])("refuses %s", (permission) => {
    const answers: boolean[] = [];
    denyPermissionRequest(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe("navigation and new windows", () => {
  class Contents extends EventEmitter implements GuardedContents {
    openHandler: ((d: { url: string }) => { action: "deny" }) | null = null;
    setWindowOpenHandler(h: (d: { url: string }) => { action: "deny" }): void {
      this.openHandler = h;
    }
  }
  it.each(["will-navigate", "will-redirect", "will-attach-webview"])("prevents %s", (event) => {
    const contents = new Contents();
    guardContents(contents);
    let prevented = false;
    contents.emit(event, { preventDefault: () => (prevented = true) }, "https://evil.example/");
    expect(prevented).toBe(true);
  });
  it("denies every window.open", () => {
    const contents = new Contents();
    guardContents(contents);
    for (const url of ["https://evil.example/", "file:///etc/passwd", "about:blank", page])
      expect(contents.openHandler?.({ url })).toEqual({ action: "deny" });
  });
});

describe("main.ts", () => {
  // Electron does not run in CI: the unit-tested guards are checked to be the ones main installs.
  const main = readFileSync(join(APP_ROOT, "electron", "main", "main.ts"), "utf8");
  it.each([
    "new BrowserWindow(windowOptions(",
    "setPermissionRequestHandler(denyPermissionRequest)",
    "setPermissionCheckHandler(denyPermissionCheck)",
    "allowedRequest(details.url, RENDERER_DIR)",
    "withCsp(details.responseHeaders)",
    'app.on("web-contents-created", (_e, contents) => guardContents(contents))',
    "ipcHandler(api, channel, trusted)",
    "trustedSender(event.sender, event.senderFrame?.url, window, RENDERER_DIR)",
  ])("installs %s", (call) => expect(main).toContain(call));
  it("creates no other window and registers no other IPC", () => {
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(main.match(/ipcMain\.(handle|on)\(/g)).toHaveLength(1);
  });
});
