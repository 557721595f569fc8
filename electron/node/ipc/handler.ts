import type { NianbaoApi } from "../../../shared/ipc/contract.js";
import { dispatch, type DispatchResult } from "./dispatch.js";

const FORBIDDEN: DispatchResult = {
  ok: false,
  error: { code: "FORBIDDEN", message: "调用来源不受信任" },
};

/** The handler registered for one channel: a call from an untrusted sender never reaches a service. */
export function ipcHandler<E>(
  api: NianbaoApi,
  channel: string,
  trusted: (event: E) => boolean,
): (event: E, payload: unknown) => Promise<DispatchResult> {
  return async (event, payload) => (trusted(event) ? dispatch(api, channel, payload) : FORBIDDEN);
}
