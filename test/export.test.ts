import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecord, exportTables } from '../src/export/index.js';

const run = (...args: string[]) => spawnSync('node', ['bin/kehoach.js', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const inputs = ['hau-giang-50-kh-ubnd-2022.txt', 'ca-mau-137-qd-ubnd-2024.txt', 'khanh-hoa-4831-qd-ubnd-2021.txt', 'hoai-nhon-qd-ubnd-2020.txt'];

/** A strict RFC 4180 reader, to check what the writer wrote. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  expect(field + record.join('')).toBe('');
  return records;
}

describe('csvRecord', () => {
  it.each([
    [['a', 'b'], 'a,b\r\n'],
    [['Sở Nội vụ, Sở Tài chính'], '"Sở Nội vụ, Sở Tài chính"\r\n'],
    [['nói "đạt"'], '"nói ""đạt"""\r\n'],
    [['dòng 1\ndòng 2', null, 1.23, 0], '"dòng 1\ndòng 2",,1.23,0\r\n'],
  ])('%j', (values, want) => {
    expect(csvRecord(values)).toBe(want);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+84 912', "'+84 912"],
    ['- Cơ quan chủ trì: Sở Nội vụ', "'- Cơ quan chủ trì: Sở Nội vụ"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['Sở = Nội vụ', 'Sở = Nội vụ'],
  ])('neutralizes a cell a spreadsheet would run as a formula: %j', (value, want) => {
    expect(csvRecord([value])).toBe(`${want}\r\n`);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvRecord([-5, 12.5])).toBe('-5,12.5\r\n');
  });

  it('writes with ";" for comma-decimal locales, quoting only what holds a ";"', () => {
    expect(csvRecord(['Sở Nội vụ, Sở Tài chính', 'a;b', 1.5], ';')).toBe('Sở Nội vụ, Sở Tài chính;"a;b";1.5\r\n');
  });
});

describe('kehoach export', () => {
  const out = mkdtempSync(join(tmpdir(), 'kehoach-json-'));
  const csv = mkdtempSync(join(tmpdir(), 'kehoach-csv-'));
  const db = join(mkdtempSync(join(tmpdir(), 'kehoach-db-')), 'corpus.db');
  const docs: Array<{ source: { text: string }; targets: Array<{ text: string }>; tasks: unknown[] }> = [];

  beforeAll(() => {
    const r = run('parse', ...inputs.map((f) => `fixtures/${f}`), '-o', out, '--text', '-q');
    expect(r.status).toBe(0);
    for (const f of inputs) docs.push(JSON.parse(readFileSync(join(out, f.replace('.txt', '.json')), 'utf8')));
    const e = run('export', out, '--csv', csv, '--sqlite', db);
    expect(e.status).toBe(0);
    expect(e.stderr).toContain(`exported ${inputs.length} documents`);
  });

  it('writes every table as RFC 4180 CSV with a BOM and the documented header', () => {
    for (const table of exportTables) {
      const text = readFileSync(join(csv, `${table.name}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const records = readCsv(text.slice(1));
      expect(records[0]).toEqual(table.columns.map(([c]) => c));
      for (const r of records) expect(r).toHaveLength(table.columns.length);
    }
  });

  it('gives one row per item, each traceable to its span in the document', () => {
    const targets = readCsv(readFileSync(join(csv, 'targets.csv'), 'utf8').slice(1));
    const header = targets[0]!;
    const col = (name: string) => header.indexOf(name);
    // Percentages and counts, one row each.
    expect(targets.length - 1).toBe(docs.reduce((n, d) => n + d.targets.length + (d.countTargets?.length ?? 0), 0));
    expect(targets.slice(1).some((row) => row[col('target_id')]!.startsWith('count'))).toBe(true);
    for (const row of targets.slice(1)) {
      const doc = docs[inputs.indexOf(`${row[col('document_id')]}.txt`)]!;
      const offset = Number(row[col('span_offset')]);
      // A cell starting like a formula carries the leading ' that neutralizes it.
      const cell = row[col('text')]!;
      const text = /^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell;
      expect(doc.source.text.slice(offset, offset + Number(row[col('span_length')]))).toBe(text);
    }
    const tasks = readCsv(readFileSync(join(csv, 'tasks.csv'), 'utf8').slice(1));
    expect(tasks.length - 1).toBe(docs.reduce((n, d) => n + d.tasks.length, 0));
  });

  it('builds a SQLite database that answers the README questions through its indexes', async () => {
    const initSqlJs = createRequire(import.meta.url)('sql.js') as (o?: object) => Promise<{ Database: new (b: Uint8Array) => { exec: (s: string) => Array<{ values: unknown[][] }> } }>;
    const SQL = await initSqlJs();
    const database = new SQL.Database(readFileSync(db));
    const rows = (sql: string) => database.exec(sql)[0]?.values ?? [];
    const online = rows(`SELECT DISTINCT d.issuer FROM targets t JOIN documents d USING (document_id)
      WHERE d.issuer_level = 'province' AND t.unit = '%' AND t.value = 100 AND t.deadline_year <= 2025
        AND (t.subject LIKE '%dịch vụ công trực tuyến%' OR t.text LIKE '%dịch vụ công trực tuyến%') ORDER BY 1`);
    expect(online.map((r) => r[0])).toContain('Ủy ban nhân dân tỉnh Khánh Hòa');
    const leads = rows(`SELECT agency, count(*) FROM agencies WHERE role = 'lead' GROUP BY agency ORDER BY 2 DESC, 1 LIMIT 3`);
    expect(leads.length).toBe(3);
    expect(JSON.stringify(rows(`EXPLAIN QUERY PLAN SELECT * FROM agencies WHERE agency = 'Sở Nội vụ'`))).toContain('agencies_agency');
    expect(JSON.stringify(rows(`EXPLAIN QUERY PLAN SELECT * FROM targets WHERE deadline_year = 2025`))).toContain('targets_deadline_year');
  });

  it('skips a file that is not kehoach JSON, naming it, with exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-mixed-'));
    writeFileSync(join(dir, 'good.json'), readFileSync(join(out, 'hau-giang-50-kh-ubnd-2022.json')));
    writeFileSync(join(dir, "broken.json"), "{\"schemaVersion\": \"1.1.0\", ");
    const r = run('export', dir, '--csv', mkdtempSync(join(tmpdir(), 'kehoach-csv-')));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'broken.json')}: error skipped: not JSON`);
    expect(r.stderr).toContain('exported 1 documents');
  });

  it('lists the inputs a parse batch could not read and the JSON it skipped in failures.csv', () => {
    const src = mkdtempSync(join(tmpdir(), 'kehoach-src-'));
    writeFileSync(join(src, 'plan.txt'), readFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt'));
    writeFileSync(join(src, 'scan.pdf'), Buffer.from('%PDF-1.7\n%\xff\xff\n1 0 obj <<>> endobj\n', 'latin1'));
    const json = mkdtempSync(join(tmpdir(), 'kehoach-json-'));
    expect(run('parse', src, '-o', json, '-q').status).toBe(1);
    writeFileSync(join(json, 'broken.json'), '{"schemaVersion": ');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-csv-'));
    const r = run('export', json, '--csv', dir, '--delimiter', ';');
    expect(r.status).toBe(1);
    const failures = readFileSync(join(dir, 'failures.csv'), 'utf8').slice(1).trimEnd().split('\r\n');
    expect(failures[0]).toBe('path;line;stage;code;message');
    expect(failures.some((l) => l.startsWith(`${join(src, 'scan.pdf')};`) && l.includes(';parse;'))).toBe(true);
    expect(failures.some((l) => l.startsWith(`${join(json, 'broken.json')};;export;invalid-json;`))).toBe(true);
    const documents = readFileSync(join(dir, 'documents.csv'), 'utf8').slice(1).split('\r\n');
    const header = documents[0]!.split(';');
    for (const column of ['needs_review', 'review_reasons', 'metadata_missing', 'tasks_without_lead', 'converter']) expect(header).toContain(column);
  });

  it('needs --csv or --sqlite', () => {
    expect(run('export', out).status).toBe(2);
  });
});

describe('kehoach validate', () => {
  it('passes the outputs of parse and names file and JSON path for a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-validate-'));
    expect(run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', 'fixtures/hai-duong-4707-kh-ubnd-2021.txt', '-o', dir, '-q').status).toBe(0);
    expect(run('validate', dir).status).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'hai-duong-4707-kh-ubnd-2021.json'), 'utf8'));
    doc.schemaVersion = '4.0.0';
    doc.targets[0].comparator = '≥';
    writeFileSync(join(dir, 'hai-duong-4707-kh-ubnd-2021.json'), JSON.stringify(doc));
    const r = run('validate', `${dir}/*.json`);
    expect(r.status).toBe(1);
    const file = join(dir, 'hai-duong-4707-kh-ubnd-2021.json');
    expect(r.stdout).toContain(`${file}: /schemaVersion: must match pattern "^[123]\\.\\d+\\.\\d+$"`);
    expect(r.stdout).toContain(`${file}: /targets/0/comparator: must be equal to one of the allowed values: ">=", "<=", "=", ">", "<", "range"`);
    expect(r.stderr).toBe('kehoach: 1 valid, 1 invalid\n');
  });
});
