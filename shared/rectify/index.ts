export * from "./diff.js";
export * from "./round.js";
