// Moved to shared/text/number.ts. Kept only for shared/parse/pdf (rewritten on another branch):
// delete once its imports point at ../../text/number.js.
export { cellValue, isValueText, parseNumber } from "../text/number.js";
