import { useEffect, useState } from "react";
import type { PageImage } from "../../../shared/ipc/contract.js";
import { useWorkbench } from "../../app/context.js";

/** A page of the selected report's .pdf as an image, fetched when the page changes. */
export function usePageImage(page: number | null) {
  const { report, actions } = useWorkbench();
  const [image, setImage] = useState<PageImage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const id = report?.id ?? null;
  useEffect(() => {
    if (!id || !page) return;
    let live = true;
    actions.pageImage(id, page).then(
      (img) => live && (setImage(img), setFailed(null)),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [actions, id, page]);
  const shown = image && image.reportId === id && image.page === page ? image : null;
  return { shown, failed };
}
