import { dialog, type BrowserWindow } from "electron";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { ExportResult } from "../../shared/ipc/contract.js";
import type { OutFile } from "../node/services/export.js";

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  ".docx": { name: "Word 文档", extensions: ["docx"] },
  ".xlsx": { name: "Excel 工作簿", extensions: ["xlsx"] },
};

/** A path in `dir` that names no existing file: 审核意见.docx, then 审核意见（2）.docx … */
function freePath(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let path = join(dir, name);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${stem}（${n}）${ext}`);
  return path;
}

/** Electron's delivery: a save dialog for one file, a folder for several. */
export async function saveExport(
  win: BrowserWindow | null,
  files: OutFile[],
): Promise<ExportResult> {
  const first = files[0];
  if (!first) return { kind: "cancelled" };
  if (files.length === 1) {
    const filter = FILTERS[extname(first.name)];
    const options = {
      title: "保存导出文件",
      defaultPath: first.name,
      filters: filter ? [filter] : [],
    };
    const res = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    if (res.canceled || !res.filePath) return { kind: "cancelled" };
    await writeFile(res.filePath, first.bytes);
    return { kind: "saved", paths: [res.filePath] };
  }
  const options = {
    title: `选择保存 ${files.length} 个导出文件的文件夹`,
    properties: ["openDirectory", "createDirectory"] as ("openDirectory" | "createDirectory")[],
  };
  const res = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const dir = res.filePaths[0];
  if (res.canceled || !dir) return { kind: "cancelled" };
  const paths: string[] = [];
  for (const f of files) {
    const path = freePath(dir, f.name);
    await writeFile(path, f.bytes);
    paths.push(path);
  }
  return { kind: "saved", paths };
}
