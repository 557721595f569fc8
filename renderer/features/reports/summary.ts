import type { AuditReport } from "../../../shared/model/audit.js";
import type { Level, TemplateVersion } from "../../../shared/model/report.js";
import type { Severity } from "../../../shared/model/finding.js";
import { LEVEL_NAMES } from "../../../shared/messages/index.js";
import type { ReportChecks } from "../../app/checks.js";

export interface ReportSummary {
  id: string;
  agency: string;
  year: number | null;
  template: TemplateVersion | null;
  level: Level;
  levelName: string;
  fileName: string;
  counts: Record<Severity, number>;
  reviewed: number;
  total: number;
  corrections: number;
  /** The rules have run on it (its counts are known). */
  checked: boolean;
}

/** One line of the report list, with the inspector's metadata over what was read. */
export function summarize(r: AuditReport, checks: ReportChecks | undefined): ReportSummary {
  const level = r.meta.level ?? r.report.level;
  const findings = checks?.findings.length ?? 0;
  return {
    id: r.id,
    agency: r.meta.agency ?? (r.report.agency || "（未识别发布机关）"),
    year: r.meta.year ?? r.report.year,
    template: r.report.template,
    level,
    levelName: LEVEL_NAMES[level],
    fileName: r.fileName,
    counts: checks?.counts ?? { error: 0, warning: 0, info: 0 },
    reviewed: checks?.reviewed ?? 0,
    total: findings,
    corrections: Object.keys(r.corrections).length,
    checked: checks !== undefined,
  };
}

type Item = ReportSummary & { showFile: boolean };

function sameItem(a: Item, b: Item): boolean {
  const keys = Object.keys(a) as (keyof Item)[];
  return keys.every((k) =>
    k === "counts"
      ? a.counts.error === b.counts.error &&
        a.counts.warning === b.counts.warning &&
        a.counts.info === b.counts.info
      : a[k] === b[k],
  );
}

/**
 * The list's items, each unchanged one the very object it was (by id): the memoised lines of a
 * large audit are not drawn again when an import adds reports to it.
 */
export function keepUnchanged(prev: ReadonlyMap<string, Item>, next: readonly Item[]): Item[] {
  return next.map((i) => {
    const o = prev.get(i.id);
    return o && sameItem(o, i) ? o : i;
  });
}
