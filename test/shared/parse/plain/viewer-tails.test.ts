import { expect, it } from "vitest";
import { checkReport } from "../../../../shared/rules/index.js";
import { oneTokenPerLine } from "../../../gen/pdf-copy.js";
import { describeOffice, pdftotext } from "../../../support/office-suite.js";
import { readText } from "../../../support/read-text.js";
import { wrongCells } from "./wrong-cells.js";

// A viewer's copy (one token a line) of generated office PDFs whose row labels end after their
// values: 513/551 on the next page after the repeated head (物, 卷), 508/554 after the group's
// wrapped name (其他处 / 理 / …公开 / 申请), 558 after the group's (法提供 / 息). Those last
// characters went on the group's label or stood alone: the label read short (false S06).
const SEEDS = [508, 513, 551, 554, 558];

describeOffice("a viewer's copy: a label's last characters", SEEDS, (sample) => {
  it.each(SEEDS.map((seed, i) => [seed, i] as const))(
    "seed %i: back on the row's label, no false S06, no cell wrong",
    (_, i) => {
      const s = sample(i);
      const r = readText(oneTokenPerLine(pdftotext(s.pdf, ["-raw"])));
      expect(wrongCells(s.report.cells, r)).toEqual([]);
      const s06 = checkReport(r).filter((f) => f.rule === "S06");
      expect(s06.map((f) => JSON.stringify(f.params))).toEqual([]);
    },
  );
});
