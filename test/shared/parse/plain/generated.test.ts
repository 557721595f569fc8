import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { readPlainText, wrongCells } from "../../../gen/office/plain-read.js";

// Generated office reports in random looks, taken out by plain pdftotext (with its form feeds).
// 107, 113, 119: table 三 printed band by band in two runs (left columns, then right columns
// after their heads), its row labels in one block: read whole by the bands. 160: a row's values
// printed after a column head in one block of poppler's (法律服务机构 / 10), the row's left
// columns printed elsewhere: read before as a whole row (five cells wrong), now by the bands.
const PLANS = [
  { seed: 107, template: "2019" as TemplateVersion, t3: 161 },
  { seed: 113, template: "2019" as TemplateVersion, t3: 161 },
  { seed: 119, template: "2019" as TemplateVersion, t3: 161 },
  { seed: 160, template: "2021" as TemplateVersion, t3: 140 },
].map((p) => ({ ...p, look: randomLook(p.seed) }));

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `plain pdftotext, poppler's bands: skipped, ${why}` : "plain pdftotext, poppler's bands",
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
