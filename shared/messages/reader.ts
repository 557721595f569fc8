import type { ReaderMessage } from "../model/report.js";
import { t3RowLabel, tableName } from "./labels.js";
import { int, str, type Params } from "./params.js";

const pages = (p: Params) => {
  const from = int(p, "from");
  const to = int(p, "to");
  return to > from ? `第${from}–${to}页` : `第${from}页`;
};

/** What each reader message says (zh-CN), from its code and params: the one place it is built. */
const READER_MESSAGES: Record<string, (p: Params) => string> = {
  EXTENSION_MISMATCH: (p) =>
    `文件扩展名为 .${str(p, "declared")}，实际内容为 ${str(p, "format")} 格式`,
  MIXED_ENCODING: () => "文件中混有 UTF-8 和 GB18030 两种编码，已逐行识别",
  ENCODING_DAMAGED: (p) => `文件中有 ${int(p, "lines")} 行含无法识别的字节，已显示为 �`,
  HTML_NO_ARTICLE: () => "网页中未找到年度报告的章节标题和统计表格，已按整个网页的文字读取",
  HTML_IMAGES: (p) =>
    `网页正文中有 ${int(p, "images")} 张图片，图片中的内容未读取（若表格以图片发布，请对照原网页核对）`,
  HTML_HEAD_TITLE: (p) => `网页正文中没有报告标题，标题取自网页的标题栏：「${str(p, "title")}」`,
  HTML_TOO_DEEP: () => "网页元素嵌套过深，过深部分的内容未读取",
  PDF_TABLE_RULED: (p) =>
    `${pages(p)}的表格按表格线读取（${int(p, "rows")}行×${int(p, "columns")}列）`,
  PDF_TABLE_POSITIONS: (p) =>
    `第${int(p, "page")}页的表格没有表格线，按文字位置读取（${int(p, "rows")}行）`,
  OCR: (p) =>
    `扫描件（无文字层），经文字识别读取，共 ${int(p, "pages")} 页；低置信度的单元格标为待核对`,
  OCR_TABLE_IMAGES: (p) =>
    `PDF 的文字层中没有统计表（表格是插入的图片），已将全部 ${int(p, "pages")} 页经文字识别读取；低置信度的单元格标为待核对`,
  OCR_TABLE_PICTURES: (p) =>
    `PDF 的文字层缺少统计表，文件中有插入的图片，已将全部 ${int(p, "pages")} 页经文字识别读取（图片中的表格由此读出）；低置信度的单元格标为待核对`,
  OCR_PICTURES: (p) =>
    `文字中缺少统计表，文件中插入的 ${int(p, "count")} 张图片已经文字识别，图片中的表格由此读出（这些单元格为识别所得）；低置信度的单元格标为待核对`,
  OCR_TEXT_GARBLED: (p) =>
    `PDF 的文字层是乱码（字体未附编码表），已按扫描件经文字识别读取，共 ${int(p, "pages")} 页；低置信度的单元格标为待核对`,
  OCR_LABELS: (p) =>
    `${int(p, "count")} 处表格标签识别置信度低、与模板不同，按识别误差处理，未列为标签不一致`,
  TEMPLATE_GUESSED: (p) =>
    `表格中没有区分模板版本的栏目，按报告年度推定为${str(p, "version")}版模板`,
  TABLE_NOT_FOUND: (p) => `未找到${tableName(int(p, "table"))}`,
  TABLE_UNREAD: (p) =>
    `${tableName(int(p, "table"))}已找到，但其数字的次序不能确定各自所在的行列，该表的单元格均按未知处理`,
  TABLE_PICTURE: (p) =>
    `文字中未找到${tableName(int(p, "table"))}；${str(p, "pages") ? `第 ${str(p, "pages")} 页` : "文件中"}有 ${int(p, "count")} 张图片未读取，该表可能是图片，其单元格均按未知处理，请对照原文核对`,
  PICTURE_NOT_TABLE: (p) =>
    `文字中未找到${tableName(int(p, "table"))}；${str(p, "pages") ? `第 ${str(p, "pages")} 页插入的图片` : `文件中插入的 ${int(p, "count")} 张图片`}已经文字识别，也未读出该表`,
  ROW_NOT_FOUND: (p) => `${tableName(3)}未找到「${t3RowLabel(str(p, "row"))}」行`,
  // A note saved by an earlier version as a sentence only (restored audits).
  READER_NOTE: (p) => str(p, "text") || "读取提示",
};

/** Every code a reader message can have (for tests). */
export const READER_CODES: readonly string[] = Object.keys(READER_MESSAGES);

/** The sentence of a reader message (zh-CN); a code this version does not know is named. */
export function readerText(m: Pick<ReaderMessage, "code" | "params">): string {
  const render = READER_MESSAGES[m.code];
  return render ? render(m.params) : `读取提示（${m.code}）`;
}
