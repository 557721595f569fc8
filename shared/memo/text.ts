import type { Memo, MemoBlock } from "./types.js";

/** Two full-width spaces: the first-line indent of a 公文 paragraph. */
const INDENT = "\u3000\u3000";

function blockText(b: MemoBlock): string[] {
  if (b.kind === "heading") return [b.text];
  if (b.kind === "paragraph") return [`${INDENT}${b.text}`];
  if (b.kind === "item")
    return [`${INDENT}${b.number}．${b.text}`, ...b.details.map((d) => `${INDENT}\u3000${d}`)];
  return [b.columns.join(" | "), ...b.rows.map((r) => r.join(" | "))];
}

/** The memo as plain text: the app's preview and what tests read. */
export function memoText(m: Memo): string {
  const lines = [m.title, "", `${m.addressee}：`, ...m.body.flatMap(blockText)];
  if (m.attachment) lines.push("", `${INDENT}附件：${m.attachment.title}`);
  lines.push("", m.office, m.date);
  if (m.stamp.length) lines.push("", ...m.stamp);
  if (m.attachment)
    lines.push("", "附件", "", m.attachment.title, "", ...m.attachment.body.flatMap(blockText));
  return lines.join("\n");
}
