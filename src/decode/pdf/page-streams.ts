import { PdfFile, PdfStream } from './objects.js';
import { isName, type PdfDict, type PdfValue } from './syntax.js';

/** One page's content as drawn: its content streams' bytes, one after the other, and its named property lists. */
export interface PageContent {
  content: Uint8Array;
  /** The /ActualText of a property list named in the page's resources (`/Span /MC0 BDC`), as raw string bytes. */
  namedActualText(name: string): Uint8Array | undefined;
}

/** A PDF's pages, each page's content read only when asked for (a page at a time, within the file's budgets). */
export interface PdfPages {
  readonly count: number;
  /** The page's content; null for a page whose content cannot be read (a filter other than Flate, a damaged stream, a spent budget). */
  content(index: number): PageContent | null;
  /** The file's objects, for the work their reading has cost. */
  readonly file: PdfFile;
}

/** The pages of a PDF, its page tree read but no content yet; null when it cannot be read at all or is encrypted. */
export function openPages(bytes: Uint8Array): PdfPages | null {
  try {
    const file = PdfFile.open(bytes);
    const pages = file ? pageTree(file) : undefined;
    if (!file || !pages) return null;
    const content = (index: number) => {
      const page = pages[index];
      try {
        return page ? readPage(file, page.page, page.resources) : null;
      } catch {
        return null;
      }
    };
    return { count: pages.length, content, file };
  } catch {
    return null;
  }
}

/** The page tree's leaves in order, each with the resources it has or inherits; each node visited once (a loop is cut). */
function pageTree(file: PdfFile): { page: PdfDict; resources: PdfValue | undefined }[] | undefined {
  const top = file.get(file.root()?.get('Pages'));
  if (!(top instanceof Map)) return undefined;
  const out: { page: PdfDict; resources: PdfValue | undefined }[] = [];
  const seen = new Set<PdfDict>();
  const stack: { node: PdfDict; resources: PdfValue | undefined }[] = [{ node: top, resources: undefined }];
  while (stack.length > 0) {
    const { node, resources: inherited } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const resources = node.get('Resources') ?? inherited;
    const kids = file.get(node.get('Kids'));
    const type = file.get(node.get('Type'));
    if (!Array.isArray(kids) || (isName(type as PdfValue) && (type as { name: string }).name === 'Page')) {
      out.push({ page: node, resources });
      continue;
    }
    for (let k = kids.length - 1; k >= 0; k--) {
      const kid = file.get(kids[k]);
      if (kid instanceof Map) stack.push({ node: kid, resources });
    }
  }
  return out;
}

function readPage(file: PdfFile, page: PdfDict, resources: PdfValue | undefined): PageContent | null {
  const contents = file.get(page.get('Contents'));
  const streams = Array.isArray(contents) ? contents.map((c) => file.get(c)) : contents === undefined ? [] : [contents];
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    const part = stream instanceof PdfStream ? file.decode(stream) : undefined;
    if (!part) return null;
    parts.push(part);
  }
  const dict = file.get(resources);
  const properties = dict instanceof Map ? file.get(dict.get('Properties')) : undefined;
  return { content: joinStreams(parts), namedActualText: (name) => namedActualText(file, properties, name) };
}

/** Content streams read as one: a page's streams split its content anywhere between tokens, so a line break separates them. */
function joinStreams(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, Math.max(0, parts.length - 1)));
  let at = 0;
  for (const [k, p] of parts.entries()) {
    if (k > 0) out[at++] = 0x0a;
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function namedActualText(file: PdfFile, properties: PdfValue | PdfStream | undefined, name: string): Uint8Array | undefined {
  const list = properties instanceof Map ? file.get(properties.get(name)) : undefined;
  const text = list instanceof Map ? file.get(list.get('ActualText')) : undefined;
  return text instanceof Uint8Array ? text : undefined;
}
