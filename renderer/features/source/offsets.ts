import type { Span } from "../../../shared/model/report.js";

/** The text offset of a DOM point inside the source view, whose runs carry data-o (their start). */
function pointOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-o]");
    return run ? Number(run.dataset.o) + offset : null;
  }
  const el = node as HTMLElement;
  const child = el.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset.o !== undefined) return Number(child.dataset.o);
  const before = el.childNodes[offset - 1];
  if (before instanceof HTMLElement && before.dataset.o !== undefined)
    return Number(before.dataset.o) + (before.textContent?.length ?? 0);
  const own = el.closest<HTMLElement>("[data-o]");
  return own ? Number(own.dataset.o) + (offset > 0 ? (own.textContent?.length ?? 0) : 0) : null;
}

/** The selected range of the source text, or null when nothing (or something outside) is selected. */
export function selectionSpan(root: HTMLElement, sel: Selection | null): Span | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const a = pointOffset(root, range.startContainer, range.startOffset);
  const b = pointOffset(root, range.endContainer, range.endOffset);
  if (a === null || b === null || b <= a) return null;
  return [a, b];
}

/** The span without the blank lines and spaces a mouse selection picks up at its ends. */
export function trimSpan(text: string, span: Span): Span | null {
  let [a, b] = span;
  while (a < b && /\s/.test(text[a] ?? "")) a++;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  return b > a ? [a, b] : null;
}
