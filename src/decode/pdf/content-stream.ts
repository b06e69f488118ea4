import { isName, isSpace, isRegular, isWord, Lexer, type PdfValue } from './syntax.js';

/**
 * Just enough of a PDF content stream to list its marked content: each
 * `BMC`, `BDC` and `EMC` operator in order, with its tag and property list.
 *
 * One pass over the bytes: operands are read onto a list that each operator
 * clears, and an inline image (`BI … ID data EI`) is skipped whole, since its
 * data may hold any bytes.
 */

/** A marked-content operator: `/Tag BMC`, `/Tag props BDC` (props a dictionary, or a name of the page's /Properties), `EMC`. */
export interface MarkedContent {
  op: 'BMC' | 'BDC' | 'EMC';
  /** The tag's name, null where the operand is no name (as pdf.js has it); absent for EMC. */
  tag?: string | null;
  properties?: PdfValue;
}

/** The marked-content operators of a content stream, in the order they are drawn. */
export function markedContent(bytes: Uint8Array): MarkedContent[] {
  const out: MarkedContent[] = [];
  const lexer = new Lexer(bytes);
  let operands: PdfValue[] = [];
  for (let value = lexer.next(); value !== undefined; value = lexer.next()) {
    if (!isWord(value)) {
      operands.push(value);
      continue;
    }
    const { word } = value;
    if (word === 'BI') lexer.pos = skipInlineImage(bytes, lexer.pos);
    else if (word === 'BMC' || word === 'BDC' || word === 'EMC') out.push(operator(word, operands));
    operands = [];
  }
  return out;
}

function operator(op: 'BMC' | 'BDC' | 'EMC', operands: readonly PdfValue[]): MarkedContent {
  if (op === 'EMC') return { op };
  const [tag, properties] = op === 'BDC' ? operands.slice(-2) : operands.slice(-1);
  const name = isName(tag) ? tag.name : null;
  return op === 'BDC' ? { op, tag: name, properties: properties ?? null } : { op, tag: name };
}

/**
 * Past an inline image: its dictionary up to `ID`, one white-space byte, then
 * data up to an `EI` that stands alone (white space before it, and after it
 * or the stream's end). One forward scan.
 */
function skipInlineImage(bytes: Uint8Array, from: number): number {
  let i = from;
  // The dictionary holds names, numbers and arrays only: find the `ID` keyword among them.
  while (i < bytes.length) {
    if (bytes[i] === 0x49 && bytes[i + 1] === 0x44 && (i === 0 || !isRegular(bytes[i - 1]!)) && (i + 2 >= bytes.length || !isRegular(bytes[i + 2]!))) break;
    i++;
  }
  i += 3;
  for (; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x45 || bytes[i + 1] !== 0x49 || !isSpace(bytes[i - 1])) continue;
    if (i + 2 >= bytes.length || isSpace(bytes[i + 2])) return i + 2;
  }
  return bytes.length;
}
