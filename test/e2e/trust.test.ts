import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contents } from "../gen/batch/content.js";
import { reportBlocks } from "../gen/batch/document.js";
import { planSet } from "../gen/batch/plan.js";
import { writePdf } from "../gen/batch/write-pdf.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { APP_ROOT } from "../../electron/node/paths.js";
import { openOnSamples, requireBrowser, type Workbench } from "./harness.js";

// Issue 20, points 3–6: what an inspector's trust rests on, in browser mode at 1366×768.
const SHOTS = join(APP_ROOT, "test", "e2e", "screenshots");
const OFFICE_TXT = join(APP_ROOT, "test", "fixtures", "corpus", "002_6e005d299800cb62.txt");

let bench: Workbench;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `trust-${name}.png`) });
const cell = (id: string) => page.locator(`.nb-grid-pane .nb-v[data-cell="${id}"]`);
const finding = (rule: string) => page.locator(`.nb-finding[data-rule="${rule}"]`);
/** The page's window, in a test compiled without the DOM's types (types only: it runs in the page). */
type PageWindow = {
  getComputedStyle: (el: unknown, pseudo?: string) => { content: string; lineHeight: string };
};
const box = async (sel: string) => {
  const b = await page.locator(sel).first().boundingBox();
  if (!b) throw new Error(`no box for ${sel}`);
  return b;
};

async function open(agency: string) {
  await page.locator(".nb-report", { hasText: agency }).first().click();
  await page.locator(".nb-meta-agency", { hasText: agency }).waitFor();
}

async function tab(name: string) {
  await page.locator(".nb-grid-pane .nb-tab", { hasText: name }).first().click();
  await page.locator(".nb-grid-pane .nb-tab.is-active", { hasText: name }).waitFor();
}

async function upload(name: string, mimeType: string, buffer: Buffer) {
  await page
    .locator('[data-testid="file-input"]')
    .first()
    .setInputFiles({ name, mimeType, buffer });
  await page.locator(".nb-outcome-imported", { hasText: name }).waitFor({ timeout: 30_000 });
}

/** Types into a grid cell as an inspector does: double click, the text, Enter. */
async function type(id: string, text: string) {
  await cell(id).dblclick();
  const editor = page.locator(".nb-grid-pane .ag-cell-inline-editing input");
  await editor.waitFor();
  await editor.fill(text);
  await editor.press("Enter");
}

/** A generated report as a .pdf, closing with a line whose 本年增/减 run is a hair after the number. */
async function signedRunsPdf(): Promise<{ agency: string; bytes: Buffer }> {
  const plans = planSet(1, 20);
  const c = contents(plans)[0]!;
  const bytes = await writePdf(reportBlocks(c), undefined, (doc) => {
    doc.fontSize(10).text("行政许可本年增减：", 56, doc.y + 12, { lineBreak: false });
    const y = doc.y;
    doc.text("195", 200, y, { lineBreak: false });
    // 2.5 pt after "195" ends: closer than a table cell apart, yet two runs.
    doc.text("+177", 200 + doc.widthOfString("195") + 2.5, y, { lineBreak: false });
  });
  return { agency: plans[0]!.agency.name, bytes: Buffer.from(bytes) };
}

