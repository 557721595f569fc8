import { amountUnit } from "./kinds/amount-unit.js";
import { atMost } from "./kinds/at-most.js";
import { cellContent } from "./kinds/cell-content.js";
import { cellsUnread } from "./kinds/unread-cells.js";
import { copiedText } from "./kinds/copied-text.js";
import { duplicateRows } from "./kinds/duplicate-rows.js";
import { enumerationSum } from "./kinds/enumeration-sum.js";
import { narrativeNumbers } from "./kinds/narrative-numbers.js";
import { ocrConfidence } from "./kinds/ocr-confidence.js";
import { publishDeadline } from "./kinds/publish-deadline.js";
import { regulationAuthority } from "./kinds/regulation-authority.js";
import { sectionContent, sectionMentions } from "./kinds/section-text.js";
import { sectionHeading, sectionMissing, sectionOrder } from "./kinds/sections.js";
import { statisticalPeriod } from "./kinds/statistical-period.js";
import { sumIdentity } from "./kinds/sum-identity.js";
import { labelDeviation, tableMissing, tableShape, templateYear } from "./kinds/template.js";
import { titleBody, titleYear } from "./kinds/title.js";
import { yearChain } from "./kinds/year-chain.js";
import type { RuleKind } from "./types.js";

/** Every rule kind, by name. A rule of the catalog names its kind here. */
export const KINDS: ReadonlyMap<string, RuleKind> = new Map(
  [
    sectionMissing,
    sectionHeading,
    sectionOrder,
    templateYear,
    tableMissing,
    labelDeviation,
    tableShape,
    cellsUnread,
    titleBody,
    titleYear,
    cellContent,
    amountUnit,
    sumIdentity,
    atMost,
    regulationAuthority,
    duplicateRows,
    publishDeadline,
    statisticalPeriod,
    sectionMentions,
    sectionContent,
    narrativeNumbers,
    enumerationSum,
    yearChain,
    copiedText,
    ocrConfidence,
  ].map((k) => [k.kind, k]),
);
