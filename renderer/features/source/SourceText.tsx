import { memo } from "react";
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
      {text.slice(start, end)}
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
