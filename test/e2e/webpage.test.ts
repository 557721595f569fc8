import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, requireBrowser, type Workbench } from "./harness.js";
import { APP_ROOT } from "../../electron/node/paths.js";

const SHOTS = join(APP_ROOT, "test", "e2e", "screenshots");
const WEB = join(APP_ROOT, "test", "fixtures", "web");
const SYFGJ = readFileSync(join(WEB, "syfgj2023.html"));

let bench: Workbench;
let page: Page;
/** Every URL the page asked for: only the workbench's own host may appear. */
const requests: string[] = [];

const source = () => page.locator('[data-testid="source-text"]');

beforeAll(async () => {
  requireBrowser();
  mkdirSync(SHOTS, { recursive: true });
  bench = await openWorkbench({
    prefix: "web",
    viewport: { width: 1366, height: 768 },
    beforeLoad: ({ page }) => page.on("request", (r) => requests.push(r.url())),
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

describe("a saved web page in the workbench (browser mode)", () => {
  it("imports the page and shows the report as a document with its tables, not the portal", async () => {
    // The page's own markup, with a script and a remote image planted in the article.
    const planted = SYFGJ.toString("utf8").replace(
      "一、总体情况",
      '一、总体情况<script>window.__pwned = 1</script><img src="http://198.51.100.7/x.png" onerror="window.__pwned = 2">',
    );
    await page
      .locator('[data-testid="file-input"]')
      .first()
      .setInputFiles({
        name: "沭阳县发改局2023年报.html",
        mimeType: "text/html",
        buffer: Buffer.from(planted),
      });
    await page.locator(".nb-outcome-imported", { hasText: "沭阳县发改局2023年报.html" }).waitFor();
    await page.getByRole("button", { name: "关闭导入结果" }).click();
    await page.locator(".nb-report", { hasText: "沭阳县发展和改革局" }).first().click();
    await page.locator(".nb-meta-agency", { hasText: "沭阳县发展和改革局" }).waitFor();
    expect(await page.locator(".nb-meta-facts").textContent()).toContain("（网页）");
    await source().locator("table.nb-doc-table").nth(2).waitFor();
    expect(await source().locator("table.nb-doc-table").count()).toBe(3);
    expect(await source().locator("td[colspan]").count()).toBeGreaterThan(10);
    expect(await source().locator("td[rowspan]").count()).toBeGreaterThan(3);
    const text = (await source().textContent()) ?? "";
    expect(text).toContain("沭阳县发展和改革局2023年政府信息公开年度报告");
    expect(text).toContain("三、收到和处理政府信息公开申请情况");
    for (const chrome of ["繁體版", "无障碍", "首页", "办事服务", "索引号", "采集时间"])
      expect(text, chrome).not.toContain(chrome);
    // Table 三's blank 法人或其他组织 cells are C01 errors, marked on the cells themselves.
    expect(
      await source().locator('td[data-cell="t3.new.commercial"]').getAttribute("class"),
    ).toMatch(/nb-run-error/);
    // Nothing of the page ran or was fetched: only our LayoutBlocks were rendered.
    expect(await source().locator("script, img, iframe, link, style").count()).toBe(0);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(requests.filter((u) => !u.startsWith(bench.host.url.replace(/\/[^/]*$/, "")))).toEqual(
      [],
    );
    await source().locator("table.nb-doc-table").nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "webpage-source.png") });
  });

  it("clicking a cell of table 三 marks its number in the page's table", async () => {
    await page.locator(".nb-grid-pane .nb-tab", { hasText: "表三" }).first().click();
    await page.locator('.nb-v[data-cell="t3.new.natural"]').click();
    const focus = source().locator(".is-focus");
    await focus.first().waitFor();
    expect((await focus.allTextContents()).join("")).toBe("26");
  });

  it("imports a Chrome web archive dropped on the window", async () => {
    const data = readFileSync(join(WEB, "chrome-qp.mhtml")).toString("base64");
    await page.evaluate(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(data)}), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "年报（网页，单个文件）.mhtml", { type: "multipart/related" }));
      window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await page
      .locator(".nb-outcome-imported", { hasText: "年报（网页，单个文件）.mhtml" })
      .waitFor();
    await page.getByRole("button", { name: "关闭导入结果" }).click();
    await page.locator(".nb-report", { hasText: "县政府办公室" }).first().click();
    await page.locator(".nb-meta-facts", { hasText: "（网页存档）" }).waitFor();
    expect(await source().locator("table.nb-doc-table").count()).toBeGreaterThanOrEqual(3);
    expect(requests.filter((u) => u.includes("example.gov.cn"))).toEqual([]);
  });
});
