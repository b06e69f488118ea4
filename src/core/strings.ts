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
