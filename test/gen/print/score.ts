import type { Report } from "../../../shared/model/report.js";
import type { Finding } from "../../../shared/model/finding.js";
import { checkReport } from "../../../shared/rules/index.js";
import type { CellMap } from "../tables-grid.js";

/** How a read of a printed page compares with the cells the page prints. */
export interface PrintScore {
  same: number;
  /** Cells the reader left unknown (S10 names them). */
  missing: number;
  /** Cells read with another value, or blank when they are not: the outcome that must not be. */
  wrong: string[];
  /** Warnings and errors the page itself does not deserve (S10 aside: it says what is unread). */
  alarms: string[];
}

const key = (f: Finding) => `${f.rule} ${f.code} ${[...f.cells].sort().join(",")}`;

/** Compares a read with the truth, and its findings with those of the page read as saved. */
export function scorePrint(truth: CellMap, got: Report | null, page: Report | null): PrintScore {
  const cells = got?.cells ?? {};
  const s: PrintScore = { same: 0, missing: 0, wrong: [], alarms: [] };
  for (const [id, v] of Object.entries(truth)) {
    const c = cells[id];
    if (!c || c.value === undefined) s.missing++;
    else if (c.value === v) s.same++;
    else s.wrong.push(`${id}: ${String(v)} read ${String(c.value)}`);
  }
  if (got) {
    const found = page ? checkReport(page) : [];
    const deserved = new Set(found.map(key));
    // C01 on cells the page's own C01 names too (blank cells, grouped otherwise where a row
    // between them is unread) is the page's, not an alarm.
    const onCell = new Set(found.flatMap((f) => f.cells.map((c) => `${f.rule} ${f.code} ${c}`)));
    const covered = (f: Finding) =>
      f.rule === "C01" &&
      f.cells.length > 0 &&
      f.cells.every((c) => onCell.has(`${f.rule} ${f.code} ${c}`));
    for (const f of checkReport(got))
      if (f.severity !== "info" && f.rule !== "S10" && !deserved.has(key(f)) && !covered(f))
        s.alarms.push(`${f.rule} ${JSON.stringify(f.params)}`);
  }
  return s;
}
