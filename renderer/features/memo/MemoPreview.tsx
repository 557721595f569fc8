import type { Memo, MemoBlock } from "../../../shared/memo/index.js";

function Block({ b }: { b: MemoBlock }) {
  if (b.kind === "heading") return <p className={`nb-memo-h${b.level}`}>{b.text}</p>;
  if (b.kind === "paragraph") return <p>{b.text}</p>;
  if (b.kind === "item")
    return (
      <p className="nb-memo-item">
        {b.number}．{b.text}
        {b.details.join("")}
      </p>
    );
  return (
    <table className="nb-memo-table">
      <thead>
        <tr>
          {b.columns.map((c) => (
            <th key={c}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {b.rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The memo's text laid out as the .docx will lay it out: title, addressee, body, signature. */
export function MemoPreview({ memo }: { memo: Memo }) {
  return (
    <article className="nb-memo-paper" data-testid="memo-preview">
      <h3 className="nb-memo-title">{memo.title}</h3>
      <p className="nb-memo-to">{memo.addressee}：</p>
      {memo.body.map((b, i) => (
        <Block key={i} b={b} />
      ))}
      {memo.attachment && <p>附件：{memo.attachment.title}</p>}
      {memo.office && <p className="nb-memo-sign">{memo.office}</p>}
      <p className="nb-memo-sign">{memo.date}</p>
      {memo.attachment && (
        <section className="nb-memo-attachment">
          <p className="nb-memo-h1">附件</p>
          <h3 className="nb-memo-title">{memo.attachment.title}</h3>
          {memo.attachment.body.map((b, i) => (
            <Block key={i} b={b} />
          ))}
        </section>
      )}
    </article>
  );
}
