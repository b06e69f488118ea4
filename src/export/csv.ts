import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Value } from './tables.js';

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled; records end in CRLF. */
export function csvRecord(values: readonly Value[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: Value): string {
  if (value === null) return '';
  const text = String(value);
  let quote = false;
  for (const ch of text) {
    if (ch === ',' || ch === '"' || ch === '\n' || ch === '\r') {
      quote = true;
      break;
    }
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes one CSV file, with a BOM so Excel reads the Vietnamese as UTF-8. */
export class CsvWriter {
  private readonly stream: WriteStream;

  constructor(readonly path: string, header: readonly string[]) {
    this.stream = createWriteStream(path);
    this.stream.write(`\uFEFF${csvRecord(header)}`);
  }

  async write(values: readonly Value[]): Promise<void> {
    if (!this.stream.write(csvRecord(values))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
  }
}
