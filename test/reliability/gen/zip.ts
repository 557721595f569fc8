import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** The bytes as stored in the archive (raw deflate when `deflated`). */
  stored: Uint8Array;
  deflated: boolean;
  crc: number;
  /** The uncompressed size the headers declare (a zip bomb may lie). */
  size: number;
}

/** An entry from its content, deflated, with honest headers. */
export function entry(name: string, content: string | Uint8Array): ZipEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return {
    name,
    stored: deflateRawSync(data),
    deflated: true,
    crc: crc32(data),
    size: data.length,
  };
}

/** A zip archive (PKWARE APPNOTE 4.3: local headers, central directory, end record). */
export function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.deflated ? 8 : 0, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 26); // flags, method, time, date, crc, sizes
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.stored));
    central.push(dir, name);
    offset += 30 + name.length + e.stored.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...central, end]));
}
