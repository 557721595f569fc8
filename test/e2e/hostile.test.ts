import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Download, type Page } from "playwright-core";
import { openWorkbench, requireBrowser, type Workbench } from "./harness.js";
import { APP_ROOT } from "../../electron/node/paths.js";
import { docxPart, docxParagraphs } from "../electron/memo/ooxml.js";

// A hostile report (issue 8): markup in the title, the prose, a table cell, the file name; then
// markup typed into a remark, a correction, the metadata and the inspector's name. Every piece
// must show as text: no element made from it, no script run, no dialog, no request elsewhere.
const SAMPLE = join(APP_ROOT, "test", "fixtures", "corpus", "002_6e005d299800cb62.txt");
const PWN = (n: number) => `<img src=x onerror="window.__pwned=${n}">`;
const BOLD = "<b>粗</b>";
const SCRIPT = "<script>window.__pwned=2</script>";
const FILE = `${PWN(4)}报告.txt`;
/** A note that a spreadsheet would run if the workbook wrote it as a formula. */
const FORMULA = '=HYPERLINK("https://evil.example/","点此")';

let bench: Workbench;
let page: Page;
const dialogs: string[] = [];
const foreign: string[] = [];

function hostileReport(): Buffer {
  const text = readFileSync(SAMPLE, "utf8")
    .replace("# 政府办2021年", `# 政府办${BOLD}2021年`)
    .replace(
      "## 一、总体情况\n",
      `## 一、总体情况\n${SCRIPT}${PWN(1)}<a href="https://evil.example/">链接</a>\n`,
    )
    .replace("行政许可\t0", `行政许可\t${PWN(3)}`);
  return Buffer.from(text);
}

beforeAll(async () => {
  requireBrowser();
  bench = await openWorkbench({
    prefix: "hostile",
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    prepare: async (session) => {
      await session.importFiles([
        { name: FILE, bytes: new Uint8Array(hostileReport()), fromFolder: false },
        { name: `${SCRIPT}.pdf`, bytes: new TextEncoder().encode("不是 PDF"), fromFolder: false },
      ]);
    },
    beforeLoad: ({ page, context, host }) => {
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      context.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(`http://127.0.0.1:${host.port}/`) && !url.startsWith("data:"))
          foreign.push(url);
      });
    },
  });
  page = bench.page;
}, 120_000);

afterAll(() => bench?.close());

/** Nothing the hostile text carried became an element, ran, or reached out. */
async function expectInert(): Promise<void> {
  // Runs in the page (a string: the test's tsconfig has no DOM types).
  const made = await page.evaluate(`[
    typeof window.__pwned,
    document.querySelectorAll("[onerror], [onload], [onclick], img[src='x'], a[href^='https://evil']").length,
    [...document.scripts].filter((s) => !s.src).length,
    [...document.querySelectorAll("b")].filter((b) => b.textContent === "粗").length,
  ]`);
  expect(made).toEqual(["undefined", 0, 0, 0]);
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
}

const text = (selector: string) => page.locator(selector).first().textContent();

