import { listRules } from "../../shared/rules/index.js";
import type { Args } from "./args.js";

const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

export function runRules(args: Args): number {
  const rules = listRules();
  if (args.flags.has("--json")) process.stdout.write(JSON.stringify(rules, null, 1) + "\n");
  else
    for (const r of rules)
      process.stdout.write(`${r.id}\t${SEVERITY[r.severity]}\t${r.name}\t${r.description}\n`);
  return 0;
}
