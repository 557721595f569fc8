import type { Cell, Section, SectionNo, Span } from "../../shared/model/report.js";

/** Builds a report text and records where each cell and section was printed. */
export class TextBuilder {
  text = "";
  readonly cells: Record<string, Cell> = {};
  readonly sections: Section[] = [];

  add(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return [start, this.text.length];
  }

  line(s = ""): void {
    this.add(`${s}\n`);
  }

  /** A table row: the label, then the cells tab-separated. */
  row(
    label: string,
    ids: string[],
    values: Record<string, number>,
    print: (value: number, id: string) => string = String,
  ): void {
    this.add(label);
    for (const id of ids) {
      this.add("\t");
      const value = values[id] ?? 0;
      const text = print(value, id);
      this.cells[id] = { value, text, span: this.add(text) };
    }
    this.add("\n");
  }

  heading(no: SectionNo, heading: string): void {
    const span = this.add(heading);
    this.add("\n");
    const prev = this.sections[this.sections.length - 1];
    if (prev) prev.body = [prev.body[0], span[0]];
    this.sections.push({ no, heading, span, body: [span[1] + 1, span[1] + 1] });
  }

  /** Closes the last section's body at the end of the text so far. */
  endSections(): void {
    const last = this.sections[this.sections.length - 1];
    if (last) last.body = [last.body[0], this.text.length];
  }
}
