import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReport } from "../../../../shared/parse/report.js";
import { txtDocument } from "../../../../shared/parse/txt/document.js";
import { checkReport } from "../../../../shared/rules/index.js";

// Example e004 prints table 四's heads as pipe rows (结果维持 | 结果纠正 | …): its first head is
// printed again here with a group name's character before it, or with the whole group name.
const TEXT = readFileSync(new URL("../../../fixtures/examples/e004.txt", import.meta.url), "utf8");

function headFindings(head: string) {
  const text = TEXT.replace("\n结果维持 | 结果纠正", `\n${head} | 结果纠正`);
  expect(text).not.toBe(TEXT);
  const doc = txtDocument(new TextEncoder().encode(text));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return checkReport(res.report)
    .filter((f) => f.rule === "S06" && f.params.table === 4)
    .map((f) => f.params.printed);
}

describe("table 四's heads against the template", () => {
  it("a character of a group name spread over the columns before a head is no deviation", () => {
    expect(headFindings("复结果维持")).toEqual([]);
    expect(headFindings("行结果维持")).toEqual([]);
  });
  it("a head printed otherwise is one (S06)", () => {
    expect(headFindings("有结果维持")).toEqual(["有结果维持"]);
    expect(headFindings("结果维持数")).toEqual(["结果维持数"]);
  });
});
