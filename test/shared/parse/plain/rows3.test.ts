import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { readPlainText, wrongCells } from "../../../gen/office/plain-read.js";

// Generated office reports whose table 三 plain pdftotext prints band after band (poppler's
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
const PLANS = [
  { seed: 116, template: "2021" as TemplateVersion, t3: 154 },
  { seed: 126, template: "2021" as TemplateVersion, t3: 154 },
  { seed: 153, template: "2019" as TemplateVersion, t3: 133 },
  { seed: 145, template: "2019" as TemplateVersion, t3: 126 },
  { seed: 186, template: "2021" as TemplateVersion, t3: 0 },
  { seed: 117, template: "2019" as TemplateVersion, t3: 161 },
  { seed: 386, template: "2021" as TemplateVersion, t3: 0 },
  { seed: 499, template: "2019" as TemplateVersion, t3: 154 },
  { seed: 557, template: "2019" as TemplateVersion, t3: 126 },
  { seed: 110, template: "2021" as TemplateVersion, t3: 147 },
  { seed: 134, template: "2021" as TemplateVersion, t3: 154 },
].map((p) => ({ ...p, look: randomLook(p.seed) }));

const why = cannotRender();

describe.skipIf(why !== null)(
  why
    ? `plain pdftotext, bands in row order: skipped, ${why}`
    : "plain pdftotext, bands in row order",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 300_000);

    it.each(PLANS.map((p, i) => [i, p.seed, p.t3] as const))(
      "sample %i (seed %i): none wrong, at least %i cells of table 三",
      (i, _seed, t3) => {
        const s = samples[i] as OfficeSample;
        const got = readPlainText(s);
        expect(wrongCells(s, got)).toEqual([]);
        expect(Object.keys(got).filter((id) => id.startsWith("t3.")).length).toBeGreaterThanOrEqual(
          t3,
        );
      },
    );
  },
);
