import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../../../shared/rules/index.js";
import { oneTokenPerLine } from "../../../gen/pdf-copy.js";
import { describeOffice, pdftotext } from "../../../support/office-suite.js";
import { readText } from "../../../support/read-text.js";

// -raw text and a viewer's copy of generated office PDFs whose table 三 labels wrap where the
// text's order parts them from their rows: 503 (a label's numbers on a line of their own, then the
// group's merged cell printed down the page: 年 / 度 / 办 / 理, read into the label), 535 (a row
// split by a page break: …只计这一情 0 2 … / the head repeated / 形，不计其他情形）), 542 (a group's
// cell beside a row's label, both wrapped, split by a page break: （六）其 1.申请人无正当理由 0 1 … /
// head / 他处理 逾期不补正、行政机 / …), 558 (the group's next line, then the row's: （四）无 1.本机关
// 不掌握相关政府信 0 1 … / 法提供 / 息). Each gave a false S06 or lost the row (S10).
const SEEDS = [503, 535, 542, 558];
const FORMS = {
  raw: (pdf: Uint8Array) => pdftotext(pdf, ["-raw"]),
  viewer: (pdf: Uint8Array) => oneTokenPerLine(pdftotext(pdf, ["-raw"])),
};

describeOffice("-raw and a viewer's copy: wrapped labels", SEEDS, (sample) => {
  const cases = SEEDS.flatMap((seed, i) =>
    (["raw", "viewer"] as const).map((form) => [seed, form, i] as const),
  );
  it.each(cases)("seed %i, %s: every cell right, no S06 or S10", (_, form, i) => {
    const s = sample(i);
    const r = readText(FORMS[form](s.pdf));
    const ids = Object.keys(s.report.cells);
    expect(ids.filter((id) => r.cells[id]?.value !== s.report.cells[id])).toEqual([]);
    const alarms = checkReport(r).filter((f) => f.rule === "S06" || f.rule === "S10");
    expect(alarms.map((f) => `${f.rule} ${JSON.stringify(f.params)}`)).toEqual([]);
  });
});

describe("plain pdftotext: a row's first values printed before its label", () => {
  // The corpus sample's last row of table 三 prints 0 … 0 with blank cells between: poppler sets
  // the first 0 after the group labels it gathers at the band's end, before the row's label
  // (（五）不予 / 处理 / 0 / 四、结转下年度继续办理 / 0). The row was unread (S10).
  it("reads every cell of the corpus sample 003", () => {
    const dir = "test/fixtures/corpus";
    const name = "003_a167b1e233f24ae1.pdf";
    const want = (
      JSON.parse(readFileSync(`${dir}/${name}.expected.json`, "utf8")) as {
        cells: Record<string, number | string | null>;
      }
    ).cells;
    const r = readText(pdftotext(new Uint8Array(readFileSync(`${dir}/${name}`)), []));
    const ids = Object.keys(want);
    expect(ids).toHaveLength(198);
    expect(ids.filter((id) => r.cells[id]?.value !== want[id])).toEqual([]);
    expect(checkReport(r).filter((f) => f.rule === "S10")).toEqual([]);
  });
});
