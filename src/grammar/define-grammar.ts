/**
 * A grammar is a named set of rules kept as data in `grammars/`. A rule is
 * either a pattern (free-spacing: whitespace is ignored and `#` starts a
 * comment, outside character classes; write a literal space as `\x20`) or a
 * word list, compiled to an escaped, longest-first alternation.
 * `{{name}}` inserts a shared sub-pattern from `grammars/shared.ts`.
 */
export interface PatternRule {
  summary: string;
  pattern: string;
  /** Extra RegExp flags; `u` is always added. */
  flags?: string;
  examples: readonly string[];
  counterexamples: readonly string[];
}

export interface WordListRule {
  summary: string;
  words: readonly string[];
  /** How the alternation is wrapped: `line` = the whole line, `start` = a line prefix, `any` = anywhere with letter boundaries. */
  anchor: 'line' | 'start' | 'any';
  flags?: string;
  examples: readonly string[];
  counterexamples: readonly string[];
}

export type GrammarRule = PatternRule | WordListRule;

export interface Grammar {
  name: string;
  summary: string;
  rules: Readonly<Record<string, GrammarRule>>;
}

export function defineGrammar<const G extends Grammar>(grammar: G): G {
  return grammar;
}

export function isWordList(rule: GrammarRule): rule is WordListRule {
  return 'words' in rule;
}
