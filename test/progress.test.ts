import { describe, expect, it } from 'vitest';
import { count, createTally, progressLine, summaryLines } from '../src/cli/progress.js';
import type { ConvertResult } from '../src/cli/convert.js';

const result = (over: Partial<ConvertResult>): ConvertResult => ({ path: 'a.txt', status: 'ok', errors: [], bytes: 1000, targets: 2, countTargets: 0, tasks: 3, needsReview: false, diagnostics: {}, ...over });

describe('batch progress and summary', () => {
  it('shows a growing total while the walk goes on, then an ETA', () => {
    const t = createTally(0);
    t.found = 10;
    count(t, result({}));
    count(t, result({ status: 'failed', failure: { code: 'decode/binary', message: 'x' }, targets: 0, tasks: 0 }));
    expect(progressLine(t, 1000)).toBe('2/10+ files, 2.0 files/s, 1 failed');
    t.walked = true;
    expect(progressLine(t, 1000)).toBe('2/10 files, 2.0 files/s, ETA 0:04, 1 failed');
  });

  it('sums items, bytes and diagnostics by code, most frequent first', () => {
    const t = createTally(0);
    count(t, result({ diagnostics: { 'normalize/hard-wrap': 2, 'segment/skipped-label': 1 } }));
    count(t, result({ status: 'skipped', diagnostics: {} }));
    count(t, result({ errors: ['a.txt:1: error …'], diagnostics: { 'segment/skipped-label': 3 } }));
    expect(summaryLines(t, 2000, 2, false)).toEqual([
      'done: 3 files: 2 ok, 0 failed, 1 up to date (--resume)',
      '0.003 MB in 2.00 s (0.00 MB/s, 1.5 files/s) on 2 worker threads',
      'extracted 6 targets and 9 tasks; 1 documents have error diagnostics',
      'diagnostics: segment/skipped-label 4, normalize/hard-wrap 2',
    ]);
    expect(summaryLines(t, 2000, 1, true)[0]).toBe('interrupted after 3 files: 2 ok, 0 failed, 1 up to date (--resume)');
    count(t, result({ countTargets: 2 }));
    expect(summaryLines(t, 2000, 2, false)[2]).toBe('extracted 8 targets (+2 counted) and 12 tasks; 1 documents have error diagnostics');
  });

  it('counts the documents that need review', () => {
    const t = createTally(0);
    count(t, result({ needsReview: true }));
    count(t, result({ needsReview: false }));
    count(t, result({ needsReview: true }));
    expect(summaryLines(t, 1000, 1, false)).toContain('2 documents need review (quality.reasons in its JSON says why; kehoach parse FILE --summary shows one)');
    const one = createTally(0);
    count(one, result({ needsReview: true }));
    expect(summaryLines(one, 1000, 1, false).at(-1)).toMatch(/^1 document needs review/);
  });
});

describe('runBatch progress output', () => {
  const run = async (isTTY: boolean) => {
    const { runBatch } = await import('../src/cli/batch.js');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    let clock = 0;
    let err = '';
    const code = await runBatch(
      {
        inputs: ['fixtures/hau-giang-50-kh-ubnd-2022.txt', 'fixtures/hai-duong-4707-kh-ubnd-2021.txt'], ignore: [], out: join(mkdtempSync(join(tmpdir(), 'kehoach-p-')), 'out'),
        jsonl: null, format: null, includeText: false, compact: true, maxBytes: 1e8, ocr: false, jobs: 1, resume: false, strict: false, quiet: false,
      },
      { stdout: () => true, stderr: (t) => void (err += t), readStdin: async () => new Uint8Array(), isTTY, now: () => (clock += 6_000) },
    );
    return { code, err };
  };

  it('redraws one line in place on a terminal', async () => {
    const { code, err } = await run(true);
    expect(code).toBe(0);
    expect(err).toMatch(/\r\x1b\[K[12]\/2 files, [\d.]+ files\/s/u);
    expect(err).toMatch(/\nkehoach: done: 2 files: 2 ok, 0 failed/u);
  });

  it('writes plain lines for logs elsewhere', async () => {
    const { err } = await run(false);
    expect(err).not.toContain('\r');
    expect(err).toMatch(/^kehoach: [12]\/2 files, [\d.]+ files\/s, ETA [\d:]+\n/mu);
  });
});
