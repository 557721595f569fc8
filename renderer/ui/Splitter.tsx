import { useRef, type PointerEvent } from "react";

/**
 * A handle between two panes: dragging it sets the size of the pane before it (`size` at the
 * start of the drag plus the pointer's travel, within [min, max]); a double click resets it.
 */
export function Splitter({
  axis,
  label,
  size,
  min,
  max,
  onSize,
  className = "",
}: {
  axis: "x" | "y";
  label: string;
  /** The pane's size now, measured when the drag starts. */
  size: () => number;
  min: number;
  max: () => number;
  onSize: (px: number | undefined) => void;
  className?: string;
}) {
  const drag = useRef<{ from: number; size: number } | null>(null);
  const at = (e: PointerEvent) => (axis === "x" ? e.clientX : e.clientY);
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { from: at(e), size: size() };
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    onSize(Math.max(min, Math.min(max(), d.size + at(e) - d.from)));
  };
  const onUp = () => {
    drag.current = null;
  };
  return (
    <div
      className={`nb-splitter nb-splitter-${axis} ${className}`}
      role="separator"
      aria-orientation={axis === "x" ? "vertical" : "horizontal"}
      aria-label={label}
      title={`${label}：拖动调整，双击恢复`}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
      onDoubleClick={() => onSize(undefined)}
    />
  );
}
