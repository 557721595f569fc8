import { SEVERITY_NAMES } from "../../../shared/messages/index.js";
import type { AgencyRank } from "./ranking.js";

/** Agencies with most problems first; a click opens the agency's worst report. */
export function AgencyRanking(p: { ranks: AgencyRank[]; onOpen: (id: string) => void }) {
  const top = p.ranks.slice(0, 10);
  return (
    <section className="nb-card" aria-label="机关问题排名">
      <h3>问题最多的机关</h3>
      {top.length === 0 ? (
        <p className="nb-muted">没有错误或警告</p>
      ) : (
        <ol className="nb-rank">
          {top.map((a) => (
            <li key={a.agency}>
              <button type="button" className="nb-link" onClick={() => p.onOpen(a.worst)}>
                {a.agency}
              </button>
              <span className="nb-rank-counts">
                <span className="nb-set-error">
                  {SEVERITY_NAMES.error} {a.errors}
                </span>
                <span className="nb-set-warning">
                  {SEVERITY_NAMES.warning} {a.warnings}
                </span>
                {a.reports > 1 && <span className="nb-muted">{a.reports} 份</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
