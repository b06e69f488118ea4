import { describe, expect, it } from 'vitest';
import { grammars } from '../grammars/index.js';
import { rule, withWorkCounter, type RuleId } from '../src/grammar/registry.js';
import { anyRule } from '../src/grammar/any-rule.js';

/** The noise rules the normalizer tests at once, and lists with named groups (renamed to plain groups when combined). */
const lists: RuleId[][] = [
  ['noise.boilerplate', 'noise.portalBanner', 'noise.portalTail', 'noise.relatedDocument', 'noise.separator'],
  ['layout.startsBlock', 'metadata.dateline', 'metadata.documentNumber', 'metadata.nationalMotto', 'metadata.issuerBody'],
  ['metadata.issuerBody', 'metadata.issuerLocality', 'metadata.nationalMotto', 'metadata.documentNumber', 'metadata.dateline', 'metadata.signatureCapacity', 'metadata.signaturePosition', 'metadata.recipientsHead'],
];

const byName = grammars as unknown as Record<string, { rules: Record<string, { examples: readonly string[]; counterexamples: readonly string[] }> }>;
const samplesOf = (id: string) => {
  const [g, r] = id.split('.') as [string, string];
  const spec = byName[g]!.rules[r]!;
  return [...spec.examples, ...spec.counterexamples];
};

describe('anyRule', () => {
  it.each(lists.map((ids) => [ids.join(' | '), ids] as const))('answers as the rules one by one on their examples and counterexamples: %s', (_, ids) => {
    const any = anyRule(ids);
    const texts = [...ids.flatMap(samplesOf), 'Các sở, ban, ngành triển khai thực hiện.', ''];
    for (const text of texts) expect(any(text), text).toBe(ids.some((id) => rule(id).test(text)));
  });

  it('runs each rule on its own while work is counted, so the count names them', async () => {
    const ids: RuleId[] = ['noise.separator', 'noise.boilerplate'];
    const any = anyRule(ids);
    const { result, work } = await withWorkCounter(() => any('Một dòng văn bản bình thường.'));
    expect(result).toBe(false);
    expect([...work.byRule.keys()].sort()).toEqual(['noise.boilerplate', 'noise.separator']);
  });
});
