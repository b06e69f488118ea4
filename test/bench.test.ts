import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Speed is measured by `npm run bench`, not here: this only keeps the script working.
describe('npm run bench', () => {
  it('runs end to end on a small corpus and reports every goal', () => {
    const r = spawnSync('node', ['scripts/bench.js', '--quick'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const section of ['floor (read+decode+NFC+split)', 'remark-parse', 'kehoach full pipeline', 'cold "kehoach parse one.txt"', '1 worker', 'growth:']) {
      expect(r.stdout).toContain(section);
    }
    expect(r.stdout.match(/^ {2}(met |MISS) {2}/gmu)).toHaveLength(6);
  }, 120_000);
});
