import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../../electron/node/adapters/pdf.js";
import type { TemplateVersion } from "../../../shared/model/report.js";
import { pdfDocument } from "../../../shared/parse/pdf/rows.js";
import { readReport } from "../../../shared/parse/report.js";
import { checkReport } from "../../../shared/rules/index.js";
import { LOOKS, randomLook, type Look } from "../../gen/office/look.js";
import { cannotRender } from "../../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../../gen/office/sample.js";

// Beyond the checked-in fixtures: reports generated here as .docx in random looks (alignment,
// sizes, column widths, heads split, spaced or spread, head rows repeated, page breaks moved
// through table 三) and printed by LibreOffice, read back cell by cell.
const PLANS: { seed: number; template: TemplateVersion; look: Look }[] = [
  // Table 三 breaks inside its head rows: 自然 / 人 on two pages.
  { seed: 12, template: "2021", look: { ...LOOKS.word, filler: 1 } },
  ...[31, 32, 33, 34, 35].map((seed) => ({
    seed,
    template: (seed % 2 ? "2021" : "2019") as TemplateVersion,
    look: randomLook(seed),
  })),
];

const why = cannotRender();

describe.skipIf(why !== null)(
  why ? `office PDFs made here: skipped, ${why}` : "office PDFs made here by LibreOffice",
  () => {
    let samples: OfficeSample[];
    beforeAll(async () => {
      samples = await officeSamples(PLANS);
    }, 600_000);

    it.each(PLANS.map((p, i) => [i, p.seed, p.template] as const))(
      "sample %i (seed %i, %s): every cell read, no false error or warning, tables ruled",
      async (i) => {
        const s = samples[i] as OfficeSample;
        const content = await readPdf(s.pdf);
        if ("code" in content) throw new Error(content.message);
        const doc = pdfDocument(content);
        const res = readReport(doc);
        if (!res.ok) throw new Error(res.error.message);
        const got = res.report.cells;
        const wrong = Object.entries(s.report.cells).filter(([id, v]) => got[id]?.value !== v);
        expect(wrong.map(([id, v]) => `${id}=${got[id]?.value} want ${v}`)).toEqual([]);
        const alarms = checkReport(res.report).filter((f) => f.severity !== "info");
        expect(alarms.map((f) => `${f.rule} ${f.code}`)).toEqual([]);
        expect(doc.messages.filter((m) => m.code === "PDF_TABLE_POSITIONS")).toEqual([]);
        expect(s.layout.replace(/\s+/g, "")).toContain("收到和处理政府信息公开申请情况");
      },
    );
  },
);