describe("a hostile report in the workbench", () => {
  it("lists its issuing body and file name as text", async () => {
    const item = page.locator(".nb-report").first();
    await item.waitFor();
    expect(await item.textContent()).toContain(`政府办${BOLD}`);
    expect(await text(".nb-failures")).toContain(`${SCRIPT}.pdf`);
    await item.click();
    await page.locator(".nb-meta-agency").waitFor();
    expect(await text(".nb-meta-agency")).toContain(BOLD);
    expect(await text(".nb-meta-facts")).toContain(FILE);
    await expectInert();
  });

  it("shows the markup of its prose as text in the source pane", async () => {
    const source = await text('[data-testid="source-text"]');
    expect(source).toContain(SCRIPT);
    expect(source).toContain(PWN(1));
    expect(source).toContain('<a href="https://evil.example/">链接</a>');
    expect(
      await page
        .locator('[data-testid="source-text"] script, [data-testid="source-text"] img')
        .count(),
    ).toBe(0);
    await expectInert();
  });

  it("shows the markup of a table cell as text in the grid and in the findings", async () => {
    await page.locator(".nb-tab", { hasText: "表二" }).first().click();
    const cell = page.locator('.nb-v[data-cell="t2.license.decisions"]');
    await cell.waitFor();
    expect(await cell.textContent()).toContain(PWN(3));
    expect(await page.locator('.nb-finding[data-rule="C02"]').textContent()).toContain(PWN(3));
    expect(await page.locator('.nb-finding[data-rule="S08"]').textContent()).toContain(BOLD);
    await expectInert();
  });

  it("keeps markup typed into a correction, a remark, the metadata and the inspector's name as text", async () => {
    await page.locator('.nb-v[data-cell="t2.license.decisions"]').dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(PWN(5));
    await page.keyboard.press("Enter");
    // A count refuses it (issue 20.4), and the refusal shows the markup as text.
    await page.locator(".nb-invalid").waitFor();
    expect(await text(".nb-invalid")).toContain(PWN(5));
    expect(await page.locator(".nb-v-corrected").count()).toBe(0);

    await page.locator(".nb-tab", { hasText: "备注" }).click();
    await page.getByLabel("新备注").fill(`${SCRIPT}${PWN(6)}`);
    await page.getByRole("button", { name: "添加备注" }).click();
    await page.locator(".nb-remark-list", { hasText: PWN(6) }).waitFor();

    await page.getByRole("button", { name: "编辑报告信息" }).click();
    await page.getByLabel("发布机关").fill(`${PWN(7)}县`);
    await page.getByRole("button", { name: "保存并重新检查" }).click();
    await page.locator(".nb-meta-agency", { hasText: PWN(7) }).waitFor();

    await page.locator(".nb-inspector").click();
    await page.getByLabel("检查人员姓名").fill(PWN(8));
    await page.keyboard.press("Enter");
    await page.locator(".nb-inspector", { hasText: PWN(8) }).waitFor();
    await expectInert();
  });

  it("stays inert after a reload from the saved audit", async () => {
    await page.reload();
    await page.locator(".nb-report").first().click();
    await page.locator(".nb-meta-agency", { hasText: PWN(7) }).waitFor();
    expect(await text('[data-testid="source-text"]')).toContain(SCRIPT);
    await page.screenshot({ path: join(APP_ROOT, ".tmp", "e2e-hostile.png") });
    await expectInert();
  });

  it("keeps the markup as text in the memo's preview, its .docx and its .xlsx", async () => {
    const c02 = page.locator('.nb-finding[data-rule="C02"]');
    await c02.locator(".nb-finding-main").click();
    await c02.getByRole("button", { name: "确认问题" }).click();
    await c02.locator("textarea").fill(`${FORMULA}${SCRIPT}`);
    await c02.getByRole("button", { name: "保存判定" }).click();
    await c02.locator(".nb-badge-confirmed").waitFor();
    await page.getByRole("button", { name: "导出审核意见…" }).click();
    const dialog = page.getByRole("dialog", { name: "导出审核意见" });
    await dialog.waitFor();
    const preview = (await page.getByTestId("memo-preview").textContent()) ?? "";
    expect(preview).toContain(PWN(3));
    expect(preview).toContain(SCRIPT);
    await expectInert();

    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await dialog.getByRole("button", { name: "导出", exact: true }).click();
    // Its errors are not judged: the export asks before leaving them out.
    await page.getByRole("button", { name: "仍然导出" }).click();
    await dialog.locator(".nb-export-status", { hasText: "已下载" }).waitFor();
    await expect.poll(() => downloads.length).toBe(2);
    const saved = async (suffix: string) => {
      const d = downloads.find((x) => x.suggestedFilename().endsWith(suffix));
      const path = join(bench.work, `memo${suffix}`);
      await d?.saveAs(path);
      return new Uint8Array(readFileSync(path));
    };
    const docx = await saved(".docx");
    // The memo writer puts zero-width spaces into long Latin runs as line-break points.
    const memoText = (await docxParagraphs(docx)).join("\n").replaceAll("\u200b", "");
    expect(memoText).toContain(`${FORMULA}${SCRIPT}`);
    // Escaped in the XML: no element of the report's markup in the document.
    expect(await docxPart(docx, "word/document.xml")).not.toMatch(/<(img|script)\b/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await saved(".xlsx")) as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value))),
    );
    expect(values).toContain(`${FORMULA}${SCRIPT}`);
    expect(values.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
    await page.keyboard.press("Escape");
    await expectInert();
  });
});
