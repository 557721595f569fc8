import yauzl from "yauzl";
import { entry, zip } from "./zip.js";

/** The entries of a zip, inflated. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const z = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const out = new Map<string, Buffer>();
  for await (const e of z.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await z.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.set(e.fileName, Buffer.concat(chunks));
  }
  return out;
}

/** The same .docx with word/document.xml changed by `edit`. */
export async function editBody(
  docx: Uint8Array,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const parts = await unzip(docx);
  return zip(
    [...parts].map(([name, data]) =>
      entry(name, name === "word/document.xml" ? edit(data.toString("utf8")) : data),
    ),
  );
}
