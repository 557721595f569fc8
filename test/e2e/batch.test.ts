import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, requireBrowser, type Workbench } from "./harness.js";
import { APP_ROOT } from "../../electron/node/paths.js";
import { generateSet, type GeneratedSet } from "../gen/batch/index.js";

// A set of 20 generated reports imported as a folder; this file has its own audit, host (port 0)
// and Chromium profile, so it can run beside test/e2e/workbench.test.ts.
const SHOTS = join(APP_ROOT, ".tmp");
const FOLDER = "江州市2021年度报告";

let bench: Workbench;
let page: Page;
let set: GeneratedSet;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `batch-${name}.png`) });
const stat = (name: string) => page.locator(`.nb-overview-stats [data-stat="${name}"]`);
const rows = () => page.locator(".nb-set-grid .ag-center-cols-container .ag-row");

beforeAll(async () => {
  requireBrowser();
  mkdirSync(SHOTS, { recursive: true });
  bench = await openWorkbench({
    prefix: "batch",
    viewport: { width: 1440, height: 860 },
    timeout: 20_000,
    prepare: async (_, work) => {
      set = await generateSet(join(work, FOLDER), 20, 3);
    },
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

describe("a folder of 20 reports in browser mode", () => {
  it("shows the progress while the folder is read, then every outcome", async () => {
    const pane = page.locator(".nb-reports");
    await pane.locator(".nb-import").waitFor();
    await pane.locator('[data-testid="folder-input"]').setInputFiles(join(bench.work, FOLDER));
    const progress = pane.locator(".nb-import-progress");
    await progress.waitFor();
    // The folder's .txt note is sent; the .xlsx and .png are skipped here, hidden files ignored.
    await progress
      .locator(".nb-import-progress-count", { hasText: /正在读取 [1-9]\d*\/21 个文件/ })
      .waitFor();
    expect(await progress.locator("progress").getAttribute("max")).toBe("21");
    await progress.locator(".nb-import-progress-file").waitFor();
    await shot("progress");
    await page.locator(".nb-outcomes").waitFor({ timeout: 60_000 });
    await progress.waitFor({ state: "detached" });
    expect(await page.locator(".nb-outcomes-head").textContent()).toContain(
      `已导入 ${set.reports.length} 份报告，跳过 ${set.others.length - 2} 个文件`,
    );
    expect(await page.locator(".nb-report").count()).toBe(set.reports.length);
  });

  it("lists the set in the overview, with its counts, pairs and rule families", async () => {
    await page.getByRole("button", { name: "关闭导入结果" }).click();
    await page.getByRole("tab", { name: /整套概览/ }).click();
    await page.locator(".nb-overview").waitFor();
    expect(await stat("reports").textContent()).toBe(String(set.reports.length));
    const late = set.reports.filter((r) => r.plants.includes("D03")).length;
    expect(await stat("late").textContent()).toBe(String(late));
    await rows()
      .nth(set.reports.length - 1)
      .waitFor();
    expect(await rows().count()).toBe(set.reports.length);
    const pairs = set.reports.filter((r) => r.previous !== null).length;
    expect(await page.locator(".nb-pairs li").count()).toBe(pairs);
    const broken = set.reports.filter((r) => r.plants.includes("Y01")).length;
    expect(await page.locator(".nb-pairs li.is-broken").count()).toBe(broken);
    expect(await page.locator('.nb-bar-row[data-family="D"] .nb-bar-value').textContent()).not.toBe(
      "0",
    );
    expect(await page.locator(".nb-rank li").count()).toBeGreaterThan(0);
    await shot("overview");
  });

  it("filters and sorts the table, and opens a report from it", async () => {
    await page.getByRole("radio", { name: "逾期公布" }).click();
    const late = set.reports.filter((r) => r.plants.includes("D03"));
    await expect.poll(() => rows().count()).toBe(late.length);
    for (const text of await rows().locator('[col-id="deadline"]').allTextContents())
      expect(text).toBe("逾期");
    await page.getByRole("radio", { name: "全部" }).click();
    const target = set.reports[0];
    if (!target) throw new Error("empty set");
    await page.getByLabel("搜索报告").fill(target.agency);
    const mine = set.reports.filter((r) => r.agency === target.agency).length;
    await expect.poll(() => rows().count()).toBe(mine);
    await page.locator(".ag-header-cell", { hasText: "年度" }).click();
    const years = (await rows().locator('[col-id="year"]').allTextContents()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await rows().first().click();
    await page.locator(".nb-meta-agency", { hasText: target.agency }).waitFor();
    expect(await page.getByRole("tab", { name: "单份报告" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await shot("opened");
  });
});
