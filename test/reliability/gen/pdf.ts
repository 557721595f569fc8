import { randomBytes } from "node:crypto";

/** A PDF object body; a stream is given as [dictionary entries, data]. */
type PdfObject = string | { dict: string; data: Buffer };

/** A PDF file from its objects (1 is the catalog), with a correct cross-reference table. */
export function pdfFile(objects: PdfObject[], trailer = ""): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const body =
      typeof o === "string"
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, "latin1")
        : Buffer.concat([
            Buffer.from(
              `${i + 1} 0 obj\n<< ${o.dict} /Length ${o.data.length} >>\nstream\n`,
              "latin1",
            ),
            o.data,
            Buffer.from("\nendstream\nendobj\n", "latin1"),
          ]);
    parts.push(body);
    at += body.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>`,
    "startxref",
    String(at),
    "%%EOF\n",
  ].join("\n");
  parts.push(Buffer.from(xref, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}

const page = (contents: number, resources: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${contents} 0 R >>`;
const FONT = "<< /Font << /F1 3 0 R >> >>";

/** `n` pages of one line of Helvetica text each. */
export function textPages(n: number, line = (i: number) => `Page ${i + 1}`): Uint8Array {
  const objects: PdfObject[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${Array.from({ length: n }, (_, i) => `${4 + 2 * i} 0 R`).join(" ")}] /Count ${n} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  for (let i = 0; i < n; i++) {
    objects.push(page(5 + 2 * i, FONT));
    objects.push({ dict: "", data: Buffer.from(`BT /F1 12 Tf 72 760 Td (${line(i)}) Tj ET`) });
  }
  return pdfFile(objects);
}

/** One page that paints a grey image and has no text operators: a scan without a text layer. */
export function imageOnly(): Uint8Array {
  return pdfFile([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page(4, "<< /XObject << /Im1 5 0 R >> >>"),
    { dict: "", data: Buffer.from("q 400 0 0 560 100 140 cm /Im1 Do Q") },
    {
      dict: "/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8",
      data: Buffer.alloc(256, 0x80),
    },
  ]);
}

const hex = (b: Buffer) => `<${b.toString("hex")}>`;

/**
 * A page encrypted with the standard security handler (AES-256, revision 6) under a user
 * password nobody knows: the /U and /O entries are random, so no password opens it.
 */
export function encrypted(): Uint8Array {
  const enc =
    "<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 " +
    "/CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF " +
    `/U ${hex(randomBytes(48))} /O ${hex(randomBytes(48))} /UE ${hex(randomBytes(32))} /OE ${hex(randomBytes(32))} /Perms ${hex(randomBytes(16))} >>`;
  return pdfFile(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      page(5, FONT),
      { dict: "", data: randomBytes(64) },
      enc,
    ],
    `/Encrypt 6 0 R /ID [${hex(randomBytes(16))} ${hex(randomBytes(16))}] `,
  );
}
