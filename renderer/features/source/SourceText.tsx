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
 * The report's text as React text nodes only (reports may carry HTML or script: it stays text).
 * Each run carries its start offset (data-o) so a selection maps back to the text.
 */
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
        <span
          key={s.start}
          data-o={s.start}
          data-cell={s.cell ?? undefined}
          className={runClass(s)}
          title={s.findings.length ? s.findings.map((i) => messages[i]).join("\n") : undefined}
        >
          {text.slice(s.start, s.end)}
        </span>
      ))}
    </>
  );
});
