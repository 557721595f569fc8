import { describe, expect, it } from "vitest";
import { sameBody, sameName } from "../../../shared/agency/same.js";

describe("one issuing body under its names", () => {
  it.each([
    ["洪泽区人民政府", "淮安市洪泽区人民政府"],
    ["淮安市洪泽区人民政府", "洪泽区人民政府"],
    ["江苏省淮安市洪泽区人民政府", "淮安市洪泽区政府"],
    ["江苏省洪泽区人民政府", "淮安市洪泽区人民政府"],
    ["洪泽区教育局", "淮安市洪泽区教育局"],
    ["紫阳县 人民政府", "紫阳县政府"],
    ["高良涧街道办事处", "淮安市洪泽区高良涧街道办事处"],
  ])("%s = %s", (a, b) => expect(sameBody(a, b)).toBe(true));

  it.each([
    // Two 鼓楼区 whose cities both print and differ.
    ["南京市鼓楼区人民政府", "福州市鼓楼区人民政府"],
    ["江苏省南京市鼓楼区人民政府", "福建省福州市鼓楼区人民政府"],
    ["淮安市人民政府", "淮安市洪泽区人民政府"],
    ["洪泽区人民政府", "洪泽区教育局"],
    ["洪泽区人民政府", "淮阴区人民政府"],
    ["", ""],
  ])("%s ≠ %s", (a, b) => expect(sameBody(a, b)).toBe(false));

  it("tells the printed name apart from a parent place guessed", () => {
    expect(sameName("洪泽区 人民政府", "洪泽区政府")).toBe(true);
    expect(sameName("洪泽区人民政府", "淮安市洪泽区人民政府")).toBe(false);
  });
});
