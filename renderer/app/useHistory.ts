import { useEffect, useState } from "react";
import type { HistoryPage, NianbaoApi } from "../../shared/ipc/contract.js";

/** The selected report's history, fetched again after every save (the log only grows). */
export function useHistory(
  api: NianbaoApi,
  reportId: string | null,
  savedAt: string | null | undefined,
): HistoryPage | null {
  const [page, setPage] = useState<{ id: string; page: HistoryPage } | null>(null);
  useEffect(() => {
    if (!reportId) return;
    let live = true;
    api["audit:history"]({ reportId }).then(
      (p) => live && setPage({ id: reportId, page: p }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, reportId, savedAt]);
  return page && page.id === reportId ? page.page : null;
}
