import { describe, expect, it } from "vitest";
import type { Level } from "../../../../shared/model/report.js";
import { inferLevel } from "../../../../shared/agency/level.js";

const CASES: [string, Level][] = [
  // Provinces and their departments; the four 直辖市 are provinces (宪法 art. 30).
  ["江苏省人民政府", "province"],
  ["江苏省教育厅", "province"],
  ["内蒙古自治区人民政府", "province"],
  ["上海市人民政府", "province"],
  ["上海市人民政府办公厅", "province"],
  ["北京市教育委员会", "province"],
  ["天津市人民政府办公厅", "province"],
  ["重庆市交通局", "province"],
  ["省政府办公厅", "province"],
  // Their 区 and 县 are counties.
  ["上海市浦东新区人民政府", "county-gov"],
  ["上海市黄浦区人民政府办公室", "county-dept"],
  ["重庆市城口县人民政府", "county-gov"],
  ["北京市通州区人民政府", "county-gov"],
  ["上海市黄浦区外滩街道办事处", "township"],
  // 设区的市; a 州 or a 镇 inside a place name is no place of its own.
  ["淮安市人民政府", "city-gov"],
  ["广州市人民政府", "city-gov"],
  ["镇江市人民政府", "city-gov"],
  ["德宏傣族景颇族自治州人民政府", "city-gov"],
  ["淮安市人民政府办公室", "city-dept"],
  ["青石市城市管理委员会", "city-dept"],
  ["青石市市场监督管理局", "city-dept"],
  // A 市 under a 市 is a 县级市.
  ["苏州市昆山市人民政府", "county-gov"],
  ["苏州市昆山市教育局", "county-dept"],
  // Counties and districts.
  ["淮安市洪泽区人民政府", "county-gov"],
  ["紫阳县人民政府", "county-gov"],
  ["乡宁县人民政府", "county-gov"],
  ["青石自治县人民政府", "county-gov"],
  ["县政府办公室", "county-dept"],
  ["伊川县城市管理局", "county-dept"],
  ["沭阳县发展和改革局", "county-dept"],
  // Townships.
  ["青石县梅岭镇人民政府", "township"],
  ["梅岭街道办事处", "township"],
  ["青石县梅岭街道办", "township"],
  ["青石县乡村振兴局", "county-dept"],
  // Zones run by a 管委会 and bodies without a place: unknown.
  ["青石经济技术开发区管理委员会", "other"],
  ["雄安新区管理委员会", "other"],
  ["苏州工业园区管理委员会", "other"],
  ["青石县经济开发区管委会", "other"],
  ["青石开发区财政局", "other"],
  ["政府办", "other"],
];

describe("the level of an issuing body", () => {
  for (const [name, level] of CASES) it(name, () => expect(inferLevel(name)).toBe(level));

  it("places a rule pack names win over their suffix", () => {
    expect(inferLevel("昆山市人民政府")).toBe("city-gov");
    expect(inferLevel("昆山市人民政府", { 昆山市: "county" })).toBe("county-gov");
    expect(inferLevel("昆山市教育局", { 昆山市: "county" })).toBe("county-dept");
    expect(inferLevel("昆山市周市镇人民政府", { 昆山市: "county" })).toBe("township");
    const zone = { 苏州工业园区: "county" } as const;
    expect(inferLevel("苏州工业园区管理委员会", zone)).toBe("county-gov");
    expect(inferLevel("苏州工业园区经济发展委员会", zone)).toBe("county-dept");
  });
});
