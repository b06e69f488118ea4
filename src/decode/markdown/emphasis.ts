/** An emphasis, strong or strikethrough marker run, as the inline pass found it. */
export interface Delimiter {
  /** Index of the marker's piece in the output. */
  piece: number;
  char: string;
  canOpen: boolean;
  canClose: boolean;
  /** The run touches the start or end of a line: a marker that a wrap separated from its text. */
  atLineEdge: boolean;
  /** Whitespace (or a line's start) precedes the run. */
  before: boolean;
  /** Text or a line's end follows the run (not a space: `5 * 3` is text). */
  after: boolean;
}

/**
 * Pairs emphasis runs with a stack per marker (nearest opener first) and drops the markup.
 * Converters from Word leave the space inside the markers (`**1. Mục tiêu: **Nội dung`), so a
 * `*` run after a space closes a pending opener; a `**` that stays unmatched is markup all the
 * same (plans never write it as text), and so is a marker a wrap left at a line's edge (but not
 * a form's fill-in line of underscores).
 */
export function resolveEmphasis(pieces: string[], delimiters: readonly Delimiter[]): void {
  const openers = new Map<string, Delimiter[]>();
  const dropUnmatched = (d: Delimiter) => {
    if (d.char !== '~' && ((d.atLineEdge && (d.char === '*' || pieces[d.piece]!.length <= 2)) || (d.char === '*' && pieces[d.piece]!.length >= 2))) pieces[d.piece] = '';
  };
  for (const d of delimiters) {
    const stack = openers.get(d.char) ?? [];
    openers.set(d.char, stack);
    const opener = d.canClose || (d.char === '*' && d.before && d.after) ? stack.pop() : undefined;
    if (opener) {
      pieces[opener.piece] = '';
      pieces[d.piece] = '';
    } else if (d.canOpen) {
      stack.push(d);
    } else {
      dropUnmatched(d);
    }
  }
  for (const stack of openers.values()) for (const d of stack) dropUnmatched(d);
}
