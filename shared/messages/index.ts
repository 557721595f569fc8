export * from "./labels.js";
export { MESSAGE_CODES, renderMessage } from "./zh-CN.js";
export { READER_CODES, readerText } from "./reader.js";
export { ERROR_MESSAGES, errorText } from "./errors.js";
export { isChineseText, LATIN_ALLOWED } from "./chinese.js";
