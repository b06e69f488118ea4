import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';

const sources = fg.sync(['src/**/*.ts', 'grammars/**/*.ts']).sort();

// The brief's house rules, checked rather than hoped for.
describe('source rules', () => {
  it.each(sources)('%s has no default export', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/export\s+default/);
  });

  it.each(sources.filter((f) => !f.startsWith('src/grammar/')))('%s compiles no patterns of its own', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/new RegExp\(/);
  });

  it.each(sources.filter((f) => f.startsWith('src/')))('%s keeps language patterns in grammars/ (no Vietnamese or \\p{…} in a regex literal)', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const literals = code.match(/(?<![\w)\]])\/(?:\\.|\[(?:\\.|[^\]])*\]|[^/\n[])+\/[a-z]*/g) ?? [];
    expect(literals.filter((re) => /[^\x00-\x7F]|\\p\{/u.test(re))).toEqual([]);
  });

  it.each(sources.filter((f) => f.startsWith('src/')))('%s trims no run of characters with /[…]+$/ (quadratic on a long run that stops short of the end: use trimEndOf)', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    // An unanchored alternative that is only a class run before $ (`/[…]+$/`, `|[…]+$/`); anchored (`/^[…]+$/`) or after a token, a run is tried once.
    expect(code.match(/[/|]\[[^\]\n]*\][+*]\$\/[a-z]*/g) ?? []).toEqual([]);
  });

  // Generated files (src/schema/types.ts, from the published schema) are as long as the contract.
  it.each(sources.filter((f) => f.startsWith('src/') && !readFileSync(f, 'utf8').startsWith('// Generated')))('%s is a small module (at most 300 lines)', (file) => {
    expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(300);
  });

  // Issue 15 item 9: the index searched its id lists once per task (100,000 rows: 27 s). It has no grammar rule for work
  // counting to see, so its linearity is checked here: every lookup goes through a Map or a Set, none searches an array.
  it('indexes agencies without searching an array (src/extract/agency-index.ts)', () => {
    const code = readFileSync('src/extract/agency-index.ts', 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\.(?:includes|indexOf|lastIndexOf|find|findIndex|some|filter)\(/);
    expect(code).toMatch(/new Map</);
  });

  it('reads the format adapters lazily: the text path never imports cheerio or remark', () => {
    for (const file of sources.filter((f) => f.startsWith('src/') && !f.startsWith('src/decode/from-'))) {
      // `import type` is erased at run time.
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/^import (?!type )[^;]*from '(?:cheerio|unified|remark-parse|remark-gfm|mammoth|jszip|unpdf)'/m);
    }
  });
});
