import type { TemplateVersion } from "../../../shared/model/report.js";
import { officeReport, type OfficeBlock } from "../office/document.js";
import { table2, table3, table4, type OfficeCell, type OfficeTable } from "../office/grid.js";
import { randomLook } from "../office/look.js";
import { Random } from "../random.js";
import type { CellMap } from "../tables-grid.js";

/**
 * How a county portal lays a report out in the browser (what Chrome then prints to PDF, issue
 * 17's portal family): the things that vary between real portals.
 */
export interface PageLook {
  /** Body text size in px. */
  size: number;
  /** Width of the article column in px (the tables fill it). */
  width: number;
  /** Values centred in their cells (most portals) or set right. */
  valueAlign: "center" | "right";
  /** Vertical alignment of every cell. */
  valign: "middle" | "top";
  /** A zero printed as a blank cell, per table: 三's and 四's sparse rows. */
  blankZeros: boolean;
  /** Share of table 三's width its three label columns take. */
  labelShare: number;
  /** Column heads in two or three paragraphs (商业 / 企业). */
  splitHeads: boolean;
  /** Paragraphs of prose before the tables: moves the page breaks through them. */
  filler: number;
  /** Cell padding in px. */
  padding: number;
}

export function randomPageLook(seed: number): PageLook {
  const rng = new Random(seed * 7919 + 17);
  return {
    size: rng.pick([12, 13, 14, 16]),
    width: rng.pick([640, 760, 900, 1000]),
    valueAlign: rng.chance(0.75) ? "center" : "right",
    valign: rng.chance(0.7) ? "middle" : "top",
    blankZeros: rng.chance(0.6),
    labelShare: rng.pick([0.3, 0.4, 0.5, 0.6]),
    splitHeads: rng.chance(0.3),
    filler: rng.int(0, 10),
    padding: rng.pick([1, 3, 6]),
  };
}

export interface PrintPage {
  html: string;
  /** Every cell the page's tables print, by cell ID (null: printed blank). */
  cells: CellMap;
  look: PageLook;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellHtml(c: OfficeCell, look: PageLook): string {
  const span =
    (c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : "") +
    (c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : "");
  const align = c.kind === "value" ? look.valueAlign : c.kind === "head" ? "center" : "left";
  const body = c.paras.map((p) => `<p>${p ? esc(p) : "&nbsp;"}</p>`).join("");
  return `<td${span} style="text-align:${align}">${body}</td>`;
}

function tableHtml(t: OfficeTable, look: PageLook): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`);
  const rows = t.rows.map((r) => `<tr>${r.cells.map((c) => cellHtml(c, look)).join("")}</tr>`);
  return `<table class="report"><colgroup>${cols.join("")}</colgroup><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

/** Zeros of tables 三 and 四 printed blank, as many portals print them; the truth follows. */
function blankZeros(cells: CellMap): CellMap {
  const out: CellMap = {};
  for (const [id, v] of Object.entries(cells))
    out[id] = v === 0 && (id.startsWith("t3.") || id.startsWith("t4.")) ? null : v;
  return out;
}

function blocksHtml(blocks: OfficeBlock[], look: PageLook): string {
  return blocks
    .map((b) => {
      if (b.kind === "table") return tableHtml(b.table, look);
      if (b.kind === "title") return `<h1 class="title">${esc(b.text)}</h1>`;
      if (b.kind === "heading") return `<p class="heading"><strong>${esc(b.text)}</strong></p>`;
      if (b.kind === "picture") {
        const src = `data:image/png;base64,${Buffer.from(b.png).toString("base64")}`;
        return `<p><img src="${src}" width="${b.width}" height="${b.height}"></p>`;
      }
      return `<p class="para">${esc(b.text)}</p>`;
    })
    .join("\n");
}

/**
 * A generated report (test/gen/office's content and Word-style merged tables) published on a
 * portal page: site header and navigation, the article with its tables in HTML (rowspan and
 * colspan as mammoth makes them from a .docx), the page's footer.
 */
export function printPage(
  seed: number,
  template: TemplateVersion,
  look = randomPageLook(seed),
): PrintPage {
  const office = officeReport(seed, template, { ...randomLook(seed), filler: look.filler });
  const cells = look.blankZeros ? blankZeros(office.cells) : { ...office.cells };
  const share = look.labelShare;
  const w = 1000;
  const widths = { result: w * share * 0.12, group: w * share * 0.28, row: w * share * 0.6 };
  const blocks = office.blocks.map((b): OfficeBlock => {
    if (b.kind !== "table") return b;
    const rows = b.table.rows;
    const head = rows[0]?.cells[0]?.paras.join("") ?? "";
    if (head.startsWith("（本列"))
      return { kind: "table", table: table3(template, cells, w, widths, look.splitHeads) };
    if (head === "行政复议") return { kind: "table", table: table4(cells, w, look.splitHeads) };
    return { kind: "table", table: table2(template, cells, w) };
  });
  const css = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: ${look.size}px; margin: 0; }
.top { background: #1c5bab; color: #fff; padding: 12px 24px; }
.nav a { color: #fff; margin-right: 18px; }
.main { width: ${look.width}px; margin: 0 auto; }
.crumb { color: #666; margin: 10px 0; }
.title { font-size: ${look.size + 8}px; text-align: center; }
.info { text-align: center; color: #888; border-bottom: 1px solid #ddd; padding-bottom: 8px; }
.para { text-indent: 2em; line-height: 1.8; }
table.report { width: 100%; border-collapse: collapse; margin: 8px 0; }
table.report td { border: 1px solid #000; padding: ${look.padding}px; vertical-align: ${look.valign}; }
table.report p { margin: 0; }
.foot { border-top: 3px solid #1c5bab; text-align: center; color: #666; padding: 16px; margin-top: 24px; }`;
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(office.title)}</title><style>${css}</style></head>
<body>
<div class="top"><div>${esc(office.agency)}门户网站</div><div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div class="info">发布时间：${office.year + 1}-01-20\u3000来源：${esc(office.agency)}</div>
<div class="article">
${blocksHtml(blocks, look)}
</div>
</div>
<div class="foot">主办：${esc(office.agency)}\u3000网站标识码：0000000000</div>
</body></html>
`;
  return { html, cells, look };
}
