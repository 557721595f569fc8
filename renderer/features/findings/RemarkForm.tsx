import { useState, type FormEvent } from "react";
import { cellName } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";

/** A remark on the whole report or on the cell selected in the grid. */
export function RemarkForm() {
  const { state, actions, report } = useWorkbench();
  const cell = state.focus?.cell ?? null;
  const [onCell, setOnCell] = useState(false);
  const [text, setText] = useState("");
  if (!report) return null;
  const target = onCell && cell ? ({ kind: "cell", cell } as const) : ({ kind: "report" } as const);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() && (await actions.addRemark(report.id, target, text.trim()))) setText("");
  };
  return (
    <form className="nb-remark-form" onSubmit={submit}>
      <div className="nb-remark-targets" role="radiogroup" aria-label="备注对象">
        <label>
          <input type="radio" checked={!onCell || !cell} onChange={() => setOnCell(false)} />
          整份报告
        </label>
        <label className={cell ? "" : "nb-muted"} title={cell ? "" : "先在表格中单击一个单元格"}>
          <input
            type="radio"
            checked={onCell && !!cell}
            disabled={!cell}
            onChange={() => setOnCell(true)}
          />
          所选单元格
          {cell ? ` ${cellName(cell, report.report.template ?? undefined)}` : "（未选择）"}
        </label>
      </div>
      <div className="nb-remark-input">
        <textarea
          value={text}
          rows={2}
          maxLength={5000}
          aria-label="新备注"
          placeholder="输入备注，Ctrl+Enter 添加"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && void submit(e)}
        />
        <button type="submit" className="nb-primary" disabled={!text.trim()}>
          添加备注
        </button>
      </div>
    </form>
  );
}
