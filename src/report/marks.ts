/** One extracted item placed on the normalized text. */
export interface Placed {
  id: string;
  kind: string;
  offset: number;
  length: number;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every string from a document is untrusted: escaped before it reaches HTML, attributes included. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/**
 * The text with each item wrapped in `<mark data-item="id" class="k-kind">`.
 * Spans may nest or cross: an item crossing another's end is split into
 * several marks with the same `data-item`, so the HTML stays well formed and
 * the marks of one item always cover exactly its span. Line starts get an
 * empty anchor `<span class="ln" id="L<n>">` (n = line of the normalized
 * text), which nests anywhere. Linear in the text plus items (sorting aside).
 */
export function markUp(text: string, items: readonly Placed[]): string {
  const valid = items.filter((i) => i.length > 0 && i.offset >= 0 && i.offset + i.length <= text.length);
  // Boundaries: where items open and close.
  const opens = new Map<number, Placed[]>();
  const closes = new Map<number, Placed[]>();
  for (const item of valid) {
    push(opens, item.offset, item);
    push(closes, item.offset + item.length, item);
  }
  const points = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  const out: string[] = [];
  // Items open at the current position, outermost first.
  let stack: Placed[] = [];
  let line = 1;
  out.push('<span class="ln" id="L1"></span>');
  const emit = (from: number, to: number) => {
    let start = from;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      out.push(escapeHtml(text.slice(start, i + 1)));
      line++;
      out.push(`<span class="ln" id="L${line}"></span>`);
      start = i + 1;
    }
    out.push(escapeHtml(text.slice(start, to)));
  };
  for (let p = 0; p < points.length; p++) {
    const at = points[p]!;
    const ending = closes.get(at);
    const starting = opens.get(at);
    if (ending || starting) {
      // Close everything down to the deepest item that ends here, then reopen the survivors.
      const ends = new Set(ending ?? []);
      let depth = stack.length;
      for (let i = 0; i < stack.length; i++) {
        if (ends.has(stack[i]!)) {
          depth = i;
          break;
        }
      }
      for (let i = stack.length - 1; i >= depth; i--) out.push('</mark>');
      const survivors = stack.slice(depth).filter((s) => !ends.has(s));
      stack = stack.slice(0, depth);
      // Longer items open first, so a short one nests inside.
      const opening = [...survivors, ...(starting ?? []).sort((a, b) => b.length - a.length || a.id.localeCompare(b.id))];
      for (const item of opening) {
        out.push(`<mark data-item="${escapeHtml(item.id)}" class="k-${escapeHtml(item.kind)}">`);
        stack.push(item);
      }
    }
    const next = points[p + 1];
    if (next !== undefined) emit(at, next);
  }
  for (let i = stack.length - 1; i >= 0; i--) out.push('</mark>');
  return out.join('');
}

function push(map: Map<number, Placed[]>, key: number, item: Placed): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
