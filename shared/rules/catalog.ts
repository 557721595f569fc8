import { ARITHMETIC_RULES } from "./catalog/arithmetic.js";
import { CELL_RULES } from "./catalog/cells.js";
import { DOMAIN_RULES } from "./catalog/domain.js";
import { NARRATIVE_RULES } from "./catalog/narrative.js";
import { SCAN_RULES } from "./catalog/scan.js";
import { STRUCTURE_RULES } from "./catalog/structure.js";
import type { RuleInstance } from "./types.js";

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
