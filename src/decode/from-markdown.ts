import type { Nodes, Root, Table } from 'mdast';
import { rule } from '../grammar/registry.js';
import { layoutGrid, toTsvLine } from './grid.js';

export interface MarkdownText {
  text: string;
  tables: number;
}

/**
 * Renders markdown (CommonMark + GFM, as pandoc or Trafilatura write it from
 * legal portals) to lines: soft-wrapped paragraphs and emphasis that spans
 * lines become one line; list items keep the marker as written; GFM tables
 * become tab-separated rows.
 */
export async function markdownToText(markdown: string): Promise<MarkdownText> {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const lines: string[] = [];
  let tables = 0;

  const inline = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'html':
        // <br> inside a paragraph or table cell separates words.
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
        // Soft breaks stay: the normalizer joins them unless a line starts a block (a signature, a label).
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
        tables++;
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
  return { text: lines.join('\n'), tables };
}
