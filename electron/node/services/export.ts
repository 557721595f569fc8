import type { ExportResult, RequestOf } from "../../../shared/ipc/contract.js";
import type { Audit } from "../../../shared/model/audit.js";
import { buildMemos, memoReports, type MemoReport } from "../../../shared/memo/index.js";
import { memoDocx } from "../adapters/memo/docx.js";
import { findingsXlsx } from "../adapters/memo/xlsx.js";
import { stampLines } from "../../../shared/memo/stamp.js";
import { packStamp } from "../../../shared/audit/rule-pack.js";
import { APP_VERSION } from "../version.js";

export type ExportRequest = RequestOf<"audit:export">;

export interface OutFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file name any system accepts: no path separators, reserved or control characters. */
export function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120) || "审核意见";
}

function memoName(r: MemoReport[], perReport: boolean, round: boolean): string {
  const one = r.length === 1 ? r[0] : undefined;
  if (round && one) return `整改复核意见-${one.agency || one.fileName}${one.year ?? ""}`;
  return perReport && one
    ? `审核意见-${one.agency || one.fileName}${one.year ?? ""}`
    : "年报审核意见";
}

/** Names made unique: a second 审核意见-X.docx becomes 审核意见-X（2）.docx. */
function unique(files: OutFile[]): OutFile[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, n);
    return n === 1 ? f : { ...f, name: f.name.replace(/(\.\w+)$/, `（${n}）$1`) };
  });
}

/** The memo(s) and the findings workbook an export asks for. */
export async function exportFiles(audit: Audit, req: ExportRequest): Promise<OutFile[]> {
  if (!audit.reports.some((r) => req.reportIds.includes(r.id)))
    throw new Error("所选的报告不在本次审核中，请刷新后重试");
  const out: OutFile[] = [];
  const memos = req.docx ? buildMemos(audit, { ...req, app: APP_VERSION }) : [];
  if (req.docx && req.round && !memos.length)
    throw new Error("所选报告中没有整改后报告（请先在报告信息中关联整改前的报告）");
  for (const m of memos)
    out.push({
      name: `${safeName(memoName(m.reports, req.perReport, req.round === true))}.docx`,
      mime: DOCX_MIME,
      bytes: await memoDocx(m),
    });
  if (req.xlsx) {
    const reports = memoReports(audit, req.reportIds, req.scope);
    // The pack with the versions: `nianbao check --rules` with it finds the same.
    const [versions = "", ...files] = stampLines(reports, APP_VERSION);
    const about = [versions, packStamp(audit), ...files];
    out.push({
      name: "年报审核问题清单.xlsx",
      mime: XLSX_MIME,
      bytes: await findingsXlsx(reports, audit.reports, about),
    });
  }
  return unique(out);
}

/** The browser mode's delivery: the files go back to the page, which offers them as downloads. */
export async function toDownloads(files: OutFile[]): Promise<ExportResult> {
  return {
    kind: "download",
    files: files.map((f) => ({
      name: f.name,
      mime: f.mime,
      data: Buffer.from(f.bytes).toString("base64"),
    })),
  };
}
