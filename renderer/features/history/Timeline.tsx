import type { HistoryEntry } from "../../../shared/model/history.js";
import { stamp } from "../../app/format.js";
import { describeEntry } from "./describe.js";

/** Entries newest first, each with when, who and what. */
export function Timeline({ entries, empty }: { entries: readonly HistoryEntry[]; empty: string }) {
  if (!entries.length) return <p className="nb-muted nb-timeline-empty">{empty}</p>;
  return (
    <ol className="nb-timeline">
      {[...entries].reverse().map((e) => (
        <li key={e.seq} className={`nb-tl nb-tl-${e.kind}`} data-seq={e.seq}>
          <span className="nb-tl-when">
            #{e.seq} · {stamp(e.at)} · {e.by}
          </span>
          <span className="nb-tl-what">{describeEntry(e)}</span>
        </li>
      ))}
    </ol>
  );
}
