import { describe, expect, it } from "vitest";
import { findingPlace } from "../../../shared/memo/place.js";

const blank = { value: null, text: "", span: [10, 10] as [number, number] };

describe("the memo tells the report's blank from a cell not read", () => {
  it("one cell: 报告未填写 when left empty, 未读到 when the reader did not find it", () => {
    const id = "t3.new.natural";
    expect(findingPlace([id], { [id]: blank }, {}, "2021")).toContain("（报告未填写）");
    const unread = findingPlace([id], {}, {}, "2021");
    expect(unread).toContain("（未读到）");
    expect(unread).not.toContain("未填写");
  });

  it("a row's cells: each said as what it is", () => {
    const [a, b] = ["t3.new.natural", "t3.new.commercial"];
    expect(findingPlace([a, b], { [a]: blank }, {}, "2021")).toContain("（依次为未填写、未读到）");
  });
});
