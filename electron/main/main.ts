import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session as electronSession,
  type WebContents,
} from "electron";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { CHANNEL_NAMES } from "../../shared/ipc/channels.js";
import type { NianbaoApi } from "../../shared/ipc/contract.js";
import { dispatch } from "./ipc/dispatch.js";
import { openSession } from "./services/open-session.js";
import type { AuditSession } from "./services/audit-service.js";
import { APP_ROOT, DEFAULT_AUDIT, RENDERER_DIR, SAMPLES_DIR } from "./paths.js";
import { CSP } from "./security.js";
import { chooseAndImport, importChosenPaths } from "./dialogs.js";
import { saveExport } from "./save-dialog.js";

const indexUrl = pathToFileURL(join(RENDERER_DIR, "index.html")).href;
let window: BrowserWindow | null = null;

function trusted(sender: WebContents, frameUrl: string | undefined): boolean {
  return (
    window !== null &&
    sender === window.webContents &&
    (frameUrl ?? "").startsWith(indexUrl.replace(/index\.html$/, ""))
  );
}

function register(api: NianbaoApi) {
  for (const channel of CHANNEL_NAMES)
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!trusted(event.sender, event.senderFrame?.url))
        return { ok: false, error: { code: "FORBIDDEN", message: "调用来源不受信任" } };
      return dispatch(api, channel, payload);
    });
}

function harden() {
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !/^(file|devtools|data|blob):/.test(details.url) }),
  );
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, "Content-Security-Policy": [CSP] } }),
  );
  app.on("web-contents-created", (_e, contents) => {
    contents.on("will-navigate", (event) => event.preventDefault());
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: "年报审核工作台",
    webPreferences: {
      preload: join(APP_ROOT, "dist", "electron", "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  void win.loadURL(indexUrl);
  return win;
}

async function start() {
  harden();
  const session = await openSession(DEFAULT_AUDIT, "electron", SAMPLES_DIR);
  if ("code" in session) {
    dialog.showErrorBox(
      "无法打开审核文件",
      `${DEFAULT_AUDIT}\n[${session.code}] ${session.message}`,
    );
    app.quit();
    return;
  }
  const current: AuditSession = session;
  register(
    current.api({
      choose: (folders) => chooseAndImport(window, current, folders),
      importPaths: (paths) => importChosenPaths(current, paths),
      deliver: (files) => saveExport(window, files),
    }),
  );
  Menu.setApplicationMenu(null);
  window = createWindow();
  app.on("before-quit", () => void current.save());
}

app.whenReady().then(start, (e: unknown) => dialog.showErrorBox("nianbao", String(e)));
app.on("window-all-closed", () => app.quit());
