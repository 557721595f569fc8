// `npm run deps`: the boundaries of .dependency-cruiser.mjs over the product code.
// dependency-cruiser's own baseline (--ignore-known) skips folder-scope rules, so the folder
// cycles known today (.dependency-cruiser-known-violations.json) are set aside here; a new one fails.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cruise } from "dependency-cruiser";
import config from "../.dependency-cruiser.mjs";

export const ROOTS = ["shared", "electron", "renderer", "bin", "scripts"];
const KNOWN = new URL("../.dependency-cruiser-known-violations.json", import.meta.url);

const cycleKey = (v) => `${v.rule.name} ${v.from} ${(v.cycle ?? []).map((c) => c.name).join(">")}`;

/** Every broken boundary under `roots` (relative to `baseDir`), as "rule: from → to" lines. */
export async function checkBoundaries(roots = ROOTS, baseDir = process.cwd(), known = []) {
  const { output } = await cruise(roots, {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    baseDir,
  });
  const tolerated = new Set(known.map(cycleKey));
  return output.summary.violations
    .filter((v) => !tolerated.has(cycleKey(v)))
    .map(
      (v) =>
        `${v.rule.name}: ${v.from} → ${v.cycle ? v.cycle.map((c) => c.name).join(" → ") : v.to}`,
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const known = JSON.parse(readFileSync(KNOWN, "utf8"));
  const broken = await checkBoundaries(ROOTS, process.cwd(), known);
  for (const line of broken) console.error(line);
  console.log(broken.length ? `${broken.length} broken boundaries` : "boundaries hold");
  process.exitCode = broken.length ? 1 : 0;
}
