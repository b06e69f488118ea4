/**
 * A place in the normalized text. `offset` and `length` count UTF-16 code
 * units of `KehoachDocument.source.text` (the normalized text); `line` is the
 * 1-based line of the *input file as decoded* where the item starts, so a user
 * can open the original file at that line.
 */
export interface Span {
  offset: number;
  length: number;
  line: number;
}

/** Anything with a `text` that is exactly the slice its span points at. */
export interface Spanned {
  text: string;
  span: Span;
}
