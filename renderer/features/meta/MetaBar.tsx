import { useState } from "react";
import { FORMAT_NAMES, LEVEL_NAMES, TEMPLATE_NAMES } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";
import { MetaForm } from "./MetaForm.js";
import { ReviewBar } from "../history/ReviewBar.js";
import { RoundBar } from "../rectify/RoundBar.js";
import { ReaderNotes } from "../../ui/ReaderNotes.js";

/** The report's metadata at the head of the source pane, editable where the rules depend on it. */
export function MetaBar() {
  const { report } = useWorkbench();
  const [editing, setEditing] = useState(false);
  if (!report) return null;
  const r = report.report;
  const m = report.meta;
  const level = m.level ?? r.level;
  const year = m.year ?? r.year;
  const overridden = (k: keyof typeof m) => (m[k] !== undefined ? " is-overridden" : "");
  return (
    <div className="nb-meta">
      <div className="nb-meta-title" title={r.title}>
        <span className={`nb-meta-agency${overridden("agency")}`}>
          {m.agency ?? (r.agency || "（未识别发布机关）")}
        </span>
        <span className={overridden("year")}>{year ? `${year}年度` : "年度不详"}</span>
        <button
          type="button"
          className="nb-link"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
        >
          {editing ? "收起" : "编辑报告信息"}
        </button>
      </div>
      <dl className="nb-meta-facts">
        <dt>层级</dt>
        <dd className={overridden("level")}>{LEVEL_NAMES[level]}</dd>
        <dt>模板</dt>
        <dd>{r.template ? TEMPLATE_NAMES[r.template] : "未能识别"}</dd>
        <dt>落款</dt>
        <dd>{r.published ?? "未找到落款日期"}</dd>
        <dt>文件</dt>
        <dd title={report.fileName}>
          {report.fileName}（{FORMAT_NAMES[report.format]}）
        </dd>
      </dl>
      <ReviewBar />
      <RoundBar />
      <ReaderNotes messages={r.messages} />
      {editing && <MetaForm report={report} onClose={() => setEditing(false)} />}
    </div>
  );
}
