import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../shared/model/report.js";
import { randomLook } from "../../gen/office/look.js";
import { cannotRender } from "../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../gen/office/sample.js";
import { readPlainText, wrongCells } from "../../gen/office/plain-read.js";

// Reports generated as .docx in random looks, printed by LibreOffice and taken out again by
// plain pdftotext (no -layout): poppler's blocks, a column's values of several rows in one block.
// What is read must be right (a cell left unread is said, S10); a wrong value never.
// 114: table 四's heads of two groups interleaved, its values out of their order; 120: an
// item's value printed after the next item's heading (bottom-aligned cells); 123: a row's values
// scattered among column heads. Each read a wrong value before.
const PLANS = [
  ...[41, 42, 43, 44, 45, 46].map((seed) => ({
    seed,
    template: (seed % 2 ? "2021" : "2019") as TemplateVersion,
  })),
  { seed: 114, template: "2021" as TemplateVersion },
  { seed: 120, template: "2021" as TemplateVersion },
  { seed: 123, template: "2019" as TemplateVersion },
].map((p) => ({ ...p, look: randomLook(p.seed) }));

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `plain pdftotext of office PDFs: skipped, ${why}` : "plain pdftotext of office PDFs",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 600_000);

    it.each(PLANS.map((p, i) => [i, p.seed, p.template] as const))(
      "sample %i (seed %i, %s): no cell read wrong",
      (i) => {
        const s = samples[i] as OfficeSample;
        const got = readPlainText(s);
        expect(wrongCells(s, got)).toEqual([]);
      },
    );
  },
);
