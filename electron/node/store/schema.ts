import { AUDIT_VERSION } from "../../../shared/model/audit.js";

export const APP = "nianbao";
/** "NBAU" in the SQLite header, so a file can be recognised from its first 100 bytes. */
export const APPLICATION_ID = 0x4e424155;

// PRAGMA takes no bound parameters; the values are integer constants of this module.
export const CREATE_SCHEMA = `
PRAGMA auto_vacuum = FULL;
PRAGMA application_id = ${APPLICATION_ID};
PRAGMA user_version = ${Math.trunc(AUDIT_VERSION)};
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE reports (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
  format TEXT NOT NULL, imported_at TEXT NOT NULL, source BLOB, report_json TEXT NOT NULL,
  corrections_json TEXT NOT NULL, verdicts_json TEXT NOT NULL, remarks_json TEXT NOT NULL,
  meta_json TEXT NOT NULL, review_json TEXT, round_json TEXT
);
CREATE TABLE failures (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, file_name TEXT NOT NULL, error_json TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE history (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, by TEXT NOT NULL, kind TEXT NOT NULL, report_id TEXT,
  detail_json TEXT NOT NULL, hash TEXT NOT NULL
);
`;

const MAGIC = "SQLite format 3\0";

export interface Header {
  /** False when the bytes are no SQLite database (nor the start of one). */
  sqlite: boolean;
  /** False when the file is shorter than its header says (truncated). */
  complete: boolean;
  applicationId: number;
  userVersion: number;
}

/** Reads the 100-byte SQLite header (https://www.sqlite.org/fileformat.html#the_database_header). */
export function readHeader(bytes: Uint8Array): Header {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 100));
  const magic = head.subarray(0, 16).toString("latin1");
  if (!MAGIC.startsWith(magic)) {
    return { sqlite: false, complete: false, applicationId: 0, userVersion: 0 };
  }
  if (head.length < 100) return { sqlite: true, complete: false, applicationId: 0, userVersion: 0 };
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = head.readUInt32BE(28);
  const sizeValid = pages > 0 && head.readUInt32BE(24) === head.readUInt32BE(92);
  const complete = sizeValid
    ? bytes.length >= pageSize * pages
    : pageSize > 0 && bytes.length % pageSize === 0;
  return {
    sqlite: true,
    complete,
    applicationId: head.readUInt32BE(68),
    userVersion: head.readUInt32BE(60),
  };
}
