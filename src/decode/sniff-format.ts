import { rule, scan } from '../grammar/registry.js';
import type { InputFormat } from './types.js';

const byExtension: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  doc: 'doc',
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  tif: 'image',
  tiff: 'image',
};

/** The format a file name implies, or null when it says nothing. */
export function formatFromPath(path: string | null | undefined): InputFormat | null {
  const ext = path ? rule('formats.fileExtension').exec(path)?.groups?.['ext']?.toLowerCase() : undefined;
  return ext ? (byExtension[ext] ?? null) : null;
}

/**
 * The format the content looks like, from its first few kilobytes: markup
 * tags mean HTML; ATX headings or pipe-table rules mean markdown; anything
 * else is plain text.
 */
export function sniffFormat(head: string): Exclude<InputFormat, 'docx' | 'doc' | 'pdf' | 'image'> {
  const sample = head.slice(0, 4096);
  if (rule('formats.htmlStart').test(sample)) return 'html';
  let tags = 0;
  for (const _ of scan('formats.htmlTag', sample)) if (++tags >= 3) return 'html';
  if (rule('formats.markdownHeading').test(sample) || rule('formats.markdownTableRule').test(sample)) return 'markdown';
  return 'text';
}

/** The charset an HTML page declares in a meta tag, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Meta tags are ASCII whatever the page encoding, so latin1 is a safe lens.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return rule('formats.metaCharset').exec(head)?.groups?.['charset'] ?? null;
}
