import type { VerdictStatus } from "../../../shared/model/audit.js";
import { VERDICT_NAMES } from "../../../shared/messages/index.js";

/** The triage reasons (button and badge wording) and what each records. */
export const VERDICTS: { status: VerdictStatus; action: string; badge: string; hint: string }[] = [
  {
    status: "confirmed",
    action: "确认问题",
    badge: VERDICT_NAMES.confirmed,
    hint: "说明（可选），如：已与原文核对，确属错误",
  },
  {
    status: "misread",
    action: "解析有误",
    badge: VERDICT_NAMES.misread,
    hint: "原文实际数值或读取错误的说明，如：原文为 3；请在表格中更正该单元格",
  },
  {
    status: "dismissed",
    action: "非问题",
    badge: VERDICT_NAMES.dismissed,
    hint: "排除理由（可选），如：经核对原文，报告填写无误",
  },
];
