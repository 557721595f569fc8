import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { readPlainText, wrongCells } from "../../../gen/office/plain-read.js";

// Generated office reports in random looks, taken out by plain pdftotext (with its form feeds):
// no cell read wrong, and at least so many cells of the table named read.
// Bands: 107, 113, 119: table 三 printed band by band in two runs (left columns, then right columns
// after their heads), its row labels in one block: read whole by the bands. 160: a row's values
// printed after a column head in one block of poppler's (法律服务机构 / 10), the row's left
// columns printed elsewhere: read before as a whole row (five cells wrong), now by the bands.
// Bands in row order: table 三 printed band after band (poppler's
// row order for a ruled table it takes for a table): the head band in pieces under its heads,
// every other band whole, left to right. The head band's single columns come in no order one
// can tell: that band stays unread (3 or 4 rows) unless its heads name every column.
// 116, 126: the right columns' head band after all the rest of the page; 153: row labels
// printed between the bands; 145: bands cut into columns at the top, whole below (the top left
// unread). 186: the head band printed out of column order (科研机构's values before 自然人's, its
// head after them): nothing placed where the order cannot tell the column (read wrong before
// the guard). 117: two values of a row on one line under the heads of three columns (22 19).
// 386: a staircase (the left columns of bands 4–8, the heads 其他 / 总计, the head band's right
// columns, then the other columns of bands 4–8) whose strips fall into sevens: not read as
// whole bands (13 cells wrong before the guard). 499, 557: a row's values parted by a row label
// and a column head (19 0 14 18 / 二、… / 其他 / 21 12 / 总计 / 84): with every cell printed, no
// row prints fewer than seven values, so the first four are not a row with blank cells (4 and
// 13 cells read wrong before). 110: distributed heads, the letters of 申请人情况 / 法人或其他组织
// printed among the heads of 科研机构…其他 over their values (98 of 175 cells before). 134:
// table 四's values after table 三's last band, under heads spelt apart (复 / 议).
// The head band's single columns in the order of their heads: 116, 126, 308, 326 (自然人 / 商业企业
// printed alone before their values, 其他 / 总计 after the page's other values), 153, 135 (the
// same, 2019): the head band read too (21 or 28 cells unread before); 105: 其他 / 总计's pieces
// before their heads, in column order (7 cells unread before). 186 stays unread.
// A staircase whose left flow ends in one column alone: 102 (自然人's rows 14–21 one block, the
// other columns' in two), 125, 313 (the same at the table's end): that column's last strip on
// its page runs over the others' bands, the page then two flows (the left one band by band, each
// band's first columns; then the right one): 307 (a 7-row band above the closing strip's 7 rows,
// told apart by the flows). Before: 147, 140, 133 and 112 cells of table 三 unread. Where the
// bands leave too many readings to tell, the two flows are tried: 108, 304, 557 (175, 175 and
// 35 cells unread before). 918: 社会 / 法律 / 其他's heads in one block, their values printed
// 社会, 总计, 法律, 其他: no order told by such heads (5 cells read wrong before the guard).
// A cell's value over every way to lay the strips: 103, 111, 122, 154 (strips of a band that fit
// the order in several ways, every way putting the same values in some rows: strips of 0s): those
// rows read. 156: the strips fit no way on the table's first page (its strips out of any order
// told), the second page laid on its own rows (a page holds whole rows). Before: 70, 105, 42, 70
// and 84 cells of table 三 unread.
// Table 二 (106, 118): heads spread over their cells (分散对齐), so poppler prints them a character
// a block and a column's values under the last of its head's characters (本 年 制 发 件 数 / 0 /
// 5; 理 / 2665 / 548), 行政许可's value alone. Before: all ten cells unread in each.
// Table 四 in poppler's flows: a head's last line in its value's flow, heads of neighbouring
// columns interleaved line by line, and a flow naming its own group and columns printed ahead of
// the table's heading (with table 三's lines). 104: 复议后起诉's three middle columns printed
// ahead; 111: heads one character a line ahead of their values; 113: 复议后起诉's middle columns
// ahead, its total after the heads; 106: 复议后起诉 spaced a character over each column, its first
// two columns (复 / 结果维持 / 3) printed among table 三's last lines, its last three after the
// next section's heading. Before: 5, 15, 5 and 10 cells of table 四 unread.
type Plan = { seed: number; template: TemplateVersion; table: 2 | 3 | 4; read: number };
const T = (seed: number, template: TemplateVersion, table: 2 | 3 | 4, read: number): Plan => ({
  seed,
  template,
  table,
  read,
});
const PLANS = [
  // poppler's bands
  T(107, "2019", 3, 161),
  T(113, "2019", 3, 161),
  T(119, "2019", 3, 161),
  T(160, "2021", 3, 140),
  // bands in row order
  T(116, "2021", 3, 175),
  T(126, "2021", 3, 175),
  T(308, "2021", 3, 175),
  T(326, "2021", 3, 175),
  T(153, "2019", 3, 161),
  T(135, "2019", 3, 154),
  T(105, "2019", 3, 161),
  T(145, "2019", 3, 126),
  T(186, "2021", 3, 0),
  T(117, "2019", 3, 161),
  T(386, "2021", 3, 0),
  T(499, "2019", 3, 154),
  T(557, "2019", 3, 161),
  T(108, "2021", 3, 133),
  T(304, "2021", 3, 154),
  T(918, "2021", 3, 161),
  T(110, "2021", 3, 175),
  T(102, "2021", 3, 175),
  T(125, "2019", 3, 147),
  T(313, "2019", 3, 161),
  T(307, "2019", 3, 161),
  T(134, "2021", 3, 175),
  // a cell's value over every way, pages laid alone
  T(103, "2019", 3, 105),
  T(111, "2019", 3, 63),
  T(122, "2021", 3, 147),
  T(154, "2021", 3, 119),
  T(156, "2021", 3, 154),
  // tables 二 and 四: every cell
  T(106, "2021", 2, 10),
  T(118, "2021", 2, 10),
  T(104, "2021", 4, 15),
  T(106, "2021", 4, 15),
  T(111, "2019", 4, 15),
  T(113, "2019", 4, 15),
].map((p) => ({ ...p, look: randomLook(p.seed) }));

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `plain pdftotext of office PDFs: skipped, ${why}` : "plain pdftotext of office PDFs",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 600_000);

    it.each(PLANS.map((p, i) => [i, p.seed, p.read, p.table] as const))(
      "sample %i (seed %i): none wrong, at least %i cells of table %i",
      (i, _seed, read, table) => {
        const s = samples[i] as OfficeSample;
        const got = readPlainText(s);
        expect(wrongCells(s, got)).toEqual([]);
        const ids = Object.keys(got).filter((id) => id.startsWith(`t${table}.`));
        expect(ids.length).toBeGreaterThanOrEqual(read);
      },
    );
  },
);
