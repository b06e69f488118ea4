import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['bin/kehoach.js', ...args], { encoding: 'utf8' });

describe('kehoach CLI', () => {
  it('prints one document as JSON', () => {
    const r = run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).metadata.documentNumber).toBe('50/KH-UBND');
  });

  it('prints a short summary for a person with --summary, instead of the JSON', () => {
    const r = run('parse', 'fixtures/khanh-hoa-4831-qd-ubnd-2021.txt', '--summary');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('fixtures/khanh-hoa-4831-qd-ubnd-2021.txt: Quyết định, 4831/QĐ-UBND, 2021-12-24, Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(r.stdout).toMatch(/\d+ targets, \d+ tasks \(\d+ without a lead\)/);
    expect(r.stdout).toMatch(/needs review: |understood: /);
    expect(lines.at(-1)).toContain('kehoach parse fixtures/khanh-hoa-4831-qd-ubnd-2021.txt --text');
  });

  it('counts counted commitments apart in --summary', () => {
    const r = run('parse', 'fixtures/ca-mau-137-qd-ubnd-2024.txt', '--summary');
    expect(r.stdout).toMatch(/\d+ targets \(\+1 counted\), \d+ tasks/);
  });

  it('never overwrites a file that is not its own output, nor writes through a symbolic link out of -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-clobber-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(dir, 'in', 'a.txt'));
    copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(dir, 'in', 'sub', 'b.txt'));
    writeFileSync(join(dir, 'in', 'a.json'), '{"notes": "mine"}');
    // an input a.json beside a.txt, with -o the same folder
    const same = run('parse', join(dir, 'in', 'a.txt'), join(dir, 'in', 'a.json'), '-o', join(dir, 'in'), '-q');
    expect(same.status).toBe(1);
    expect(same.stderr).toContain('exists and is not a kehoach output; it is left alone [output/unsafe]');
    expect(readFileSync(join(dir, 'in', 'a.json'), 'utf8')).toBe('{"notes": "mine"}');
    // --jsonl naming an input
    const jsonl = run('parse', join(dir, 'in', 'a.txt'), '--jsonl', join(dir, 'in', 'a.txt'), '-q');
    expect(jsonl.status).toBe(2);
    expect(readFileSync(join(dir, 'in', 'a.txt'), 'utf8')).toBe(readFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', 'utf8'));
    // a folder inside -o that links elsewhere
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    const linked = run('parse', join(dir, 'in'), '-o', join(dir, 'out'), '-q');
    expect(linked.status).toBe(1);
    expect(linked.stderr).toContain('through a symbolic link');
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    // the same run again replaces its own outputs
    expect(run('parse', join(dir, 'in', 'a.txt'), '-o', join(dir, 'out2'), '-q').status).toBe(0);
    expect(run('parse', join(dir, 'in', 'a.txt'), '-o', join(dir, 'out2'), '-q').status).toBe(0);
  });

  it('says so in one line when the disk is full, and leaves no temporary file', () => {
    const file = run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '--jsonl', '/dev/full', '-q');
    expect(file.status).toBe(1);
    expect(file.stderr).toBe('kehoach: error could not write /dev/full: ENOSPC: no space left on device, write; nothing was written there\n');
    const out = spawnSync('sh', ['-c', 'node bin/kehoach.js parse fixtures/hau-giang-50-kh-ubnd-2022.txt > /dev/full'], { encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toBe('kehoach: error could not write to standard output: ENOSPC: no space left on device, write');
  });

  it('goes on when _errors.jsonl cannot be written, and --resume clears what a killed run left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-errfile-'));
    mkdirSync(join(dir, 'out', '_errors.jsonl'), { recursive: true });
    writeFileSync(join(dir, 'out', 'old.json.123-0-0.kehoach-tmp'), '{"schema');
    copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const r = run('parse', join(dir, 'a.txt'), join(dir, 'b.txt'), '-o', join(dir, 'out'), '--resume', '-q');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot be replaced');
    expect(r.stderr).toContain('b.txt:1: error Not a text document');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['_errors.jsonl', 'a.json']);
  });

  it('bounds --jobs by the cores, and says when hidden files were not walked', () => {
    const many = run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '--jobs', '1000');
    expect(many.status).toBe(2);
    expect(many.stderr).toContain('4 per core');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-hidden-'));
    copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(dir, 'plan.txt'));
    copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(dir, '.plan.txt'));
    mkdirSync(join(dir, '.drafts'));
    const r = run('parse', dir, '-o', join(dir, 'out'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('kehoach: 2 hidden files or folders (names starting with ".") were not walked; name them to convert them');
  });

  it('writes compact JSON under -o unless --pretty, and indents what it prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-pretty-'));
    expect(run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '-o', join(dir, 'a'), '-q').status).toBe(0);
    expect(readFileSync(join(dir, 'a', 'hau-giang-50-kh-ubnd-2022.json'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect(run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '-o', join(dir, 'b'), '-q', '--pretty').status).toBe(0);
    const pretty = readFileSync(join(dir, 'b', 'hau-giang-50-kh-ubnd-2022.json'), 'utf8');
    expect(pretty.split('\n').length).toBeGreaterThan(100);
    expect(JSON.parse(pretty)).toEqual(JSON.parse(readFileSync(join(dir, 'a', 'hau-giang-50-kh-ubnd-2022.json'), 'utf8')));
    expect(run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt').stdout.split('\n').length).toBeGreaterThan(100);
  });

  it('stops reading a device or a pipe at --max-bytes', () => {
    const device = run('parse', '/dev/zero', '--max-bytes', '100000', '-o', mkdtempSync(join(tmpdir(), 'kehoach-zero-')), '-q');
    expect(device.status).toBe(1);
    expect(device.stderr).toContain('/dev/zero: error more than 97.7 KB (--max-bytes); reading stopped there [decode/too-large]');
    const pipe = spawnSync('node', ['bin/kehoach.js', 'parse', '-', '--max-bytes', '100000'], { input: Buffer.alloc(3_000_000, 0x61), encoding: 'utf8' });
    expect(pipe.status).toBe(1);
    expect(pipe.stderr).toContain('-: error standard input holds more than 97.7 KB (--max-bytes)');
  });

  it('writes the document of a hostile pipe table and never prints a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-hole-'));
    const input = join(dir, 'hole.txt');
    writeFileSync(input, '| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 |\n| | | Sở Nội vụ |\n');
    const r = run('parse', input, '-o', join(dir, 'out'));
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'hole.json'), 'utf8')).tables.length).toBe(1);
  });

  it('writes DIR/<name>.json per input and still writes the others when one is missing', () => {
    const out = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const r = run('parse', 'fixtures/hai-duong-4707-kh-ubnd-2021.txt', 'fixtures/missing.txt', '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fixtures/missing.txt');
    expect(JSON.parse(readFileSync(join(out, 'hai-duong-4707-kh-ubnd-2021.json'), 'utf8')).metadata.documentType).toBe('Kế hoạch');
  });

  it('prints the schema and exits 2 on bad usage', () => {
    expect(JSON.parse(run('schema').stdout).$schema).toContain('2020-12');
    expect(run('parse').status).toBe(2);
  });
});

