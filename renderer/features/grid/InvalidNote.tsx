import { useEffect, useLayoutEffect, useState } from "react";

export interface Invalid {
  cell: string;
  message: string;
}

/** Why an input was refused, shown under the cell it was typed in until the next edit or Esc. */
export function InvalidNote({ invalid, onClose }: { invalid: Invalid; onClose: () => void }) {
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = document.querySelector(`.nb-grid-pane .nb-v[data-cell="${invalid.cell}"]`);
    const r = el?.closest(".ag-cell")?.getBoundingClientRect() ?? el?.getBoundingClientRect();
    setAt(r ? { left: r.left, top: r.bottom + 2 } : null);
  }, [invalid]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    const t = window.setTimeout(onClose, 8000);
    window.addEventListener("keydown", onKey);
    return () => {
      window.clearTimeout(t);
      window.removeEventListener("keydown", onKey);
    };
  }, [invalid, onClose]);
  return (
    <div
      className="nb-invalid"
      role="alert"
      data-cell={invalid.cell}
      style={at ? { left: at.left, top: at.top } : undefined}
    >
      {invalid.message}
    </div>
  );
}
