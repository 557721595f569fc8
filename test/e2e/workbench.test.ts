import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, requireBrowser, type Workbench } from "./harness.js";
import { APP_ROOT, SAMPLES_DIR } from "../../electron/node/paths.js";
import { sampleExpectations, shownCells, showsValue } from "./samples.js";

const SHOTS = join(APP_ROOT, "test", "e2e", "screenshots");
const ZIYANG_TXT = join(APP_ROOT, "test", "fixtures", "corpus", "000_717827ae4ea6615a.txt");
const KELAN_TXT = join(APP_ROOT, "test", "fixtures", "corpus", "001_8a851489e2403959.txt");

let bench: Workbench;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const SAMPLES = sampleExpectations();
const TABS = { t2: "表二", t3: "表三", t4: "表四" } as const;
const tabOf = (id: string) => TABS[id.slice(0, 2) as keyof typeof TABS];
const timings: Record<string, number> = {};
const report = (agency: string) => page.locator(".nb-report", { hasText: agency });
const finding = (rule: string) => page.locator(`.nb-finding[data-rule="${rule}"]`);
const cell = (id: string) => page.locator(`.nb-v[data-cell="${id}"]`);

async function open(agency: string) {
  await report(agency).first().click();
  await page.locator(".nb-meta-agency", { hasText: agency }).waitFor();
}

async function tab(name: string) {
  await page.locator(".nb-grid-pane .nb-tab", { hasText: name }).first().click();
  await page.locator(".nb-grid-pane .nb-tab.is-active", { hasText: name }).waitFor();
}

