import type { Severity } from "../../../shared/model/finding.js";
import { SEVERITY_NAMES } from "../../../shared/messages/index.js";
import type { FamilyCount } from "./families.js";

const ORDER: Severity[] = ["error", "warning", "info"];

/** Findings per rule family across the set, as bars split by severity (CSS, no chart library). */
export function FamilyChart({ families }: { families: FamilyCount[] }) {
  const max = Math.max(1, ...families.map((f) => f.findings));
  return (
    <section className="nb-card" aria-label="各类规则问题数">
      <h3>问题最多的规则类别</h3>
      <ul className="nb-bars">
        {families.map((f) => (
          <li key={f.id} className="nb-bar-row" data-family={f.id}>
            <span className="nb-bar-label">
              <b>{f.id}</b> {f.name}
            </span>
            <span className="nb-bar-track" title={`${f.reports} 份报告`}>
              {ORDER.map((s) =>
                f.bySeverity[s] ? (
                  <span
                    key={s}
                    className={`nb-bar nb-bar-${s}`}
                    style={{ width: `${(100 * f.bySeverity[s]) / max}%` }}
                    title={`${SEVERITY_NAMES[s]} ${f.bySeverity[s]}`}
                  />
                ) : null,
              )}
            </span>
            <span className="nb-bar-value">{f.findings}</span>
          </li>
        ))}
      </ul>
      <div className="nb-legend">
        {ORDER.map((s) => (
          <span key={s}>
            <i className={`nb-bar-${s}`} /> {SEVERITY_NAMES[s]}
          </span>
        ))}
      </div>
    </section>
  );
}
