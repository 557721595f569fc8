import { describe, expect, it } from "vitest";
import { findClosing } from "../../../../shared/parse/meta/closing.js";
import { txtDocument } from "../../../../shared/parse/txt/document.js";

function closing(lines: string[]) {
  const doc = txtDocument(
    new TextEncoder().encode(
      ["六、其他需要报告的事项", "本年度未收取信息处理费。", ...lines].join("\n"),
    ),
  );
  if ("code" in doc) throw new Error(doc.message);
  return findClosing(doc.rows);
}

describe("the 落款 at the end of a report", () => {
  it("reads the date in Chinese numerals or figures under the issuing body", () => {
    for (const date of [
      "2024年1月20日",
      "二〇二四年一月二十日",
      "2024-01-20",
      "2024.1.20",
      "2024/1/20",
    ])
      expect(closing(["某县人民政府办公室", date])).toEqual({
        published: "2024-01-20",
        signature: "某县人民政府办公室",
      });
  });

  it("reads the body and the date set apart on one line (a right-aligned 落款 copied as one)", () => {
    expect(closing(["某县人民政府办公室　　2024年1月20日"])).toEqual({
      published: "2024-01-20",
      signature: "某县人民政府办公室",
    });
    expect(closing(["            某县统计局   2024-01-20"])).toEqual({
      published: "2024-01-20",
      signature: "某县统计局",
    });
  });

  it("takes no date out of prose, nor a day that is none", () => {
    expect(closing(["全年共办理申请12件，于2024年1月20日前全部办结。"]).published).toBeNull();
    expect(closing(["某县人民政府办公室", "2024-13-40"]).published).toBeNull();
    expect(closing(["版本 2024.1"]).published).toBeNull();
  });
});
