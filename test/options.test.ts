import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { createValidator } from '../src/schema/validate.js';

// parse() is called from JavaScript too: an option it cannot use is named in a warning, and its default used.
describe('parse() options', () => {
  it.each([
    [{ maxBytes: -1 }, 'maxBytes'],
    [{ maxPages: '3' }, 'maxPages'],
    [{ maxPages: Number.NaN }, 'maxPages'],
    [{ maxBytes: 1.5 }, 'maxBytes'],
    [{ format: 'rtf' }, 'format'],
    [{ ocr: 'yes' }, 'ocr'],
    [{ path: 42 }, 'path'],
    [{ maxpages: 3 }, 'maxpages'],
    [{ includetext: true }, 'includetext'],
  ])('warns of the unusable option %j and parses with its default', async (options, name) => {
    const doc = await parse('I. MỤC TIÊU\n1. Phấn đấu 100% hồ sơ được giải quyết đúng hạn.', options as never);
    const warnings = doc.diagnostics.filter((d) => d.code === 'options/invalid');
    expect(warnings.map((d) => [d.severity, d.message.startsWith(`Option ${name} `)])).toEqual([['warning', true]]);
    expect(doc.outline.map((n) => n.label)).toEqual(['I.']);
    expect(doc.targets.map((t) => t.value)).toEqual([100]);
    expect(doc.source.format).toBe('text');
    expect(createValidator()(doc)).toEqual([]);
  });

  it('takes usable options without a word', async () => {
    const doc = await parse('I. MỤC TIÊU', { maxBytes: 1_000, maxPages: 0, format: 'text', ocr: false, includeText: true, path: null });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('options/invalid');
    expect(doc.source.text).toBe('I. MỤC TIÊU');
  });

});
