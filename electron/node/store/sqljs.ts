import { createRequire } from "node:module";
import initSqlJs, { type SqlJsStatic } from "sql.js";

let loading: Promise<SqlJsStatic> | null = null;

/** The sql.js module, initialised once per process (the WASM file is located beside the package). */
export function loadSql(): Promise<SqlJsStatic> {
  if (!loading) {
    const wasm = createRequire(import.meta.url).resolve("sql.js/dist/sql-wasm.wasm");
    loading = initSqlJs({ locateFile: () => wasm });
    loading.catch(() => (loading = null));
  }
  return loading;
}
