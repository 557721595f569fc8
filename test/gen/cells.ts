import type { Level, TemplateVersion } from "../../shared/model/report.js";
import { T3_COLUMNS, T3_ROWS } from "../../shared/templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../shared/templates/table4.js";
import type { Random } from "./random.js";

export type Values = Record<string, number>;

const APPLICANTS = T3_COLUMNS.map((c) => c.key).filter((k) => k !== "total");
const MAKES_REGULATIONS: readonly Level[] = ["province", "city-gov"];

/** Distinct rows: regenerate until no two rows repeat (D02 would fire). */
function distinct(n: number, make: () => number[]): number[][] {
  for (;;) {
    const rows = Array.from({ length: n }, make);
    if (new Set(rows.map((r) => r.join("|"))).size === n) return rows;
  }
}

function table2(rng: Random, v: TemplateVersion, level: Level, out: Values): void {
  const canMake = MAKES_REGULATIONS.includes(level);
  const docs = distinct(2, () => {
    const a = rng.count(30);
    const b = rng.count(30);
    return v === "2019" ? [a, a, a + b + rng.int(0, 200)] : [a, b, a + rng.int(0, 300)];
  });
  const cols = v === "2019" ? ["made", "published", "total"] : ["issued", "repealed", "valid"];
  ["regulation", "normative"].forEach((row, i) =>
    cols.forEach(
      (c, j) =>
        (out[`t2.${row}.${c}`] = row === "regulation" && !canMake ? 0 : (docs[i]?.[j] ?? 0)),
    ),
  );
  if (v === "2019") {
    const rows = ["license", "otherService", "penalty", "enforcement"];
    const vals = distinct(4, () => {
      const prev = rng.int(0, 400);
      return [prev, rng.int(-prev, 80), rng.int(0, 9000)];
    });
    rows.forEach((r, i) =>
      ["prev", "change", "decisions"].forEach((c, j) => (out[`t2.${r}.${c}`] = vals[i]?.[j] ?? 0)),
    );
    out["t2.fee.prev"] = rng.int(0, 40);
    out["t2.fee.change"] = rng.int(-(out["t2.fee.prev"] ?? 0), 5);
    out["t2.procurement.count"] = rng.int(0, 300);
    out["t2.procurement.amount"] = rng.int(0, 5_000_000) / 100;
  } else {
    const vals = distinct(3, () => [rng.int(0, 9000)]);
    ["license", "penalty", "enforcement"].forEach(
      (r, i) => (out[`t2.${r}.decisions`] = vals[i]?.[0] ?? 0),
    );
    out["t2.fee.amount"] = rng.int(0, 1_000_000) / 10_000;
  }
}

/** Leaf rows repeating with three nonzero applicants (D02 info): generate again. */
function repeats(rows: Map<string, number[]>, results: string[]): boolean {
  const keys = results.map((k) => rows.get(k)?.join("|"));
  return results.some(
    (k, i) => (rows.get(k) ?? []).filter((x) => x).length >= 3 && keys.indexOf(keys[i]) !== i,
  );
}

/** Table 三: every column balances (A01, A02), every row sums to 总计 (A03). */
function table3(rng: Random, v: TemplateVersion, out: Values): void {
  const results = T3_ROWS[v].filter((r) => r.result).map((r) => r.key);
  const keys = ["new", "carried", ...results, "total", "carryOver"];
  let rows = new Map<string, number[]>();
  const add = (key: string, c: number, n: number) => {
    const row = rows.get(key) ?? APPLICANTS.map(() => 0);
    row[c] = (row[c] ?? 0) + n;
    rows.set(key, row);
  };
  do {
    rows = new Map(keys.map((k) => [k, APPLICANTS.map(() => 0)]));
    APPLICANTS.forEach((_, c) => {
      const received = rng.count(40);
      const carried = rng.count(5);
      const carryOver = rng.int(0, Math.min(5, received + carried));
      const handled = received + carried - carryOver;
      add("new", c, received);
      add("carried", c, carried);
      add("carryOver", c, carryOver);
      add("total", c, handled);
      for (let k = 0; k < handled; k++) add(rng.chance(0.5) ? "granted" : rng.pick(results), c, 1);
    });
  } while (repeats(rows, results));
  for (const [key, vals] of rows) {
    APPLICANTS.forEach((c, i) => (out[`t3.${key}.${c}`] = vals[i] ?? 0));
    out[`t3.${key}.total`] = vals.reduce((a, b) => a + b, 0);
  }
}

/** Table 四: each group's outcomes add up to its 总计 (A04). */
function table4(rng: Random, out: Values): void {
  for (const g of T4_GROUPS) {
    let total = 0;
    for (const c of T4_COLUMNS)
      if (c.key !== "total") total += out[`t4.${g.key}.${c.key}`] = rng.count(4);
    out[`t4.${g.key}.total`] = total;
  }
}

export function consistentValues(rng: Random, v: TemplateVersion, level: Level): Values {
  const out: Values = {};
  table2(rng, v, level, out);
  table3(rng, v, out);
  table4(rng, out);
  return out;
}
