import { useCallback, useState } from "react";

/** Pane sizes in px the inspector dragged to; a size not set keeps the layout's default. */
export interface PaneSizes {
  list?: number;
  source?: number;
  grid?: number;
  page?: number;
}

const STORE = "nianbao.panes";

function load(): PaneSizes {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(STORE) ?? "{}");
    if (!v || typeof v !== "object") return {};
    const out: PaneSizes = {};
    for (const k of ["list", "source", "grid", "page"] as const) {
      const n = (v as Record<string, unknown>)[k];
      if (typeof n === "number" && Number.isFinite(n) && n > 0) out[k] = n;
    }
    return out;
  } catch {
    return {};
  }
}

/** The sizes, remembered across sessions (localStorage), and a setter per pane. */
export function usePaneSizes() {
  const [sizes, setSizes] = useState<PaneSizes>(load);
  const set = useCallback((k: keyof PaneSizes, px: number | undefined) => {
    setSizes((s) => {
      // Other panes' hooks keep their own copy: what is stored now wins for their sizes.
      const next = { ...s, ...load(), [k]: px === undefined ? undefined : Math.round(px) };
      try {
        localStorage.setItem(STORE, JSON.stringify(next));
      } catch {
        // A full or disabled storage only means the sizes are not remembered.
      }
      return next;
    });
  }, []);
  return { sizes, set };
}
