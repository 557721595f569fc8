import { randomUUID } from "node:crypto";
import { AUDIT_VERSION, type Audit } from "../../../shared/model/audit.js";

export function newAudit(inspector: string): Audit {
  const now = new Date().toISOString();
  return {
    version: AUDIT_VERSION,
    id: randomUUID(),
    title: "",
    inspector,
    createdAt: now,
    updatedAt: now,
    reports: [],
    failures: [],
  };
}
