import { describe, expect, it } from "vitest";
import { unifyRadicals } from "../../../shared/text/radicals.js";
import { pdfDocument } from "../../../shared/parse/pdf/rows.js";
import { txtDocument } from "../../../shared/parse/txt/document.js";

describe("radicals a PDF's font names in place of ideographs", () => {
  it("reads them as the ideographs, keeping every position", () => {
    // ⺠ U+2EA0 (supplement, no NFKC form), ⼯ U+2F2F and ⼀ U+2F00 (Kangxi radicals).
    const printed = "上海市人⺠政府办公厅政府信息公开⼯作年度报告，第⼀部分";
    const read = unifyRadicals(printed);
    expect(read).toBe("上海市人民政府办公厅政府信息公开工作年度报告，第一部分");
    expect(read).toHaveLength(printed.length);
    expect(unifyRadicals("一、总体情况")).toBe("一、总体情况");
  });

  it("a radical whose NFKC form is an old variant reads as the character simplified text prints", () => {
    // Chrome's print of a page in Noto Sans CJK SC: 门户 named as 门⼾ (U+2F3E, NFKC 戶).
    expect(unifyRadicals("江州市人民政府门⼾网站，⾭石县，⿈河")).toBe(
      "江州市人民政府门户网站，青石县，黄河",
    );
    expect(unifyRadicals("⾨⾒")).toBe("門見");
  });

  it("in a PDF's text runs and in text taken out of a PDF", () => {
    const doc = pdfDocument({
      pages: [
        {
          width: 595,
          height: 842,
          items: [
            { str: "某县人⺠政府2023年政府信息公开⼯作年度报告", x: 72, y: 100, w: 300, h: 14 },
          ],
        },
      ],
    });
    expect(doc.text).toContain("某县人民政府2023年政府信息公开工作年度报告");
    const text = txtDocument(new TextEncoder().encode("某县人⺠政府\n⼀、总体情况\n"));
    expect("code" in text ? text.code : text.text).toBe("某县人民政府\n一、总体情况\n");
  });
});
