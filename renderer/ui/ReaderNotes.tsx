import { readerText } from "../../shared/messages/index.js";
import type { ReaderMessage } from "../../shared/model/report.js";

/** The reader's hints folded into one line (the first, and how many); opened, every one. */
export function ReaderNotes({ messages }: { messages: readonly ReaderMessage[] }) {
  if (!messages.length) return null;
  const texts = messages.map(readerText);
  const first = texts[0] ?? "";
  return (
    <details className="nb-reader-notes">
      <summary title={first}>
        读取提示{messages.length > 1 ? ` ${messages.length} 条` : ""}：{first}
      </summary>
      <ul>
        {texts.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>
    </details>
  );
}
