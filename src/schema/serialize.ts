/**
 * A document's JSON handed out in pieces, so that writing it never holds the whole text at once:
 * a document of many rows has a JSON several times its input, and as one string (two bytes a
 * character once it holds Vietnamese) plus its UTF-8 copy for the disk it was the largest cost
 * of memory in a batch. The pieces join to exactly `JSON.stringify(value, null, indent)`.
 */

/** Pieces are gathered up to about this many characters before one is handed out. */
const pieceLength = 1 << 16;

/** An array longer than this is opened, and so is every container that holds one. */
const longArray = 64;

/** Containers are never opened deeper than this, nor looked into further to find a long array. */
const maxDepth = 6;

/**
 * Calls `sink` with consecutive pieces of the JSON of `value`. Containers that hold a long array
 * are written member by member, and the rest (a task, a table row) with one `JSON.stringify` each.
 */
export function writeJson(value: unknown, indent: number, sink: (piece: string) => void): void {
  const writer = new PieceWriter(indent, sink);
  writer.value(value, 0);
  writer.flush();
}

/** The JSON of `value` as a list of pieces (for tests, and callers that want them all). */
export function jsonPieces(value: unknown, indent = 0): string[] {
  const pieces: string[] = [];
  writeJson(value, indent, (piece) => pieces.push(piece));
  return pieces;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Whether a container holds a long array within the levels left to look. */
function holdsLongArray(value: object, levels: number): boolean {
  if (levels <= 0) return false;
  const members = Array.isArray(value) ? value : Object.values(value);
  if (Array.isArray(value) && value.length > longArray) return true;
  for (const m of members) if (isContainer(m) && holdsLongArray(m, levels - 1)) return true;
  return false;
}

class PieceWriter {
  private parts: string[] = [];
  private length = 0;
  constructor(
    private readonly indent: number,
    private readonly sink: (piece: string) => void,
  ) {}

  private push(part: string): void {
    this.parts.push(part);
    this.length += part.length;
    if (this.length >= pieceLength) this.flush();
  }

  flush(): void {
    if (this.length === 0) return;
    this.sink(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }

  value(value: unknown, depth: number): void {
    if (!isContainer(value) || depth >= maxDepth || (depth > 0 && !holdsLongArray(value, maxDepth - depth))) {
      const text = JSON.stringify(value, null, this.indent || undefined);
      // An indented value below the top is shifted right by its depth, as JSON.stringify places it.
      this.push(text === undefined ? 'null' : this.indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(this.indent * depth)}`) : text);
      return;
    }
    const inner = this.indent > 0 ? `\n${' '.repeat(this.indent * (depth + 1))}` : '';
    const outer = this.indent > 0 ? `\n${' '.repeat(this.indent * depth)}` : '';
    if (Array.isArray(value)) {
      if (value.length === 0) return this.push('[]');
      this.push('[');
      for (let i = 0; i < value.length; i++) {
        this.push(i === 0 ? inner : `,${inner}`);
        const item: unknown = value[i];
        if (isOmitted(item)) this.push('null');
        else this.value(item, depth + 1);
      }
      return this.push(`${outer}]`);
    }
    const colon = this.indent > 0 ? ': ' : ':';
    let first = true;
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (isOmitted(item)) continue;
      this.push(`${first ? '{' : ','}${inner}${JSON.stringify(key)}${colon}`);
      first = false;
      this.value(item, depth + 1);
    }
    this.push(first ? '{}' : `${outer}}`);
  }
}
