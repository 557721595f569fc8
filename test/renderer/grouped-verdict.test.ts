import { describe, expect, it } from "vitest";
import { applyMutation, NO_UNDO, type Undoable } from "../../shared/audit/index.js";
import type { Audit } from "../../shared/model/audit.js";
import type { HistoryEntry } from "../../shared/model/history.js";
import { recordGroup, takeSteps } from "../../renderer/app/undo.js";
import { recordUndo } from "../../shared/audit/index.js";
import { timelineLines } from "../../renderer/features/history/lines.js";
import { describeEntry } from "../../renderer/features/history/describe.js";
import { auditReport } from "./audit-report.js";

const verdict = (key: string, status: "confirmed" | null = "confirmed"): Undoable => ({
  kind: "verdict",
  key,
  status,
  note: status ? "核实" : "",
});

describe("a line's verdict on all its findings (issue 20, points 4 and 5)", () => {
  it("is one step of the undo history: one Ctrl+Z takes the whole line back, one redo does it again", () => {
    const audit: Pick<Audit, "reports"> = { reports: [auditReport("a")] };
    let h = recordUndo(NO_UNDO, audit, "a", verdict("D01|x"));
    h = recordGroup(h, audit, "a", [verdict("C01|1"), verdict("C01|2")]);
    expect(h.done).toHaveLength(3);
    const undo = takeSteps(h, false)!;
    expect(undo.steps.map((s) => s.back)).toEqual([verdict("C01|2", null), verdict("C01|1", null)]);
    expect(undo.history.done).toHaveLength(1);
    const redo = takeSteps(undo.history, true)!;
    expect(redo.steps.map((s) => s.done)).toEqual([verdict("C01|1"), verdict("C01|2")]);
    expect(redo.history.done).toHaveLength(3);
    // The step before the group is taken back alone.
    const next = takeSteps(undo.history, false)!;
    expect(next.steps).toHaveLength(1);
    expect(next.steps[0]!.done).toEqual(verdict("D01|x"));
  });

  it("is told once in the timeline, with how many findings it judged", () => {
    const audit = { reports: [auditReport("a")] };
    const stamp = (i: number) => ({ by: "张审核", at: `2025-03-01T08:00:0${i}.000Z`, id: `${i}` });
    const entries: HistoryEntry[] = [verdict("C01|1"), verdict("C01|2"), verdict("D01|x")].map(
      (m, i) => ({
        seq: i + 1,
        at: stamp(i).at,
        by: "张审核",
        kind: "verdict",
        reportId: "a",
        detail: applyMutation(audit, "a", m, stamp(i)).detail,
        hash: "",
      }),
    );
    const groupOf = (key: string) => (key.startsWith("C01") ? "C01|printed" : undefined);
    const lines = timelineLines(entries, groupOf);
    expect(lines.map((l) => l.count)).toEqual([2, 1]);
    expect(describeEntry(lines[0]!.entry, lines[0]!.count)).toBe("判定 C01（2处） 为已确认：核实");
    // Without a group, every finding's verdict is a line of its own.
    expect(timelineLines(entries, () => undefined)).toHaveLength(3);
  });
});
