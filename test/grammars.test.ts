import { describe, expect, it } from 'vitest';
import { grammars, shared } from '../grammars/index.js';
import { compileRule } from '../src/grammar/compile-grammar.js';
import { compiledRules } from '../src/grammar/registry.js';
import { superLinearReports } from './helpers/redos.js';

// reporters-db's check_regexes: the data tests itself.
for (const [grammarName, grammar] of Object.entries(grammars)) {
  describe(`grammar ${grammarName}`, () => {
    for (const [ruleName, spec] of Object.entries(grammar.rules)) {
      const id = `${grammarName}.${ruleName}`;
      const re = compileRule(spec, shared);

      it(`${id} has examples and counterexamples`, () => {
        expect(spec.examples.length).toBeGreaterThan(0);
        expect(spec.counterexamples.length).toBeGreaterThan(0);
      });

      it.each(spec.examples.map((e) => [e]))(`${id} matches %j`, (example) => {
        expect(re.test(example)).toBe(true);
      });

      it.each(spec.counterexamples.map((e) => [e]))(`${id} does not match %j`, (counter) => {
        expect(re.test(counter)).toBe(false);
      });
    }
  });
}

describe('every rule the registry compiled', () => {
  const compiled = [...compiledRules()];

  it('is every rule of every grammar', () => {
    const ids = Object.entries(grammars).flatMap(([g, grammar]) => Object.keys(grammar.rules).map((r) => `${g}.${r}`));
    expect(compiled.map(([id]) => id).sort()).toEqual(ids.sort());
  });

  // Static, so a busy machine cannot fail it; `npm run bench` measures time.
  it.each(compiled.map(([id, re]) => [id, re] as const))('%s is free of super-linear backtracking and moves', (_id, re) => {
    expect(superLinearReports(re)).toEqual([]);
  });
});

describe('grammar sources', () => {
  it('are NFC (patterns are written in the form the text is normalized to)', () => {
    for (const grammar of Object.values(grammars)) {
      for (const spec of Object.values(grammar.rules)) {
        const source = 'words' in spec ? spec.words.join('\n') : spec.pattern;
        expect(source.normalize('NFC')).toBe(source);
      }
    }
  });
});

describe('the linear-time check itself', () => {
  it('flags a search that backtracks over every suffix', () => {
    // (x\s?)*y on "xxx…" without a y retries the loop from every position: quadratic.
    expect(superLinearReports(/(?:x\s?)*y/u)).toEqual(['super-linear move: a search retries (?:x\\s?)* from every position (repeat "x")']);
  });

  it('flags nested and neighbouring unbounded quantifiers', () => {
    expect(superLinearReports(/^(a+)+$/u)).toContainEqual(expect.stringMatching(/^exponential backtracking: a\+ reaches itself through \(a\+\)\+/u));
    expect(superLinearReports(/^(?:\s*\w+)*$/u)).toContainEqual(expect.stringMatching(/^exponential backtracking/u));
    expect(superLinearReports(/^\d*\w+$/u)).toEqual([expect.stringMatching(/^polynomial backtracking: \\d\* trades characters with \\w\+/u)]);
  });

  it('reads named groups, lookbehinds, i with u, and v', () => {
    expect(superLinearReports(/(?<![\p{L}\p{N}])(?<name>\p{L}+)\s?(?<more>\p{L}+)$/iu)).toEqual([expect.stringMatching(/^polynomial backtracking: \\p\{L\}\+ trades characters with \\p\{L\}\+/u)]);
    expect(superLinearReports(/^(?<label>[IVX]{1,6})\.\s(?<title>\p{Lu}[^\n]*)$/iu)).toEqual([]);
    expect(superLinearReports({ source: String.raw`^[\p{L}--[a-z]]+\d+[\p{L}--[a-z]]+$`, flags: 'v' })).toEqual([]);
  });

  it('passes bounded repetition and quantified character classes', () => {
    expect(superLinearReports(/^(?:\x20\p{Lu}{1,8}){0,5}$/u)).toEqual([]);
    expect(superLinearReports(/^a[(+)]*$/u)).toEqual([]);
  });
});
