import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Speed is measured by `npm run bench`, not here: this only keeps the script working.
describe('npm run bench', () => {
  it('runs end to end on a small corpus and reports every goal', () => {
    const r = spawnSync('node', ['scripts/bench.js', '--quick'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const section of ['floor (read+decode+NFC+split)', 'remark-parse', 'kehoach full pipeline', 'distinct documents, ', 'cold "kehoach parse one.txt"', '1 worker', 'growth:', 'growth per layout', 'bare "node -e 0"']) {
      expect(r.stdout).toContain(section);
    }
    // The web captures are measured (two more goals) only where the shared corpus is present.
    const web = existsSync('../shared/corpus/web');
    expect(r.stdout).toContain(web ? 'web captures = ' : 'web captures: skipped');
    expect(r.stdout.match(/^ {2}(met |MISS) {2}/gmu)).toHaveLength((web ? 8 : 6) + 7); // and one per layout's growth family
  }, 120_000);

  it('runs the growth of one layout alone, and the memory profile of one family', () => {
    const layouts = spawnSync('node', ['scripts/bench.js', '--quick', '--layouts', 'numbered'], { encoding: 'utf8' });
    expect(layouts.stderr).toBe('');
    expect(layouts.stdout.match(/^ {2}(met |MISS) {2}numbered lines: /gmu)).toHaveLength(1);
    expect(layouts.stdout.match(/^ {2}(met |MISS) {2}/gmu)).toHaveLength(1);
    expect(layouts.stdout).toContain('numbered lines');
    const profile = spawnSync('node', ['--expose-gc', 'scripts/memory-profile.js', 'numbered', '--units', '50'], { encoding: 'utf8' });
    expect(profile.stderr).toBe('');
    expect(profile.status).toBe(0);
    for (const part of ['numbered lines: 50 units', 'with the document held', 'it reaches', 'normalize', 'items']) expect(profile.stdout).toContain(part);
  }, 120_000);
});
