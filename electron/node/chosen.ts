import { isAbsolute, relative, resolve } from "node:path";

/**
 * The files and folders the inspector chose in a dialog. A path named by the renderer is let
 * through only when it is one of them or lies inside a chosen folder (after resolving `..`).
 */
export class ChosenPaths {
  private files = new Set<string>();
  private folders = new Set<string>();

  add(paths: string[], folders: boolean): void {
    for (const p of paths) (folders ? this.folders : this.files).add(resolve(p));
  }

  allows(path: string): boolean {
    if (!isAbsolute(path) || path.includes("\0")) return false;
    const p = resolve(path);
    if (this.files.has(p)) return true;
    for (const dir of this.folders) {
      const rel = relative(dir, p);
      if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))) return true;
    }
    return false;
  }

  /** The paths of `paths` that were not chosen. */
  refused(paths: string[]): string[] {
    return paths.filter((p) => !this.allows(p));
  }
}
