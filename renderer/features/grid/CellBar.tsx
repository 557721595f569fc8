import { cellName } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { showValue } from "./input.js";

/** The selected cell: its name, printed and corrected value, and 恢复原值. */
export function CellBar() {
  const { state, actions, report } = useWorkbench();
  const id = state.focus?.cell;
  if (!report || !id)
    return (
      <div className="nb-cellbar nb-muted">
        单击单元格查看原文位置；双击或直接输入可更正数值（原值保留）。
      </div>
    );
  const printed = report.report.cells[id];
  const corr = report.corrections[id];
  const signed = id.endsWith(".change");
  return (
    <div className="nb-cellbar" data-testid="cellbar">
      <strong>{cellName(id, report.report.template ?? undefined)}</strong>
      <span>
        原值：
        {printed ? (
          printed.value === null ? (
            <em>空白</em>
          ) : (
            <code>{printed.text || showValue(printed.value, signed)}</code>
          )
        ) : (
          <em>未读到</em>
        )}
      </span>
      {corr && (
        <>
          <span className="nb-corrected">
            更正为：<code>{corr.value === null ? "空白" : showValue(corr.value, signed)}</code>
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
