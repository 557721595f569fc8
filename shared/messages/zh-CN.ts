import type { Finding } from "../model/finding.js";
import { CELL_MESSAGES } from "./cells.js";
import { NUMBER_MESSAGES } from "./numbers.js";
import { TEXT_MESSAGES } from "./text.js";
import type { Params } from "./params.js";

const MESSAGES: Record<string, (p: Params) => string> = {
  ...TEXT_MESSAGES,
  ...CELL_MESSAGES,
  ...NUMBER_MESSAGES,
};

/** The sentence of a finding (zh-CN), from its code and params; the only place it is built. */
export function renderMessage(f: Finding): string {
  const m = MESSAGES[f.code];
  return m ? m(f.params) : `${f.rule}（${f.code}）`;
}

/** Every code the messages know (for tests and the CLI). */
export const MESSAGE_CODES: readonly string[] = Object.keys(MESSAGES);
