import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../../shared/model/report.js";
import { checkReport } from "../../../../shared/rules/index.js";
import { randomLook } from "../../../gen/office/look.js";
import { cannotRender } from "../../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../../gen/office/sample.js";
import { oneTokenPerLine } from "../../../gen/pdf-copy.js";
import { readText } from "../../../support/read-text.js";

// A viewer's copy (one token a line) of generated office PDFs whose row labels end after their
// values: 513/551 on the next page after the repeated head (物, 卷), 508/554 after the group's
// wrapped name (其他处 / 理 / …公开 / 申请), 558 after the group's (法提供 / 息). Those last
// characters went on the group's label or stood alone: the label read short (false S06).
const PLANS = [508, 513, 551, 554, 558].map((seed) => ({
  seed,
  template: (seed % 2 ? "2019" : "2021") as TemplateVersion,
  look: randomLook(seed),
}));

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `a viewer's copy: skipped, ${why}` : "a viewer's copy: a label's last characters",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 600_000);

    it.each(PLANS.map((p, i) => [p.seed, i] as const))(
      "seed %i: back on the row's label, no false S06, no cell wrong",
      (_, i) => {
        const s = samples[i] as OfficeSample;
        const raw = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", "-", "-"], {
          input: s.pdf,
          maxBuffer: 1 << 26,
        }).toString("utf8");
        const r = readText(oneTokenPerLine(raw));
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
