import { useState, type FormEvent } from "react";
import { EMPTY_CELL_NAMES as EMPTY, cellName } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { showValue } from "./input.js";

/** A cell the reader did not find: the inspector is asked to type what the page prints. */
function FillUnread({
  id,
  onEdit,
  compact,
}: {
  id: string;
  onEdit: (id: string, raw: unknown) => boolean;
  compact: boolean;
}) {
  const [text, setText] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() && onEdit(id, text)) setText("");
  };
  return (
    <form className="nb-fill" onSubmit={submit}>
      {compact ? (
        <span title="未能从原文读出此格（不是报告留空），请对照原文填写">请对照原文填写：</span>
      ) : (
        <span>未能从原文读出此格（不是报告留空），请对照原文填写：</span>
      )}
      <input
        value={text}
        aria-label="填写原文数值"
        placeholder="原文数值"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">填写</button>
    </form>
  );
}

/** The selected cell: its name, printed and corrected value, and 恢复原值. */
export function CellBar({
  onEdit,
  compact = false,
}: {
  onEdit: (id: string, raw: unknown) => boolean;
  /** In the tabs' line of a short window: the hint folds into one short line. */
  compact?: boolean;
}) {
  const { state, actions, report } = useWorkbench();
  const id = state.focus?.cell;
  const cls = `nb-cellbar${compact ? " is-compact" : ""}`;
  if (!report || !id)
    return compact ? (
      <div
        className={`${cls} nb-muted`}
        title="单击单元格查看原文位置；双击或直接输入可更正数值（原值保留）；Ctrl+Z 撤销，Ctrl+Shift+Z 重做。"
      >
        单击查看原文，双击更正；Ctrl+Z 撤销
      </div>
    ) : (
      <div className="nb-cellbar nb-muted">
        单击单元格查看原文位置；双击或直接输入可更正数值（原值保留）；Ctrl+Z 撤销，Ctrl+Shift+Z
        重做。
      </div>
    );
  const printed = report.report.cells[id];
  const corr = report.corrections[id];
  const signed = id.endsWith(".change");
  return (
    <div className={cls} data-testid="cellbar">
      <strong>{cellName(id, report.report.template ?? undefined)}</strong>
      <span>
        原值：
        {printed ? (
          printed.value === null ? (
            <em className="nb-empty-blank">{EMPTY.blank}</em>
          ) : (
            <code>{printed.text || showValue(printed.value, signed)}</code>
          )
        ) : (
          <em className="nb-empty-unread">{EMPTY.unread}</em>
        )}
      </span>
      {!printed && !corr && <FillUnread key={id} id={id} onEdit={onEdit} compact={compact} />}
      {corr && (
        <>
          <span className="nb-corrected">
            更正为：<code>{corr.value === null ? EMPTY.blank : showValue(corr.value, signed)}</code>
          </span>
          <span className="nb-muted">
            {corr.by} {stamp(corr.at)}
          </span>
          <button
            type="button"
            className="nb-link"
            onClick={() => void actions.setCorrection(report.id, id, null, true)}
          >
            恢复原值
          </button>
        </>
      )}
    </div>
  );
}
