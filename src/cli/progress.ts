// MB here is 10^6 bytes, as in MB/s.
import type { ConvertResult } from './convert.js';

/** Running totals of a batch, shown as progress and as the final summary. */
export interface Tally {
  found: number;
  /** The walk has finished, so `found` is the total. */
  walked: boolean;
  done: number;
  ok: number;
  failed: number;
  skipped: number;
  bytes: number;
  targets: number;
  countTargets: number;
  tasks: number;
  withErrors: number;
  needsReview: number;
  diagnostics: Map<string, number>;
  started: number;
}

export function createTally(now: number): Tally {
  return { found: 0, walked: false, done: 0, ok: 0, failed: 0, skipped: 0, bytes: 0, targets: 0, countTargets: 0, tasks: 0, withErrors: 0, needsReview: 0, diagnostics: new Map(), started: now };
}

export function count(tally: Tally, result: ConvertResult): void {
  tally.done++;
  tally[result.status]++;
  tally.bytes += result.bytes;
  tally.targets += result.targets;
  tally.countTargets += result.countTargets;
  tally.tasks += result.tasks;
  if (result.errors.length > 0) tally.withErrors++;
  if (result.status === 'ok' && result.needsReview) tally.needsReview++;
  for (const [code, n] of Object.entries(result.diagnostics)) tally.diagnostics.set(code, (tally.diagnostics.get(code) ?? 0) + n);
}

/** "120/5000 files, 250 files/s, ETA 0:19, 2 failed" — the total reads "1200+" while the walk goes on. */
export function progressLine(tally: Tally, now: number): string {
  const seconds = Math.max((now - tally.started) / 1000, 0.001);
  const rate = tally.done / seconds;
  const total = tally.walked ? `${tally.found}` : `${tally.found}+`;
  const eta = tally.walked && rate > 0 ? `, ETA ${clock((tally.found - tally.done) / rate)}` : '';
  const failed = tally.failed > 0 ? `, ${tally.failed} failed` : '';
  return `${tally.done}/${total} files, ${rate.toFixed(rate < 10 ? 1 : 0)} files/s${eta}${failed}`;
}

/** The lines printed when a batch ends. */
export function summaryLines(tally: Tally, now: number, jobs: number, interrupted: boolean): string[] {
  const seconds = Math.max((now - tally.started) / 1000, 0.001);
  const mbs = tally.bytes / 1e6 / seconds;
  const lines = [
    `${interrupted ? 'interrupted after' : 'done:'} ${tally.done} files: ${tally.ok} ok, ${tally.failed} failed, ${tally.skipped} up to date (--resume)`,
    `${(tally.bytes / 1e6).toFixed(tally.bytes < 1e5 ? 3 : 1)} MB in ${seconds.toFixed(2)} s (${mbs.toFixed(2)} MB/s, ${(tally.done / seconds).toFixed(1)} files/s) on ${jobs} ${jobs === 1 ? 'thread' : 'worker threads'}`,
    `extracted ${tally.targets} targets${tally.countTargets > 0 ? ` (+${tally.countTargets} counted)` : ''} and ${tally.tasks} tasks; ${tally.withErrors} documents have error diagnostics`,
  ];
  if (tally.needsReview > 0) {
    lines.push(`${tally.needsReview} ${tally.needsReview === 1 ? 'document needs' : 'documents need'} review (quality.reasons in its JSON says why; kehoach parse FILE --summary shows one)`);
  }
  const codes = [...tally.diagnostics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (codes.length > 0) lines.push(`diagnostics: ${codes.map(([code, n]) => `${code} ${n}`).join(', ')}`);
  return lines;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
