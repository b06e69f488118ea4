import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Accuracy against the gold annotations in ../shared (not part of a clone:
 * CI has it beside the checkout). Runs the project's scorer on the built CLI and
 * fails when any figure of any set falls below its floor in
 * test/accuracy-floors.json. Raise the floors when accuracy improves, so no later
 * change can silently lose it; never lower one to make a change pass.
 */
const scorer = '../shared/eval/score.sh';
const present = existsSync(scorer) && existsSync('dist/src/index.js');
if (!present) console.warn(`accuracy.test.ts: ${scorer} or dist/ is missing; accuracy floors are not checked (run from a checkout with ../shared beside it, after npm run build).`);

type Figures = Record<string, number>;
const floors = JSON.parse(readFileSync('test/accuracy-floors.json', 'utf8')) as { sets: Record<string, Figures> };

function score(): Record<string, Figures> {
  const run = spawnSync('bash', [scorer, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${scorer} exited ${run.status}: ${run.stderr}`);
  const sets: Record<string, Figures> = {};
  // One JSON object per set, each starting a line with {"set":
  for (const part of run.stdout.split(/\n(?=\{"set")/)) {
    if (!part.trim()) continue;
    const { set, scores } = JSON.parse(part) as { set: string; scores: { total: Figures } };
    sets[set] = scores.total;
  }
  return sets;
}

describe.skipIf(!present)('accuracy on the shared corpus (../shared/eval/score.sh)', () => {
  let results: Record<string, Figures> = {};
  // A whole batch per set on a busy 2-core machine: allow minutes, assert no time.
  beforeAll(() => {
    results = score();
  }, 600_000);
  it('scores every set that has floors', () => {
    expect(Object.keys(results).sort()).toEqual(Object.keys(floors.sets).sort());
  });
  for (const [set, figures] of Object.entries(floors.sets)) {
    it.each(Object.entries(figures))(`${set}: %s stays at or above its floor`, (figure, floor) => {
      const got = results[set]?.[figure];
      expect(got, `${set} ${figure}`).toBeTypeOf('number');
      expect(Math.round(got! * 1000) / 10, `${set} ${figure}`).toBeGreaterThanOrEqual(floor);
    });
  }
  it('parses every document of every set', () => {
    for (const [set, total] of Object.entries(results)) expect(total['missing'], set).toBe(0);
  });
});
