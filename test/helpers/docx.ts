import JSZip from 'jszip';

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A minimal .docx: body XML, plus any other entries (name → content). */
export async function buildDocx(body: string, extra: Record<string, string | Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/** Rewrites the uncompressed size that the local and central headers of `name` claim. */
export function lieAboutSize(zip: Buffer, name: string, claimed: number): Buffer {
  const bytes = Buffer.from(zip);
  const wanted = Buffer.from(name);
  for (const [signature, nameAt, sizeAt] of [[0x02014b50, 46, 24], [0x04034b50, 30, 22]] as const) {
    const sig = Buffer.alloc(4);
    sig.writeUInt32LE(signature);
    for (let at = bytes.indexOf(sig); at >= 0; at = bytes.indexOf(sig, at + 4)) {
      if (bytes.subarray(at + nameAt, at + nameAt + wanted.length).equals(wanted)) bytes.writeUInt32LE(claimed, at + sizeAt);
    }
  }
  return bytes;
}
