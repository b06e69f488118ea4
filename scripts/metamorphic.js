#!/usr/bin/env node
// Metamorphic accuracy check: every corpus document and its gold are changed in the same, meaning-preserving way
// (another place, other agencies of the same level, other years, another number, another signer, dates and
// abbreviations written the other common way, a province become a city, another site's page around the text,
// old-style tones, decomposed Unicode, other spacing: scripts/metamorphic-transforms.js), the changed document is
// parsed and scored against the changed gold with ../shared/eval/score.mjs, plus `names`, the share of gold agency
// names found exactly. A figure that drops against the untransformed run means a rule learnt a name of the corpus
// rather than a form of the language.
//
// usage (after npm run build; ../shared sits beside the project):
//   node scripts/metamorphic.js [--json] [--only name,name] [--keep DIR]
// Everything is written under a temporary folder (or DIR), never into the project.
// The Word .docx captures are left out: their text is split across runs, so a name cannot be replaced
// reliably; the same documents are covered through Word's .htm export.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { flexible, L, transforms } from './metamorphic-transforms.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const top = path.dirname(shared);
const scorer = path.join(shared, 'eval', 'score.mjs');
const cli = path.join(root, 'bin', 'kehoach.js');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const asJson = args.includes('--json');
const only = opt('--only')?.split(',');

/* ---------- documents in their encodings ---------- */