/** Clicks a report in the list and measures, in the page, until both panes show it. */
async function openTimed(agency: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const agency = ${JSON.stringify(agency)};
    const item = [...document.querySelectorAll(".nb-report")].find((e) => e.textContent.includes(agency));
    const t0 = performance.now();
    item.click();
    const ready = () =>
      document.querySelector(".nb-meta-agency")?.textContent.includes(agency) &&
      document.querySelector(".nb-grid-pane .nb-v[data-cell]") &&
      (document.querySelector('[data-testid="source-text"]')?.textContent.length ?? 0) > 200;
    const tick = () => (ready() ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
    tick();
  })`)) as number;
}

beforeAll(async () => {
  requireBrowser();
  mkdirSync(SHOTS, { recursive: true });
  bench = await openWorkbench({
    prefix: "workbench",
    samples: SAMPLES_DIR,
    viewport: { width: 1366, height: 768 },
  });
  page = bench.page;
}, 120_000);

afterAll(async () => {
  if (Object.keys(timings).length)
    console.log(
      "e2e timings (ms): " +
        Object.entries(timings)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(", "),
    );
  await bench?.close();
});

describe("the workbench in browser mode", () => {
  it("lists the five sample reports", async () => {
    await page.locator(".nb-report").nth(4).waitFor();
    expect(await page.locator(".nb-report").count()).toBe(5);
    const agencies = await page.locator(".nb-report-agency").allTextContents();
    for (const a of [
      "岢岚县人民政府",
      "紫阳县人民政府",
      "宜丰县人民政府",
      "伊川县城市管理局",
      "县政府办公室",
    ])
      expect(agencies).toContain(a);
    expect(await page.locator(".nb-mode").textContent()).toBe("浏览器模式");
    await shot("list");
  });

  it.each(SAMPLES.map((s, i) => ({ ...s, i })))(
    "shows every cell and expected finding of $agency ($sample)",
    async ({ agency, sample, cells, findings, i }) => {
      timings[`open ${agency}`] = await openTimed(agency);
      const shown: Record<string, string> = {};
      for (const name of Object.values(TABS)) {
        await tab(name);
        await page.locator(".nb-grid-pane .nb-v[data-cell]").first().waitFor();
        Object.assign(shown, await shownCells(page));
      }
      const wrong = Object.entries(cells)
        .filter(([id, want]) => !showsValue(id, shown[id], want))
        .map(([id, want]) => `${id}: ${shown[id]} ≠ ${JSON.stringify(want)}`);
      expect(wrong).toEqual([]);
      for (const f of findings) {
        expect(await finding(f.rule).count(), f.rule).toBeGreaterThan(0);
        for (const id of f.cells) {
          await tab(tabOf(id));
          expect(await cell(id).getAttribute("class"), id).toMatch(/nb-v-(error|warning)/);
        }
      }
      if (sample.endsWith(".docx")) {
        // The document as laid out: its tables, a blank cell's finding marked on the cell itself.
        const source = page.locator('[data-testid="source-text"]');
        expect(await source.locator("table.nb-doc-table").count()).toBeGreaterThanOrEqual(3);
        expect(await source.locator("td[colspan], td[rowspan]").count()).toBeGreaterThan(0);
        const blanks = findings.flatMap((f) => f.cells.filter((id) => cells[id] === null));
        for (const id of blanks)
          expect(await source.locator(`td[data-cell="${id}"]`).getAttribute("class"), id).toMatch(
            /nb-run-(error|warning)/,
          );
      }
      // A highlighted cell with a printed number: clicking it highlights that number in the source.
      for (const name of Object.values(TABS)) {
        await tab(name);
        const marked = page
          .locator(".nb-grid-pane .nb-v.nb-v-error, .nb-grid-pane .nb-v.nb-v-warning")
          .filter({ hasNotText: "未填写" });
        if ((await marked.count()) === 0) continue;
        const target = marked.first();
        const value = (await target.locator(".nb-v-val").textContent())?.replace(/^\+/, "");
        await target.click();
        const focus = page.locator('[data-testid="source-text"] .is-focus');
        await focus.first().waitFor();
        const printed = (await focus.allTextContents()).join("").replace(/[\s,，]/g, "");
        expect(Number(printed.replace(/^[+＋]/, "")), `${agency} ${name}`).toBe(Number(value));
        break;
      }
      await shot(`sample-${i + 1}`);
    },
  );

  it("shows 岢岚县's D01 finding and highlights its cell in table 二", async () => {
    await open("岢岚县人民政府");
    const d01 = finding("D01");
    await d01.waitFor();
    expect(await d01.textContent()).toContain("县级人民政府无规章制定权");
    await tab("表二");
    await cell("t2.regulation.made").waitFor();
    expect(await cell("t2.regulation.made").getAttribute("class")).toContain("nb-v-error");
  });

  it("shows the finding's passage in the source when the finding is clicked", async () => {
    await tab("表三");
    await finding("D01").locator(".nb-finding-main").click();
    const focus = page.locator(".nb-text .is-focus");
    await focus.first().waitFor();
    expect((await focus.first().textContent())?.trim()).toBe("2");
    expect(await page.locator(".nb-grid-pane .nb-tab.is-active").textContent()).toContain("表二");
    await cell("t2.regulation.made").and(page.locator(".is-selected")).waitFor();
    await shot("d01");
  });

  it("walks the findings with n / p and F8", async () => {
    const selected = page.locator(".nb-finding.is-selected");
    expect(await selected.getAttribute("data-rule")).toBe("D01");
    await page.locator(".nb-pane-head").first().click();
    await page.keyboard.press("n");
    await page.locator('.nb-finding.is-selected[data-rule="S02"]').waitFor();
    await page.keyboard.press("p");
    await page.locator('.nb-finding.is-selected[data-rule="D01"]').waitFor();
    await page.keyboard.press("Shift+F8");
    await page.locator('.nb-finding.is-selected[data-rule="C01"]').waitFor();
    expect(await page.locator(".nb-grid-pane .nb-tab.is-active").textContent()).toContain("表三");
  });

  it("shows a .pdf's page with the focused cell's box outlined, and folds it away", async () => {
    await tab("表二");
    await cell("t2.regulation.made").click();
    const view = page.locator('[data-testid="scan-view"]');
    await view.locator("img").waitFor();
    expect(await view.locator("figcaption").textContent()).toMatch(/原文第 \d+ 页/);
    const img = await view.locator("img").boundingBox();
    const box = await view.locator(".nb-scan-box").boundingBox();
    expect(img && box && box.width > 2 && box.height > 2).toBe(true);
    expect(box!.x).toBeGreaterThanOrEqual(img!.x);
    expect(box!.y + box!.height).toBeLessThanOrEqual(img!.y + img!.height);
    await shot("pdf-page");
    await view.getByRole("button", { name: "收起" }).click();
    await page.getByRole("button", { name: "对照原页面" }).waitFor();
    expect(await page.locator(".nb-scan-box").count()).toBe(0);
    await page.getByRole("button", { name: "对照原页面" }).click();
    await view.locator(".nb-scan-box").waitFor();
  });

  it("re-checks when the inspector sets the issuing body's level", async () => {
    await page.getByRole("button", { name: "编辑报告信息" }).click();
    await page.getByLabel("机关层级").selectOption("city-gov");
    await page.getByRole("button", { name: "保存并重新检查" }).click();
    await finding("D01").waitFor({ state: "detached" });
    expect(await page.locator(".nb-meta-facts").textContent()).toContain("设区的市人民政府");
    await page.getByRole("button", { name: "编辑报告信息" }).click();
    await page.getByLabel("机关层级").selectOption("county-gov");
    await page.getByRole("button", { name: "保存并重新检查" }).click();
    await finding("D01").waitFor();
  });

  it("renames the inspector", async () => {
    await page.locator(".nb-inspector").click();
    await page.getByLabel("检查人员姓名").fill("王检查");
    await page.keyboard.press("Enter");
    await page.locator(".nb-inspector", { hasText: "王检查" }).waitFor();
  });

  it("re-checks at once when a cell of a clean report is corrected", async () => {
    await open("紫阳县人民政府");
    expect(await finding("A01").count()).toBe(0);
    await tab("表三");
    await page.locator('[data-block="t3"] .ag-row[row-id="new"] [col-id="natural"]').dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("99");
    await page.evaluate(`(() => {
      const m = (window.__edit = {});
      document.addEventListener("keydown", (e) => {
        if (e.key !== "Enter" || m.t0) return;
        m.t0 = performance.now();
        requestAnimationFrame(() => (m.frame = performance.now()));
        setTimeout(() => (m.task = performance.now()));
      }, { capture: true });
      const seen = () => document.querySelector('.nb-v.nb-v-error[data-cell="t3.new.natural"]') &&
        document.querySelector('.nb-finding[data-rule="A01"]');
      new MutationObserver(() => { if (!m.t1 && m.t0 && seen()) m.t1 = performance.now(); })
        .observe(document.body, { subtree: true, childList: true, attributes: true });
    })()`);
    await page.keyboard.press("Enter");
    await finding("A01").waitFor({ timeout: 1500 });
    const edit = (await page.evaluate("window.__edit")) as {
      t0: number;
      t1: number;
      frame: number;
      task: number;
    };
    timings["edit → highlight"] = edit.t1 - edit.t0;
    timings["edit → next frame"] = edit.frame - edit.t0;
    // Within one frame: the grid cell and the finding are in the page before the first frame
    // after the keystroke is drawn (its requestAnimationFrame callback runs before the paint).
    expect(edit.t1).toBeLessThanOrEqual(edit.frame);
    expect(await finding("A01").textContent()).toContain("99");
    expect(await cell("t3.new.natural").getAttribute("class")).toContain("nb-v-corrected");
    expect(await cell("t3.new.natural").locator(".nb-v-orig").textContent()).toBe("5");
    await page.locator(".nb-save", { hasText: "已保存" }).waitFor();
    await shot("corrected");
  });

  it("confirms a finding with a note", async () => {
    const d02 = finding("D02");
    await d02.locator(".nb-finding-main").click();
    await d02.getByRole("button", { name: "确认问题" }).click();
    await d02.locator("textarea").fill("已核对原文，两行数据确系照抄");
    await d02.getByRole("button", { name: "保存判定" }).click();
    await d02.locator(".nb-badge-confirmed").waitFor();
    expect(await d02.locator(".nb-verdict-note").textContent()).toBe(
      "已核对原文，两行数据确系照抄",
    );
  });

  it("dismisses a finding with a note", async () => {
    const d03 = finding("D03");
    await d03.locator(".nb-finding-main").click();
    await d03.getByRole("button", { name: "非问题" }).click();
    await d03.locator("textarea").fill("落款日期见网站发布页，非报告问题");
    await d03.getByRole("button", { name: "保存判定" }).click();
    await d03.locator(".nb-badge-dismissed").waitFor();
    await shot("dismissed");
  });

  it("adds a remark on a passage selected in a .docx's document view, kept over a reload", async () => {
    await open("宜丰县人民政府");
    const source = page.locator('[data-testid="source-text"]');
    const quote = (await page.evaluate(`(() => {
      const p = [...document.querySelectorAll('[data-testid="source-text"] p')]
        .find((el) => (el.textContent ?? "").length > 40);
      const node = p.querySelector("span").firstChild;
      const range = document.createRange();
      range.setStart(node, 4);
      range.setEnd(node, 20);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      p.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return range.toString();
    })()`)) as string;
    await page.getByRole("button", { name: "对所选文字添加备注" }).click();
    await page.getByLabel("备注内容").fill("此段表述与表二数据需核对");
    await page.getByRole("button", { name: "添加备注", exact: true }).click();
    await source.locator(".nb-run-remark").first().waitFor();
    expect((await source.locator(".nb-run-remark").allTextContents()).join("")).toBe(quote);
    await page.reload();
    await open("宜丰县人民政府");
    await source.locator(".nb-run-remark").first().waitFor();
    expect((await source.locator(".nb-run-remark").allTextContents()).join("")).toBe(quote);
    await shot("remark-docx");
  });

  it("keeps the verdict and the correction over a reload", async () => {
    await page.reload();
    await open("紫阳县人民政府");
    const d02 = finding("D02");
    await d02.locator(".nb-badge-confirmed").waitFor();
    expect(await d02.locator(".nb-verdict-note").textContent()).toBe(
      "已核对原文，两行数据确系照抄",
    );
    await tab("表三");
    await cell("t3.new.natural").waitFor();
    expect(await cell("t3.new.natural").getAttribute("class")).toContain("nb-v-corrected");
    expect(await finding("A01").count()).toBe(1);
    await finding("D03").locator(".nb-badge-dismissed").waitFor();
    expect(await finding("D03").locator(".nb-verdict-note").textContent()).toBe(
      "落款日期见网站发布页，非报告问题",
    );
    await shot("reloaded");
  });

  it("restores the printed value", async () => {
    await cell("t3.new.natural").click();
    await page.getByRole("button", { name: "恢复原值" }).click();
    await page.locator('.nb-finding[data-rule="A01"]').waitFor({ state: "detached" });
    expect(await cell("t3.new.natural").getAttribute("class")).not.toContain("nb-v-corrected");
  });

  it("drops the finding when a correction makes the identity hold again", async () => {
    const target = page.locator('[data-block="t3"] .ag-row[row-id="new"] [col-id="natural"]');
    await target.dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("98");
    await page.keyboard.press("Enter");
    await finding("A01").waitFor();
    // 一、本年新收 + 上年结转 = 办理结果总计 + 结转下年度 holds again with the printed 5.
    await target.dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
    await finding("A01").waitFor({ state: "detached", timeout: 1500 });
    expect(await cell("t3.new.natural").getAttribute("class")).not.toMatch(/nb-v-error/);
    await shot("identity-holds");
  });

  it("reports a file that cannot be read, in Chinese, with its code", async () => {
    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: "损坏的报告.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("这不是一个 PDF 文件"),
    });
    const failed = page.locator(".nb-outcome-failed", { hasText: "损坏的报告.pdf" });
    await failed.waitFor();
    const text = (await failed.textContent()) ?? "";
    expect(text).toMatch(/PDF/);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    const code = await failed.locator(".nb-outcome-error").getAttribute("data-code");
    expect(code).toMatch(/^[A-Z_]+$/);
    expect(text).not.toContain(code);
    expect(await page.locator(".nb-failures").textContent()).toContain("损坏的报告.pdf");
    await shot("failure");
    await page.getByRole("button", { name: "关闭导入结果" }).click();
  });

  it("renders a hostile report's markup as text", async () => {
    const hostile =
      '\n<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>粗体</b>\n';
    const text = readFileSync(ZIYANG_TXT, "utf8");
    const at = text.indexOf("\n") + 1;
    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: "含脚本的报告.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text.slice(0, at) + hostile + text.slice(at)),
    });
    await page.locator(".nb-outcome-imported", { hasText: "含脚本的报告.txt" }).waitFor();
    await page.getByRole("button", { name: "关闭导入结果" }).click();
    await page.locator(".nb-meta-facts", { hasText: "含脚本的报告.txt" }).waitFor();
    const source = page.locator('[data-testid="source-text"]');
    expect(await source.textContent()).toContain("<script>window.__pwned = 1</script>");
    expect(await source.textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await source.locator("script, img, b").count()).toBe(0);
    // Runs in the page; the test's own tsconfig (node) has no DOM types.
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    await shot("hostile");
  });

  it("imports a file dropped anywhere on the window", async () => {
    const data = readFileSync(KELAN_TXT).toString("base64");
    // Runs in the page (a string: the test's tsconfig has no DOM types).
    await page.evaluate(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(data)}), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "岢岚县2020年报告（网页版）.txt", { type: "text/plain" }));
      window.__drop = dt;
      window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await page.locator(".nb-drop").waitFor();
    await shot("drop");
    await page.evaluate(
      `window.dispatchEvent(new DragEvent("drop", { dataTransfer: window.__drop, bubbles: true, cancelable: true }))`,
    );
    await page
      .locator(".nb-outcome-imported", { hasText: "岢岚县2020年报告（网页版）.txt" })
      .waitFor();
    expect(await page.locator(".nb-drop").count()).toBe(0);
    expect(await report("岢岚县人民政府").count()).toBe(2);
    expect(await report("岢岚县人民政府").locator(".nb-report-file").count()).toBe(2);
    await shot("dropped");
  });

  it("removes a report after asking", async () => {
    const twin = report("岢岚县人民政府").filter({ hasText: "网页版" });
    await twin.click();
    await twin.getByRole("button", { name: "移除" }).click();
    await twin.getByRole("button", { name: "确认移除" }).click();
    await twin.waitFor({ state: "detached" });
    expect(await report("岢岚县人民政府").count()).toBe(1);
    expect(await page.locator(".nb-report.is-selected").count()).toBe(1);
  });

  it("shows the report's history and signs it off as reviewed", async () => {
    await open("紫阳县人民政府");
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "记录" }).click();
    await page.locator(".nb-chain", { hasText: "校验链完整" }).waitFor();
    expect(await page.locator(".nb-timeline .nb-tl-verdict").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".nb-timeline").textContent()).toContain("判定 D02 为已确认");
    await page.getByRole("button", { name: "复核签字" }).click();
    await page.getByLabel("复核人员姓名").fill("李复核");
    await page.getByLabel("复核意见").fill("数据已逐项核对");
    await page.getByRole("button", { name: "签字", exact: true }).click();
    await page.locator(".nb-review-done", { hasText: "已复核：李复核" }).waitFor();
    await page.locator(".nb-timeline .nb-tl-sign-off").waitFor();
    await shot("history-signed");
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "问题" }).click();
  });

  it("walks a rectification round: 已整改, 未整改, 新增", async () => {
    const text = readFileSync(KELAN_TXT, "utf8");
    const fixed = text.replace("\t规章\n\t2\n\t2\n\t2\n", "\t规章\n\t0\n\t0\n\t0\n");
    const t4 = fixed.indexOf("四、政府信息公开行政复议");
    const at = fixed.indexOf("\n\t0\n", t4);
    const corrected = fixed.slice(0, at) + "\n\t1\n" + fixed.slice(at + 4);
    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: "岢岚县2020年报告（整改后）.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(corrected),
    });
    await page.locator(".nb-outcome-imported", { hasText: "整改后" }).waitFor();
    await page.getByRole("button", { name: "关闭导入结果" }).click();
    await page.locator(".nb-meta-facts", { hasText: "整改后" }).waitFor();
    await page.getByRole("button", { name: "作为其整改后报告复核" }).click();
    await page.locator(".nb-badge-round", { hasText: "第2轮" }).waitFor();
    await page.locator(".nb-findings-pane .nb-tab", { hasText: "整改复核" }).click();
    const marks = async (m: string) =>
      page.locator(`.nb-round-item[data-mark="${m}"] .nb-rule`).allTextContents();
    await page.locator(".nb-round-item").first().waitFor();
    expect(await marks("fixed")).toEqual(["D01"]);
    expect(await marks("open")).toEqual(expect.arrayContaining(["C01", "S02"]));
    expect(await marks("new")).toEqual(["A04"]);
    expect(await page.locator(".nb-round-cells").textContent()).toContain("2 → 0");
    await shot("round");
  });
});
