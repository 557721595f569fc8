import { EMPTY_CELL_NAMES as EMPTY, cellName } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";

/**
 * The focused cell when there is nothing printed to show: the report left it empty (未填写), or
 * the reader did not find it in the text (未读到) and the inspector is asked to type it.
 */
export function CellNote() {
  const { state, report } = useWorkbench();
  const id = state.focus?.cell;
  if (!report || !id) return null;
  const printed = report.report.cells[id];
  const name = cellName(id, report.report.template ?? undefined);
  if (!printed)
    return (
      <div className="nb-cellnote nb-cellnote-unread" role="note" data-cell={id}>
        <strong>{EMPTY.unread}</strong>
        {name}：未能在原文中读出此格（不是报告留空）。请对照原文，在表格中填写此格。
      </div>
    );
  if (printed.value === null && printed.span[0] === printed.span[1])
    return (
      <div className="nb-cellnote nb-cellnote-blank" role="note" data-cell={id}>
        <strong>{EMPTY.blank}</strong>
        {name}：报告此格留空。
      </div>
    );
  return null;
}
