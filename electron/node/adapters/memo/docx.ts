import {
  AlignmentType,
  Document,
  Footer,
  PageBreak,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { titleLines, widthOf, type Memo } from "../../../../shared/memo/index.js";
import { blockElements, bodyParagraph, run } from "./docx-blocks.js";
import { withFontTable } from "./fonts.js";
import { CHAR, LINE, PAGE, SIZE, TEXT_WIDTH, fontOf } from "./gongwen.js";

const blank = (keepNext = false) => new Paragraph({ spacing: LINE.body, keepNext, children: [] });

/** 2号 characters on a line of the text area (156 mm). */
const TITLE_CHARS = Math.floor(TEXT_WIDTH / (SIZE.title * 10));

const title = (parts: string[]) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: LINE.title,
    children: titleLines(parts, TITLE_CHARS).map(
      (line, i) =>
        new TextRun({ text: line, font: fontOf("title"), size: SIZE.title, break: i ? 1 : 0 }),
    ),
  });

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.1): the date four characters from the right, the
 * office centred over it.
 */
function signature(office: string, date: string): Paragraph[] {
  const dateRight = 4;
  const officeRight = Math.max(0, dateRight + (widthOf(date) - widthOf(office)) / 2);
  const right = (text: string, chars: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext,
      indent: { right: Math.round(chars * CHAR) },
      spacing: LINE.body,
      children: [run(text)],
    });
  // No 署名 typed: nothing printed over the date (a placeholder would be sent as it is).
  const signed = office ? [right(office, officeRight, true)] : [];
  return [...signed, right(date, dateRight, false)];
}

/** 页码: 4号 宋体 numbers between two 一字线, centred under the text area. */
const pageNumbers = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: fontOf("pageNumber"),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });

function attachmentPages(m: Memo): Paragraph[] {
  if (!m.attachment) return [];
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ spacing: LINE.body, children: [run("附件", "heading1")] }),
    blank(),
    title([m.attachment.title]),
    blank(),
    ...(m.attachment.body.flatMap(blockElements) as Paragraph[]),
  ];
}

/**
 * The memo as a .docx in 公文 style (GB/T 9704): the copy the county receives. The
 * reproducibility stamp (SHA-256 of the inputs) stays with the inspector, in the workbook.
 */
export async function memoDocx(m: Memo): Promise<Uint8Array> {
  const last = m.body[m.body.length - 1];
  const closing = last?.kind === "paragraph" ? last.text : null;
  // The closing paragraph, 附件说明 and the signature stay on one page (GB/T 9704 7.3.5.4).
  const children = [
    title(m.titleParts),
    blank(),
    new Paragraph({ spacing: LINE.body, children: [run(`${m.addressee}：`)] }),
    ...(closing === null ? m.body : m.body.slice(0, -1)).flatMap(blockElements),
    ...(closing === null ? [] : [bodyParagraph(closing, "body", true)]),
    ...(m.attachment
      ? [blank(true), bodyParagraph(`附件：${m.attachment.title}`, "body", true)]
      : []),
    blank(true),
    blank(true),
    ...signature(m.office, m.date),
    ...attachmentPages(m),
  ];
  const doc = new Document({
    creator: "nianbao",
    title: m.title,
    styles: { default: { document: { run: { size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              footer: PAGE.footer,
              header: PAGE.footer,
            },
          },
        },
        footers: { default: pageNumbers() },
        children,
      },
    ],
  });
  return withFontTable(new Uint8Array(await Packer.toBuffer(doc)));
}
