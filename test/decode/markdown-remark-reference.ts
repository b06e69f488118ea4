// The remark-based reader that src/decode/from-markdown.ts replaced, kept (dev only) so that
// test/decode/markdown-remark.test.ts can compare the two on the corpus while remark is installed.
import type { Nodes, Root, Table } from 'mdast';
import { layoutGrid, toTsvLine } from '../../src/decode/grid.js';
import { rule } from '../../src/grammar/registry.js';

/** The old reader's text, or null when remark is not installed. */
export async function remarkMarkdownToText(markdown: string): Promise<string | null> {
  let modules;
  try {
    modules = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
  } catch {
    return null;
  }
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = modules;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const lines: string[] = [];

  const inline = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'html':
        return rule('formats.htmlLineBreak').test(node.value) ? '\n' : '';
      case 'image':
        return node.alt ?? '';
      default:
        return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
    }
  };

  const block = (node: Nodes, prefix = '') => {
    switch (node.type) {
      case 'root':
      case 'blockquote':
        for (const child of node.children) block(child);
        return;
      case 'heading':
      case 'paragraph': {
        const text = (prefix + inline(node)).trim();
        if (text) lines.push(text, '');
        return;
      }
      case 'list':
        for (const item of node.children) {
          const start = item.position?.start.offset;
          const first = item.children[0]?.position?.start.offset;
          const marker = start !== undefined && first !== undefined ? markdown.slice(start, first).trim() : node.ordered ? '1.' : '-';
          item.children.forEach((child, i) => block(child, i === 0 ? `${marker} ` : ''));
        }
        return;
      case 'table':
        for (const line of renderTable(node)) lines.push(line);
        lines.push('');
        return;
      case 'code':
        for (const line of node.value.split('\n')) if (line.trim()) lines.push(line.trim());
        return;
      case 'html': {
        const text = node.value.replace(/<[^>]{0,500}>/g, ' ').trim();
        if (text) lines.push(text);
        return;
      }
      default:
        return;
    }
  };

  const renderTable = (table: Table): string[] =>
    layoutGrid(table.children.map((row) => row.children.map((cell) => ({ text: inline(cell).replace(/\s+/g, ' ').trim(), rowSpan: 1, colSpan: 1 })))).rows.map(toTsvLine);

  block(tree);
  return lines.join('\n');
}
