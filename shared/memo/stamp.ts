import { RULES_VERSION } from "../rules/catalog/index.js";
import type { MemoReport } from "./types.js";

/**
 * The reproducibility stamp: with the same nianbao and rule catalog, `nianbao check` on files
 * with these SHA-256 sums gives the same findings.
 */
export function stampLines(reports: readonly MemoReport[], app = ""): string[] {
  return [
    `生成：年报审核工作台 nianbao ${app || "（版本未记录）"}，审核规则目录 ${RULES_VERSION}`,
    ...reports.map((r) => `${r.fileName}  SHA-256 ${r.sha256}`),
  ];
}
