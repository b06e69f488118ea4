import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { escapeHtml, markUp } from '../src/report/marks.js';
import { placeItems } from '../src/report/items.js';
import { documentPage } from '../src/report/page.js';

/** The text each data-item's marks cover, joined, by item id. */
function markedText(html: string): Map<string, string> {
  const $ = load(html);
  const out = new Map<string, string>();
  $('mark[data-item]').each((_, el) => {
    const id = $(el).attr('data-item')!;
    // Only the mark's own text; nested marks are counted for their own item too.
    out.set(id, (out.get(id) ?? '') + $(el).text());
  });
  return out;
}


/** What the marks of each item should read: its span's slice, or its parts' slices in order. */
function expectedText(text: string, items: ReturnType<typeof placeItems>): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of [...items].sort((a, b) => a.offset - b.offset)) out.set(item.id, (out.get(item.id) ?? '') + text.slice(item.offset, item.offset + item.length));
  return out;
}

describe('markUp', () => {
  it('nests contained spans and splits crossing ones, every item covering exactly its span', () => {
    const text = 'Sở Nội vụ chủ trì, phối hợp Sở Tư pháp';
    const items = [
      { id: 'task', kind: 'task', offset: 0, length: text.length },
      { id: 'a', kind: 'agency', offset: 0, length: 9 },
      { id: 'x', kind: 'diagnostic', offset: 5, length: 13 },
      { id: 'b', kind: 'agency', offset: 28, length: 10 },
    ];
    const html = markUp(text, items);
    const marked = markedText(html);
    for (const item of items) expect(marked.get(item.id)).toBe(text.slice(item.offset, item.offset + item.length));
    expect(load(html).root().text()).toBe(text);
  });

  it('escapes the text and every attribute: a document is untrusted input', () => {
    const text = '<script>alert(1)</script> "><img src=x onerror=alert(2)> & \'';
    const html = markUp(text, [{ id: '"><b>', kind: 'task" onclick="x', offset: 0, length: 8 }]);
    const $ = load(html);
    expect($('script, img, b').length).toBe(0);
    expect($('mark').attr('data-item')).toBe('"><b>');
    expect($('mark').attr('onclick')).toBeUndefined();
    expect($.root().text()).toBe(text);
    expect(escapeHtml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('anchors every line start', () => {
    const $ = load(markUp('a\nb\n\nc', []));
    expect($('span.ln').map((_, el) => $(el).attr('id')).get()).toEqual(['L1', 'L2', 'L3', 'L4']);
  });
});

describe('document page', () => {
  it.each(['hai-duong-4707-kh-ubnd-2021.txt', 'khanh-hoa-4831-qd-ubnd-2021.txt', 'ca-mau-137-qd-ubnd-2024.txt'])('marks every item of %s on the right words', async (name) => {
    const doc = await parse(readFileSync(`fixtures/${name}`), { path: name, includeText: true });
    const html = documentPage(doc, name);
    const marked = markedText(html);
    const items = placeItems(doc);
    expect(items.length).toBeGreaterThan(50);
    for (const [id, want] of expectedText(doc.source.text!, items)) expect(marked.get(id), id).toBe(want);
    // every target, task and responsibility has a list entry that points at its marks
    const $ = load(html);
    const goes = new Set($('[data-go]').map((_, el) => $(el).attr('data-go')).get());
    for (const t of [...doc.targets, ...(doc.countTargets ?? [])]) expect(goes.has(`target:${t.id}`)).toBe(true);
    // Counted commitments have a list of their own (Cà Mau's “ít nhất 05 bậc”).
    expect($('summary').filter((_, el) => $(el).text().startsWith('Counted targets')).text()).toBe(doc.countTargets?.length ? `Counted targets (${doc.countTargets.length})` : 'Counted targets (0)');
    if (name.startsWith('ca-mau')) expect(doc.countTargets).toHaveLength(1);
    for (const t of doc.tasks) expect(goes.has(`task:${t.id}`)).toBe(true);
    for (const r of doc.responsibilities) expect(goes.has(`responsibility:${r.id}`)).toBe(true);
    // tables appear as tables, with their column roles
    expect($('table[data-table] th small').length).toBe(doc.tables.reduce((n, t) => n + t.columns.length, 0));
  });

  it('never lets a document inject markup, in the text or in any extracted field', async () => {
    const hostile = 'KẾ HOẠCH\n<script>alert(1)</script>\nI. MỤC TIÊU <img src=x onerror=alert(2)>\n1. Phấn đấu 100% hồ sơ "><svg onload=alert(3)>.\n- Cơ quan chủ trì: Sở <b>Nội vụ</b>.\n';
    const doc = await parse(hostile, { includeText: true });
    const $ = load(documentPage(doc, '<i>name</i>.txt'));
    expect($('script:not([src])').length).toBe(0);
    expect($('img, svg, i').length).toBe(0);
    expect($('[onerror], [onload], [onclick]').length).toBe(0);
    expect($('b').filter((_, el) => $(el).text() === 'Nội vụ').length).toBe(0);
    expect($('#text').text()).toBe(doc.source.text);
  });
});

describe('kehoach report', () => {
  it('writes an index and one page per document, self-contained, from inputs and from JSON made with --text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-report-'));
    const json = join(dir, 'json');
    expect(spawnSync('node', ['bin/kehoach.js', 'parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '-o', json, '--text', '-q']).status).toBe(0);
    mkdirSync(join(dir, 'notext'));
    expect(spawnSync('node', ['bin/kehoach.js', 'parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '-o', join(dir, 'notext'), '-q']).status).toBe(0);
    const out = join(dir, 'site');
    const r = spawnSync('node', ['bin/kehoach.js', 'report', 'fixtures/khanh-hoa-4831-qd-ubnd-2021.txt', json, join(dir, 'notext', 'hau-giang-50-kh-ubnd-2022.json'), '-o', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('made without --text');
    expect(readdirSync(out).sort()).toEqual(['hau-giang-50-kh-ubnd-2022.json.html', 'index.html', 'khanh-hoa-4831-qd-ubnd-2021.txt.html', 'report.css', 'report.js']);
    const index = load(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(index('#documents tbody tr').length).toBe(2);
    expect(index('a[href="khanh-hoa-4831-qd-ubnd-2021.txt.html"]').length).toBe(1);
    // nothing is fetched from the network
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8')).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

const corpus = '../shared/corpus';
const corpusFiles = existsSync(corpus)
  ? [
      ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f)),
      ...readdirSync(join(corpus, 'web')).map((f) => join(corpus, 'web', f)),
      ...readdirSync(join(corpus, 'word')).map((f) => join(corpus, 'word', f)),
    ]
  : [];
if (corpusFiles.length === 0) console.warn('report.test.ts: ../shared/corpus is absent; the corpus report checks are skipped.');

describe.skipIf(corpusFiles.length === 0)('a report of the shared corpus', () => {
  it.each(corpusFiles)('%s: every mark sits on its item’s words', async (path) => {
    const doc = await parse(readFileSync(path), { path, includeText: true });
    const marked = markedText(documentPage(doc, path));
    for (const [id, want] of expectedText(doc.source.text!, placeItems(doc))) expect(marked.get(id), id).toBe(want);
  });
});

describe('kehoach report on hostile or odd inputs', () => {
  it('refuses a JSON input that is not a valid document, reports a glob of JSON, and links odd file names safely', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-report-odd-'));
    mkdirSync(join(dir, 'in'));
    const odd = join(dir, 'in', 'kế hoạch #2 (bản?).txt');
    writeFileSync(odd, readFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt'));
    const json = join(dir, 'json');
    expect(spawnSync('node', ['bin/kehoach.js', 'parse', odd, '-o', json, '--text', '-q']).status).toBe(0);
    const good = JSON.parse(readFileSync(join(json, 'kế hoạch #2 (bản?).json'), 'utf8'));
    writeFileSync(join(json, 'hostile.json'), JSON.stringify({ ...good, diagnostics: [{ severity: 'error', code: 'x', message: 'm', line: '<img src=x onerror=alert(1)>', span: null }] }));
    const out = join(dir, 'site');
    const r = spawnSync('node', ['bin/kehoach.js', 'report', join(json, '*.json'), '-o', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('hostile.json: error not a valid kehoach document');
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8')).not.toContain('<img');
    const index = load(readFileSync(join(out, 'index.html'), 'utf8'));
    const href = index('#documents a').attr('href')!;
    expect(href).not.toMatch(/[ #?]/u);
    expect(existsSync(join(out, decodeURIComponent(href)))).toBe(true);
  });
});

// A real browser: Debian's chromium driven by playwright-core. .ci/run installs chromium; without it this is skipped with a message.
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) console.warn('report.test.ts: no chromium found (apt-get install chromium); the browser tests are skipped.');

describe.skipIf(!chromium)('the report in a browser', () => {
  it('highlights an item’s words when the item is clicked, shows the item when its words are clicked, with no console errors', async () => {
    const { chromium: browserType } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-report-browser-'));
    expect(spawnSync('node', ['bin/kehoach.js', 'report', 'fixtures/hai-duong-4707-kh-ubnd-2021.txt', 'fixtures/khanh-hoa-4831-qd-ubnd-2021.txt', '-o', dir, '-q']).status).toBe(0);
    const doc = await parse(readFileSync('fixtures/hai-duong-4707-kh-ubnd-2021.txt'), { path: 'x', includeText: true });
    const browser = await browserType.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => void errors.push(String(e)));
      await page.goto(`file://${join(dir, 'index.html')}`);
      // sort by tasks, filter to one document
      await page.click('button[data-sort-by="tasks"]');
      await page.fill('#filter', 'Khánh Hòa');
      expect(await page.locator('#documents tbody tr:visible').count()).toBe(1);
      await page.goto(`file://${join(dir, 'hai-duong-4707-kh-ubnd-2021.txt.html')}`);
      const task = doc.tasks[3]!;
      await page.click(`button[data-go="task:${task.id}"]`);
      const active = await page.locator(`mark.active[data-item="task:${task.id}"]`).allTextContents();
      expect(active.join('')).toBe(task.text);
      const target = doc.targets[0]!;
      await page.locator(`mark[data-item="target:${target.id}"]`).first().click();
      expect(await page.locator(`button.selected[data-go="target:${target.id}"]`).count()).toBe(1);
      expect(await page.locator('#selected').isVisible()).toBe(true);
      // keyboard only: focus a list entry and press Enter
      const second = doc.tasks[5]!;
      await page.focus(`button[data-go="task:${second.id}"]`);
      await page.keyboard.press('Enter');
      expect((await page.locator(`mark.active[data-item="task:${second.id}"]`).allTextContents()).join('')).toBe(second.text);
      mkdirSync('test-artifacts', { recursive: true });
      await page.screenshot({ path: 'test-artifacts/report-document.png' });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: 'test-artifacts/report-document-phone.png' });
      expect(errors).toEqual([]);
      if (corpusFiles.length > 0) {
        // the whole shared corpus: every page opens with no console error
        const site = mkdtempSync(join(tmpdir(), 'kehoach-report-corpus-'));
        spawnSync('node', ['bin/kehoach.js', 'report', corpus, '-o', site, '-q']);
        for (const file of readdirSync(site).filter((f) => f.endsWith('.html'))) {
          await page.goto(`file://${join(site, file)}`);
          await page.locator('body').click({ position: { x: 5, y: 5 } });
        }
        expect(errors).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });
});
