import type { TemplateVersion } from "../../model/report.js";
import type { ReadRow } from "./parts.js";
import { MARK_2019, MARK_2021 } from "./marks.js";

/** Decides the template version from the table shapes and labels, never from the year. */
export function detectVersion(rows: ReadRow[]): TemplateVersion | null {
  let v2019 = 0;
  let v2021 = 0;
  for (const r of rows) {
    if (!r.parts) continue;
    for (const m of r.parts.marks) {
      if (m & MARK_2021) v2021++;
      if (m & MARK_2019) v2019++;
    }
  }
  if (!v2019 && !v2021) return null;
  return v2021 > v2019 ? "2021" : "2019";
}
