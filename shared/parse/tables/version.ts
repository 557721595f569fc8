import type { TemplateVersion } from "../../model/report.js";
import type { ReadRow } from "./parts.js";

// template.md: 2021 has 本年制发件数/本年废止件数/现行有效件数, no 第二十条第（九）项, and splits
// （六）其他处理 into three rows; 2019 has 本年新制作数量/上一年项目数量 and 政府集中采购.
const MARKS_2021 = [
  "本年制发件数",
  "本年废止件数",
  "现行有效件数",
  "本年收费金额",
  "逾期不补正",
  "逾期未按收费通知",
];
const MARKS_2019 = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "本年增减",
  "政府集中采购",
  "采购项目数量",
];

/** Any of the marks (plain words, no pattern characters): most labels are none of them. */
const ANY_MARK = new RegExp([...MARKS_2021, ...MARKS_2019].join("|"), "u");

/** Decides the template version from the table shapes and labels, never from the year. */
export function detectVersion(rows: ReadRow[]): TemplateVersion | null {
  let v2019 = 0;
  let v2021 = 0;
  for (const r of rows) {
    if (!r.parts) continue;
    for (const k of r.parts.keys) {
      if (k.length < 4 || !ANY_MARK.test(k)) continue;
      if (MARKS_2021.some((m) => k.includes(m))) v2021++;
      if (MARKS_2019.some((m) => k.includes(m))) v2019++;
    }
  }
  if (!v2019 && !v2021) return null;
  return v2021 > v2019 ? "2021" : "2019";
}
