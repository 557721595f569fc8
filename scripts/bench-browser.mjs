#!/usr/bin/env node
// Browser-mode import of a whole set through the workbench, timed as the inspector sees it:
//   node scripts/bench-browser.mjs [--json] [--profile FILE] [COUNT | FOLDER]   (npm run bench:browser)
// COUNT (default 200) reports are generated once into .tmp/bench-browser-COUNT (scripts/gen-batch.mjs).
// It starts `nianbao serve` on a fresh audit, opens the page in headless Chromium, picks the folder
// and measures the time until every report is listed with its findings, and the page's long tasks
// (PerformanceObserver 'longtask': the longest time the page could not answer input). On a loaded
// machine the times above say how loaded it was: the CPU the page's main thread, its renderer
// process and the host spent (Chromium's Performance metrics ThreadTime/ProcessTime, /proc for the
// host) are what compare runs. --profile FILE writes the page's CPU profile (.cpuprofile).
/* global window, document, performance, PerformanceObserver, setInterval, clearInterval */
import { execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const REPORT = /\.(txt|docx|doc|wps|pdf|html?|mhtml?)$/i;
const args = process.argv.slice(2);
const json = args.includes("--json");
const profileAt = args.indexOf("--profile");
const profile = profileAt >= 0 ? args[profileAt + 1] : undefined;
const target = args.find((a, i) => !a.startsWith("--") && i !== profileAt + 1) ?? "200";

function reportsIn(dir) {
  return readdirSync(dir, { recursive: true }).filter(
    (f) => REPORT.test(String(f)) && statSync(join(dir, String(f))).isFile(),
  ).length;
}

function setFolder() {
  if (!/^\d+$/.test(target)) return resolve(target);
  const dir = resolve(`.tmp/bench-browser-${target}`);
  if (!existsSync(dir))
    execFileSync(process.execPath, ["scripts/gen-batch.mjs", dir, target, "1"], {
      stdio: "inherit",
    });
  return dir;
}

function serve(audit) {
  const host = spawn(
    process.execPath,
    ["bin/nianbao.js", "serve", "--no-samples", "--audit", audit],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = new Promise((ok, fail) => {
    let out = "";
    host.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/);
      if (m) ok(m[0]);
    });
    host.on("exit", (code) => fail(new Error(`nianbao serve exited (${code})`)));
  });
  return { host, url };
}

/** CPU seconds a process used so far (user + system), from /proc. */
function cpuOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** The page's main-thread and renderer-process CPU and its busy times, in seconds. */
async function pageCpu(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    thread: m.ThreadTime,
    process: m.ProcessTime,
    script: m.ScriptDuration,
    layout: m.LayoutDuration + m.RecalcStyleDuration,
    tasks: m.TaskDuration,
  };
}

const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

const folder = setFolder();
if (!existsSync(folder)) {
  process.stderr.write(`找不到文件夹：${folder}\n`);
  process.exit(2);
}
const inFolder = reportsIn(folder);
const work = mkdtempSync(join(tmpdir(), "nianbao-bench-browser-"));
const { host, url } = serve(join(work, "bench.nbaudit"));
const context = await chromium.launchPersistentContext(join(work, "profile"), {
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
  ],
  viewport: { width: 1440, height: 860 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(600_000);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(await url);
  await page.locator(".nb-reports .nb-import").waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
  }
  const cpu0 = await pageCpu(cdp);
  const host0 = cpuOf(host.pid);
  const before = loadavg();
  const t0 = await page.evaluate(() => {
    // Every 100 ms: how many reports are listed and checked, and whether the import still runs.
    const marks = (window.__marks = []);
    window.__sampler = setInterval(() => {
      const listed = document.querySelectorAll(".nb-report").length;
      const checked = document.querySelectorAll('.nb-report[data-checked="true"]').length;
      marks.push([
        performance.now(),
        listed,
        checked,
        !!document.querySelector(".nb-import-progress"),
      ]);
    }, 100);
    return performance.now();
  });
  await page.locator('.nb-reports [data-testid="folder-input"]').setInputFiles(folder);
  // Asked four times a second: polling on every animation frame (Playwright's default) cost the
  // page more than a second of its own CPU in a 200-report run.
  await page.waitForFunction(
    () => {
      const m = window.__marks;
      return m.some((x) => x[3]) && !m[m.length - 1][3];
    },
    undefined,
    { polling: 250 },
  );
  const marks = await page.evaluate(() => {
    clearInterval(window.__sampler);
    return window.__marks;
  });
  const last = marks[marks.length - 1];
  const reports = last[1];
  const first = (ok) => (marks.find(ok) ?? last)[0];
  const listed = first((m) => m[1] >= reports);
  const checked = first((m) => m[2] >= reports);
  const cpu1 = await pageCpu(cdp);
  const hostCpu = cpuOf(host.pid) - host0;
  if (profile) {
    const { profile: p } = await cdp.send("Profiler.stop");
    writeFileSync(profile, JSON.stringify(p));
  }
  const tasks = (await page.evaluate(() => window.__longTasks)).filter(([s]) => s >= t0);
  const longest = Math.max(0, ...tasks.map(([, d]) => d));
  const result = {
    folder,
    files: inFolder,
    reports,
    listedMs: Math.round(listed - t0),
    checkedMs: Math.round(checked - t0),
    longTasks: tasks.length,
    longestTaskMs: Math.round(longest),
    tasksOver200Ms: tasks.filter(([, d]) => d > 200).length,
    longTaskTotalMs: Math.round(tasks.reduce((n, [, d]) => n + d, 0)),
    pageThreadCpuS: +(cpu1.thread - cpu0.thread).toFixed(2),
    pageProcessCpuS: +(cpu1.process - cpu0.process).toFixed(2),
    pageScriptS: +(cpu1.script - cpu0.script).toFixed(2),
    pageLayoutS: +(cpu1.layout - cpu0.layout).toFixed(2),
    pageTasksS: +(cpu1.tasks - cpu0.tasks).toFixed(2),
    hostCpuS: +hostCpu.toFixed(2),
    loadavgBefore: before,
    loadavgAfter: loadavg(),
  };
  if (json) process.stdout.write(JSON.stringify(result, null, 1) + "\n");
  else
    process.stdout.write(
      `${result.reports} 份报告：全部列出 ${(result.listedMs / 1000).toFixed(1)} s，全部检查 ${(result.checkedMs / 1000).toFixed(1)} s；` +
        `页面最长任务 ${result.longestTaskMs} ms（长任务 ${result.longTasks} 个，超过 200 ms 的 ${result.tasksOver200Ms} 个）；` +
        `页面主线程 CPU ${result.pageThreadCpuS} s（脚本 ${result.pageScriptS} s，布局 ${result.pageLayoutS} s），` +
        `渲染进程 CPU ${result.pageProcessCpuS} s，服务进程 CPU ${result.hostCpuS} s；` +
        `负载 ${result.loadavgBefore} → ${result.loadavgAfter}\n`,
    );
} finally {
  await context.close();
  host.kill("SIGINT");
  await new Promise((done) => host.once("exit", done));
  rmSync(work, { recursive: true, force: true });
}
