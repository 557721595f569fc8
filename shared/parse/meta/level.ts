import type { Level } from "../../model/report.js";

// rules.md: level from the issuing body. 设区的市 and above may make 规章 (立法法 art. 93).
const DEPT = /(?:局|委员会|委|办公室|办公厅|办|中心|所|厅|院|队|站|处|管委会|管理委员会|公司|部)$/u;

// Words that contain a place character but name no place (城市管理, 市场监督, 社区, 园区 …).
const NOT_PLACE =
  /城市(?=管理|建设|规划|综合|执法|更新|服务|运行)|市场|市政|城乡|乡村|区域|社区|园区|景区|街道办/gu;

function placeLevel(name: string): "province" | "city" | "county" | "township" | null {
  const places = [
    ...name.replace(NOT_PLACE, "＿＿").matchAll(/(省|自治区|市|州|盟|县|区|旗|镇|乡|街道)/gu),
  ];
  const p = places[places.length - 1]?.[1];
  if (!p) return null;
  if (p === "省" || p === "自治区") return "province";
  if (p === "市" || p === "州" || p === "盟") return "city";
  if (p === "镇" || p === "乡" || p === "街道") return "township";
  return "county";
}

/** Infers the administrative level of the issuing body from its name. */
export function inferLevel(agency: string): Level {
  const name = agency.replace(/\s+/g, "");
  if (/(镇|乡|街道)(人民政府|办事处)?$/u.test(name)) return "township";
  const gov = /^(.*?)(人民政府|政府)$/u.exec(name);
  if (gov) {
    const place = gov[1] ?? "";
    if (/(省|自治区)$/u.test(place)) return "province";
    if (/(县|区|旗)$/u.test(place)) return "county-gov";
    if (/(市|州|盟)$/u.test(place)) return "city-gov";
    return "other";
  }
  if (!DEPT.test(name)) return "other";
  const lv = placeLevel(name);
  if (lv === "province") return "province";
  if (lv === "city") return "city-dept";
  if (lv === "county") return "county-dept";
  if (lv === "township") return "township";
  return "other";
}
