import { READ_ERRORS } from "../../../shared/model/errors.js";
import { reportIssues } from "../../../shared/templates/report-schema.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import type { ReadResult } from "../../../shared/model/outcome.js";
import { checkReport } from "../../../shared/rules/index.js";

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * Throws unless a reader's result is sound: a known code with its Chinese message, or a report
 * that satisfies the schema and on which every rule runs and renders a Chinese sentence.
 * Returns "ok" or the code, for the tallies.
 */
export function assertSound(r: ReadResult): string {
  if (!r.ok) {
    if (!r.error.message.startsWith(READ_ERRORS[r.error.code]))
      throw new Error(`${r.error.code} with message ${r.error.message}`);
    return r.error.code;
  }
  const issues = reportIssues(r.report);
  if (issues.length) throw new Error(`report outside the schema: ${issues.slice(0, 5).join("; ")}`);
  // The rules run on whatever the reader gives, as in the workbench.
  for (const f of checkReport(r.report))
    if (!CHINESE.test(renderMessage(f))) throw new Error(`${f.rule}: no sentence`);
  return "ok";
}

export class Tally {
  private counts = new Map<string, number>();
  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }
  get(outcome: string): number {
    return this.counts.get(outcome) ?? 0;
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}

let calls = 0;
/**
 * Lets the event loop run every few inputs: a long synchronous loop would starve the test
 * worker's messages to vitest (which then reports "Timeout calling onTaskUpdate").
 */
export async function breathe(): Promise<void> {
  if (++calls % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}
