export { sameBody, sameName } from "./same.js";
