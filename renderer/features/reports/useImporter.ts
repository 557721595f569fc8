import { useCallback } from "react";
import type { ImportOutcome } from "../../../shared/ipc/contract.js";
import { useWorkbench } from "../../app/context.js";
import { importCancelled, importNotes, importProgress } from "../../app/audit-commands.js";
import type { Upload } from "../../app/actions.js";
import { fileToBase64, planBatches, triage, type Picked } from "./files.js";

async function read(p: Picked): Promise<Upload | ImportOutcome> {
  try {
    const data = await fileToBase64(p.file);
    return { name: p.name, data, fromFolder: p.fromFolder };
  } catch {
    const error = {
      code: "READ_FAILED" as const,
      message: "文件无法读取（可能已被移动或无权访问）",
    };
    return { file: p.name, kind: "failed", error };
  }
}

/** Reads picked files, sends them to the host in batches and shows progress and outcomes. */
export function useImporter() {
  const { dispatch, actions } = useWorkbench();
  return useCallback(
    async (picked: Picked[]) => {
      if (!picked.length) return;
      const { send, skipped } = triage(picked);
      dispatch(importNotes(skipped));
      actions.beginImport();
      let done = 0;
      const total = send.length;
      const show = (current: string | null) =>
        dispatch(importProgress({ done, total, current, cancelling: actions.cancelling }));
      show(null);
      try {
        for (const batch of planBatches(send, (p) => p.file.size)) {
          if (actions.cancelling) {
            dispatch(importCancelled(total - done));
            break;
          }
          show(batch[0]?.name ?? null);
          const results = await Promise.all(batch.map(read));
          const files = results.filter((r): r is Upload => "data" in r);
          dispatch(importNotes(results.filter((r): r is ImportOutcome => "kind" in r)));
          if (files.length && !(await actions.importBatch(files, done, total))) break;
          done += batch.length;
          show(null);
        }
      } finally {
        dispatch(importProgress(null));
      }
    },
    [dispatch, actions],
  );
}
