import type { CopyView, PairView } from "./links.js";

/** Same agency, consecutive years: whether the figures chain (Y01, Y02). */
export function PairList(p: { pairs: PairView[]; onOpen: (id: string) => void }) {
  return (
    <section className="nb-card" aria-label="同一机关相邻年度">
      <h3>
        同一机关相邻年度 <span className="nb-count">{p.pairs.length}</span>
      </h3>
      {p.pairs.length === 0 ? (
        <p className="nb-muted">本次审核中没有同一机关相邻年度的报告</p>
      ) : (
        <ul className="nb-pairs">
          {p.pairs.map((x) => (
            <li key={`${x.earlier.id}-${x.later.id}`} className={x.breaks ? "is-broken" : ""}>
              <button type="button" className="nb-link" onClick={() => p.onOpen(x.later.id)}>
                {x.agency}
              </button>
              <span className="nb-muted">
                {x.earlier.year}→{x.later.year}
              </span>
              <span className={x.breaks ? "nb-set-error" : "nb-set-ok"}>
                {x.breaks ? `不衔接 ${x.breaks} 处` : "衔接一致"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Reports of different agencies that share a section's words or a table's values (Y03). */
export function CopyList(p: { copies: CopyView[]; onOpen: (id: string) => void }) {
  if (!p.copies.length) return null;
  return (
    <section className="nb-card" aria-label="疑似照抄">
      <h3>
        疑似照抄 <span className="nb-count">{p.copies.length}</span>
      </h3>
      <ul className="nb-copies">
        {p.copies.map((c) => (
          <li key={`${c.a.id}-${c.b.id}`}>
            <button type="button" className="nb-link" onClick={() => p.onOpen(c.a.id)}>
              {c.a.agency} {c.a.year}
            </button>
            <span aria-hidden>≈</span>
            <button type="button" className="nb-link" onClick={() => p.onOpen(c.b.id)}>
              {c.b.agency} {c.b.year}
            </button>
            <span className="nb-muted">{c.what.join("、")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
