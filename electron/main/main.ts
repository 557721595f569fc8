import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session as electronSession,
  type IpcMainInvokeEvent,
} from "electron";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { CHANNEL_NAMES } from "../../shared/ipc/channels.js";
import type { NianbaoApi } from "../../shared/ipc/contract.js";
import { ipcHandler } from "./ipc/handler.js";
import { openSession } from "./services/open-session.js";
import type { AuditSession } from "./services/audit-service.js";
import { APP_ROOT, DEFAULT_AUDIT, RENDERER_DIR, SAMPLES_DIR } from "./paths.js";
import {
  allowedRequest,
  denyPermissionCheck,
  denyPermissionRequest,
  guardContents,
  trustedSender,
  windowOptions,
  withCsp,
} from "./security.js";
import { chooseAndImport, importChosenPaths } from "./dialogs.js";
import { saveExport } from "./save-dialog.js";

const indexUrl = pathToFileURL(join(RENDERER_DIR, "index.html")).href;
let window: BrowserWindow | null = null;

const trusted = (event: IpcMainInvokeEvent) =>
  trustedSender(event.sender, event.senderFrame?.url, window, RENDERER_DIR);

function register(api: NianbaoApi) {
  for (const channel of CHANNEL_NAMES) ipcMain.handle(channel, ipcHandler(api, channel, trusted));
}

function harden() {
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !allowedRequest(details.url, RENDERER_DIR) }),
  );
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders) }),
  );
  app.on("web-contents-created", (_e, contents) => guardContents(contents));
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(APP_ROOT, "dist", "electron", "preload.cjs")));
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
