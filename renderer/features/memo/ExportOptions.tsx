import type { ReactNode } from "react";
import type { ExportDraft } from "./options.js";

type Props = { draft: ExportDraft; onChange: (d: ExportDraft) => void };

function Radio<K extends keyof ExportDraft>({
  draft,
  onChange,
  field,
  value,
  disabled,
  children,
}: Props & { field: K; value: ExportDraft[K]; disabled?: boolean; children: ReactNode }) {
  return (
    <label className={disabled ? "is-disabled" : ""}>
      <input
        type="radio"
        name={String(field)}
        checked={draft[field] === value}
        disabled={disabled}
        onChange={() => onChange({ ...draft, [field]: value })}
      />
      {children}
    </label>
  );
}

function Check({
  draft,
  onChange,
  field,
  children,
}: Props & { field: "includeDismissed" | "docx" | "xlsx" | "round"; children: ReactNode }) {
  return (
    <label>
      <input
        type="checkbox"
        checked={draft[field]}
        onChange={(e) => onChange({ ...draft, [field]: e.target.checked })}
      />
      {children}
    </label>
  );
}

/** Which findings, how many memos, the memo's fields and which files. */
export function ExportOptions(p: Props) {
  const { draft, onChange } = p;
  const one = draft.reportIds.length <= 1;
  const text = (field: "addressee" | "office", label: string, placeholder: string) => (
    <label className="nb-export-field">
      {label}
      <input
        value={draft[field]}
        maxLength={200}
        placeholder={placeholder}
        onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
      />
    </label>
  );
  return (
    <>
      <fieldset>
        <legend>问题范围</legend>
        <Radio {...p} field="scope" value="confirmed">
          仅已确认的问题
        </Radio>
        <Radio {...p} field="scope" value="open">
          已确认的问题，以及未判定的错误和警告
        </Radio>
        <Check {...p} field="includeDismissed">
          在附件中列出已排除的问题
        </Check>
      </fieldset>
      <fieldset>
        <legend>审核意见</legend>
        <Radio {...p} field="perReport" value={false} disabled={one}>
          合并为一份（含汇总表）
        </Radio>
        <Radio {...p} field="perReport" value={true} disabled={one}>
          每份报告一份
        </Radio>
        <Check {...p} field="round">
          整改复核意见（每份整改后报告一份，列出已整改、未整改和新增的问题）
        </Check>
        {text("addressee", "主送机关", one ? "默认为报告的发布机关" : "默认为「各有关单位」")}
        {text("office", "发文机关署名", "如：××省人民政府办公厅")}
        <label className="nb-export-field">
          成文日期
          <input
            type="date"
            value={draft.date}
            onChange={(e) => onChange({ ...draft, date: e.target.value })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>导出文件</legend>
        <Check {...p} field="docx">
          审核意见（.docx，公文格式）
        </Check>
        <Check {...p} field="xlsx">
          问题清单（.xlsx，每个问题一行，附更正后的表格）
        </Check>
      </fieldset>
    </>
  );
}
