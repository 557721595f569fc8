import { z } from "zod";
import { LEVELS } from "../model/report.js";
import { MAX_PACK_CHARS } from "../model/rule-pack.js";
import type { ChannelName } from "./channels.js";

const id = z.string().min(1).max(200);
const cellId = z
  .string()
  .regex(/^t[234]\.[A-Za-z.]+$/)
  .max(80);
const cellValue = z.union([z.number().finite(), z.string().max(200), z.null()]);
const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const uploadSchema = z.object({
  name: z.string().min(1).max(500),
  /** The file's bytes, base64. */
  data: z.string().max(140_000_000),
  /** Found by walking a dropped or chosen folder: a file that is no report is skipped, not failed. */
  fromFolder: z.boolean().optional(),
});

export const remarkTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("report") }),
  z.object({ kind: z.literal("cell"), cell: cellId }),
  z.object({ kind: z.literal("text"), span, quote: z.string().max(2000) }),
]);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "不是有效的日期");

/** The memo and workbook of an export: which reports, which findings, the memo's fields. */
export const exportSchema = z
  .object({
    reportIds: z.array(id).min(1).max(5000),
    scope: z.enum(["confirmed", "open"]),
    includeDismissed: z.boolean(),
    perReport: z.boolean(),
    round: z.boolean().optional(),
    addressee: z.string().max(200),
    office: z.string().max(200),
    date: isoDate,
    docx: z.boolean(),
    xlsx: z.boolean(),
  })
  .strict()
  .refine((r) => r.docx || r.xlsx, "至少选择一种导出文件");
/** The answer of audit:importProgress; the renderer checks it too, as it is polled often. */
export const importProgressSchema = z
  .object({
    running: z.boolean(),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    /** The file most recently started. */
    current: z.string().max(500).nullable(),
    cancelling: z.boolean(),
  })
  .strict();

export type ImportProgress = z.infer<typeof importProgressSchema>;

/** Every channel of the contract with the schema its payload is validated against in main. */
export const REQUESTS = {
  "audit:get": z.object({}).strict(),
  "audit:import": z.object({ files: z.array(uploadSchema).min(1).max(1000) }).strict(),
  "audit:importPaths": z
    .object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(5000) })
    .strict(),
  "audit:chooseFiles": z.object({ folders: z.boolean() }).strict(),
  "audit:setCorrection": z
    .object({ reportId: id, cell: cellId, value: cellValue, clear: z.boolean() })
    .strict(),
  "audit:setVerdict": z
    .object({
      reportId: id,
      /** rule|code|#digest (findingKey). */
      key: z.string().min(1).max(200),
      status: z.enum(["confirmed", "misread", "dismissed"]).nullable(),
      note: z.string().max(5000),
    })
    .strict(),
  "audit:addRemark": z
    .object({ reportId: id, target: remarkTargetSchema, text: z.string().min(1).max(5000) })
    .strict(),
  "audit:deleteRemark": z.object({ reportId: id, remarkId: id }).strict(),
  "audit:setMeta": z
    .object({
      reportId: id,
      agency: z.string().max(200).optional(),
      level: z.enum(LEVELS).optional(),
      year: z.number().int().min(1990).max(2100).optional(),
    })
    .strict(),
  "audit:removeReport": z.object({ reportId: id }).strict(),
  "audit:setInspector": z.object({ name: z.string().min(1).max(100) }).strict(),
  /** The history of one report (with the audit-wide entries), or of the whole audit. */
  "audit:history": z.object({ reportId: id.optional() }).strict(),
  /** Signs the report off as reviewed up to history entry `seq` (what the reviewer saw). */
  "audit:signOff": z
    .object({
      reportId: id,
      seq: z.number().int().min(0),
      note: z.string().max(5000),
      /** Who signs: a second inspector, not one who judged the report's findings. */
      reviewer: z.string().trim().min(1).max(100),
    })
    .strict(),
  /** Marks the report as the corrected version of `of` (整改复核), or unlinks it (null). */
  "audit:linkRound": z.object({ reportId: id, of: id.nullable() }).strict(),
  "audit:export": exportSchema,
  /** A page of a scanned report as an image, for the source pane (O01: the cell on the scan). */
  "audit:pageImage": z.object({ reportId: id, page: z.number().int().min(1).max(300) }).strict(),
  /** The scan being recognised during an import (progress per page), and cancelling it. */
  "audit:ocrStatus": z.object({}).strict(),
  "audit:cancelOcr": z.object({}).strict(),
  "audit:importProgress": z.object({}).strict(),
  "audit:cancelImport": z.object({}).strict(),
  /** The audit's rule pack from a file the page read (browser mode): its name and JSON text. */
  "audit:setRulePack": z
    .object({ fileName: z.string().min(1).max(500), text: z.string().max(4 * MAX_PACK_CHARS) })
    .strict(),
  /** The audit's rule pack from a file chosen in the host's dialog (Electron). */
  "audit:chooseRulePack": z.object({}).strict(),
  /** Back to the rule catalog as bundled. */
  "audit:clearRulePack": z.object({}).strict(),
} as const satisfies Record<ChannelName, z.ZodType>;

export type Channel = keyof typeof REQUESTS;
export type RequestOf<C extends Channel> = z.infer<(typeof REQUESTS)[C]>;
export const CHANNELS = Object.keys(REQUESTS) as Channel[];
