import { describe, expect, it } from 'vitest';
import { grammars, shared } from '../grammars/index.js';
import { compileRule } from '../src/grammar/compile-grammar.js';
import { nestedQuantifiers, scalingRatio } from './helpers/redos.js';

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

      it(`${id} has no nested unbounded quantifiers`, () => {
        expect(nestedQuantifiers(re.source)).toEqual([]);
      });

      it(`${id} runs in linear time on adversarial input`, () => {
        const { ratio, small, large } = scalingRatio(re, [...spec.examples, ...spec.counterexamples]);
        // Linear: about 4x for 4x input. Quadratic would be 16x.
        expect(ratio, `${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`).toBeLessThan(9);
      });
    }
  });
}

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

describe('linear-time checks themselves', () => {
  it('flag nested unbounded quantifiers', () => {
    expect(nestedQuantifiers('^(a+)+$')).toEqual(['(a+)+']);
    expect(nestedQuantifiers('^(?:\\s*\\w+)*$')).toEqual(['(?:\\s*\\w+)*']);
    expect(nestedQuantifiers('^(?:\\x20\\p{Lu}{1,8}){0,5}$')).toEqual([]);
    expect(nestedQuantifiers('^a[(+)]*$')).toEqual([]);
  });

  it('measure super-linear growth on a quadratic pattern', () => {
    // (\s?x)*y on "xxx…" backtracks quadratically when y never comes.
    // Quadratic grows about 16x for 4x input, linear about 4x: above 6x tells them apart even on a busy machine.
    const { ratio } = scalingRatio(/(?:x\s?)*y/u, ['x x x x'], 3_000);
    expect(ratio).toBeGreaterThan(6);
  });
});
