import type { Finding, Severity } from "../../../shared/model/finding.js";
import { useWorkbench } from "../../app/context.js";
import { filterOpen, filterRule, toggleSeverity } from "../../app/filter.js";
import { SeverityIcon } from "../../ui/Severity.js";
import { SEVERITY_NAMES } from "../../../shared/messages/index.js";
import { ruleOptions } from "./filters.js";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function FindingFilters({ findings }: { findings: readonly Finding[] }) {
  const { state, dispatch } = useWorkbench();
  const f = state.filter;
  const rules = ruleOptions(findings);
  if (f.rule && !rules.some((r) => r.rule === f.rule)) rules.push({ rule: f.rule, name: "", n: 0 });
  return (
    <div className="nb-filters" role="group" aria-label="筛选问题">
      {SEVERITIES.map((s) => {
        const n = findings.filter((x) => x.severity === s).length;
        return (
          <label key={s} className={`nb-chip${f.severities.includes(s) ? " is-on" : ""}`}>
            <input
              type="checkbox"
              checked={f.severities.includes(s)}
              onChange={() => dispatch(toggleSeverity(s))}
            />
            <SeverityIcon severity={s} />
            {SEVERITY_NAMES[s]} {n}
          </label>
        );
      })}
      <select
        aria-label="按规则筛选"
        value={f.rule ?? ""}
        onChange={(e) => dispatch(filterRule(e.target.value || null))}
      >
        <option value="">全部规则</option>
        {rules.map((r) => (
          <option key={r.rule} value={r.rule}>
            {r.rule} {r.name}（{r.n}）
          </option>
        ))}
      </select>
      <label className="nb-check">
        <input
          type="checkbox"
          checked={f.open}
          onChange={(e) => dispatch(filterOpen(e.target.checked))}
        />
        只看未审
      </label>
    </div>
  );
}
