import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, requireBrowser, type Workbench } from "./harness.js";
import { APP_ROOT, SAMPLES_DIR } from "../../electron/node/paths.js";

const SHOTS = join(APP_ROOT, "test", "e2e", "screenshots");

// Issue 20, point 10: the page answers while a large set is imported. 16 reports of 1.5 MB each
// (a .docx of the corpus carrying an embedded part, as a report with images does): 24 MB in all.
// A long task (PerformanceObserver 'longtask') is a time the page could not answer input.
const FILES = 16;
const PAD_BYTES = 1.5 * 1024 * 1024;
/** Generous for a loaded 2-core machine; sending the whole set in one request took seconds. */
const LONGEST_TASK_MS = 2000;

let bench: Workbench;
let page: Page;
let folder: string;

async function heavyCopies(dir: string): Promise<void> {
  const docx = readFileSync(join(APP_ROOT, "test/fixtures/corpus/000_717827ae4ea6615a.docx"));
  for (let i = 0; i < FILES; i++) {
    const zip = await JSZip.loadAsync(docx);
    // Random bytes do not compress: each copy is as large on disk as it is sent.
    zip.file("word/media/scan.bin", randomBytes(PAD_BYTES), { compression: "STORE" });
    const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    writeFileSync(join(dir, `第${String(i + 1).padStart(2, "0")}份.docx`), out);
  }
}

beforeAll(async () => {
  requireBrowser();
  bench = await openWorkbench({
    prefix: "responsive",
    viewport: { width: 1440, height: 860 },
    timeout: 20_000,
    prepare: async (_, work) => {
      folder = join(work, "大文件");
      mkdirSync(folder);
      await heavyCopies(folder);
    },
    // In the page (strings: the test's tsconfig has no DOM types).
    beforeLoad: ({ page }) =>
      page.addInitScript(`
        window.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.longTasks.push(e.duration);
        }).observe({ type: "longtask", buffered: true });
      `),
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

describe("a large import in browser mode", () => {
  it("lists every report while the page keeps answering", async () => {
    const pane = page.locator(".nb-reports");
    await pane.locator(".nb-import").waitFor();
    await page.evaluate("window.longTasks.length = 0");
    await pane.locator('[data-testid="folder-input"]').setInputFiles(folder);
    // Asked from here, twice a second: the page's CSP refuses the string polling would evaluate.
    const until = Date.now() + 240_000;
    const progress = pane.locator(".nb-import-progress");
    while ((await page.locator(".nb-report").count()) < FILES || (await progress.count()) > 0) {
      if (Date.now() > until) throw new Error("the import did not finish in 240 s");
      await page.waitForTimeout(500);
    }
    const tasks = (await page.evaluate("window.longTasks")) as number[];
    const longest = Math.max(0, ...tasks);
    expect(longest, `longest task ${Math.round(longest)} ms`).toBeLessThan(LONGEST_TASK_MS);
    expect(await page.locator(".nb-report").count()).toBe(FILES);
    expect(await page.locator('.nb-report[data-checked="true"]').count()).toBe(FILES);
  }, 300_000);
});

// Issue 20, point 6: on a 1366×768 laptop the grid shows a whole section of table 三, so that
// 三、本年度办理结果 and its total can be read against each other without scrolling.
describe("at 1366×768", () => {
  let small: Workbench;
  let p: Page;
  const box = async (sel: string) => {
    const b = await p.locator(sel).first().boundingBox();
    if (!b) throw new Error(`no box for ${sel}`);
    return b;
  };

  beforeAll(async () => {
    small = await openWorkbench({
      prefix: "section",
      samples: SAMPLES_DIR,
      viewport: { width: 1366, height: 768 },
    });
    p = small.page;
    await p.locator(".nb-report").nth(4).waitFor();
  }, 120_000);

  afterAll(() => small?.close());

  /** The rows of 三、本年度办理结果 (every row but 一, 二 and 四) stand inside the grid's viewport. */
  async function sectionInView(agency: string, rows: number, shot: string) {
    await p.locator(".nb-report", { hasText: agency }).first().click();
    await p.locator(".nb-meta-agency", { hasText: agency }).waitFor();
    await p.locator(".nb-grid-pane .nb-tab", { hasText: "表三" }).first().click();
    await p
      .locator('[data-block="t3"] .ag-center-cols-container .ag-row[row-id="total"]')
      .waitFor();
    await p.screenshot({ path: join(SHOTS, `${shot}.png`) });
    const view = await box('[data-block="t3"] .ag-body-viewport');
    const section = p.locator(
      '[data-block="t3"] .ag-center-cols-container .ag-row:not([row-id="new"]):not([row-id="carried"]):not([row-id="carryOver"])',
    );
    expect(await section.count()).toBe(rows);
    for (let i = 0; i < rows; i++) {
      const b = (await section.nth(i).boundingBox())!;
      const id = await section.nth(i).getAttribute("row-id");
      expect(b.y, `row ${id}`).toBeGreaterThanOrEqual(view.y - 1);
      expect(b.y + b.height, `row ${id}`).toBeLessThanOrEqual(view.y + view.height + 1);
    }
  }

  it("the grid shows every row of 三、本年度办理结果 in view (2019 and 2021 templates)", async () => {
    await sectionInView("岢岚县人民政府", 20, "section-2019");
    await sectionInView("县政府办公室", 22, "section-2021");
  });
});
