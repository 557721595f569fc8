import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { readPlainText, wrongCells } from "../../../gen/office/plain-read.js";

// Generated office reports whose table 二 heads are spread over their cells (分散对齐), so plain
// pdftotext prints them a character a block and a column's values under the last of its head's
// characters (本 年 制 发 件 数 / 0 / 5; 理 / 2665 / 548), 行政许可's value alone. Before: all ten
// cells of table 二 unread in each.
const PLANS = [
  { seed: 106, template: "2021" as TemplateVersion },
  { seed: 118, template: "2021" as TemplateVersion },
].map((p) => ({ ...p, look: randomLook(p.seed) }));

const why = cannotRender();

describe.skipIf(why !== null)(
  why
    ? `plain pdftotext, table 二's spread heads: skipped, ${why}`
    : "plain pdftotext, table 二's spread heads",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 300_000);

    it.each(PLANS.map((p, i) => [i, p.seed] as const))(
      "sample %i (seed %i): none wrong, every cell of table 二 read",
      (i) => {
        const s = samples[i] as OfficeSample;
        const got = readPlainText(s);
        expect(wrongCells(s, got)).toEqual([]);
        const t2 = Object.keys(s.report.cells).filter((id) => id.startsWith("t2."));
        expect(t2.length).toBe(10);
        expect(t2.filter((id) => got[id]?.value !== s.report.cells[id])).toEqual([]);
      },
    );
  },
);
