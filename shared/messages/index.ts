export * from "./labels.js";
export { MESSAGE_CODES, renderMessage } from "./zh-CN.js";
