import { isUtf8 } from 'node:buffer';
import type { Reporter } from '../core/diagnostic.js';
import { utf16Order } from './sniff-binary.js';

export interface DecodedBytes {
  text: string;
  encoding: string;
}

/**
 * Bytes to a string. A byte-order mark wins; then UTF-16 recognised from its
 * zero bytes; then the declared charset (HTML); then strict UTF-8; then the
 * legacy Vietnamese encoding that reads best (Windows-1258, TCVN3, VNI).
 * Never throws.
 */
export async function decodeBytes(bytes: Uint8Array, reporter: Reporter, declared?: string | null): Promise<DecodedBytes> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    reporter.report('decode/bom', 'A UTF-8 byte-order mark was removed.');
    return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    reporter.report('decode/utf16', `The input is ${encoding.toUpperCase()} (byte-order mark).`);
    return { text: decodeWith(encoding, bytes.subarray(2)), encoding };
  }
  const order = utf16Order(bytes);
  if (order) {
    reporter.report('decode/utf16-no-bom', `The input is ${order.toUpperCase()} without a byte-order mark.`);
    return { text: decodeWith(order, bytes), encoding: order };
  }
  const label = declared ? normalizeLabel(declared) : null;
  if (label && label !== 'utf-8') {
    const text = await tryDecode(label, bytes);
    if (text !== null) {
      reporter.report('decode/declared-charset', `Decoded with the declared charset ${label}.`);
      return { text, encoding: label };
    }
  }
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  // Not UTF-8: the legacy Vietnamese encoding whose reading looks most Vietnamese (Windows-1258, TCVN3, VNI).
  const { readLegacy } = await import('./legacy.js');
  const legacy = await readLegacy(bytes);
  if (label === 'utf-8') {
    reporter.report('decode/charset-mismatch', `The page declares UTF-8 but its bytes are not valid UTF-8; read as ${legacy.name}.`);
  } else {
    reporter.report('decode/legacy-encoding', `The bytes are not valid UTF-8; read as ${legacy.name} (a legacy Vietnamese encoding).`);
  }
  return { text: legacy.text, encoding: legacy.encoding };
}

function normalizeLabel(label: string): string | null {
  const lower = label.trim().toLowerCase();
  try {
    // TextDecoder resolves aliases (e.g. "latin1" -> windows-1252).
    return new TextDecoder(lower).encoding;
  } catch {
    return null;
  }
}

async function tryDecode(label: string, bytes: Uint8Array): Promise<string | null> {
  try {
    // Node's TextDecoder reads windows-1252 (and its alias latin1, which Word's
    // "Save as Web page" declares) as Latin-1: 0x80–0x9F become C1 controls, and
    // “ ” – … vanish. iconv-lite has the real table.
    if (label === 'windows-1252') {
      const { default: iconv } = await import('iconv-lite');
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
    }
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}
