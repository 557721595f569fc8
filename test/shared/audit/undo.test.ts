import { describe, expect, it } from "vitest";
import {
  NO_UNDO,
  applyMutation,
  inverseOf,
  recordUndo,
  redoStep,
  undoStep,
  type Stamp,
  type Undoable,
} from "../../../shared/audit/mutations.js";
import { auditReport } from "../../renderer/audit-report.js";

const STAMP: Stamp = { by: "李四", at: "2025-03-01T09:00:00.000Z", id: "m1" };
const CELL = "t3.new.natural";

describe("undo and redo as pure actions", () => {
  it("takes a first correction back by clearing it, a second by putting the first back", () => {
    const a = auditReport("a", 3);
    const set9: Undoable = { kind: "correction", cell: CELL, value: 9, clear: false };
    expect(inverseOf(a, set9)).toEqual({
      kind: "correction",
      cell: CELL,
      value: null,
      clear: true,
    });
    const once = applyMutation({ reports: [a] }, "a", set9, STAMP).next!;
    const set4: Undoable = { ...set9, value: 4 };
    expect(inverseOf(once, set4)).toEqual({
      kind: "correction",
      cell: CELL,
      value: 9,
      clear: false,
    });
    // The inverse applied gives the report's corrections back as they were.
    const twice = applyMutation({ reports: [once] }, "a", set4, STAMP).next!;
    const back = applyMutation({ reports: [twice] }, "a", inverseOf(once, set4), STAMP).next!;
    expect(back.corrections[CELL]?.value).toBe(9);
  });

  it("takes a verdict back to none, or to the verdict and note it replaced", () => {
    const a = auditReport("a", 3);
    const v: Undoable = { kind: "verdict", key: "A01|x", status: "confirmed", note: "确有错误" };
    expect(inverseOf(a, v)).toEqual({ kind: "verdict", key: "A01|x", status: null, note: "" });
    const judged = applyMutation({ reports: [a] }, "a", v, STAMP).next!;
    const w: Undoable = { ...v, status: "dismissed", note: "" };
    expect(inverseOf(judged, w)).toEqual(v);
  });

  it("steps back and forth; a new action after an undo drops what was undone", () => {
    const a = auditReport("a", 3);
    const audit = { reports: [a] };
    const m1: Undoable = { kind: "correction", cell: CELL, value: 1, clear: false };
    const m2: Undoable = { kind: "verdict", key: "k", status: "confirmed", note: "" };
    let h = recordUndo(recordUndo(NO_UNDO, audit, "a", m1), audit, "a", m2);
    const u = undoStep(h)!;
    expect(u.step.back).toEqual({ kind: "verdict", key: "k", status: null, note: "" });
    h = u.history;
    const r = redoStep(h)!;
    expect(r.step.done).toEqual(m2);
    expect(r.history.done).toHaveLength(2);
    h = recordUndo(h, audit, "a", { ...m1, value: 5 });
    expect(redoStep(h)).toBeNull();
    expect(h.done).toHaveLength(2);
    expect(undoStep(NO_UNDO)).toBeNull();
    // A report not in the audit records nothing.
    expect(recordUndo(NO_UNDO, audit, "b", m1)).toBe(NO_UNDO);
  });
});