beforeAll(async () => {
  requireBrowser();
  mkdirSync(SHOTS, { recursive: true });
  bench = await openOnSamples({
    prefix: "trust",
    viewport: { width: 1366, height: 768 },
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

describe("3. 未填写 and 未读到 look and read differently", () => {
  it("a cell the report left empty says 未填写; one the reader did not find says 未读到 and asks for the value", async () => {
    // The office's report without its row 4.保护第三方合法权益: those cells are not read.
    const text = readFileSync(OFFICE_TXT, "utf8")
      .split("\n")
      .filter((l) => !l.includes("4.保护第三方合法权益"))
      .join("\n")
      .replace("# 政府办2021", "# 青石县政府办公室2021");
    await upload("青石县政府办公室2021年度报告.txt", "text/plain", Buffer.from(text));
    await open("青石县政府办公室");
    await tab("表三");
    const unread = cell("t3.denied.thirdParty.natural");
    expect((await unread.locator(".nb-v-val").textContent())?.trim()).toBe("未读到");
    expect(await unread.getAttribute("class")).toContain("nb-v-missing");
    expect(await unread.getAttribute("class")).not.toContain("nb-v-blank");
    await unread.click();
    const bar = page.getByTestId("cellbar");
    expect(await bar.textContent()).toContain("未读到");
    const note = page.locator(".nb-source .nb-cellnote-unread");
    await note.waitFor();
    expect(await note.textContent()).toContain("未读到");
    await shot("unread");
    // The invitation: the inspector types what the page prints.
    await bar.getByLabel("填写原文数值").fill("0");
    await bar.getByRole("button", { name: "填写" }).click();
    await unread.and(page.locator(".nb-v-corrected")).waitFor();
    expect((await unread.locator(".nb-v-val").textContent())?.trim()).toBe("0");
    expect(await unread.locator(".nb-v-orig").textContent()).toBe("未读到");

    await open("宜丰县人民政府");
    await tab("表三");
    const blank = cell("t3.granted.commercial");
    expect((await blank.locator(".nb-v-val").textContent())?.trim()).toBe("未填写");
    expect(await blank.getAttribute("class")).toContain("nb-v-blank");
    expect(await blank.getAttribute("class")).not.toContain("nb-v-missing");
    await blank.click();
    await page.locator(".nb-source .nb-cellnote-blank", { hasText: "未填写" }).waitFor();
    // The .docx's own table says it too, on the blank cell itself.
    const td = page.locator('[data-testid="source-text"] td[data-cell="t3.granted.commercial"]');
    const after = await td.evaluate(
      (el) => (globalThis as unknown as PageWindow).getComputedStyle(el, "::after").content,
    );
    expect(after).toBe('"未填写"');
    await shot("blank");
  });
});

describe("4. edits are checked as the template demands, and undone", () => {
  it("refuses abc and a negative count with a Chinese message at the cell; keeps / with its C02", async () => {
    await open("紫阳县人民政府");
    await tab("表二");
    const id = "t2.license.decisions";
    const before = (await cell(id).locator(".nb-v-val").textContent())?.trim();
    await type(id, "abc");
    const note = page.locator(`.nb-invalid[data-cell="${id}"]`);
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^「abc」不是数值：应为不小于 0 的整数/);
    const at = await cell(id).boundingBox();
    const shown = await note.boundingBox();
    expect(Math.abs(shown!.y - (at!.y + at!.height))).toBeLessThan(12);
    expect(await cell(id).getAttribute("class")).not.toContain("nb-v-corrected");
    expect((await cell(id).locator(".nb-v-val").textContent())?.trim()).toBe(before);
    await type(id, "-3");
    await page.locator(".nb-invalid", { hasText: "「-3」为负数" }).waitFor();
    // 本年增/减 may be signed.
    await type("t2.license.change", "-2");
    await cell("t2.license.change").and(page.locator(".nb-v-corrected")).waitFor();
    await type(id, "/");
    await cell(id).and(page.locator(".nb-v-corrected")).waitFor();
    expect(await page.locator(".nb-invalid").count()).toBe(0);
    expect((await cell(id).locator(".nb-v-val").textContent())?.trim()).toBe("/");
    await page.locator(".nb-finding[data-rule='C02']", { hasText: "「/」" }).waitFor();
  });

  it("Ctrl+Z and Ctrl+Shift+Z undo and redo edits and verdicts, and the history records both", async () => {
    const id = "t2.license.decisions";
    await page.keyboard.press("Control+z");
    await cell(id).and(page.locator(".nb-v-corrected")).waitFor({ state: "detached" });
    expect(await page.locator(".nb-finding[data-rule='C02']", { hasText: "「/」" }).count()).toBe(
      0,
    );
    await page.keyboard.press("Control+Shift+z");
    await page.locator(".nb-finding[data-rule='C02']", { hasText: "「/」" }).waitFor();
    const c02 = finding("C02").filter({ hasText: "「/」" });
    await c02.locator(".nb-finding-main").click();
    await c02.getByRole("button", { name: "确认问题" }).click();
    await c02.getByRole("button", { name: "保存判定" }).click();
    await c02.locator(".nb-badge-confirmed").waitFor();
    await page.locator(".nb-save", { hasText: "已保存" }).waitFor();
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "问题" }).first().click();
    await page.keyboard.press("Control+z");
    await c02.locator(".nb-badge-confirmed").waitFor({ state: "detached" });
    await page.keyboard.press("Control+Shift+z");
    await c02.locator(".nb-badge-confirmed").waitFor();
    await page.locator(".nb-save", { hasText: "已保存" }).waitFor();

    const history = page.locator(".nb-findings-pane .nb-tab", { hasText: "记录" });
    await history.click();
    const entries = page.locator(".nb-history .nb-tl");
    await page
      .locator(".nb-history .nb-tl-what", { hasText: "判定 C02 为已确认" })
      .nth(1)
      .waitFor();
    const n = await entries.count();
    expect(Number(await history.locator(".nb-count").textContent())).toBe(n);
    const all = (await entries.allTextContents()).join("\n");
    expect(all).toContain("撤销 C02 的判定（原为已确认）");
    // Undone and redone: the corrections are recorded as they happened.
    expect(all.match(/更正「行政许可·处理决定数量」/g)?.length).toBe(3);
    expect(all).not.toMatch(/「「|」」/);
    await shot("history");
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "问题" }).first().click();
  });
});

