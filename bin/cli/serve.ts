import { existsSync } from "node:fs";
import { startWebHost } from "../../electron/main/web-host.js";
import { openSession } from "../../electron/main/services/open-session.js";
import { RENDERER_DIR, SAMPLES_DIR } from "../../electron/main/paths.js";
import { importSummary, launchTargets } from "../../electron/main/launch.js";
import { loadChosen } from "../../electron/main/services/load-files.js";
import type { Args } from "./args.js";

/** Browser mode: the workbench on 127.0.0.1, for machines where the Electron window cannot run. */
export async function runServe(args: Args): Promise<number> {
  const audit = args.flags.get("--audit");
  const { audit: path, files } = launchTargets(
    args.files,
    typeof audit === "string" ? audit : undefined,
  );
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    process.stderr.write("工作台界面尚未构建，请先运行 npm run build\n");
    return 2;
  }
  // Reports named on the command line are what the inspector wants to see, not the samples.
  const samples = args.flags.has("--no-samples") || files.length ? undefined : SAMPLES_DIR;
  const session = await openSession(path, "browser", samples);
  if ("code" in session) {
    process.stderr.write(`无法打开审核文件 ${path}：[${session.code}] ${session.message}\n`);
    return 2;
  }
  if (files.length) {
    const before = new Set(session.snapshot().audit.reports.map((r) => r.id));
    const result = await session.importFiles(await loadChosen(files, false));
    process.stdout.write(importSummary(result, before));
  }
  const api = session.api({
    choose: async () => null,
    importPaths: async () => {
      throw new Error("浏览器模式下请通过页面选择或拖入文件");
    },
  });
  const port = Number(args.flags.get("--port") ?? 0) || 0;
  const host = await startWebHost(api, RENDERER_DIR, port);
  process.stdout.write(
    `nianbao 工作台（浏览器模式）已启动：\n  ${host.url}\n审核文件：${path}\n按 Ctrl+C 退出。\n`,
  );
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await session.save();
  await host.close();
  return 0;
}
