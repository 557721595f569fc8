import type { CellValue, Report } from "../../../shared/model/report.js";
import { checkReport } from "../../../shared/rules/index.js";
import type { CheckOptions } from "../../../shared/rules/index.js";

/** The report with some cells set to other printed values (text = the value, as printed). */
export function edit(
  r: Report,
  values: Record<string, CellValue>,
  texts: Record<string, string> = {},
): Report {
  const cells = { ...r.cells };
  for (const [id, value] of Object.entries(values)) {
    const span = r.cells[id]?.span ?? ([0, 0] as const);
    cells[id] = { value, text: texts[id] ?? (value === null ? "" : String(value)), span };
  }
  return { ...r, cells };
}

/** 2019 table 二 with 行政处罚 printed as a copy of 行政许可 (8, +1, 56): a D02 case. */
export const copiedRows = (r: Report): Report =>
  edit(r, {
    ...{ "t2.license.prev": 8, "t2.license.change": 1, "t2.license.decisions": 56 },
    ...{ "t2.penalty.prev": 8, "t2.penalty.change": 1, "t2.penalty.decisions": 56 },
  });

export const findings = (r: Report, rule: string, options?: CheckOptions) =>
  checkReport(r, options).filter((f) => f.rule === rule);

export const value = (r: Report, id: string): number => {
  const v = r.cells[id]?.value;
  if (typeof v !== "number") throw new Error(`${id} is not a number`);
  return v;
};
