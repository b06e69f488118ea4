import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Value } from './tables.js';

/** The field separators a spreadsheet reads: `;` for Excel set to a Vietnamese (or other comma-decimal) locale. */
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * RFC 4180: a field with the delimiter, a quote, CR or LF is quoted, quotes
 * doubled; records end in CRLF. Text that a spreadsheet would run as a formula
 * is neutralized first (below).
 */
export function csvRecord(values: readonly Value[], delimiter: CsvDelimiter = ','): string {
  return `${values.map((v) => csvField(v, delimiter)).join(delimiter)}\r\n`;
}

// OWASP's CSV injection advice: a text cell starting with = + - @ tab or CR gets a leading ' so Excel,
// LibreOffice and Google Sheets show it as text instead of evaluating it. Documents are untrusted input.
const formulaStart = new Set(['=', '+', '-', '@', '\t', '\r']);

function csvField(value: Value, delimiter: CsvDelimiter): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.has(text.charAt(0))) text = `'${text}`;
  let quote = false;
  for (const ch of text) {
    if (ch === delimiter || ch === '"' || ch === '\n' || ch === '\r') {
      quote = true;
      break;
    }
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes one CSV file, with a BOM so Excel reads the Vietnamese as UTF-8. */
export class CsvWriter {
  private readonly stream: WriteStream;

  constructor(readonly path: string, header: readonly string[], private readonly delimiter: CsvDelimiter = ',') {
    this.stream = createWriteStream(path);
    this.stream.write(`\uFEFF${csvRecord(header, delimiter)}`);
  }

  async write(values: readonly Value[]): Promise<void> {
    if (!this.stream.write(csvRecord(values, this.delimiter))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
  }
}
