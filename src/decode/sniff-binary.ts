import { binarySignatures, imageKinds, oleSignature, pdfSignature, wordDocumentStream, zipSignature } from '../../grammars/formats.js';

const sample = 4096;

/**
 * What a non-text input looks like (“PDF”, “PNG image”), from its signature
 * or, failing that, from NUL and control bytes that no text encoding has;
 * null for text. UTF-16 without a byte-order mark is text (see `utf16Order`).
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const sig of binarySignatures) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) return sig.name;
  }
  if (utf16Order(bytes)) return null;
  const head = bytes.subarray(0, sample);
  let suspicious = 0;
  for (const b of head) if (b === 0 || (b < 0x09 && b !== 0x1b)) suspicious++;
  return head.length > 0 && suspicious / head.length > 0.1 ? 'binary data' : null;
}

/**
 * UTF-16 without a byte-order mark: ASCII characters leave a zero byte on
 * every other position (high byte first for big-endian).
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, sample - (sample % 2));
  if (head.length < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = Math.floor(head.length / 2);
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Starts like a ZIP package (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return zipSignature.every((b, i) => bytes[i] === b);
}

/** A Word 97–2003 document: an OLE compound file with a “WordDocument” stream (not an .xls or .msg). */
export function isWordDoc(bytes: Uint8Array): boolean {
  if (!oleSignature.every((b, i) => bytes[i] === b)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(wordDocumentStream, 'utf16le')) >= 0;
}

/** Starts with %PDF-. */
export function isPdf(bytes: Uint8Array): boolean {
  return pdfSignature.every((b, i) => bytes[i] === b);
}

/** A page image Tesseract can read (PNG, JPEG, TIFF). */
export function isImage(bytes: Uint8Array): boolean {
  const kind = binaryKind(bytes);
  return kind !== null && imageKinds.includes(kind);
}
