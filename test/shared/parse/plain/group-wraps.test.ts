import { expect, it } from "vitest";
import { checkReport } from "../../../../shared/rules/index.js";
import { describeOffice, pdftotext } from "../../../support/office-suite.js";
import { readText } from "../../../support/read-text.js";
import { wrongCells } from "./wrong-cells.js";

// Plain pdftotext of generated office PDFs prints table 三's merged group cells line by line
// among their rows' wrapped labels: 三、 / 本年 / （二）部分公开…只计这一情 / 度办 形，不计其他情形） /
// 理结 (102), 三 / 、 / …情 / 本 / 形，… / 年 (101, the group's number a line of its own), （三） /
// 1.属于国家秘密 / 不予公 / 2.其他法律行政法规禁止 / 开 / 公开 (100), （四）无法提供 确 (104: the
// row's last character after the group's label), 三、 / 本年 （五）不 5.要求…重新出 / … / 度办 予处理 (107:
// the group's number alone on its line, left out as no cell's). Each line went on the label above
// it: false S06.
const SEEDS = [100, 101, 102, 104, 107, 122];

describeOffice("plain pdftotext: group cells among wrapped labels", SEEDS, (sample) => {
  it.each(SEEDS.map((seed, i) => [seed, i] as const))(
    "seed %i: each line on the label it spells, no false S06, no cell wrong",
    (_, i) => {
      const s = sample(i);
      const r = readText(pdftotext(s.pdf));
      expect(wrongCells(s.report.cells, r)).toEqual([]);
      const s06 = checkReport(r).filter((f) => f.rule === "S06");
      expect(s06.map((f) => JSON.stringify(f.params))).toEqual([]);
    },
  );
});
