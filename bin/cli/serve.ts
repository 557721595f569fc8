import { existsSync } from "node:fs";
import { startWebHost } from "../../electron/node/web-host.js";
import { RENDERER_DIR, SAMPLES_DIR } from "../../electron/node/paths.js";
import { launchTargets, openLaunch } from "../../electron/node/launch.js";
import type { Args } from "./args.js";

/** Browser mode: the workbench on 127.0.0.1, for machines where the Electron window cannot run. */
export async function runServe(args: Args): Promise<number> {
  const audit = args.flags.get("--audit");
  const targets = launchTargets(args.files, typeof audit === "string" ? audit : undefined);
  const path = targets.audit;
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    process.stderr.write("工作台界面尚未构建，请先运行 npm run build\n");
    return 2;
  }
  const samples = args.flags.has("--no-samples") ? undefined : SAMPLES_DIR;
  const opened = await openLaunch(targets, "browser", samples);
  if ("code" in opened) {
    process.stderr.write(`无法打开审核文件 ${path}：[${opened.code}] ${opened.message}\n`);
    return 2;
  }
  const { session, summary } = opened;
  if (summary) process.stdout.write(summary);
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
