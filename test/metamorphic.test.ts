import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The metamorphic accuracy check (scripts/metamorphic.js): every corpus document and its gold are changed alike
 * (another place, swapped agencies, shifted years, another number, dates written the other way, UBND ↔ Ủy ban nhân dân, another signer, another site's page around the text, old-style tones, decomposed Unicode, other
 * spacing, a province become a city) and scored again. A transformation that costs more than a point on any
 * figure of any set means a rule learnt a name of the corpus, not a form of the language. Needs ../shared
 * (not part of a clone) and a build.
 */
const script = 'scripts/metamorphic.js';
const present = existsSync('../shared/eval/score.mjs') && existsSync('../shared/gold') && existsSync('dist/src/index.js');
if (!present) console.warn('metamorphic.test.ts: ../shared or dist/ is missing; the metamorphic check is skipped (run from a checkout with ../shared beside it, after npm run build).');

type Figures = Record<string, number>;
interface Run {
  sets: Record<string, { total: Figures }>;
  warnings: string[];
  changed: number;
  documents: number;
}

const figures = ['meta', 'outline', 'targets', 'tasks', 'lead', 'coord', 'due', 'resp', 'names'];
/** Points a transformation may lose on a figure of a set beyond the one allowed, each with its reason. */
// None now: abbrev's khanh-hoa due gap (a written-out cell made the unwrapper join the time cell “2021-2030” to it)
// was closed by layout.periodOnly.
const gaps: Record<string, Record<string, Record<string, { points: number; reason: string }>>> = {};
const allowed = 1;

describe.skipIf(!present)('metamorphic accuracy (scripts/metamorphic.js)', () => {
  let runs: Record<string, Run> = {};
  // Nine runs of the whole corpus on a busy 2-core machine: allow minutes, assert no time.
  beforeAll(() => {
    const run = spawnSync('node', [script, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`${script} exited ${run.status}: ${run.stderr}`);
    runs = JSON.parse(run.stdout) as Record<string, Run>;
  }, 900_000);

  it('runs every transformation against the untransformed corpus', () => {
    expect(Object.keys(runs)).toEqual(expect.arrayContaining(['none', 'place', 'agency', 'year', 'number', 'respace', 'city', 'dates', 'abbrev', 'signer', 'chrome', 'tones', 'nfd']));
    expect(runs['none']!.documents).toBeGreaterThan(20);
  });

  it('each transformation changes documents, and misses no name it meant to replace', () => {
    for (const [name, run] of Object.entries(runs)) {
      if (name === 'none') continue;
      // the number is blank in a few documents and only provinces become cities: many, not all, change
      expect(run.changed, name).toBeGreaterThan(run.documents / 3);
      expect(run.warnings, name).toEqual([]);
    }
  });

  it('no transformation costs more than a point on any figure of any set', () => {
    const drops: string[] = [];
    for (const [name, run] of Object.entries(runs)) {
      for (const [set, { total }] of Object.entries(run.sets)) {
        const base = runs['none']!.sets[set]!.total;
        for (const f of figures) {
          const lost = (base[f]! - total[f]!) * 100;
          const limit = allowed + (gaps[name]?.[set]?.[f]?.points ?? 0);
          if (lost > limit + 1e-9) drops.push(`${name} ${set} ${f}: ${(base[f]! * 100).toFixed(1)} → ${(total[f]! * 100).toFixed(1)}`);
        }
      }
    }
    expect(drops).toEqual([]);
    // A gap listed above that has closed must be taken off the list, so the list stays true.
    const closed = Object.entries(gaps).flatMap(([name, sets]) =>
      Object.entries(sets).flatMap(([set, figs]) =>
        Object.keys(figs).filter((f) => (runs['none']!.sets[set]!.total[f]! - runs[name]!.sets[set]!.total[f]!) * 100 <= allowed + 1e-9).map((f) => `${name} ${set} ${f}`),
      ),
    );
    expect(closed).toEqual([]);
  });
});
