import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { readPlainText, wrongCells } from "../../../gen/office/plain-read.js";

// Generated office reports whose table 四 plain pdftotext prints in poppler's flows: a head's
// last line in its value's flow, heads of neighbouring columns interleaved line by line, and a
// flow naming its own group and columns printed ahead of the table's heading (with table 三's
// lines). 104: 复议后起诉's three middle columns printed ahead; 111: heads one character a line
// ahead of their values; 113: 复议后起诉's middle columns ahead, its total after the heads;
// 106: 复议后起诉 spaced a character over each column, its first two columns (复 / 结果维持 / 3)
// printed among table 三's last lines, its last three after the next section's heading.
// Before: 5, 15, 5 and 10 cells of table 四 unread.
const PLANS = [
  { seed: 104, template: "2021" as TemplateVersion },
  { seed: 106, template: "2021" as TemplateVersion },
  { seed: 111, template: "2019" as TemplateVersion },
  { seed: 113, template: "2019" as TemplateVersion },
].map((p) => ({ ...p, look: randomLook(p.seed) }));

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `plain pdftotext, table 四's flows: skipped, ${why}` : "plain pdftotext, table 四's flows",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 300_000);

    it.each(PLANS.map((p, i) => [i, p.seed] as const))(
      "sample %i (seed %i): none wrong, every cell of table 四 read",
      (i) => {
        const s = samples[i] as OfficeSample;
        const got = readPlainText(s);
        expect(wrongCells(s, got)).toEqual([]);
        const t4 = Object.keys(s.report.cells).filter((id) => id.startsWith("t4."));
        expect(t4.length).toBe(15);
        expect(t4.filter((id) => got[id]?.value !== s.report.cells[id])).toEqual([]);
      },
    );
  },
);
