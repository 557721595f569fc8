import { useState, type FormEvent } from "react";
import type { Span } from "../../../shared/model/report.js";
import { useWorkbench } from "../../app/context.js";

export interface Selected {
  span: Span;
  quote: string;
  /** Where to show the form, in the scroll container's coordinates. */
  x: number;
  y: number;
}

const QUOTE_MAX = 2000;

/** A remark on the passage the inspector selected in the source text. */
export function SelectionRemark({ selected, onDone }: { selected: Selected; onDone: () => void }) {
  const { actions, report } = useWorkbench();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const style = { left: Math.max(8, selected.x), top: selected.y + 6 };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!report || !text.trim()) return;
    const quote = selected.quote.slice(0, QUOTE_MAX);
    if (
      await actions.addRemark(report.id, { kind: "text", span: selected.span, quote }, text.trim())
    )
      onDone();
  };
  if (!open)
    return (
      <button
        type="button"
        className="nb-sel-button"
        style={style}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(true)}
      >
        ✎ 对所选文字添加备注
      </button>
    );
  return (
    <form className="nb-sel-form" style={style} onSubmit={submit}>
      <blockquote className="nb-quote">
        {selected.quote.length > 120 ? `${selected.quote.slice(0, 120)}…` : selected.quote}
      </blockquote>
      <textarea
        autoFocus
        value={text}
        maxLength={5000}
        placeholder="备注内容，如：此处数字与表三不一致"
        aria-label="备注内容"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      />
      <div className="nb-form-actions">
        <button type="submit" className="nb-primary" disabled={!text.trim()}>
          添加备注
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
      </div>
    </form>
  );
}
