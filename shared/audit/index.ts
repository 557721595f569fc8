export * from "./effective.js";
export * from "./findings.js";
export * from "./mutations.js";
export * from "./new-report.js";
export * from "./rule-pack.js";
