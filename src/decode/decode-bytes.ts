import { isUtf8 } from 'node:buffer';
import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
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
  // UTF-8 with a few damaged bytes (a truncated download, a bad copy) is still UTF-8: read as Windows-1258 every
  // Vietnamese letter would turn to mojibake, to save a byte or two.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const damaged = countDamaged(lenient);
  if (damaged.multibyte > 0 && damaged.replaced <= Math.max(3, damaged.multibyte / 4)) {
    reporter.report('decode/invalid-utf8', `${damaged.replaced} byte sequence(s) are not valid UTF-8 in otherwise UTF-8 text; each was replaced by “\uFFFD”.`);
    return { text: lenient, encoding: 'utf-8' };
  }
  // Not UTF-8: the legacy Vietnamese encoding whose reading looks most Vietnamese (Windows-1258, TCVN3, VNI).
  const { readLegacy, vietnameseScore } = await import('./legacy.js');
  const legacy = await readLegacy(bytes);
  // Any bytes decode in a single-byte encoding; whether the result is text is the question. Random or binary
  // bytes read as neither Vietnamese (no common words) nor plain text (symbols and control characters).
  if (vietnameseScore(legacy.text) < 1 && textLikeness(legacy.text) < 0.95) {
    reporter.report('decode/binary', 'Not a text document (its bytes read as text in no encoding: binary or random data).');
    return { text: '', encoding: 'binary' };
  }
  if (label === 'utf-8') {
    reporter.report('decode/charset-mismatch', `The page declares UTF-8 but its bytes are not valid UTF-8; read as ${legacy.name}.`);
  } else {
    reporter.report('decode/legacy-encoding', `The bytes are not valid UTF-8; read as ${legacy.name} (a legacy Vietnamese encoding).`);
  }
  return { text: legacy.text, encoding: legacy.encoding };
}

/** Characters U+FFFD (each a damaged sequence) and well-formed non-ASCII characters in a lenient UTF-8 reading. */
function countDamaged(text: string): { replaced: number; multibyte: number } {
  let replaced = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f && (c < 0xdc00 || c > 0xdfff)) multibyte++;
  }
  return { replaced, multibyte };
}

/** Share of letters, marks, digits, spaces and ordinary punctuation: near 1 for any text, far lower for random bytes. */
export function textLikeness(text: string): number {
  const sample = text.slice(0, 20_000);
  if (sample.length === 0) return 1;
  let ok = 0;
  const textChar = rule('formats.textChar');
  for (const ch of sample) if (textChar.test(ch)) ok++;
  return ok / sample.length;
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