function readDoc(file) {
  const bytes = fs.readFileSync(file);
  if (!file.endsWith('.htm')) return { text: bytes.toString('utf8'), write: (t) => Buffer.from(t, 'utf8'), visible: (t) => t };
  const charset = /charset=([\w-]+)/i.exec(bytes.subarray(0, 2000).toString('latin1'))?.[1] ?? 'utf-8';
  const decoded = iconv.decode(bytes, charset).replace(/&#(\d+);/g, (_m, d) => String.fromCodePoint(Number(d)));
  // written back in its own charset, every character beyond ASCII as a numeric reference, as Word does
  const write = (t) => iconv.encode(t.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`), charset);
  const visible = (t) => t.replace(/<(?:style|script)[\s\S]*?<\/(?:style|script)>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');
  return { text: decoded, write, visible };
}

/** Applies f to every string of a gold but its file and the keys in `keep` (paths such as metadata.issuer). */
function mapStrings(value, f, keep = [], at = '') {
  if (typeof value === 'string') return keep.includes(at) ? value : f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, keep, at));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'file' ? v : mapStrings(v, f, keep, at ? `${at}.${k}` : k)]));
  }
  return value;
}

function corpus() {
  const docs = [];
  for (const g of fs.readdirSync(path.join(shared, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(shared, 'gold', g), 'utf8'));
    let file = path.join(top, gold.file);
    let set = gold.file.startsWith('shared/corpus/web/') ? 'web' : gold.file.startsWith('shared/corpus/word/') ? 'word-htm' : 'samples';
    if (set === 'word-htm') file = file.replace(/\.docx$/, '.htm');
    if (fs.existsSync(file)) docs.push({ gold, file, set, name: path.basename(file).replace(/\.[^.]+$/, '') });
  }
  return docs;
}

/** Writes one transformation's documents and golds under work/in/<name>/<set> and work/gold/<name>/<set>. */
function prepare(work, name, docs) {
  const sets = {};
  const warnings = [];
  let changed = 0;
  for (const d of docs) {
    const doc = readDoc(d.file);
    const t = transforms[name](doc.text, d.gold, docs.indexOf(d), doc.visible(doc.text), d.file);
    const text = t.text(doc.text);
    if (text !== doc.text) changed++;
    // a name the replacement missed (split by markup) would be a false drop: say so
    for (const n of t.check ?? []) {
      const left = new RegExp(String.raw`(?<!${L})${flexible(n)}(?!${L})`, 'u').test(doc.visible(text));
      if (left) warnings.push(`${name}: ${d.name}: “${n}” left in the text`);
    }
    const inDir = path.join(work, 'in', name, d.set);
    const goldDir = path.join(work, 'gold', name, d.set);
    fs.mkdirSync(inDir, { recursive: true });
    fs.mkdirSync(goldDir, { recursive: true });
    fs.writeFileSync(path.join(inDir, path.basename(d.file)), doc.write(text));
    fs.writeFileSync(path.join(goldDir, d.name + '.json'), JSON.stringify(mapStrings(d.gold, t.gold, t.keep), null, 1));
    (sets[d.set] ??= []).push(d);
  }
  return { sets, warnings, changed, documents: docs.length };
}

/** Scores one transformation's outputs (work/out/<name>/<set>) against its golds. */
function score(work, name, { sets, warnings, changed, documents }) {
  const out = {};
  for (const set of Object.keys(sets)) {
    const goldDir = path.join(work, 'gold', name, set);
    const outDir = path.join(work, 'out', name, set);
    const golds = fs.readdirSync(goldDir).map((f) => path.join(goldDir, f));
    const run = spawnSync('node', [scorer, '--json', outDir, ...golds], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`score.mjs exited ${run.status}: ${run.stderr}`);
    const { rows, total } = JSON.parse(run.stdout);
    const perDoc = Object.fromEntries(rows.map((r) => [r.name, docFigures(r)]));
    let hit = 0, all = 0;
    for (const d of sets[set]) {
      const file = path.join(outDir, d.name + '.json');
      if (!fs.existsSync(file)) continue;
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, d.name + '.json'), 'utf8'));
      const n = exactNames(JSON.parse(fs.readFileSync(file, 'utf8')), gold);
      perDoc[d.name].names = n.all ? n.hit / n.all : 1;
      hit += n.hit, all += n.all;
    }
    out[set] = { total: { ...total, names: all ? hit / all : 1 }, docs: perDoc };
  }
  return { sets: out, warnings, changed, documents };
}

const FIGURES = ['meta', 'outline', 'targets', 'tasks', 'lead', 'coord', 'due', 'resp', 'names'];
const docFigures = (r) => r.missing ? { missing: true } : {
  meta: r.meta.acc, outline: r.outline.f1, targets: r.targets.f1, tasks: r.tasks.f1,
  lead: r.tasks.lead, coord: r.tasks.coord, due: r.tasks.due, resp: r.resp.f1,
};

/*
 * `names`: the share of gold agency strings (task lead and coordinating, responsibility agency) that the parser
 * names exactly, as written or canonical. score.mjs compares agencies by their words, so an official name split
 * at its comma (“Phòng Văn hóa”, “Khoa học và Thông tin”) scores as well as the whole; this figure does not.
 * Normalised as score.mjs does.
 */
const TONE = { 'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy' };
const norm = (s) => String(s ?? '').normalize('NFC').toLowerCase().replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g, (m) => TONE[m] ?? m)
  .replace(/[“”"'’‘]/g, '').replace(/\s+/g, ' ').replace(/^[\s.,;:()\-–]+|[\s.,;:()\-–]+$/g, '').trim();
const taskText = (t) => norm(t.text ?? '').replace(/^(?:\d+(?:\.\d+)*|[a-zđ]|[ivxlc]+)[.)]\s*/, '');
const spellings = (agencies) => new Set((agencies ?? []).flatMap((a) => (typeof a === 'string' ? [a] : [a.name, a.canonical])).map(norm));

function exactNames(out, gold) {
  let hit = 0, all = 0;
  const used = new Set();
  for (const g of gold.tasks ?? []) {
    const i = (out.tasks ?? []).findIndex((p, k) => !used.has(k) && taskText(p).startsWith(norm(g.start)));
    const names = [...(g.lead ?? []), ...(g.coordinating ?? [])];
    all += names.length;
    if (i < 0) continue;
    used.add(i);
    const got = spellings([...(out.tasks[i].lead ?? []), ...(out.tasks[i].coordinating ?? [])]);
    hit += names.filter((n) => got.has(norm(n))).length;
  }
  const resp = spellings((out.responsibilities ?? []).map((r) => r.agency));
  for (const g of gold.responsibilities ?? []) (all++, (hit += resp.has(norm(g.agency)) ? 1 : 0));
  return { hit, all };
}

const work = opt('--keep') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-metamorphic-'));
try {
  const docs = corpus();
  const names = Object.keys(transforms).filter((name) => !only || name === 'none' || only.includes(name));
  const prepared = Object.fromEntries(names.map((name) => [name, prepare(work, name, docs)]));
  // one batch for every transformation (the parser's workers start once); outputs mirror work/in under work/out
  const parse = spawnSync('node', [cli, 'parse', path.join(work, 'in'), '-o', path.join(work, 'out'), '--quiet'], { encoding: 'utf8' });
  if (parse.status !== 0) throw new Error(`kehoach parse exited ${parse.status}: ${parse.stderr.slice(0, 2000)}`);
  const results = Object.fromEntries(names.map((name) => [name, score(work, name, prepared[name])]));
  if (asJson) console.log(JSON.stringify(results));
  else {
    const pct = (x) => (x * 100).toFixed(1).padStart(5);
    for (const [name, r] of Object.entries(results)) {
      for (const [set, { total, docs: perDoc }] of Object.entries(r.sets)) {
        const base = results.none.sets[set];
        console.log(`${name.padEnd(8)} ${set.padEnd(9)} ` + FIGURES.map((f) => `${f} ${pct(total[f])}`).join(' '));
        if (name === 'none') continue;
        for (const [doc, figs] of Object.entries(perDoc)) {
          const drops = FIGURES.filter((f) => figs[f] < base.docs[doc][f] - 1e-9).map((f) => `${f} ${pct(base.docs[doc][f])}→${pct(figs[f])}`);
          if (drops.length) console.log(`    ${doc}: ${drops.join(', ')}`);
        }
      }
      if (name !== 'none') console.log(`  (${r.changed} of ${r.documents} documents changed)`);
      for (const w of r.warnings) console.log(`  warning: ${w}`);
    }
  }
} finally {
  if (!opt('--keep')) fs.rmSync(work, { recursive: true, force: true });
}
