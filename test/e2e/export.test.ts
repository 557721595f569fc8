import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Download, type Page } from "playwright-core";
import { openOnSamples, requireBrowser, type Workbench } from "./harness.js";
import { APP_ROOT } from "../../electron/node/paths.js";
import { docxParagraphs } from "../electron/memo/ooxml.js";

// Its own host, port and profile: test/e2e/workbench.test.ts runs in the same fork, before or after.
const SHOTS = join(APP_ROOT, "test", "e2e", "screenshots");

let bench: Workbench;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `export-${name}.png`) });
const dialog = () => page.getByRole("dialog", { name: "导出审核意见" });
const preview = () => page.getByTestId("memo-preview");
const finding = (rule: string) => page.locator(`.nb-finding[data-rule="${rule}"]`);

async function judge(rule: string, button: "确认问题" | "非问题", note: string) {
  const f = finding(rule);
  await f.locator(".nb-finding-main").click();
  await f.getByRole("button", { name: button }).click();
  await f.locator("textarea").fill(note);
  await f.getByRole("button", { name: "保存判定" }).click();
  await f.locator(button === "确认问题" ? ".nb-badge-confirmed" : ".nb-badge-dismissed").waitFor();
}

beforeAll(async () => {
  requireBrowser();
  mkdirSync(SHOTS, { recursive: true });
  bench = await openOnSamples({
    prefix: "export",
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

describe("the export dialog", () => {
  it("previews the memo of the inspector's verdicts", async () => {
    await page.locator(".nb-report", { hasText: "岢岚县人民政府" }).click();
    await judge("D01", "确认问题", "已与原文核对，县政府无规章制定权");
    await judge("S02", "非问题", "标题用语可以接受");
    await page.getByRole("button", { name: "导出审核意见…" }).click();
    await dialog().waitFor();
    const text = (await preview().textContent()) ?? "";
    expect(text).toContain("关于2020—2021年政府信息公开工作年度报告的审核意见");
    expect(text).toContain("县级人民政府无规章制定权，表二「规章」不应为2");
    expect(text).toContain("已与原文核对，县政府无规章制定权");
    expect(text).not.toContain("存在困难建议及改进情况");
    // 岢岚县 has a confirmed finding and errors not yet judged: 未审完, never 通过.
    expect(await preview().locator("table tbody tr").count()).toBe(5);
    const kelan = preview().locator("tbody tr", { hasText: "岢岚县人民政府" });
    expect(await kelan.locator("td").last().textContent()).toBe("未审完");
    await shot("dialog");
  });

  it("adds the dismissed findings in an appendix and the memo's fields", async () => {
    await dialog().getByLabel("在附件中列出已排除的问题").check();
    await dialog().getByLabel("发文机关署名").fill("某省人民政府办公厅");
    await dialog().getByLabel("主送机关").fill("各县（市、区）人民政府办公室");
    const text = (await preview().textContent()) ?? "";
    expect(text).toContain("审核中已排除的问题");
    expect(text).toContain("排除理由：标题用语可以接受。");
    expect(text).toContain("各县（市、区）人民政府办公室：");
    expect(text).toContain("某省人民政府办公厅");
  });

  it("downloads the memo and the workbook in browser mode", async () => {
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await dialog().getByRole("button", { name: "导出", exact: true }).click();
    // Reports with unjudged errors: the export asks before leaving them out.
    await page.getByRole("alertdialog", { name: "尚有未判定的问题" }).waitFor();
    await page.getByRole("button", { name: "仍然导出" }).click();
    await dialog().locator(".nb-export-status", { hasText: "已下载" }).waitFor();
    await expect.poll(() => downloads.length).toBe(2);
    const byName = new Map(downloads.map((d) => [d.suggestedFilename(), d]));
    const docxPath = join(bench.work, "memo.docx");
    await byName.get("年报审核意见.docx")!.saveAs(docxPath);
    const text = (await docxParagraphs(new Uint8Array(readFileSync(docxPath)))).join("\n");
    expect(text).toContain("【错误】县级人民政府无规章制定权，表二「规章」不应为2。");
    expect(text).toContain("各县（市、区）人民政府办公室：");
    expect(text).toContain("排除理由：标题用语可以接受。");
    const xlsxPath = join(bench.work, "findings.xlsx");
    await byName.get("年报审核问题清单.xlsx")!.saveAs(xlsxPath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const rows = (wb.getWorksheet("问题清单")!.getSheetValues() as unknown[][]).slice(2);
    expect(rows.find((r) => r[3] === "D01")?.[7]).toBe("已确认");
    expect(rows.find((r) => r[3] === "S02")?.[7]).toBe("非问题");
    await shot("exported");
  });

  it("previews one memo per report, and refuses an export of nothing", async () => {
    await dialog().getByLabel("每份报告一份").check();
    const options = dialog().locator(".nb-export-which option");
    expect(await options.count()).toBe(5);
    await dialog().locator(".nb-export-which select").selectOption({ index: 1 });
    expect(await preview().locator(".nb-memo-title").first().textContent()).toMatch(
      /^关于.+年政府信息公开工作年度报告的审核意见$/,
    );
    await dialog().getByRole("button", { name: "全不选" }).click();
    expect(await dialog().getByRole("button", { name: "导出", exact: true }).isDisabled()).toBe(
      true,
    );
    expect(await dialog().locator(".nb-export-status").textContent()).toBe("请至少选择一份报告");
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
  });
});
