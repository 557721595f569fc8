import type { Remark } from "../../../shared/model/audit.js";
import { useWorkbench } from "../../app/context.js";
import { focusOn } from "../../app/focus.js";
import { stamp } from "../../app/format.js";
import { RemarkForm } from "./RemarkForm.js";
import { targetLabel } from "./remarks.js";

/** The inspector's remarks on this report, its cells and passages of its text. */
export function RemarksPane() {
  const { dispatch, actions, report } = useWorkbench();
  if (!report) return null;
  const template = report.report.template ?? undefined;
  const show = (r: Remark) => {
    const t = r.target;
    if (t.kind === "cell")
      dispatch(focusOn({ cell: t.cell, span: report.report.cells[t.cell]?.span ?? null }));
    if (t.kind === "text") dispatch(focusOn({ span: t.span }));
  };
  return (
    <div className="nb-remarks">
      <RemarkForm />
      {report.remarks.length === 0 ? (
        <div className="nb-empty-note">
          尚无备注。可在上方为整份报告或所选单元格添加备注，也可在原文中选中文字后添加。
        </div>
      ) : (
        <ul className="nb-remark-list" aria-label="备注列表">
          {report.remarks.map((r) => (
            <li key={r.id} className={`nb-remark nb-remark-${r.target.kind}`}>
              <button
                type="button"
                className="nb-remark-target nb-link"
                disabled={r.target.kind === "report"}
                onClick={() => show(r)}
              >
                {targetLabel(r.target, template)}
              </button>
              <div className="nb-remark-text">{r.text}</div>
              <div className="nb-remark-foot">
                <span className="nb-muted">
                  {r.by} · {stamp(r.at)}
                </span>
                <button
                  type="button"
                  className="nb-link nb-danger-link"
                  aria-label="删除备注"
                  onClick={() => void actions.deleteRemark(report.id, r.id)}
                >
                  删除
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
