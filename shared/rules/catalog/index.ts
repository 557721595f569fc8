import { ARITHMETIC_RULES } from "./arithmetic.js";
import { CELL_RULES } from "./cells.js";
import { DOMAIN_RULES } from "./domain.js";
import { NARRATIVE_RULES } from "./narrative.js";
import { SCAN_RULES } from "./scan.js";
import { STRUCTURE_RULES } from "./structure.js";
import type { RuleInstance } from "../types.js";

/** The bundled rule catalog (rules.md), in the order findings are listed. */
export const RULE_CATALOG: readonly RuleInstance[] = [
  ...STRUCTURE_RULES,
  ...CELL_RULES,
  ...ARITHMETIC_RULES,
  ...DOMAIN_RULES,
  ...NARRATIVE_RULES,
  ...SCAN_RULES,
];

export const RULES_VERSION = "1.0.0";
