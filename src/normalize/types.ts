/** One line of the normalized text. */
export interface Line {
  /** Position in `NormalizedText.lines`. */
  index: number;
  text: string;
  /** Offset of the line's first character in the normalized text. */
  offset: number;
  /** 1-based line of the decoded input where this line starts. */
  line: number;
  /** 1-based line of the decoded input where it ends (after rejoining wrapped lines). */
  lastLine: number;
  blank: boolean;
  /** Whitespace-only in the input but not empty (an `&nbsp;` paragraph): an empty table cell. */
  placeholder: boolean;
}

/**
 * The text every span points into. Guarantees: NFC; LF line ends; no
 * zero-width or control characters; no runs of spaces and no spaces at either
 * end of a line (tabs are kept: they separate table cells); boilerplate
 * removed; hard wraps and page breaks inside sentences rejoined.
 */
export interface NormalizedText {
  text: string;
  lines: Line[];
}

/** A line while repairs are still running. */
export interface WorkLine {
  text: string;
  line: number;
  lastLine: number;
  placeholder: boolean;
}
