import { useEffect, useMemo, useRef, useState } from "react";
import { renderMessage } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";
import { focusOn } from "../../app/focus.js";
import { MetaBar } from "../meta/MetaBar.js";
import { blankCells, reportMarks } from "./marks.js";
import { segment } from "./segments.js";
import { selectionSpan, trimSpan } from "./offsets.js";
import { SourceText } from "./SourceText.js";
import { DocView, type BlankCell } from "./DocView.js";
import { SelectionRemark, type Selected } from "./SelectionRemark.js";
import { ScanView } from "./ScanView.js";
import { CellNote } from "./CellNote.js";

const NO_FINDINGS: never[] = [];
const NO_BLANKS = new Map<number, BlankCell>();

export function SourcePane() {
  const { state, dispatch, report, reportChecks } = useWorkbench();
  const findings = reportChecks?.findings ?? NO_FINDINGS;
  const focusSpan = state.focus?.span ?? null;
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const text = report?.report.text ?? "";
  const layout = report?.report.layout?.length ? report.report.layout : null;
  const segments = useMemo(
    () => (report ? segment(text.length, reportMarks(report, findings, focusSpan)) : []),
    [report, text, findings, focusSpan],
  );
  const messages = useMemo(() => findings.map(renderMessage), [findings]);
  const focusCell = state.focus?.cell ?? null;
  const blanks = useMemo(
    () => (report && layout ? blankCells(report, findings, focusCell) : NO_BLANKS),
    [report, layout, findings, focusCell],
  );

  useEffect(() => {
    const el = textRef.current?.querySelector<HTMLElement>(".is-focus");
    el?.scrollIntoView({ block: "center" });
  }, [state.focus?.seq]);

  const onMouseUp = () => {
    const root = textRef.current;
    const sel = window.getSelection();
    const picked = root ? selectionSpan(root, sel) : null;
    const span = picked ? trimSpan(text, picked) : null;
    if (!root || !span || !sel) return setSelected(null);
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    const box = root.parentElement?.getBoundingClientRect();
    setSelected({
      span,
      quote: text.slice(span[0], span[1]),
      x: rect.left - (box?.left ?? 0),
      y: rect.bottom - (box?.top ?? 0) + (root.parentElement?.scrollTop ?? 0),
    });
  };
  const onClick = (e: React.MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const run = (e.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    const cell = run?.dataset.cell;
    const printed = cell ? report?.report.cells[cell] : undefined;
    if (cell && printed) dispatch(focusOn({ cell, span: printed.span }));
  };
  if (!report) return null;
  return (
    <section className="nb-pane nb-source" aria-label="报告原文">
      <MetaBar />
      <ScanView />
      <div className="nb-source-scroll">
        <CellNote />
        <div
          ref={textRef}
          className={layout ? "nb-text nb-doc" : "nb-text nb-plain"}
          onMouseUp={onMouseUp}
          onClick={onClick}
          data-testid="source-text"
        >
          {layout ? (
            <DocView
              text={text}
              layout={layout}
              segments={segments}
              messages={messages}
              blanks={blanks}
            />
          ) : (
            <SourceText text={text} segments={segments} messages={messages} />
          )}
        </div>
        {selected && <SelectionRemark selected={selected} onDone={() => setSelected(null)} />}
      </div>
    </section>
  );
}
