import { memo, type ReactNode } from "react";
import type { LayoutBlock, Span } from "../../../shared/model/report.js";
import type { Severity } from "../../../shared/model/finding.js";
import type { Segment } from "./segments.js";
import { Run } from "./SourceText.js";

/** The first segment ending after `at` (segments cover the text in order). */
function firstAfter(segments: readonly Segment[], at: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A table cell the report left blank: nothing printed to mark, so the cell itself is marked. */
export interface BlankCell {
  cell: string;
  severity: Severity | null;
  focus: boolean;
}

function blankClass(b: BlankCell | undefined): string | undefined {
  if (!b) return undefined;
  const c = ["nb-run-cell", "nb-blank-cell"];
  if (b.severity) c.push(`nb-run-${b.severity}`);
  if (b.focus) c.push("is-focus");
  return c.join(" ");
}

/**
 * A .docx as its paragraphs, headings and tables (the HTML mammoth writes: p, h1–h6, table with
 * colspan/rowspan), each piece of text in runs of the same marks as the plain text view.
 */
export const DocView = memo(function DocView({
  text,
  layout,
  segments,
  messages,
  blanks,
}: {
  text: string;
  layout: readonly LayoutBlock[];
  segments: Segment[];
  messages: string[];
  /** Blank cells of the report by their (empty) span's offset. */
  blanks: ReadonlyMap<number, BlankCell>;
}) {
  const runs = ([a, b]: Span): ReactNode[] => {
    const out: ReactNode[] = [];
    for (let i = firstAfter(segments, a); i < segments.length; i++) {
      const s = segments[i] as Segment;
      if (s.start >= b) break;
      const start = Math.max(a, s.start);
      const end = Math.min(b, s.end);
      if (end > start)
        out.push(<Run key={start} text={text} s={s} start={start} end={end} messages={messages} />);
    }
    return out;
  };
  return (
    <>
      {layout.map((block, i) => {
        if (block.kind === "p") {
          const Tag = block.heading ? (`h${Math.min(block.heading, 6)}` as "h1") : "p";
          return (
            <Tag key={i} data-o={block.span[0]}>
              {runs(block.span)}
            </Tag>
          );
        }
        return (
          <table key={i} className="nb-doc-table">
            <tbody>
              {block.rows.map((row, j) => (
                <tr key={j}>
                  {row.map((c) => {
                    const blank = c.span[1] === c.span[0] ? blanks.get(c.span[0]) : undefined;
                    return (
                      <td
                        key={c.span[0]}
                        colSpan={c.colspan}
                        rowSpan={c.rowspan}
                        data-o={c.span[0]}
                        data-cell={blank?.cell}
                        className={blankClass(blank)}
                      >
                        {runs(c.span)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
});
