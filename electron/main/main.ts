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
import { ipcHandler } from "../node/ipc/handler.js";
import type { AuditSession } from "../node/services/audit-service.js";
import { APP_ROOT, RENDERER_DIR, SAMPLES_DIR } from "../node/paths.js";
import { launchPaths, launchTargets, openLaunch } from "../node/launch.js";
import {
  allowedRequest,
  denyPermissionCheck,
  denyPermissionRequest,
  guardContents,
  trustedSender,
  windowOptions,
  withCsp,
} from "./security.js";
import { chooseAndImport, chooseRulePack, importChosenPaths } from "./dialogs.js";
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
  const targets = launchTargets(launchPaths(process.argv, app.isPackaged));
  const opened = await openLaunch(targets, "electron", SAMPLES_DIR);
  if ("code" in opened) {
    dialog.showErrorBox("无法打开审核文件", `${targets.audit}\n[${opened.code}] ${opened.message}`);
    app.quit();
    return;
  }
  const current: AuditSession = opened.session;
  register(
    current.api({
      choose: (folders) => chooseAndImport(window, current, folders),
      importPaths: (paths) => importChosenPaths(current, paths),
      deliver: (files) => saveExport(window, files),
      choosePack: () => chooseRulePack(window),
    }),
  );
  Menu.setApplicationMenu(null);
  window = createWindow();
  app.on("before-quit", () => void current.save());
}

// One window per machine: two processes saving the same audit would overwrite each other's work.
if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on("second-instance", (_e, argv) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    if (window && launchPaths(argv, app.isPackaged).length)
      void dialog.showMessageBox(window, {
        type: "info",
        message: "工作台已在运行",
        detail: "请在此窗口中用“导入报告”添加文件；要打开另一个审核文件，请先关闭此窗口。",
      });
  });
  app.whenReady().then(start, (e: unknown) => dialog.showErrorBox("nianbao", String(e)));
}
app.on("window-all-closed", () => app.quit());