describe("5. one finding, one line", () => {
  it("a C01 partly cleared by a correction is listed once, with what remains", async () => {
    await open("岢岚县人民政府");
    const c01 = finding("C01");
    const first = c01.first();
    const cells0 = await page.locator(".nb-finding[data-rule='C01']").count();
    await first.locator(".nb-finding-main").click();
    const target = await page.locator(".nb-grid-pane .nb-v.is-selected").getAttribute("data-cell");
    expect(target).toBeTruthy();
    await type(target!, "0");
    await cell(target!).and(page.locator(".nb-v-corrected")).waitFor();
    expect(await page.locator(".nb-finding[data-rule='C01']").count()).toBe(cells0);
    expect(await page.locator(".nb-finding[data-rule='C01'] .nb-badge-partly").count()).toBe(1);
    const resolved = page.locator(".nb-resolved");
    if (await resolved.count()) {
      await resolved.getByRole("button").click();
      expect(
        await resolved.locator(".is-resolved[data-rule='C01'], .is-resolved").allTextContents(),
      ).not.toContainEqual(expect.stringContaining("C01"));
    }
    await page.keyboard.press("Control+z");
    await cell(target!).and(page.locator(".nb-v-corrected")).waitFor({ state: "detached" });
  });

  it("a line of findings is judged as one: one verdict, one history line, one Ctrl+Z", async () => {
    await open("岢岚县人民政府");
    await tab("表三");
    // A cell in the middle of the empty rows: what remains of C01 is the rows above and below.
    await type("t3.denied.safety.natural", "0");
    await cell("t3.denied.safety.natural").and(page.locator(".nb-v-corrected")).waitFor();
    const line = page.locator(".nb-finding[data-rule='C01']", {
      has: page.locator(".nb-badge-partly"),
    });
    expect(await line.count()).toBe(1);
    const findings = 1 + (await line.locator(".nb-finding-also").count());
    expect(findings).toBeGreaterThan(1);
    await line.locator(".nb-finding-main").click();
    await line.getByRole("button", { name: "确认问题" }).click();
    await line.locator("textarea").fill("整表未填写");
    await line.getByRole("button", { name: "保存判定" }).click();
    await line.locator(".nb-badge-confirmed").waitFor();
    await page.locator(".nb-save", { hasText: "已保存" }).waitFor();
    const history = page.locator(".nb-findings-pane .nb-tab", { hasText: "记录" });
    await history.click();
    const judged = page.locator(".nb-history .nb-tl-what", {
      hasText: `判定 C01（${findings}处）`,
    });
    await judged.waitFor();
    expect(await judged.count()).toBe(1);
    expect(await page.locator(".nb-history .nb-tl-what", { hasText: /判定 C01 为/ }).count()).toBe(
      0,
    );
    const entries = page.locator(".nb-history .nb-tl");
    expect(Number(await history.locator(".nb-count").textContent())).toBe(await entries.count());
    await shot("group-history");
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "问题" }).first().click();
    // One Ctrl+Z takes the line's verdict back from every finding of it, the correction stays.
    await page.locator(".nb-findings-pane .nb-tab-title").click();
    await page.keyboard.press("Control+z");
    await line.locator(".nb-badge-confirmed").waitFor({ state: "detached" });
    await page.locator(".nb-save", { hasText: "已保存" }).waitFor();
    expect(await page.locator(".nb-finding .nb-badge-confirmed").count()).toBe(0);
    expect(await cell("t3.denied.safety.natural").getAttribute("class")).toContain(
      "nb-v-corrected",
    );
    await history.click();
    await page
      .locator(".nb-history .nb-tl-what", { hasText: `撤销 C01（${findings}处） 的判定` })
      .waitFor();
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "问题" }).first().click();
    await page.locator(".nb-findings-pane .nb-tab-title").click();
    await page.keyboard.press("Control+z");
    await cell("t3.denied.safety.natural").and(page.locator(".nb-v-corrected")).waitFor({
      state: "detached",
    });
  });

  it("the same label misprinted three times is one S06 naming its three places", async () => {
    await open("宜丰县人民政府");
    const s06 = finding("S06").filter({ hasText: "结果维护" });
    expect(await s06.count()).toBe(1);
    const places = s06.locator(".nb-places");
    expect(await places.textContent()).toContain("原文 3 处");
    expect(await places.getByRole("button").count()).toBe(3);
    await places.getByRole("button", { name: "第3处" }).click();
    await page
      .locator('[data-testid="source-text"] .is-focus', { hasText: "结果维护" })
      .first()
      .waitFor();
  });

  it("after N and P only the finding taken up has its verdict buttons open", async () => {
    const list = page.locator(".nb-finding-list");
    await list.locator(".nb-finding .nb-finding-main").first().click();
    const f = list.locator(".nb-finding.is-selected");
    await f.getByRole("button", { name: "确认问题" }).click();
    await f.locator("textarea").waitFor();
    await page.locator(".nb-findings-pane .nb-tab-title").click();
    for (const key of ["n", "n", "p"]) await page.keyboard.press(key);
    await page.locator(".nb-finding.is-selected").nth(0).waitFor();
    expect(await page.locator(".nb-verdict-form").count()).toBe(0);
    const open = page.locator(".nb-verdict-actions");
    expect(await open.count()).toBe(1);
    expect(await page.locator(".nb-finding.is-selected .nb-verdict-actions").count()).toBe(1);
  });
});

