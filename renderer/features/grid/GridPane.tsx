import { useCallback, useMemo, useRef, useState } from "react";
import type { Finding, Severity } from "../../../shared/model/finding.js";
import { tableTitle } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";
import { findingsByCell } from "../../app/checks.js";
import { focusOn, showTable, tableOf } from "../../app/focus.js";
import type { TableNo } from "../../app/state.js";
import { SeverityIcon } from "../../ui/Severity.js";
import { editOf } from "./input.js";
import { checkCellInput } from "./validate.js";
import { InvalidNote, type Invalid } from "./InvalidNote.js";
import { layoutVersion, table2, table3, table4 } from "./tables.js";
import { T2_LABEL_WIDTH, T3_LABEL_WIDTHS } from "./layout.js";
import { TableGrid } from "./TableGrid.js";
import { CellBar } from "./CellBar.js";
import { useCompact } from "./useCompact.js";
import { keepUnchangedRows } from "./stable.js";
import type { TableBlock } from "./model.js";

const TABS: { no: TableNo; name: string }[] = [
  { no: 2, name: "表二" },
  { no: 3, name: "表三" },
  { no: 4, name: "表四" },
];
const T2_WIDTHS = [T2_LABEL_WIDTH];
const NONE: Finding[] = [];

function worstIn(
  findings: readonly Finding[],
  t: TableNo,
): { severity: Severity | null; n: number } {
  const hits = findings.filter((f) => f.cells.some((c) => tableOf(c) === t));
  return { severity: hits[0]?.severity ?? null, n: hits.length };
}

/** Tables 二, 三, 四 of the selected report in its template's layout, editable as corrections. */
export function GridPane() {
  const { state, dispatch, actions, report, reportChecks } = useWorkbench();
  const findings = reportChecks?.findings ?? NONE;
  const byCell = useMemo(() => findingsByCell(findings), [findings]);
  const selected = state.focus?.cell ?? null;
  const r = report?.report;
  const v = layoutVersion(r?.template ?? null, report?.meta.year ?? r?.year ?? null);
  const compact = useCompact();
  const shown = useRef<TableBlock[]>([]);
  const blocks = useMemo(() => {
    if (!report) return [];
    const src = { report, byCell, selected };
    const next =
      state.table === 2
        ? table2(v, src)
        : state.table === 3
          ? [table3(v, src, compact)]
          : [table4(src)];
    return (shown.current = keepUnchangedRows(shown.current, next));
  }, [report, byCell, selected, state.table, v, compact]);

  const [invalid, setInvalid] = useState<Invalid | null>(null);
  const closeInvalid = useCallback(() => setInvalid(null), []);
  /** An edit as the template allows it; else the reason, in Chinese, at the cell. */
  const onEdit = useCallback(
    (cellId: string, raw: unknown): boolean => {
      if (!report) return false;
      const checked = checkCellInput(cellId, raw);
      if (!checked.ok) {
        setInvalid({ cell: cellId, message: checked.message });
        return false;
      }
      setInvalid(null);
      const printed = report.report.cells[cellId]?.value;
      const current = report.corrections[cellId]?.value ?? printed ?? null;
      const kind = editOf(printed, current, checked.value);
      if (kind !== "none")
        void actions.setCorrection(report.id, cellId, checked.value, kind === "clear");
      return true;
    },
    [report, actions],
  );
  const onCell = useCallback(
    (cellId: string) =>
      dispatch(focusOn({ cell: cellId, span: report?.report.cells[cellId]?.span ?? null })),
    [dispatch, report],
  );
  if (!report || !r) return null;
  const present = r.tables[state.table];
  const focus = state.focus?.cell ? { cell: state.focus.cell, seq: state.focus.seq } : null;
  return (
    <section className="nb-pane nb-grid-pane" aria-label="统计表格">
      <div className="nb-tabs" role="tablist">
        {TABS.map((t) => {
          const w = worstIn(findings, t.no);
          return (
            <button
              key={t.no}
              type="button"
              role="tab"
              aria-selected={state.table === t.no}
              className={`nb-tab${state.table === t.no ? " is-active" : ""}`}
              title={tableTitle(t.no)}
              onClick={() => dispatch(showTable(t.no))}
            >
              {t.name}
              {w.severity && (
                <span className="nb-tab-count">
                  <SeverityIcon severity={w.severity} />
                  {w.n}
                </span>
              )}
            </button>
          );
        })}
        {compact ? (
          <CellBar onEdit={onEdit} compact />
        ) : (
          <span className="nb-tab-title">
            {tableTitle(state.table)}
            {!r.template && <em>（未能识别模板，按{v}版显示）</em>}
          </span>
        )}
      </div>
      {!compact && <CellBar onEdit={onEdit} />}
      <div className={`nb-grid-area nb-grid-t${state.table}`}>
        {!present && (
          <div className="nb-notice">
            报告中未找到表{TABS.find((t) => t.no === state.table)?.name.slice(1)}（见
            S05），以下为模板空表。
          </div>
        )}
        {blocks.map((b, i) => (
          <TableGrid
            order={i}
            key={`${b.id}-${v}`}
            block={b}
            widths={state.table === 3 ? T3_LABEL_WIDTHS : T2_WIDTHS}
            editable={present}
            template={v}
            fill={state.table === 3}
            compact={compact}
            focus={focus}
            onEdit={onEdit}
            onCell={onCell}
          />
        ))}
      </div>
      {invalid && <InvalidNote invalid={invalid} onClose={closeInvalid} />}
    </section>
  );
}
