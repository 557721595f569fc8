/** A violation dependency-cruiser reported (a folder cycle carries its folders). */
export interface KnownViolation {
  rule: { name: string };
  from: string;
  cycle?: { name: string }[];
}
/** The folders `npm run deps` checks. */
export const ROOTS: string[];
/** Every broken boundary under `roots` (relative to `baseDir`), as "rule: from → to" lines. */
export function checkBoundaries(
  roots?: string[],
  baseDir?: string,
  known?: KnownViolation[],
): Promise<string[]>;
