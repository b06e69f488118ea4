import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallPlainText } from '../src/cli/batch.js';
import type { ConvertJob } from '../src/cli/convert.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-inline-'));
const plan = 'ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện cải cách hành chính năm 2025\nI. MỤC TIÊU\nPhấn đấu 100% hồ sơ được giải quyết đúng hạn.\n';
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const job = (path: string, extra: Partial<ConvertJob> = {}): ConvertJob => ({
  path, outPath: null, wantLine: false, wantPrint: true, resume: false, format: null, includeText: false, compact: true, maxBytes: 1 << 20, ocr: false, ...extra,
});

// Cold start (issue 12): one small plain-text document is parsed on the main thread; all else goes to a worker, under --timeout.
describe('which single documents are parsed on the main thread', () => {
  it('takes small text, Markdown and HTML, by name or by content', async () => {
    for (const name of ['plan.txt', 'plan.md', 'plan.html', 'plan']) {
      const bytes = await smallPlainText(job(file(name, plan)), 1024);
      expect(bytes && Buffer.from(bytes).toString('utf8'), name).toBe(plan);
    }
    expect(await smallPlainText(job('-', { bytes: Buffer.from(plan) }), 1024)).not.toBeNull();
  });

  it('leaves Word, PDF and image inputs, anything over the limit, binary content and unreadable paths to a worker', async () => {
    expect(await smallPlainText(job(file('plan.docx', plan)), 1024)).toBeNull();
    expect(await smallPlainText(job(file('plan.pdf', plan)), 1024)).toBeNull();
    expect(await smallPlainText(job(file('plan2.txt', plan), { format: 'docx' }), 1024)).toBeNull();
    // A Word file renamed .txt: its ZIP signature sends it to a worker.
    expect(await smallPlainText(job(file('renamed.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from(plan)]))), 1024)).toBeNull();
    expect(await smallPlainText(job(file('long.txt', plan.repeat(20))), 1024)).toBeNull();
    expect(await smallPlainText(job('-', { bytes: Buffer.from(plan.repeat(20)) }), 1024)).toBeNull();
    expect(await smallPlainText(job(join(dir, 'missing.txt')), 1024)).toBeNull();
    expect(await smallPlainText(job(dir), 1024)).toBeNull();
  });

  it('prints the same document on the main thread as on a worker (with --timeout)', () => {
    const path = file('same.txt', plan);
    const run = (...extra: string[]) => spawnSync(process.execPath, ['bin/kehoach.js', 'parse', path, '--compact', ...extra], { encoding: 'utf8' });
    const inline = run();
    const worker = run('--timeout', '60');
    expect([inline.status, inline.stderr]).toEqual([0, '']);
    expect(JSON.parse(inline.stdout).metadata.documentNumber).toBe('12/KH-UBND');
    expect(inline.stdout).toBe(worker.stdout);
  });
});
