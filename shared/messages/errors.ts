import { READ_ERRORS } from "../model/errors.js";
import { isChineseText } from "./chinese.js";

/**
 * What the inspector reads for each error code the host, the transport or the page can answer
 * with: a file that could not be read (READ_ERRORS), a refused or failed call (the IPC contract's
 * ApiError codes) and the browser mode's connection.
 */
export const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ...READ_ERRORS,
  INVALID_REQUEST: "操作未能完成：提交的内容不符合要求，请重试；如仍失败，请重新打开审核文件",
  UNKNOWN_CHANNEL: "操作未能完成：工作台与服务的版本不一致，请重新启动 nianbao",
  FORBIDDEN: "访问被拒绝：请使用 nianbao 启动时给出的地址打开工作台",
  SERVICE_ERROR: "操作未能完成：服务处理时出错，审核文件未作更改，请重试",
  NETWORK: "无法连接工作台服务，请确认 nianbao 仍在运行",
};

/** An HTTP status the browser-mode host answered with instead of the contract's reply. */
const HTTP = /^HTTP_(\d{3})$/;

/**
 * The sentence shown for an error: its own message when that is Chinese (it carries the detail:
 * which file, which page), else the sentence of its code, else a general one naming the code.
 */
export function errorText(code: string | null, message: string): string {
  if (isChineseText(message)) return message;
  const known = code ? ERROR_MESSAGES[code] : undefined;
  if (known) return known;
  const http = code ? HTTP.exec(code) : null;
  if (http) return `工作台服务返回了错误（HTTP ${http[1]}），请重试`;
  return code ? `操作未能完成（错误代码 ${code}），请重试` : "操作未能完成，请重试";
}
