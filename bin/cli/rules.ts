import { listRules } from "../../shared/rules/index.js";
import { SEVERITY_NAMES } from "../../shared/messages/labels.js";
import type { Args } from "./args.js";

export function runRules(args: Args): number {
  const rules = listRules();
  if (args.flags.has("--json")) process.stdout.write(JSON.stringify(rules, null, 1) + "\n");
  else
    for (const r of rules)
      process.stdout.write(`${r.id}\t${SEVERITY_NAMES[r.severity]}\t${r.name}\t${r.description}\n`);
  return 0;
}
