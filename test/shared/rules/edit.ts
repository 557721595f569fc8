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

export const findings = (r: Report, rule: string, options?: CheckOptions) =>
  checkReport(r, options).filter((f) => f.rule === rule);

export const value = (r: Report, id: string): number => {
  const v = r.cells[id]?.value;
  if (typeof v !== "number") throw new Error(`${id} is not a number`);
  return v;
};