describe("6. room to work", () => {
  it("panes resize by dragging, and keep their size after a reload", async () => {
    await open("岢岚县人民政府");
    const handle = page.getByRole("separator", { name: "调整原文区宽度" });
    const before = (await box(".nb-source")).width;
    const h = await handle.boundingBox();
    await page.mouse.move(h!.x + h!.width / 2, h!.y + 200);
    await page.mouse.down();
    await page.mouse.move(h!.x + h!.width / 2 + 120, h!.y + 200, { steps: 6 });
    await page.mouse.up();
    const after = (await box(".nb-source")).width;
    expect(after - before).toBeGreaterThan(100);
    const g = await page.getByRole("separator", { name: "调整表格与问题区高度" }).boundingBox();
    const gridBefore = (await box(".nb-grid-pane")).height;
    await page.mouse.move(g!.x + 200, g!.y + g!.height / 2);
    await page.mouse.down();
    await page.mouse.move(g!.x + 200, g!.y + g!.height / 2 - 60, { steps: 4 });
    await page.mouse.up();
    expect(gridBefore - (await box(".nb-grid-pane")).height).toBeGreaterThan(40);
    await page.reload();
    await open("岢岚县人民政府");
    expect(Math.abs((await box(".nb-source")).width - after)).toBeLessThan(3);
    // Back to the layout's own sizes (a double click), for what follows.
    await page.getByRole("separator", { name: "调整原文区宽度" }).dblclick();
    await page.getByRole("separator", { name: "调整表格与问题区高度" }).dblclick();
  });

  it("at 1366×768 the grid shows the first three sections of table 二 whole", async () => {
    await tab("表二");
    const area = await box(".nb-grid-area");
    const blocks = page.locator(".nb-grid-area .nb-grid");
    for (let i = 0; i < 3; i++) {
      const b = (await blocks.nth(i).boundingBox())!;
      expect(b.y, `section ${i + 1}`).toBeGreaterThanOrEqual(area.y - 1);
      expect(b.y + b.height, `section ${i + 1}`).toBeLessThanOrEqual(area.y + area.height + 1);
    }
    await shot("layout");
  });

  it("the page view opens on the whole page, zooms, scrolls to the cell, and leaves the text in view", async () => {
    await cell("t2.regulation.made").click();
    const view = page.locator('[data-testid="scan-view"]');
    await view.locator("img").waitFor();
    await page.waitForTimeout(300);
    const frame = await box('[data-testid="scan-view"] .nb-scan-frame');
    const img = await box('[data-testid="scan-view"] img');
    // The whole page in the frame.
    expect(img.height).toBeLessThanOrEqual(frame.height + 1);
    expect(img.width).toBeLessThanOrEqual(frame.width + 1);
    const inFrame = async () => {
      const b = await box(".nb-scan-box");
      const f = await box('[data-testid="scan-view"] .nb-scan-frame');
      return (
        b.x >= f.x - 1 &&
        b.y >= f.y - 1 &&
        b.x + b.width <= f.x + f.width + 1 &&
        b.y + b.height <= f.y + f.height + 1
      );
    };
    expect(await inFrame()).toBe(true);
    await view.getByRole("button", { name: "放大" }).click();
    await view.getByRole("button", { name: "放大" }).click();
    await page.waitForTimeout(300);
    expect((await box('[data-testid="scan-view"] img')).width).toBeGreaterThan(frame.width * 1.4);
    expect(await inFrame()).toBe(true);
    // The focused number in the text is in view, below the page, not under it.
    const focus = await box('[data-testid="source-text"] .is-focus');
    const scroll = await box(".nb-source-scroll");
    const fig = await box('[data-testid="scan-view"]');
    expect(focus.y).toBeGreaterThanOrEqual(Math.max(scroll.y, fig.y + fig.height) - 1);
    expect(focus.y + focus.height).toBeLessThanOrEqual(scroll.y + scroll.height + 1);
    await shot("pdf-page");
  });

  it("keeps a .pdf's runs apart in the text: 195 +177, never 195+177", async () => {
    const { agency, bytes } = await signedRunsPdf();
    await upload("增减.pdf", "application/pdf", bytes);
    await open(agency);
    const text = (await page.getByTestId("source-text").textContent()) ?? "";
    expect(text).toContain("195 +177");
    expect(text).not.toContain("195+177");
    // 岢岚县's .pdf prints them in cells a tab apart: on screen too, a gap, not 195+177.
    await open("岢岚县人民政府");
    const run = (id: string) => box(`[data-testid="source-text"] [data-cell="${id}"]`);
    const prev = await run("t2.license.prev");
    const change = await run("t2.license.change");
    expect(change.x - (prev.x + prev.width)).toBeGreaterThanOrEqual(8);
  });

  it("folds the reader's hints into one line", async () => {
    const notes = page.locator(".nb-reader-notes");
    await notes.waitFor();
    const summary = notes.locator("summary");
    const said = (await summary.textContent()) ?? "";
    expect(said).toMatch(/^读取提示/);
    // Rendered from the message's code and params: a sentence, never the code itself.
    expect(said).toMatch(/按表格线读取|按文字位置读取/);
    expect(said).not.toMatch(/[A-Z]+_[A-Z]+/);
    const line = await summary.evaluate(
      (el) =>
        parseFloat((globalThis as unknown as PageWindow).getComputedStyle(el).lineHeight) || 18,
    );
    expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(line * 1.5);
    expect(await notes.evaluate((el) => (el as unknown as { open: boolean }).open)).toBe(false);
  });

  it("closes the 导入结果 panel by itself when every file was imported", async () => {
    // Not pointed at: the panel stays while the mouse is over it.
    await page.mouse.move(1, 1);
    const text = readFileSync(OFFICE_TXT, "utf8").replace("# 政府办2021", "# 白水县政府办公室2021");
    await upload("白水县政府办公室2021年度报告.txt", "text/plain", Buffer.from(text));
    await page.locator(".nb-outcomes").waitFor({ state: "detached", timeout: 9000 });
  });
});
