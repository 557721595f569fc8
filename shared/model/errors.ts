/** Stable codes for a file that could not be read as a report. */
export const READ_ERRORS = {
  EMPTY_FILE: "文件为空",
  FILE_TOO_LARGE: "文件过大，超出可读取的上限",
  UNSUPPORTED_FORMAT:
    "不支持的文件格式（仅支持 .txt、.docx、.doc、.wps、.pdf 和保存的网页 .html、.mhtml）",
  NOT_TEXT: "文件不是可识别的文本（可能是二进制文件或编码无法识别）",
  DOCX_CORRUPT: "Word 文档已损坏或不是有效的 .docx 文件",
  PDF_CORRUPT: "PDF 文件已损坏或不是有效的 PDF",
  PDF_ENCRYPTED: "PDF 文件已加密，无法读取",
  PDF_NO_TEXT: "PDF 没有文字层（可能是扫描件），无法读取",
  PDF_TEXT_GARBLED:
    "PDF 的文字层无法识别（字体未附编码表，复制出的文字是乱码），请开启扫描件文字识别后再导入，或向发布机关索取可复制文字的 PDF 或 Word 文档",
  NO_TABLES: "未找到年度报告的统计表格（表二、表三、表四），不像是政府信息公开工作年度报告",
  TABLES_AS_PICTURES:
    "报告的文字中没有统计表，统计表可能是插入的图片，未能读取；请导入 PDF 原件并开启文字识别（可识别图片中的表格），或对照原文人工核对",
  READ_FAILED: "文件无法读取",
  TOO_COMPLEX: "文件结构过于复杂，超出解析上限",
  OCR_UNREADABLE: "扫描件无法识别：页面空白、过于模糊，或不是文字报告",
  OCR_CANCELLED: "扫描件的文字识别已取消",
  OCR_FAILED: "扫描件的文字识别程序无法运行",
  HTML_NO_TEXT:
    "网页中没有可读的正文（正文可能由网页脚本加载或在框架中），请在浏览器中打开原网页，另存为“网页，单个文件（.mhtml）”后再导入",
  MHTML_CORRUPT: "网页存档（.mhtml）已损坏或不完整，其中找不到网页正文",
  DOC_CORRUPT: "旧版 Word 文档（.doc）已损坏或无法读取，请在 Word 或 WPS 中另存为 .docx 后再导入",
  WPS_UNREADABLE: "无法读取此 WPS 文字文件（.wps），请在 WPS 中另存为 .docx 后再导入",
} as const;

export type ReadErrorCode = keyof typeof READ_ERRORS;

export interface ReadError {
  code: ReadErrorCode;
  message: string;
}

export function readError(code: ReadErrorCode, detail?: string): ReadError {
  return { code, message: detail ? `${READ_ERRORS[code]}：${detail}` : READ_ERRORS[code] };
}

/** Whether what an adapter or a front end gave is its ReadError rather than the content. */
export function isReadError(x: unknown): x is ReadError {
  return typeof x === "object" && x !== null && "code" in x && "message" in x;
}
