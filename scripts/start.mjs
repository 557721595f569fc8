#!/usr/bin/env node
// npm start: the Electron window where it can run; otherwise the same workbench in the browser.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
if (!existsSync("dist/cli.js") || !existsSync("dist/renderer/index.html")) {
  const b = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

function electronBinary() {
  try {
    const path = require("electron");
    return typeof path === "string" && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const headless = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
let electron = headless || process.argv.includes("--browser") ? null : electronBinary();
if (!electron && !headless && !process.argv.includes("--browser")) {
  // First run with internet: fetch Electron's binary once (the install skips it, see allowScripts).
  console.log("正在安装 Electron 运行环境（仅首次需要联网）…");
  const r = spawnSync(process.execPath, [require.resolve("electron/install.js")], { stdio: "inherit", timeout: 180_000 });
  if (r.status === 0) electron = electronBinary();
}
if (electron) {
  const child = spawn(electron, [".", ...process.argv.slice(2)], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log("Electron 窗口无法在此运行，改用浏览器模式（同一工作台）。");
  const child = spawn(process.execPath, ["bin/nianbao.js", "serve", ...process.argv.slice(2).filter((a) => a !== "--browser")], {
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}
