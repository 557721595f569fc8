import {
  useEffect,
  useRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

function focusables(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
}

/**
 * Keeps the keyboard inside `box` while it is shown: focus starts in it (on what asked for
 * autoFocus, else its first control), Tab and Shift+Tab go round it, Escape calls `onClose`
 * (none: the dialog must be answered), and focus goes back where it was when it closes.
 */
function useFocusTrap(box: RefObject<HTMLElement | null>, onClose?: () => void) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!el.contains(document.activeElement)) (focusables(el)[0] ?? el).focus();
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape" && close.current) {
        e.preventDefault();
        e.stopPropagation();
        close.current();
        return;
      }
      if (e.key !== "Tab") return;
      const list = focusables(el);
      const first = list[0];
      const last = list[list.length - 1];
      if (!first || !last) return e.preventDefault();
      const at = document.activeElement;
      const outside = !el.contains(at);
      if (e.shiftKey && (outside || at === first)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (outside || at === last)) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      if (before?.isConnected) before.focus();
    };
  }, [box]);
}

/**
 * A modal dialog over the workbench: labelled by its title (`labelledBy` names the element that
 * holds it), keyboard kept inside. A form when it has `onSubmit`.
 */
export function Modal({
  labelledBy,
  className = "",
  onClose,
  onSubmit,
  children,
}: {
  labelledBy: string;
  className?: string;
  /** Escape closes with it; absent, the dialog stays until it is answered. */
  onClose?: () => void;
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const box = useRef<HTMLFormElement & HTMLDivElement>(null);
  useFocusTrap(box, onClose);
  const props = {
    ref: box,
    className: `nb-modal ${className}`.trim(),
    role: "dialog",
    "aria-modal": true,
    "aria-labelledby": labelledBy,
    tabIndex: -1,
    // The workbench's own keys (Ctrl+Z, n / p between findings) do not act behind the dialog.
    onKeyDown: (e: KeyboardEvent) => e.stopPropagation(),
  } as const;
  return (
    <div
      className="nb-modal-back"
      role="presentation"
      onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}
    >
      {onSubmit ? (
        <form {...props} onSubmit={onSubmit}>
          {children}
        </form>
      ) : (
        <div {...props}>{children}</div>
      )}
    </div>
  );
}

/** A dialog's title bar: its title (the dialog's label, by `id`) and a × that closes it. */
export function ModalHead({
  id,
  title,
  closeLabel,
  onClose,
}: {
  id: string;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <header className="nb-modal-head">
      <h2 id={id}>{title}</h2>
      <button type="button" className="nb-close" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </header>
  );
}
