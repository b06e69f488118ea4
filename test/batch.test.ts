import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createValidator } from '../src/schema/validate.js';

const validate = createValidator();
const samples = ['hau-giang-50-kh-ubnd-2022.txt', 'hai-duong-4707-kh-ubnd-2021.txt', 'ca-mau-137-qd-ubnd-2024.txt', 'khanh-hoa-4831-qd-ubnd-2021.txt'];
const run = (args: string[], input?: Buffer | string) => spawnSync('node', ['bin/kehoach.js', ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });

/** `n` plans in nested folders, each a corpus sample with its own number so no two inputs are alike. */
function corpus(n: number): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-corpus-'));
  for (let i = 0; i < n; i++) {
    const dir = join(root, `district-${i % 7}`, `year-${2020 + (i % 3)}`);
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(`fixtures/${samples[i % samples.length]}`, 'utf8');
    writeFileSync(join(dir, `plan-${i}.txt`), text.replace(/Số: *(\d+)/u, `Số: $1${i}`));
  }
  return root;
}

function outputs(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
}

function expectAllValid(out: string): void {
  for (const f of outputs(out)) expect(validate(JSON.parse(readFileSync(join(out, f), 'utf8'))), f).toEqual([]);
}

describe('batch conversion', () => {
  it('mirrors the input tree, runs on workers and summarizes', () => {
    const root = corpus(12);
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    const r = run(['parse', root, '-o', out, '--jobs', '2']);
    expect(r.status).toBe(0);
    expect(outputs(out)).toHaveLength(12);
    expect(outputs(out)).toContain(join('district-0', 'year-2020', 'plan-0.json'));
    expect(r.stderr).toMatch(/done: 12 files: 12 ok, 0 failed, 0 up to date/u);
    // Twelve small files (well under a megabyte) do not pay for a second worker's start.
    expect(r.stderr).toMatch(/on 1 thread/u);
    expect(r.stderr).toMatch(/extracted \d+ targets(?: \(\+\d+ counted\))? and \d+ tasks/u);
    expectAllValid(out);
  });

  it('gives the same documents with 1 and with 2 workers', () => {
    const root = corpus(8);
    const one = run(['parse', root, '--jsonl', '-', '-j', '1', '-q']);
    const two = run(['parse', root, '--jsonl', '-', '-j', '2', '-q']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(8);
  });

  it('--jsonl FILE appears whole when the run ends, with no temporary file left', () => {
    const root = corpus(3);
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-jsonl-'));
    const r = run(['parse', root, '--jsonl', join(dir, 'all.jsonl'), '-q']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['all.jsonl']);
    const lines = readFileSync(join(dir, 'all.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => validate(d))).toEqual([[], [], []]);
  });

  it('--resume converts only what is missing or changed', () => {
    const root = corpus(6);
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    expect(run(['parse', root, '-o', out, '-q']).status).toBe(0);
    writeFileSync(join(root, 'district-1', 'year-2021', 'plan-1.txt'), readFileSync('fixtures/hoai-nhon-qd-ubnd-2020.txt'));
    const r = run(['parse', root, '-o', out, '--resume']);
    expect(r.stderr).toMatch(/done: 6 files: 1 ok, 0 failed, 5 up to date/u);
    const changed = JSON.parse(readFileSync(join(out, 'district-1', 'year-2021', 'plan-1.json'), 'utf8'));
    expect(changed.metadata.issuer.name).toContain('Hoài Nhơn');
  });

  it('one bad file never stops the batch: it is named, listed in _errors.jsonl and sets exit 1', () => {
    const root = corpus(3);
    copyFileSync('fixtures/bad/pdf-named-txt.txt', join(root, 'scan.txt'));
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    const r = run(['parse', root, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(root, 'scan.txt')}:1: error Not a text document (looks like PDF), and it cannot be read: The PDF reader failed (Invalid PDF structure.). [decode/binary]`);
    expect(outputs(out)).toHaveLength(3);
    const errors = readFileSync(join(out, '_errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([{ path: join(root, 'scan.txt'), code: 'decode/binary', message: 'Not a text document (looks like PDF), and it cannot be read: The PDF reader failed (Invalid PDF structure.).', line: 1 }]);
  });

  it('--ignore skips matching files', () => {
    const root = corpus(7);
    const r = run(['parse', '--ignore', '**/district-0/**', '--ignore', '**/plan-1.txt', root, '--jsonl', '-', '-q']);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('--strict also fails on documents with error diagnostics', async () => {
    const { exitCode } = await import('../src/cli/batch.js');
    expect(exitCode({ failed: 0, withErrors: 2 }, false, false)).toBe(0);
    expect(exitCode({ failed: 0, withErrors: 2 }, true, false)).toBe(1);
    expect(exitCode({ failed: 1, withErrors: 0 }, false, false)).toBe(1);
    expect(exitCode({ failed: 0, withErrors: 0 }, true, true)).toBe(130);
  });

  it('needs -o for --resume', () => {
    const r = run(['parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '--resume']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--resume needs -o');
  });
});

describe('the stdin/stdout contract for distributed engines', () => {
  it('reads one document from stdin and writes exactly one JSON line, stateless', () => {
    const bytes = readFileSync('fixtures/hai-duong-4707-kh-ubnd-2021.txt');
    const a = run(['parse', '-', '--jsonl', '-', '-q'], bytes);
    const b = run(['parse', '-', '--jsonl', '-', '-q'], bytes);
    expect(a.status).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout.endsWith('\n')).toBe(true);
    expect(a.stdout.trim().split('\n')).toHaveLength(1);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(validate(doc)).toEqual([]);
    expect([doc.source.path, doc.metadata.documentNumber]).toEqual([null, '4707/KH-UBND']);
  });

  it('a bad document gives no line, an error on stderr and exit 1', () => {
    const r = run(['parse', '-', '--jsonl', '-', '-q'], readFileSync('fixtures/bad/png-named-txt.txt'));
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('-:1: error Not a text document (looks like PNG image). [decode/binary]\n');
  });
});

describe('crash consistency', () => {
  /** Starts a batch and signals it once some outputs exist; resolves with its exit. */
  function interrupt(root: string, out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn('node', ['bin/kehoach.js', 'parse', root, '-o', out, '-j', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const poll = setInterval(() => {
        if (outputs(out).length >= 5) {
          clearInterval(poll);
          child.kill(signal);
        }
      }, 5);
      child.on('exit', (code, sig) => {
        clearInterval(poll);
        resolve({ code, signal: sig, stderr });
      });
    });
  }

  it('a batch killed mid-run leaves only complete, valid outputs, and --resume finishes the rest', async () => {
    const root = corpus(300);
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    const killed = await interrupt(root, out, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const before = outputs(out).length;
    expect(before).toBeGreaterThanOrEqual(5);
    expect(before).toBeLessThan(300);
    expectAllValid(out);
    const resumed = run(['parse', root, '-o', out, '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`done: 300 files: ${300 - before} ok, 0 failed, ${before} up to date`, 'u'));
    expect(outputs(out)).toHaveLength(300);
    expectAllValid(out);
  }, 60_000);

  it('Ctrl-C stops after the files in progress, with a summary and exit 130', async () => {
    const root = corpus(300);
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    const stopped = await interrupt(root, out, 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/stopping after the files in progress/u);
    expect(stopped.stderr).toMatch(/interrupted after \d+ files/u);
    expect(outputs(out).length).toBeLessThan(300);
    expectAllValid(out);
  }, 60_000);
});
