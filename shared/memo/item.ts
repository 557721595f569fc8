import { SEVERITY_NAMES } from "../messages/labels.js";
import type { MemoBlock, MemoFinding } from "./types.js";

/** A sentence closed with 。 unless it already ends in a stop. */
export const sentence = (s: string): string => (/[。！？.!?]$/.test(s) ? s : `${s}。`);

/** One numbered problem of a memo: 【错误】message。 then where it is and the inspector's note. */
export function item(
  f: Pick<MemoFinding, "severity" | "message" | "place" | "note">,
  n: number,
  noteLabel: string,
): MemoBlock {
  const note = f.note.trim();
  const details = [
    f.place && `涉及：${f.place}。`,
    note && sentence(`${noteLabel}：${note}`),
  ].filter((d): d is string => Boolean(d));
  return {
    kind: "item",
    number: n,
    text: `【${SEVERITY_NAMES[f.severity]}】${f.message}。`,
    details,
  };
}
