import { memo, type ReactNode } from "react";
import type { Segment } from "./segments.js";

function runClass(s: Segment): string | undefined {
  const c: string[] = [];
  if (s.cell) c.push("nb-run-cell");
  if (s.severity) c.push(`nb-run-${s.severity}`);
  if (s.remark) c.push("nb-run-remark");
  if (s.focus) c.push("is-focus");
  return c.length ? c.join(" ") : undefined;
}

/**
 * A run's text; a tab (a .pdf's or a table's cells one after another) is set apart as a gap of its
 * own, since a tab stop may fall right after a number and print 195+177 for 195 and +177. Each
 * piece carries its own offset (data-o) so a selection still maps back to the text.
 */
function pieces(text: string, start: number, end: number): ReactNode {
  const t = text.slice(start, end);
  if (!t.includes("\t")) return t;
  const out: ReactNode[] = [];
  let at = start;
  for (const part of t.split(/(\t)/)) {
    if (!part) continue;
    out.push(
      <span key={at} data-o={at} className={part === "\t" ? "nb-gap" : undefined}>
        {part}
      </span>,
    );
    at += part.length;
  }
  return out;
}

/**
 * One run of the report's text, as a React text node only (reports may carry HTML or script:
 * it stays text). It carries its start offset (data-o) so a selection maps back to the text.
 */
export function Run({
  text,
  s,
  start,
  end,
  messages,
}: {
  text: string;
  s: Segment;
  start: number;
  end: number;
  messages: string[];
}) {
  return (
    <span
      data-o={start}
      data-cell={s.cell ?? undefined}
      className={runClass(s)}
      title={s.findings.length ? s.findings.map((i) => messages[i]).join("\n") : undefined}
    >
      {pieces(text, start, end)}
    </span>
  );
}

/** The report's text as printed, line by line. */
export const SourceText = memo(function SourceText({
  text,
  segments,
  messages,
}: {
  text: string;
  segments: Segment[];
  messages: string[];
}) {
  return (
    <>
      {segments.map((s) => (
        <Run key={s.start} text={text} s={s} start={s.start} end={s.end} messages={messages} />
      ))}
    </>
  );
});
