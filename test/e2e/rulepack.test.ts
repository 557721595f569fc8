import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { APP_ROOT } from "../../electron/node/paths.js";
import { openOnSamples, requireBrowser, type Workbench } from "./harness.js";

// Issue 19, point 1: the audit's rule pack, set in the workbench, saved, in force everywhere.
const SHOTS = join(APP_ROOT, "test", "e2e", "screenshots");

let bench: Workbench;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `rulepack-${name}.png`) });
const finding = (rule: string) => page.locator(`.nb-finding[data-rule="${rule}"]`);
const cell = (id: string) => page.locator(`.nb-grid-pane .nb-v[data-cell="${id}"]`);
const dialog = () => page.getByRole("dialog", { name: "审核规则" });
const opener = () => page.locator(".nb-pack-open");
/** The part of a DOM node the focus checks use (the tests compile without the DOM's types). */
interface Node {
  contains(other: unknown): boolean;
  ownerDocument: { activeElement: unknown };
}

async function showZiyang() {
  await page.locator(".nb-report", { hasText: "紫阳县" }).first().click();
  await page.locator(".nb-meta-agency", { hasText: "紫阳县人民政府" }).waitFor();
  await page.locator(".nb-grid-pane .nb-tab", { hasText: "表二" }).first().click();
}

async function loadPack(name: string, pack: unknown) {
  await page.getByTestId("rule-pack-input").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(pack)),
  });
}

beforeAll(async () => {
  requireBrowser();
  mkdirSync(SHOTS, { recursive: true });
  bench = await openOnSamples({
    prefix: "rulepack",
    viewport: { width: 1366, height: 768 },
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

describe("the audit's rule pack", () => {
  it("says the catalog is in force, in a dialog that keeps the keyboard and closes on Escape", async () => {
    await showZiyang();
    await finding("D02").waitFor();
    expect(await cell("t2.enforcement.prev").getAttribute("class")).toContain("nb-v-warning");
    expect(await opener().textContent()).toBe("审核规则：默认");
    await opener().click();
    await dialog().waitFor();
    expect(await dialog().getAttribute("aria-modal")).toBe("true");
    expect(await dialog().textContent()).toContain("按规则目录的默认设置审核");
    // Tab goes round the dialog's controls, never behind it.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      const inside = await dialog().evaluate((el) => {
        const e = el as unknown as Node;
        return e.contains(e.ownerDocument.activeElement);
      });
      expect(inside).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
    // Focus goes back to what opened it.
    const focused = await opener().evaluate((el) => {
      const e = el as unknown as Node;
      return e === e.ownerDocument.activeElement;
    });
    expect(focused).toBe(true);
  });

  it("refuses a pack with an invalid entry, saying which and why", async () => {
    await opener().click();
    await loadPack("有误.json", { rules: { D02: { enabled: "否" }, X99: { enabled: false } } });
    const alert = dialog().locator(".nb-pack-problem");
    await alert.waitFor();
    expect(await alert.getAttribute("data-code")).toBe("RULE_PACK_INVALID");
    const text = await alert.textContent();
    expect(text).toContain("规则包「有误.json」未载入");
    expect(text).toContain("「rules.D02.enabled」应为 true 或 false");
    expect(text).toContain("「rules.X99」未知规则「X99」");
    const items = alert.locator("li");
    const codes = [0, 1].map((i) => items.nth(i).getAttribute("data-code"));
    expect(await Promise.all(codes)).toEqual(["PACK_BAD_VALUE", "PACK_UNKNOWN_RULE"]);
    expect(await opener().textContent()).toBe("审核规则：默认");
    await shot("refused");
  });

  it("loads a pack: the finding leaves the list and the grid at once, the header says the pack", async () => {
    await loadPack("本省口径.json", {
      name: "本省口径",
      rules: { D02: { enabled: false }, D03: { severity: "warning" } },
      places: { 昆山市: "county" },
    });
    await dialog().locator(".nb-pack-list").first().waitFor();
    const body = await dialog().locator(".nb-pack-body").textContent();
    expect(body).toContain("规则包 本省口径（本省口径.json）");
    expect(body).toContain("停用的规则（1）");
    expect(body).toContain("D02 ");
    expect(body).toContain("D03 ");
    expect(body).toContain("级别改为警告");
    expect(body).toContain("昆山市：县级");
    await shot("dialog");
    await dialog().getByRole("button", { name: "完成" }).click();
    await finding("D02").waitFor({ state: "detached" });
    expect(await cell("t2.enforcement.prev").getAttribute("class")).not.toContain("nb-v-warning");
    // D03 stays: its note of a date not found is info whatever the pack says of the rule.
    expect(await finding("D03").count()).toBe(1);
    expect(await opener().textContent()).toBe("规则包：本省口径（2项改动）");
    await page.locator(".nb-save", { hasText: "已保存" }).waitFor();
    expect(bench.session.audit.rulePack?.fileName).toBe("本省口径.json");
    await shot("in-force");
  });

  it("is still in force after the page is reloaded, and recorded in the history", async () => {
    await page.reload();
    await page.locator(".nb-report").nth(4).waitFor();
    await showZiyang();
    await opener().filter({ hasText: "规则包：本省口径" }).waitFor();
    await page.locator(".nb-grid-pane .nb-v").first().waitFor();
    expect(await finding("D02").count()).toBe(0);
    expect(await cell("t2.enforcement.prev").getAttribute("class")).not.toContain("nb-v-warning");
    const history = bench.session.history().entries.map((e) => e.kind);
    expect(history).toContain("rule-pack");
  });

  it("goes back to the catalog: D02 is found again", async () => {
    await opener().click();
    await dialog().getByRole("button", { name: "恢复默认规则" }).click();
    await dialog().locator(".nb-pack-body", { hasText: "按规则目录的默认设置审核" }).waitFor();
    await page.keyboard.press("Escape");
    await finding("D02").waitFor();
    expect(await opener().textContent()).toBe("审核规则：默认");
    expect(bench.session.audit.rulePack).toBeUndefined();
  });

  it("one saved that this version no longer accepts: said in the header and the dialog, the catalog applies", async () => {
    // As an audit file opens whose pack names a rule the catalog has since retired (the store's
    // restore is tested in test/electron/store/rule-pack.test.ts).
    const text = JSON.stringify({ rules: { D02: { enabled: false }, X99: { enabled: false } } });
    bench.session.audit.rulePack = {
      fileName: "旧口径.json",
      text,
      by: "张审核",
      at: "2024-03-02",
    };
    await page.reload();
    await opener().filter({ hasText: "规则包未生效" }).waitFor();
    await showZiyang();
    await finding("D02").waitFor();
    await opener().click();
    const alert = dialog().locator(".nb-pack-problem");
    expect(await alert.getAttribute("data-code")).toBe("RULE_PACK_STALE");
    expect(await alert.textContent()).toContain("规则包「旧口径.json」未生效");
    expect(await alert.textContent()).toContain("「rules.X99」未知规则「X99」");
    await shot("stale");
    await dialog().getByRole("button", { name: "恢复默认规则" }).click();
    await opener().filter({ hasText: "审核规则：默认" }).waitFor();
    await page.keyboard.press("Escape");
  });
});
