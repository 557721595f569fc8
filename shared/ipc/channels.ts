/** The channel names alone (no schemas), for the preload's allow-list. */
export const CHANNEL_NAMES = [
  "audit:get",
  "audit:import",
  "audit:importPaths",
  "audit:chooseFiles",
  "audit:setCorrection",
  "audit:setVerdict",
  "audit:addRemark",
  "audit:deleteRemark",
  "audit:setMeta",
  "audit:removeReport",
  "audit:setInspector",
  "audit:history",
  "audit:signOff",
  "audit:linkRound",
  "audit:export",
  "audit:pageImage",
  "audit:ocrStatus",
  "audit:cancelOcr",
  "audit:importProgress",
  "audit:cancelImport",
  "audit:setRulePack",
  "audit:chooseRulePack",
  "audit:clearRulePack",
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** What crosses the bridge: the preload's and the browser host's common answer shape. */
export type BridgeResult<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string } };

export interface Bridge {
  invoke(channel: string, payload: unknown): Promise<BridgeResult>;
}
