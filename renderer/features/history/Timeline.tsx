import type { HistoryEntry } from "../../../shared/model/history.js";
import { stamp } from "../../app/format.js";
import { describeEntry } from "./describe.js";
import { timelineLines } from "./lines.js";

const NO_GROUP = () => undefined;

/** Entries newest first, each with when, who and what; a line's verdict on its findings once. */
export function Timeline({
  entries,
  empty,
  groupOf = NO_GROUP,
}: {
  entries: readonly HistoryEntry[];
  empty: string;
  groupOf?: (key: string) => string | undefined;
}) {
  if (!entries.length) return <p className="nb-muted nb-timeline-empty">{empty}</p>;
  return (
    <ol className="nb-timeline">
      {timelineLines(entries, groupOf)
        .reverse()
        .map(({ entry: e, count }) => (
          <li key={e.seq} className={`nb-tl nb-tl-${e.kind}`} data-seq={e.seq}>
            <span className="nb-tl-when">
              #{e.seq} · {stamp(e.at)} · {e.by}
            </span>
            <span className="nb-tl-what">{describeEntry(e, count)}</span>
          </li>
        ))}
    </ol>
  );
}
