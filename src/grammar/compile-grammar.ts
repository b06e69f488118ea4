import { isWordList, type GrammarRule } from './define-grammar.js';

/**
 * Strips free-spacing whitespace and `#` comments, keeping everything inside
 * character classes and after a backslash.
 */
export function stripFreeSpacing(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    out += ch;
  }
  return out;
}

// “-” is left as is: the pieces go outside character classes, where “\-” is a syntax error under the u flag.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Escaped alternation, longest first; a space matches one whitespace (normalized text has no runs). */
export function wordAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s'))
    .join('|');
}

const letterBoundaryStart = '(?<![\\p{L}\\p{N}])';
const letterBoundaryEnd = '(?![\\p{L}\\p{N}])';

/** The pattern source of a rule, with `{{name}}` sub-patterns expanded. */
export function ruleSource(rule: GrammarRule, shared: Readonly<Record<string, string>>): string {
  if (isWordList(rule)) {
    const alt = wordAlternation(rule.words);
    switch (rule.anchor) {
      case 'line':
        return `^(?:${alt})$`;
      case 'start':
        return `^(?:${alt})${letterBoundaryEnd}`;
      case 'any':
        return `${letterBoundaryStart}(?:${alt})${letterBoundaryEnd}`;
    }
  }
  return expand(stripFreeSpacing(rule.pattern), shared, 0);
}

function expand(source: string, shared: Readonly<Record<string, string>>, depth: number): string {
  if (depth > 8) throw new Error('grammar sub-patterns nest too deeply');
  return source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const sub = shared[name];
    if (sub === undefined) throw new Error(`unknown grammar sub-pattern {{${name}}}`);
    return `(?:${expand(stripFreeSpacing(sub), shared, depth + 1)})`;
  });
}

export function compileRule(rule: GrammarRule, shared: Readonly<Record<string, string>>): RegExp {
  const flags = new Set(['u', ...(rule.flags ?? '')]);
  return new RegExp(ruleSource(rule, shared), [...flags].join(''));
}
