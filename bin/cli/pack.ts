import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { packInForce } from "../../shared/audit/rule-pack.js";
import type { Audit } from "../../shared/model/audit.js";
import type { Level } from "../../shared/model/report.js";
import type { RulePack, SavedRulePack } from "../../shared/model/rule-pack.js";
import { parseRulePack } from "../../shared/rules/index.js";

/** `--rules FILE` for one run: the pack in force and its record (for the workbook's 生成信息). */
export interface PackOverride {
  rules: RulePack;
  rulePack: SavedRulePack;
}

/** Reads `--rules`: invalid entries are said on stderr and skipped, the rest apply. */
export async function loadPack(path: string | undefined): Promise<PackOverride | undefined> {
  if (!path) return undefined;
  let text: string;
  let json: unknown;
  try {
    text = await readFile(path, "utf8");
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    process.stderr.write(
      `规则包 ${path} 无法读取：${e instanceof Error ? e.message : String(e)}\n`,
    );
    return undefined;
  }
  const { pack, errors } = parseRulePack(json);
  for (const err of errors)
    process.stderr.write(`规则包 ${path} 第「${err.path}」项无效 [${err.code}]：${err.message}\n`);
  const at = new Date().toISOString();
  return { rules: pack, rulePack: { fileName: basename(path), text, by: "", at } };
}

/**
 * The audit as a run checks it: under `--rules` when given (in place of the pack saved with the
 * audit, for this run only), and with `--level` standing for each report's, as if set by hand.
 * A saved pack this version no longer accepts is said on stderr; the catalog applies.
 */
export function underOptions(
  audit: Audit,
  override: PackOverride | undefined,
  level: Level | undefined,
): Audit {
  const reports = level
    ? audit.reports.map((r) => ({ ...r, meta: { ...r.meta, level } }))
    : audit.reports;
  if (override) return { ...audit, reports, ...override };
  const { problem } = packInForce(audit.rulePack);
  if (problem) {
    process.stderr.write(`[${problem.code}] ${problem.message}（${audit.rulePack?.fileName}）\n`);
    for (const e of problem.errors)
      process.stderr.write(`  ${e.path ? `「${e.path}」` : ""}[${e.code}] ${e.message}\n`);
  }
  return { ...audit, reports };
}
