import { createInflateRaw } from 'node:zlib';

/**
 * The few parts of a ZIP container that a reader asks for, inflated under a
 * size cap that trusts no header. A .docx of a few hundred kilobytes can hold
 * entries that inflate to gigabytes (an image, a styles part) and can lie
 * about their sizes: entries are found through the central directory, only
 * the ones asked for are inflated, and inflating stops as soon as the bytes
 * actually produced pass the cap.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localHeader: number;
}

export interface ZipDirectory {
  entries: Map<string, ZipEntry>;
  /** Bytes inflated so far by `readEntry` on this directory, counted as they come out. */
  inflated: number;
}

export class ZipLimitError extends Error {}

const endOfDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64End = 0x06064b50;
const directoryEntry = 0x02014b50;
const localEntry = 0x04034b50;

/** The central directory; throws, saying why, when it cannot be found or read. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("the ZIP container is damaged, truncated or encrypted: can't find end of central directory");
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === zip64Locator) {
    const at = u64(end - 12);
    if (at + 56 > bytes.length || u32(at) !== zip64End) throw new Error('the ZIP container is damaged: bad ZIP64 directory record');
    count = u64(at + 32);
    offset = u64(at + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== directoryEntry) throw new Error('the ZIP container is damaged: its central directory is cut short');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw new Error('the ZIP container is damaged: its central directory is cut short');
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let compressedSize = u32(at + 20);
    let localHeader = u32(at + 42);
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff) {
      const zip64 = zip64Fields(view, at + 46 + nameLength, extraLength, u32(at + 24) === 0xffffffff, compressedSize === 0xffffffff, localHeader === 0xffffffff);
      compressedSize = zip64.compressedSize ?? compressedSize;
      localHeader = zip64.localHeader ?? localHeader;
    }
    if (!entries.has(name)) entries.set(name, { name, method: u16(at + 10), encrypted: (flags & 1) === 1, compressedSize, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, inflated: 0 };
}

/** The ZIP64 extra field holds, in this order, only the sizes and offset whose 32-bit fields are all ones. */
function zip64Fields(view: DataView, start: number, length: number, uncompressed: boolean, compressed: boolean, offset: boolean): { compressedSize?: number | undefined; localHeader?: number | undefined } {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= at + 4 + size ? Number(view.getBigUint64(field, true)) : undefined;
        field += 8;
        return value;
      };
      if (uncompressed) next();
      return { compressedSize: compressed ? next() : undefined, localHeader: offset ? next() : undefined };
    }
    at += 4 + size;
  }
  return {};
}

/**
 * One entry's bytes, inflated only up to `cap`: past it the inflater is
 * stopped and a ZipLimitError names the entry and the limit. The sizes the
 * headers claim are not trusted; the bytes that come out are counted.
 */
export async function readEntry(bytes: Uint8Array, zip: ZipDirectory, name: string, cap: number): Promise<Buffer | null> {
  const entry = zip.entries.get(name);
  if (!entry) return null;
  if (entry.encrypted) throw new Error(`${name} is encrypted`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localEntry) throw new Error(`the ZIP container is damaged: no local header for ${name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  const tooLarge = () => new ZipLimitError(`${name} inflates to more than ${formatLimit(cap)} (the limit for this part)`);
  if (entry.method === 0) {
    if (data.length > cap) throw tooLarge();
    zip.inflated += data.length;
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw new Error(`${name} uses ZIP compression method ${entry.method}, which kehoach does not read`);
  return new Promise<Buffer>((resolve, reject) => {
    const inflater = createInflateRaw();
    const chunks: Buffer[] = [];
    let total = 0;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      zip.inflated += chunk.length;
      if (total > cap) {
        inflater.destroy();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    inflater.on('error', (error) => reject(new Error(`the ZIP entry ${name} is damaged: ${error.message}`)));
    inflater.on('end', () => resolve(Buffer.concat(chunks, total)));
    inflater.end(data);
  });
}

/**
 * How deep the elements of an XML text nest, read in one pass. Parsers and
 * the walks over their trees take time or stack per level: a few kilobytes of
 * `<w:sdt>` nested two hundred thousand deep never finish.
 */
export function xmlDepth(xml: string): number {
  let depth = 0;
  let deepest = 0;
  let at = xml.indexOf('<');
  while (at >= 0) {
    const next = xml.charCodeAt(at + 1);
    if (xml.startsWith('<!--', at)) {
      const close = xml.indexOf('-->', at + 4);
      at = close < 0 ? -1 : xml.indexOf('<', close + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      const close = xml.indexOf(']]>', at + 9);
      at = close < 0 ? -1 : xml.indexOf('<', close + 3);
      continue;
    }
    const close = tagEnd(xml, at + 1);
    if (close < 0) break;
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */ && xml.charCodeAt(close - 1) !== 0x2f) {
      depth++;
      if (depth > deepest) deepest = depth;
    }
    at = xml.indexOf('<', close + 1);
  }
  return deepest;
}

/** The `>` closing a tag, skipping quoted attribute values (which may hold `>`). */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}

export function formatLimit(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
