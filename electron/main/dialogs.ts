import { dialog, type BrowserWindow } from "electron";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { MAX_PACK_CHARS } from "../../shared/model/rule-pack.js";
import type { ImportResult } from "../../shared/ipc/contract.js";
import type { AuditSession } from "../node/services/audit-service.js";
import { loadChosen } from "../node/services/load-files.js";
import { ChosenPaths } from "../node/chosen.js";

/** Paths the inspector chose in a dialog; the renderer may only name paths from this set. */
const chosen = new ChosenPaths();

export async function chooseAndImport(
  win: BrowserWindow | null,
  session: AuditSession,
  folders: boolean,
): Promise<ImportResult | null> {
  const options = {
    title: folders ? "选择报告所在的文件夹" : "选择年度报告",
    properties: folders
      ? (["openDirectory", "multiSelections"] as const)
      : (["openFile", "multiSelections"] as const),
    filters: folders
      ? []
      : [
          {
            name: "年度报告",
            extensions: ["txt", "docx", "doc", "wps", "pdf", "html", "htm", "mhtml", "mht"],
          },
        ],
  };
  const res = win
    ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] })
    : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
  if (res.canceled || !res.filePaths.length) return null;
  chosen.add(res.filePaths, folders);
  return session.importFiles(await loadChosen(res.filePaths, folders));
}

export async function importChosenPaths(
  session: AuditSession,
  paths: string[],
): Promise<ImportResult> {
  const refused = chosen.refused(paths);
  if (refused.length)
    throw new Error(`只能导入在对话框中选择的文件：${refused.slice(0, 3).join("，")}`);
  return session.importFiles(await loadChosen(paths, false));
}

/**
 * A rule pack (.json) the inspector chooses for the audit: its name and text (null: far larger
 * than any pack, not read); null if none chosen.
 */
export async function chooseRulePack(
  win: BrowserWindow | null,
): Promise<{ fileName: string; text: string | null } | null> {
  const options = {
    title: "载入规则包",
    properties: ["openFile" as const],
    filters: [{ name: "规则包", extensions: ["json"] }],
  };
  const res = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const path = res.filePaths[0];
  if (res.canceled || !path) return null;
  const fileName = basename(path);
  if ((await stat(path)).size > 4 * MAX_PACK_CHARS) return { fileName, text: null };
  return { fileName, text: await readFile(path, "utf8") };
}
