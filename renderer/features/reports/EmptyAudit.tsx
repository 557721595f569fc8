import { ImportBar } from "./ImportBar.js";

/** The audit holds no report yet: how to bring some in. */
export function EmptyAudit() {
  return (
    <section className="nb-empty">
      <div className="nb-empty-card">
        <h2>审核中还没有报告</h2>
        <p>
          导入各地区、各部门的政府信息公开工作年度报告（.txt、.docx、.doc、.wps、.pdf，或保存的网页
          .html、.mhtml），工作台将读取表二、表三、表四并按规则逐项检查。
        </p>
        <p className="nb-muted">可一次选择多个文件或整个文件夹，也可直接将文件拖入窗口。</p>
        <ImportBar />
      </div>
    </section>
  );
}
