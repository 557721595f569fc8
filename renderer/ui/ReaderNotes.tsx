import type { ReaderMessage } from "../../shared/model/report.js";

/** The reader's hints folded into one line (the first, and how many); opened, every one. */
export function ReaderNotes({ messages }: { messages: readonly ReaderMessage[] }) {
  if (!messages.length) return null;
  const first = messages[0]?.message ?? "";
  return (
    <details className="nb-reader-notes">
      <summary title={first}>
        读取提示{messages.length > 1 ? ` ${messages.length} 条` : ""}：{first}
      </summary>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{m.message}</li>
        ))}
      </ul>
    </details>
  );
}
