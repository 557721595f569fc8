import { UNKNOWN_AGENCY, type Conclusion, type MemoReport } from "../../../shared/memo/index.js";
import { toggle, type ExportDraft } from "./options.js";

const CLASS: Record<Conclusion, string> = { 通过: "passed", 需整改: "failed", 未审完: "open" };

/** Errors and warnings without a verdict (提示 need none). */
const openErrors = (r: MemoReport) =>
  r.findings.filter((f) => f.status === "open" && f.severity !== "info").length;

/** Which reports go into the export, with how their findings stand. */
export function ReportChoice({
  reports,
  draft,
  onChange,
}: {
  reports: MemoReport[];
  draft: ExportDraft;
  onChange: (d: ExportDraft) => void;
}) {
  const all = reports.length > 0 && draft.reportIds.length === reports.length;
  return (
    <fieldset className="nb-export-reports">
      <legend>
        报告
        <button
          type="button"
          className="nb-link"
          onClick={() => onChange({ ...draft, reportIds: all ? [] : reports.map((r) => r.id) })}
        >
          {all ? "全不选" : "全选"}
        </button>
      </legend>
      <ul>
        {reports.map((r) => (
          <li key={r.id}>
            <label>
              <input
                type="checkbox"
                checked={draft.reportIds.includes(r.id)}
                onChange={(e) =>
                  onChange({ ...draft, reportIds: toggle(draft.reportIds, r.id, e.target.checked) })
                }
              />
              <span className="nb-export-report">
                <span className="nb-export-agency" title={r.fileName}>
                  {r.agency || UNKNOWN_AGENCY} {r.year ?? ""}
                  <span className={`nb-export-conclusion is-${CLASS[r.conclusion]}`}>
                    {r.conclusion}
                  </span>
                </span>
                <span className="nb-export-counts">
                  列入意见 {r.stated} · 未判定 {openErrors(r)} · 非问题 {r.dismissed}
                  {r.misread > 0 && ` · 解析有误 ${r.misread}`}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
