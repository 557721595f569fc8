/**
 * What a label key tells the region splitter and the version detector, worked out once per key
 * (as a bit set): the words that open a table's region, and the 2019/2021 template marks.
 */

/** Opens table 二's region: 第二十条第（一）项 … */
export const OPENS_T2 = 1;
/** Opens table 三's region: 申请人情况, 本年新收…申请数量, the 勾稽关系 note. */
export const OPENS_T3 = 2;
/** With LAWSUIT, opens table 四's region. */
export const REVIEW = 4;
export const LAWSUIT = 8;
/** Names a row or column only the 2021 (2019) template has. */
export const MARK_2021 = 16;
export const MARK_2019 = 32;

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

export function keyMarks(k: string): number {
  let m = 0;
  if (k.startsWith("第二十条第")) m |= OPENS_T2;
  if (k === "申请人情况" || k.includes("勾稽关系") || k === "本年新收政府信息公开申请数量")
    m |= OPENS_T3;
  if (k.startsWith("行政复议")) m |= REVIEW;
  if (k.startsWith("行政诉讼") || k === "结果维持") m |= LAWSUIT;
  if (k.length >= 4 && ANY_MARK.test(k)) {
    if (MARKS_2021.some((w) => k.includes(w))) m |= MARK_2021;
    if (MARKS_2019.some((w) => k.includes(w))) m |= MARK_2019;
  }
  return m;
}
