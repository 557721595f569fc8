// Reports with one standard table pasted as a picture (a screenshot of the table), as inspectors
// receive them: a Word document (.docx) and a portal page saved as a web archive (.mhtml). With
// PROSE, the .docx has a picture of its longest paragraph in place of table 三 (no table).
//   npx vite-node test/gen/print/picture-docs.ts [SEED] [DIR] [PROSE]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { ARGS, CHROMIUM } from "../../e2e/chromium.js";
import { officeReport, TEXT_WIDTH, type OfficeBlock } from "../office/document.js";
import type { OfficeTable } from "../office/grid.js";
import { randomLook } from "../office/look.js";
import { writeDocx } from "../office/write-docx.js";
import { printPage } from "./page.js";

const seed = Number(process.argv[2] ?? 721);
const dir = process.argv[3] ?? "test/fixtures/pictures";
const prose = process.argv[4] === "PROSE";
const template = seed % 2 ? "2019" : "2021";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A Word table drawn as a browser shows it: ruled cells, its merges, its column widths. */
function tableHtml(t: OfficeTable): string {
  const cols = t.widths.map((w) => `<col style="width:${(w * 4) / 3}px">`).join("");
  const rows = t.rows.map((r) => {
    const cells = r.cells.map((c) => {
      const span = `${c.colspan ? ` colspan="${c.colspan}"` : ""}${c.rowspan ? ` rowspan="${c.rowspan}"` : ""}`;
      return `<td${span}>${c.paras.map(esc).join("<br>")}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table>${cols}${rows.join("")}</table>`;
}

const CSS = `body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 14px; margin: 8px; }
table { border-collapse: collapse; table-layout: fixed; }
td { border: 1px solid #000; padding: 3px; text-align: center; vertical-align: middle; }
p { width: 600px; line-height: 1.8; text-indent: 2em; }`;

/** A screenshot of what `html` shows (its first table, or its paragraph), at screen size. */
async function shot(page: Page, html: string, type: "png" | "jpeg"): Promise<Buffer> {
  await page.setContent(
    `<html><head><meta charset="utf-8"><style>${CSS}</style></head><body>${html}</body></html>`,
  );
  const el = await page.$("table, p");
  if (!el) throw new Error("nothing to screenshot");
  return el.screenshot(type === "png" ? { type } : { type, quality: 85 });
}

const isTable3 = (b: OfficeBlock) =>
  b.kind === "table" && (b.table.rows[0]?.cells[0]?.paras.join("") ?? "").startsWith("（本列");

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const page = await browser.newPage({
  viewport: { width: 1000, height: 1400 },
  deviceScaleFactor: 1,
});
mkdirSync(dir, { recursive: true });
const write = (name: string, bytes: Uint8Array, cells: object) => {
  writeFileSync(join(dir, name), bytes);
  writeFileSync(
    join(dir, `${name}.cells.json`),
    JSON.stringify({ file: name, template, cells }, null, 1) + "\n",
  );
  process.stdout.write(`${name}: ${bytes.length} bytes\n`);
};

// The .docx: the office report with table 三 (or, PROSE, nothing) replaced by a picture.
const look = randomLook(seed);
const office = officeReport(seed, template, look);
const t3 = office.blocks.find(isTable3);
if (t3?.kind !== "table") throw new Error("no table 三");
const longest = office.blocks.reduce((a, b) =>
  b.kind === "para" && b.text.length > (a.kind === "para" ? a.text.length : 0) ? b : a,
);
const png = await shot(
  page,
  prose && longest.kind === "para" ? `<p>${esc(longest.text)}</p>` : tableHtml(t3.table),
  "png",
);
const { width, height } = pngSize(png);
const picture: OfficeBlock = {
  kind: "picture",
  png: new Uint8Array(png),
  width: TEXT_WIDTH,
  height: (TEXT_WIDTH * height) / width,
};
const docx = await writeDocx(
  office.blocks.map((b) => (isTable3(b) ? picture : b)),
  look,
);
const cells = prose
  ? Object.fromEntries(Object.entries(office.cells).filter(([id]) => !id.startsWith("t3.")))
  : office.cells;
write(`office-${seed}.${prose ? "prose" : "table3"}-picture.docx`, docx, cells);

// The .mhtml: the portal page with table 三 as a JPEG, saved as Chrome saves a page.
if (!prose) {
  const made = printPage(seed, template);
  const html = made.html;
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  const t3html = tables.find((t) => t.includes("申请人情况"));
  if (!t3html) throw new Error("no table 三 in the page");
  await page.setContent(html);
  const shots = await page.$$("table");
  let jpeg: Buffer | null = null;
  for (const t of shots)
    if ((await t.innerText()).includes("申请人情况"))
      jpeg = await t.screenshot({ type: "jpeg", quality: 85 });
  if (!jpeg) throw new Error("no table 三 on the page");
  const at = "https://www.example.gov.cn/zwgk/ndbg/";
  const body = html.replace(t3html, `<p><img src="images/t3.jpg" style="width:100%"></p>`);
  const b64 = (b: Buffer) => b.toString("base64").replace(/.{76}/g, "$&\r\n");
  const boundary = "----MultipartBoundary--nianbao";
  const mhtml = [
    "From: <Saved by Blink>",
    "Subject: report",
    "MIME-Version: 1.0",
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/html",
    "Content-Transfer-Encoding: base64",
    `Content-Location: ${at}t.html`,
    "",
    b64(Buffer.from(body, "utf8")),
    `--${boundary}`,
    "Content-Type: image/jpeg",
    "Content-Transfer-Encoding: base64",
    `Content-Location: ${at}images/t3.jpg`,
    "",
    b64(jpeg),
    `--${boundary}--`,
    "",
  ].join("\r\n");
  write(`portal-${seed}.table3-picture.mhtml`, new TextEncoder().encode(mhtml), made.cells);
}
await browser.close();
