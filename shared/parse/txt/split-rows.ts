import type { SourceCell, SourceRow } from "../source.js";
import { BARE_VALUE } from "./bare-value.js";
import { NUMBERED } from "./spaced.js";
import { namesT3Row } from "./raw-wraps.js";

const isValue = (c: SourceCell) => c.text === "" || BARE_VALUE.test(c.text.trim());
const labelsOf = (r: SourceRow) => {
  const at = r.cells.findIndex(isValue);
  return at < 0 ? r.cells : r.cells.slice(0, at);
};
/** A row of label text alone (a header, a group's label, a label's rest), no numbered label. */
const loose = (r: SourceRow) =>
  r.tabular &&
  r.cells.length === 1 &&
  !isValue(r.cells[0] as SourceCell) &&
  !NUMBERED.test(r.cells[0]?.text ?? "");

const join = (a: SourceCell, text: string, span: [number, number]): SourceCell => ({
  text: a.text + text,
  span: [a.span[0], span[1]],
});

/**
 * Table 三's rows whose label's rest was printed after other lines: a row split by a page break
 * (…只计这一情 0 2 … / the head repeated / 形，不计其他情形）), or a group's cell and a row's label
 * beside each other whose next lines came on one line after the row's numbers ((六)其 1.申请人无
 * 正当理由 0 1 … / 他处理 逾期不补正、行政机 / 关不再处理其政府信 / 息公开申请). The last label rows
 * after the row that make its label a template row's whole are its rest; a first word a space
 * before that rest ends the group's cell beside it. Nothing moves unless the label is made whole.
 */
export function rejoinSplitRows(rows: readonly SourceRow[]): SourceRow[] {
  const out = [...rows];
  for (let i = 0; i < out.length; i++) {
    const row = out[i] as SourceRow;
    const labels = labelsOf(row);
    const own = labels[labels.length - 1];
    if (!row.tabular || !own || labels.length === row.cells.length || namesT3Row(own.text))
      continue;
    let end = i + 1;
    while (end < out.length && loose(out[end] as SourceRow)) end++;
    for (let k = i + 1; k < end; k++) {
      const rest = out.slice(k, end).map((r) => r.cells[0] as SourceCell);
      const text = rest.map((c) => c.text).join("");
      const space = text.indexOf(" ");
      const tail = text.slice(space + 1);
      const group = space > 0 && labels.length > 1 && namesT3Row(own.text + tail);
      if (!group && !namesT3Row(own.text + text)) continue;
      const span: [number, number] = [
        (rest[0] as SourceCell).span[0],
        (rest[rest.length - 1] as SourceCell).span[1],
      ];
      const cells = [...row.cells];
      cells[labels.length - 1] = join(own, group ? tail : text, span);
      if (group)
        cells[labels.length - 2] = join(
          labels[labels.length - 2] as SourceCell,
          text.slice(0, space),
          span,
        );
      out[i] = { ...row, cells };
      out.splice(k, end - k);
      break;
    }
  }
  return out;
}
