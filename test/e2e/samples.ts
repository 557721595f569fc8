import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { APP_ROOT, SAMPLES_DIR } from "../../electron/node/paths.js";

export type Value = number | string | null;

export interface SampleExpectation {
  sample: string;
  agency: string;
  cells: Record<string, Value>;
  findings: { rule: string; cells: string[] }[];
}

const CORPUS = join(APP_ROOT, "test", "fixtures", "corpus");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The labels of each bundled sample, found by content (the samples are corpus files renamed). */
export function sampleExpectations(): SampleExpectation[] {
  const labelled = new Map(
    readdirSync(CORPUS)
      .filter((f) => !f.endsWith(".json"))
      .map((f) => [sha(join(CORPUS, f)), join(CORPUS, `${f}.expected.json`)]),
  );
  return readdirSync(SAMPLES_DIR)
    .sort()
    .map((sample) => {
      const label = labelled.get(sha(join(SAMPLES_DIR, sample)));
      if (!label) throw new Error(`e2e: no labels for the sample ${sample}`);
      const L = JSON.parse(readFileSync(label, "utf8")) as {
        agency: string;
        cells: Record<string, Value>;
        expected: { rule: string; cells: string[] }[];
      };
      return { sample, agency: L.agency, cells: L.cells, findings: L.expected };
    });
}

/** Every value cell the grid pane shows now: cell id → the text of its value. */
export async function shownCells(page: Page): Promise<Record<string, string>> {
  const pairs =
    (await page.evaluate(`[...document.querySelectorAll(".nb-grid-pane .nb-v[data-cell]")]
    .map((el) => [el.getAttribute("data-cell"), el.querySelector(".nb-v-val")?.textContent ?? ""])`)) as [
      string,
      string,
    ][];
  return Object.fromEntries(pairs);
}

/**
 * Whether the grid shows the labelled value. Amounts: some files print fewer decimals than
 * their label (29209.8万元 for 29209.84), and the grid shows what was printed.
 */
export function showsValue(id: string, shown: string | undefined, want: Value): boolean {
  if (shown === undefined) return false;
  if (want === null) return shown === "未填写";
  if (typeof want === "string") return shown.trim() === want.trim();
  const n = Number(shown.replace(/^\+/, ""));
  return Math.abs(n - want) < (id.endsWith(".amount") ? 0.05 : 1e-9);
}
