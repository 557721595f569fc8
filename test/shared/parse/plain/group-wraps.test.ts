import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { checkReport } from "../../../../shared/rules/index.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { readText } from "../../../support/read-text.js";

// Plain pdftotext of generated office PDFs prints table 三's merged group cells line by line
// among their rows' wrapped labels: 三、 / 本年 / （二）部分公开…只计这一情 / 度办 形，不计其他情形） /
// 理结 (102), 三 / 、 / …情 / 本 / 形，… / 年 (101, the group's number a line of its own), （三） /
// 1.属于国家秘密 / 不予公 / 2.其他法律行政法规禁止 / 开 / 公开 (100), （四）无法提供 确 (104: the
// row's last character after the group's label), 三、 / 本年 （五）不 5.要求…重新出 / … / 度办 予处理 (107:
// the group's number alone on its line, left out as no cell's). Each line went on the label above
// it: false S06.
const PLANS = [100, 101, 102, 104, 107, 122].map((seed) => ({
  seed,
  template: (seed % 2 ? "2019" : "2021") as TemplateVersion,
  look: randomLook(seed),
}));

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `plain pdftotext: skipped, ${why}` : "plain pdftotext: group cells among wrapped labels",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 600_000);

    it.each(PLANS.map((p, i) => [p.seed, i] as const))(
      "seed %i: each line on the label it spells, no false S06, no cell wrong",
      (_, i) => {
        const s = samples[i] as OfficeSample;
        const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
          input: s.pdf,
          maxBuffer: 1 << 26,
        }).toString("utf8");
        const r = readText(text);
        const wrong = Object.entries(s.report.cells).filter(
          ([id, v]) => id in r.cells && r.cells[id]?.value !== v,
        );
        expect(wrong.map(([id, v]) => `${id}=${r.cells[id]?.value} want ${v}`)).toEqual([]);
        const s06 = checkReport(r).filter((f) => f.rule === "S06");
        expect(s06.map((f) => JSON.stringify(f.params))).toEqual([]);
      },
    );
  },
);
