import type { BrowserWindowConstructorOptions } from "electron";
import { fileURLToPath } from "node:url";
import { relative, isAbsolute } from "node:path";
import { CSP } from "../node/csp.js";

/** The one window's web preferences: an isolated, sandboxed renderer without Node. */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    title: "年报审核工作台",
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Whether the renderer may load `url`: the app's own files, devtools, inline data; nothing remote. */
export function allowedRequest(url: string, rendererDir: string): boolean {
  if (/^(devtools|data|blob):/.test(url)) return true;
  if (!url.startsWith("file:")) return false;
  try {
    return inside(rendererDir, fileURLToPath(url));
  } catch {
    return false;
  }
}

/** Whether an IPC call comes from the app's window showing the app's own page. */
export function trustedSender(
  sender: { id: number },
  frameUrl: string | undefined,
  window: { webContents: { id: number } } | null,
  rendererDir: string,
): boolean {
  return (
    window !== null &&
    sender.id === window.webContents.id &&
    frameUrl !== undefined &&
    frameUrl.startsWith("file:") &&
    allowedRequest(frameUrl, rendererDir)
  );
}

/** Every permission (camera, notifications, clipboard, geolocation, …) is refused. */
export const denyPermissionRequest = (
  _wc: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void => callback(false);
export const denyPermissionCheck = (): boolean => false;

/** Response headers with the CSP set, whatever the response said. */
export function withCsp(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {}))
    if (k.toLowerCase() !== "content-security-policy") out[k] = Array.isArray(v) ? v : [v];
  out["Content-Security-Policy"] = [CSP];
  return out;
}

interface Preventable {
  preventDefault(): void;
}

/** The part of WebContents the guards use. */
export interface GuardedContents {
  on(
    event: "will-navigate" | "will-redirect" | "will-attach-webview",
    l: (e: Preventable) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: "deny" }): void;
}

/** No navigation away from the app, no webviews, no new windows (links open nothing). */
export function guardContents(contents: GuardedContents): void {
  const prevent = (e: Preventable) => e.preventDefault();
  contents.on("will-navigate", prevent);
  contents.on("will-redirect", prevent);
  contents.on("will-attach-webview", prevent);
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
}
