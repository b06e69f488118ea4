/**
 * Equal short strings as one: a document repeats the same cell texts, agency names and times row after row
 * (“Sở Nội vụ”, “Quý I/2025”), and each cut from the text is a string of its own (a copy under 13 characters,
 * a 32-byte view over it). One interner per document, dropped with it; longer strings are seldom repeated.
 */
export function createInterner(maxLength = 40): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length === 0 || text.length > maxLength) return text;
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/**
 * One flat string of `parts`: `a + b` of 13 characters or more is a rope of two strings (32 bytes besides
 * them), and an id built under its parent's id (“II.3.b1”) would keep a rope and a prefix per node.
 */
export function joined(...parts: string[]): string {
  return parts.join('');
}

/**
 * A string of its own: joined to a space and cut again, V8 flattens it into a new string, not a view of the old.
 * For what a module keeps past one document: a kept view of a document's text would keep the whole text.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** The white space `\s` matches in the texts kehoach reads (normalized text has no other). */
export const blanks = ' \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * `text` without the characters of `chars` at its end. A loop: `/[…]+$/` tries every start of a long run of
 * those characters that does not reach the end, and re-reads the run from each (quadratic).
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters of `chars` at its start (the loop `trimEndOf` is, from the other end). */
export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}
