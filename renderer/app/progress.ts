import type { NianbaoApi } from "../../shared/ipc/contract.js";
import { importProgressSchema, type ImportProgress } from "../../shared/ipc/schemas.js";

/**
 * Asks the host how far its import has got, every `everyMs` until stopped. Polling works the same
 * over Electron's IPC and the browser host's HTTP; each answer is checked before it is shown.
 */
export function pollImport(
  api: NianbaoApi,
  on: (p: ImportProgress) => void,
  everyMs = 200,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout>;
  const tick = async () => {
    try {
      const p = importProgressSchema.safeParse(await api["audit:importProgress"]({}));
      if (p.success && !stopped) on(p.data);
    } catch {
      // A missed answer is shown by the next one.
    }
    if (!stopped) timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, everyMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