describe('kehoach CLI inputs and outputs', () => {
  it('reads stdin with "-" and honours --format', () => {
    const html = readFileSync('fixtures/html-word-export-ca-mau-excerpt.html');
    const r = spawnSync('node', ['bin/kehoach.js', 'parse', '-', '--format', 'html', '--compact'], { input: html, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.source.path, doc.source.format, doc.metadata.documentNumber]).toEqual([null, 'html', '137/QĐ-UBND']);
  });

  it('never lets two inputs with the same name overwrite each other', () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-in-'));
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    for (const dir of ['a', 'b']) {
      mkdirSync(join(root, dir));
      copyFileSync(`fixtures/${dir === 'a' ? 'hau-giang-50-kh-ubnd-2022' : 'hai-duong-4707-kh-ubnd-2021'}.txt`, join(root, dir, 'plan.txt'));
    }
    const r = run('parse', root, '-o', out);
    expect(r.status).toBe(0);
    const number = (p: string) => JSON.parse(readFileSync(join(out, p), 'utf8')).metadata.documentNumber;
    expect([number('a/plan.json'), number('b/plan.json')]).toEqual(['50/KH-UBND', '4707/KH-UBND']);
  });

  it('names the package and output schema versions', async () => {
    const { packageVersion, schemaVersion } = await import('../src/schema/version.js');
    expect(packageVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(run('--version').stdout).toBe(`kehoach ${packageVersion} (output schema ${schemaVersion})\n`);
  });

  it('explains itself in --help', () => {
    const help = run('parse', '--help').stdout;
    expect(help).toContain('Examples:');
    expect(help).toContain('Exit codes');
  });
});

describe('kehoach CLI output safety', () => {
  it('keeps every output inside -o and never maps two inputs to one output', async () => {
    const { expandInputs, safeOutputPath } = await import('../src/cli/inputs.js');
    const root = mkdtempSync(join(tmpdir(), 'kehoach-names-'));
    for (const f of ['a/plan.txt', 'a/plan.md', 'b/plan.txt', 'b/c/x.html']) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(root, f));
    }
    const found = [];
    for await (const input of expandInputs([join(root, 'a'), join(root, 'b'), `${root}/b/**/*.html`, '-'])) found.push(input);
    const outputs = found.map((f) => f.output);
    expect(outputs.sort()).toEqual(['a/plan.md.json', 'a/plan.txt.json', 'b/c/x.json', 'b/c/x.json', 'b/plan.json', 'stdin.json']);
    for (const { path, output } of found) {
      expect(output.split(/[\\/]/)).not.toContain('..');
      expect(safeOutputPath('out', output, path).startsWith(join(process.cwd(), 'out'))).toBe(true);
    }
    expect(() => safeOutputPath('out', '../escape.json', 'x.txt')).toThrow(/outside/);
    expect(() => safeOutputPath('.', 'x.json', 'x.json')).toThrow(/overwrite the input/);
  });

  it('keeps extensions when a page image shares its name with a document, with --ocr', async () => {
    const { expandInputs } = await import('../src/cli/inputs.js');
    const root = mkdtempSync(join(tmpdir(), 'kehoach-img-'));
    for (const f of ['plan.pdf', 'plan.png']) copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(root, f));
    const outputs = async (images: boolean) => {
      const found: string[] = [];
      for await (const input of expandInputs([root], [], images)) found.push(input.output);
      return found.sort();
    };
    expect(await outputs(true)).toEqual(['plan.pdf.json', 'plan.png.json']);
    expect(await outputs(false)).toEqual(['plan.json']);
  });

  it('fails the second of two arguments naming the same file instead of overwriting', () => {
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    const r = run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '-o', out, '-q');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already taken by another input \[output\/unsafe\]/);
    expect(readdirSync(out).sort()).toEqual(['_errors.jsonl', 'hau-giang-50-kh-ubnd-2022.json']);
  });

  it('does not follow a symbolic link loop in a directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-loop-'));
    copyFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt', join(root, 'plan.txt'));
    symlinkSync(root, join(root, 'loop'));
    const out = mkdtempSync(join(tmpdir(), 'kehoach-out-'));
    const r = run('parse', root, '-o', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['plan.json']);
  });
});
