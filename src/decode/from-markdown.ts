import { readBlocks, type MarkdownTable } from './markdown/blocks.js';
import type { WorkCounter } from './markdown/inline.js';

export type { MarkdownTable } from './markdown/blocks.js';
export type { WorkCounter } from './markdown/inline.js';

export interface MarkdownText {
  text: string;
  /** How many GFM pipe tables the text holds. */
  tables: number;
  /** Each pipe table's cells and the lines of `text` its tab-separated rows occupy. */
  tableGrids: MarkdownTable[];
}

export interface MarkdownOptions {
  /** Counts the characters the reader visits (tests check that this grows linearly). */
  counter?: WorkCounter;
}

/**
 * Renders markdown (the CommonMark + GFM subset that pandoc or Trafilatura write from legal
 * portals) to lines: soft-wrapped paragraphs and emphasis that spans lines become one line;
 * list items keep the marker as written; GFM tables become tab-separated rows. Linear in the
 * input: a line-based block pass, then one pass over each paragraph's inline text.
 */
export function readMarkdown(markdown: string, options: MarkdownOptions = {}): MarkdownText {
  const { lines, tables } = readBlocks(markdown, options.counter);
  return { text: lines.join('\n'), tables: tables.length, tableGrids: tables };
}

/** The decoder's entry point (kept async for the lazily loaded readers' common shape). */
export async function markdownToText(markdown: string): Promise<MarkdownText> {
  return readMarkdown(markdown);
}
