// npm run bench [-- --quick | --sets | --layouts [NAME]]
// Measures kehoach against baselines in one run and prints ratios (issue 4).
// Build first (npm run bench does). Nothing here is timed by the tests: `--quick`
// only checks, in test/bench.test.ts, that the script still runs end to end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from '../dist/src/index.js';
import { readMarkdown } from '../dist/src/decode/from-markdown.js';
import { formatOf, layouts } from './layouts.js';

const quick = process.argv.includes('--quick');
// `--sets`: only the distinct real documents (3b), for a quick look at the web/.txt ratio.
const setsOnly = process.argv.includes('--sets');
// `--layouts [NAME]`: only the growth per layout (7), or only the families whose name holds NAME.
const layoutsOnly = process.argv.includes('--layouts');
const only = layoutsOnly ? process.argv[process.argv.indexOf('--layouts') + 1]?.replace(/^--.*/u, '') : undefined;
const repo = new URL('..', import.meta.url).pathname;
const corpusBytes = quick ? 2e6 : 50e6; // ≥ 50 MB for real runs
const manyFiles = quick ? 200 : 10_000; // for peak RSS on a big batch
const jobs = availableParallelism();

// The text corpus documents: decrees of four provinces and a town, as published.
const sources = ['hau-giang-50-kh-ubnd-2022.txt', 'hai-duong-4707-kh-ubnd-2021.txt', 'ca-mau-137-qd-ubnd-2024.txt', 'khanh-hoa-4831-qd-ubnd-2021.txt', 'hoai-nhon-qd-ubnd-2020.txt'];
const texts = sources.map((f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8'));
const places = ['Cà Mau', 'Hải Dương', 'Hậu Giang', 'Khánh Hòa', 'Bình Định', 'Long An', 'Nghệ An', 'Sơn La', 'Đắk Lắk', 'Quảng Ninh', 'Thái Bình', 'Kiên Giang'];

/** Copy `i` of a document: its own number, years shifted, other place names, so no two inputs are alike. */
function vary(text, i) {
  const shift = i % 4;
  return text
    .replace(/(Số:\s*)(\d+)/u, (_, p, n) => `${p}${Number(n) + i}`)
    .replace(/\b(20[12]\d)\b/gu, (y) => String(Number(y) + shift))
    .replace(/(tỉnh|huyện|thị xã) (Cà Mau|Hải Dương|Hậu Giang|Khánh Hòa|Hoài Nhơn)/gu, (_, unit) => `${unit} ${places[i % places.length]}`)
    .replace(/(\d+)%/gu, (_, n) => `${Math.min(100, Number(n) + (i % 3))}%`);
}

function buildCorpus(dir, totalBytes, maxFiles = Infinity, keep = true) {
  const files = [];
  let bytes = 0;
  for (let i = 0; bytes < totalBytes && files.length < maxFiles; i++) {
    const text = vary(texts[i % texts.length], i);
    const sub = join(dir, `d${i % 16}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `plan-${i}.txt`);
    const buf = Buffer.from(text);
    writeFileSync(path, buf);
    files.push(keep ? { path, buf } : { path });
    bytes += buf.length;
  }
  return { files, bytes };
}

const time = (fn) => {
  const t = performance.now();
  const r = fn();
  return { ms: performance.now() - t, r };
};
const timeAsync = async (fn) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const mbs = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const fmt = (x, d = 1) => x.toFixed(d);
const results = [];
const goal = (name, ok, detail) => results.push({ name, ok, detail });

function printGoals() {
  console.log('\ngoals:');
  for (const r of results) console.log(`  ${r.ok ? 'met ' : 'MISS'}  ${r.name}: ${r.detail}`);
}


/**
 * Parses one member of a family in a fresh process and writes its JSON file as `kehoach parse -o` does: its
 * time, and how far peak RSS rose over the input's bytes, after the parse alone and with the output written;
 * besides, the heap the parsed document holds (after a full collection).
 */
function measureLayout(layout, n, tries, flags = []) {
  const format = formatOf(layout);
  const script = `
    const { parse } = await import('./dist/src/index.js');
    const { layouts } = await import('./scripts/layouts.js');
    const build = layouts[${JSON.stringify(layout)}];
    const { writeDocument } = await import('./dist/src/cli/convert.js');
    const hwm = () => Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
    const out = require('path').join(require('os').tmpdir(), 'kehoach-bench-layout-' + process.pid + '.json');
    const text = build(${n});
    const bytes = Buffer.byteLength(text);
    await writeDocument(out, await parse(build(20), { format: '${format}' }), 0, false);
    global.gc();
    const heap = process.memoryUsage().heapUsed;
    const before = hwm();
    let ms = Infinity;
    let parsed = 0;
    let held = 0;
    for (let i = 0; i < ${tries}; i++) {
      const t = performance.now();
      const doc = await parse(text, { format: '${format}' });
      if (i === 0) parsed = hwm();
      await writeDocument(out, doc, bytes, false);
      ms = Math.min(ms, performance.now() - t);
      if (i === 0) {
        global.gc();
        held = process.memoryUsage().heapUsed - heap;
      }
    }
    require('fs').rmSync(out, { force: true });
    process.stdout.write(JSON.stringify({ ms, bytes, memory: (hwm() - before) / bytes, parseMemory: (parsed - before) / bytes, document: held / bytes }));`;
  const r = spawnSync(process.execPath, [...flags, '--expose-gc', '--input-type=commonjs', '-e', `(async () => { ${script} })()`], { encoding: 'utf8', cwd: repo, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${layout}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * (7) growth per layout: 1× and 16× of each shape, each size in its own process so peak memory is its own.
 * A peak RSS is one sample of when V8 chose to collect: the 16× member runs in three processes, and each memory
 * figure is their median. It runs as often again with V8's young generation held to 1 MB a semi-space
 * (`--max-semi-space-size=1`): against the first parse's peak, the difference is what V8's own allotment for
 * new objects adds to it. (Over two parses a small young generation promotes the first document's garbage,
 * and the comparison means nothing.)
 */
function layoutGrowth() {
  const family = quick ? 200 : 2_000;
  const runs = quick ? 1 : 3;
  const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\ngrowth per layout (${family} and ${16 * family} units, parsed and written as -o does; time best of 3 at 1×, of ${2 * runs} at 16×;`);
  console.log(`memory = peak RSS growth / input bytes over two parses in a row, with the first parse alone, the parsed document's heap, and the first parse alone with 1 MB semi-spaces in brackets; medians of ${runs} processes):`);
  for (const layout of Object.keys(layouts).filter((name) => !only || name.includes(only))) {
    const a = measureLayout(layout, family, 3);
    const big = Array.from({ length: runs }, () => measureLayout(layout, 16 * family, 2));
    const young = Array.from({ length: runs }, () => measureLayout(layout, 16 * family, 1, ['--max-semi-space-size=1']));
    const b = { bytes: big[0].bytes, ms: Math.min(...big.map((r) => r.ms)), memory: middle(big.map((r) => r.memory)), parseMemory: middle(big.map((r) => r.parseMemory)), document: middle(big.map((r) => r.document)) };
    const ratio = b.ms / a.ms;
    console.log(`  ${layout.padEnd(34)} ${fmt(a.bytes / 1e6, 2)} → ${fmt(b.bytes / 1e6, 2)} MB: ${fmt(a.ms, 0)} → ${fmt(b.ms, 0)} ms = ${fmt(ratio, 1)}× the time, memory ${fmt(b.memory, 1)}× the input (parse ${fmt(b.parseMemory, 1)}×, document ${fmt(b.document, 1)}×, 1 MB semi-spaces ${fmt(middle(young.map((r) => r.parseMemory)), 1)}×)`);
    goal(`${layout}: 16× input in ≤ 20× time, memory ≤ 10× input`, ratio <= 20 && b.memory <= 10, `${fmt(ratio, 1)}×, ${fmt(b.memory, 1)}×`);
  }
}

/** (3b) Every set of distinct real documents, in interleaved rounds (alone with `--sets`). */
async function distinctSets() {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  // (3b) every set of distinct real documents: the .txt decrees (samples), the web captures (markdown as a
  // crawler saved the national portal's pages) and the Word files (.docx and Word's .htm export) where the
  // shared corpus has them. Rounds are interleaved so that load on a shared machine falls on every contender
  // alike; medians, with the spread, against the read floor and remark-parse on the same bytes.
  const shared = new URL('../../shared/corpus/', import.meta.url);
  const setOf = (dir, ext) => {
    const url = new URL(dir, shared);
    if (!existsSync(url)) return null;
    const docs = readdirSync(url).filter((f) => f.endsWith(ext)).sort().map((f) => ({ path: new URL(f, url).pathname, onDisk: true }));
    for (const d of docs) d.buf = readFileSync(d.path);
    return docs.length > 0 ? docs : null;
  };
  const sets = {
    samples: setOf('./', '.txt') ?? texts.map((t, i) => ({ path: `plan-${i}.txt`, buf: Buffer.from(t) })),
    web: setOf('web/', '.md'),
    'word-docx': setOf('word/', '.docx'),
    'word-htm': setOf('word/', '.htm'),
  };
  const rounds = quick ? 2 : 9;
  const repeat = quick ? 1 : 3;
  const contenders = {};
  const bytesOf = {};
  for (const [set, docs] of Object.entries(sets)) {
    if (!docs) {
      console.log(`\n${set}: skipped (not in ../shared/corpus)`);
      continue;
    }
    const bytes = docs.reduce((sum, d) => sum + d.buf.length, 0);
    const add = (name, fn) => {
      contenders[`${set}: ${name}`] = fn;
      bytesOf[`${set}: ${name}`] = bytes;
    };
    add('read the files', async () => {
      // The floor reads each file from disk; the built-in samples (no ../shared) have only their bytes.
      for (const d of docs) new TextDecoder().decode(d.onDisk ? readFileSync(d.path) : d.buf).normalize('NFC').split('\n');
    });
    if (set === 'web') {
      add('markdown reader alone', async () => {
        for (const d of docs) readMarkdown(d.buf.toString('utf8'));
      });
    }
    if (set === 'samples' || set === 'web') {
      add('remark-parse', async () => {
        for (const d of docs) unified().use(remarkParse).parse(d.buf.toString('utf8'));
      });
    }
    add('kehoach', async () => {
      for (const d of docs) JSON.stringify(await parse(d.buf, { path: d.path }));
    });
  }
  const speeds = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const fn of Object.values(contenders)) await fn(); // warm up
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const ms = await timeAsync(async () => {
        for (let k = 0; k < repeat; k++) await fn();
      });
      speeds[name].push(mbs(bytesOf[name] * repeat, ms));
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const spread = (xs) => `${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)}`;
  console.log(`\ndistinct documents, ${rounds} interleaved rounds of ${repeat} (median MB/s, min–max):`);
  for (const [set, docs] of Object.entries(sets)) {
    if (!docs) continue;
    console.log(`  ${set}: ${docs.length} documents, ${fmt(bytesOf[`${set}: kehoach`] / 1e6, 2)} MB`);
    for (const name of Object.keys(contenders).filter((k) => k.startsWith(`${set}: `))) {
      console.log(`    ${name.slice(set.length + 2).padEnd(26)} ${fmt(median(speeds[name]), 2).padStart(7)} MB/s  (${spread(speeds[name])})`);
    }
    const own = median(speeds[`${set}: kehoach`]);
    const remark = speeds[`${set}: remark-parse`];
    const vsTxt = own / median(speeds['samples: kehoach']);
    console.log(`    kehoach = ${fmt(own / median(speeds[`${set}: read the files`]), 3)}× the read floor${set === 'samples' ? '' : `, ${fmt(vsTxt, 2)}× the .txt throughput`}${remark ? `, ${fmt(own / median(remark), 2)}× remark-parse` : ''}`);
  }
  if (sets.web) {
    const web = median(speeds['web: kehoach']);
    const vsTxt = web / median(speeds['samples: kehoach']);
    const vsRemark = web / median(speeds['web: remark-parse']);
    console.log(`  web captures = ${fmt(vsTxt, 2)}× the .txt throughput, ${fmt(vsRemark, 2)}× remark-parse (reader alone ${fmt(median(speeds['web: markdown reader alone']) / median(speeds['web: remark-parse']), 1)}× remark-parse)`);
    goal('web captures ≥ 0.8× the .txt throughput', vsTxt >= 0.8, `${fmt(vsTxt, 2)}×`);
    goal('web captures ≥ 3× remark-parse', vsRemark >= 3, `${fmt(vsRemark, 2)}×`);
  } else {
    console.log('\nweb captures: skipped (../shared/corpus/web is not here)');
  }
}

if (layoutsOnly) {
  console.log(`kehoach bench --layouts: growth per layout only\nmachine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${jobs} cores, Node ${process.version}, load average ${loadavg().map((x) => fmt(x)).join(' ')}`);
  layoutGrowth();
  printGoals();
  process.exit(0);
}

if (setsOnly) {
  console.log(`kehoach bench --sets: distinct documents only\nmachine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${jobs} cores, Node ${process.version}, load average ${loadavg().map((x) => fmt(x)).join(' ')}`);
  await distinctSets();
  printGoals();
  process.exit(0);
}

const root = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
try {
  console.log(`kehoach bench${quick ? ' (--quick: small corpus, figures not meaningful)' : ''}`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${jobs} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}\n`);
  const corpusDir = join(root, 'corpus');
  const { files, bytes } = buildCorpus(corpusDir, corpusBytes);
  console.log(`corpus: ${files.length} documents, ${fmt(bytes / 1e6)} MB (5 corpus decrees, varied copies)\n`);

  // (1) floor: read + decode + NFC + split lines.
  const floor = time(() => {
    let lines = 0;
    for (const f of files) lines += new TextDecoder().decode(readFileSync(f.path)).normalize('NFC').split('\n').length;
    return lines;
  });
  // (2) baseline: remark-parse, on a subset (it is slow), and kehoach on the same subset.
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const subset = [];
  let subsetBytes = 0;
  for (const f of files) {
    if (subsetBytes >= Math.min(bytes, quick ? 5e5 : 10e6)) break;
    subset.push(f);
    subsetBytes += f.buf.length;
  }
  const remark = time(() => {
    for (const f of subset) unified().use(remarkParse).parse(f.buf.toString('utf8'));
  });
  const kehoachSubset = await timeAsync(async () => {
    for (const f of subset) JSON.stringify(await parse(f.buf, { path: f.path }));
  });
  // (3) kehoach, single thread, whole corpus: parse + extract + JSON serialize.
  let targets = 0;
  const full = await timeAsync(async () => {
    for (const f of files) {
      const doc = await parse(readFileSync(f.path), { path: f.path });
      targets += doc.targets.length;
      JSON.stringify(doc);
    }
  });
  const fullMbs = mbs(bytes, full.valueOf());
  console.log('single thread, same bytes:');
  console.log(`  floor (read+decode+NFC+split)   ${fmt(mbs(bytes, floor.ms))} MB/s`);
  console.log(`  remark-parse (${fmt(subsetBytes / 1e6)} MB subset)    ${fmt(mbs(subsetBytes, remark.ms), 2)} MB/s`);
  console.log(`  kehoach on that subset          ${fmt(mbs(subsetBytes, kehoachSubset), 2)} MB/s  = ${fmt(remark.ms / kehoachSubset, 2)}× remark-parse`);
  console.log(`  kehoach full pipeline           ${fmt(fullMbs, 2)} MB/s, ${fmt(files.length / (full / 1000))} documents/s  = ${fmt(fullMbs / mbs(bytes, floor.ms), 3)}× the floor (${targets} targets)`);
  goal('full pipeline ≥ 3× remark-parse on the same text', remark.ms / kehoachSubset >= 3, `${fmt(remark.ms / kehoachSubset, 2)}×`);
  goal('full pipeline ≥ 10 MB/s per core', fullMbs >= 10, `${fmt(fullMbs, 2)} MB/s`);

  await distinctSets();

  // (4) cold start of the CLI on one small file, against bare Node, interleaved so that load falls on both alike.
  const small = join(root, 'small.txt');
  writeFileSync(small, texts[0].slice(0, texts[0].indexOf('\nII.')));
  const coldRuns = quick ? 3 : 11;
  const bare = [];
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    bare.push(time(() => spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' })).ms);
    cold.push(time(() => spawnSync(process.execPath, ['bin/kehoach.js', 'parse', small, '--compact'], { stdio: 'ignore', cwd: repo })).ms);
  }
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const over = mid(cold) - mid(bare);
  console.log(`\ncold "kehoach parse one.txt" (${fmt(statSync(small).size / 1e3, 0)} KB): median ${fmt(mid(cold), 0)} ms, bare "node -e 0" ${fmt(mid(bare), 0)} ms, of ${coldRuns} interleaved runs (min–max ${fmt(Math.min(...cold), 0)}–${fmt(Math.max(...cold), 0)} ms)`);
  goal('cold kehoach parse one.txt ≤ 150 ms over bare Node', over <= 150, `${fmt(over, 0)} ms over`);

  // (5) batch CLI with 1 and N workers, with peak RSS (worker threads share the process).
  const batch = (dir, n) => {
    const out = join(root, `out-${n}-${Math.random().toString(36).slice(2)}`);
    // VmHWM, not getrusage's maxRSS: Linux carries maxRSS across exec from the forked parent (this script, which is large).
    const script = `import('./dist/src/cli/main.js').then((m) => m.main(process.argv)).then(() => process.stderr.write('\\nRSS ' + /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n'))`;
    const t = time(() => spawnSync(process.execPath, ['-e', script, 'kehoach', 'parse', dir, '-o', out, '-j', String(n), '-q'], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: repo }));
    if (t.r.status !== 0) console.error(t.r.stderr);
    const rss = Number(/RSS (\d+)/u.exec(t.r.stderr)?.[1] ?? 0) * 1024;
    const written = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    rmSync(out, { recursive: true, force: true });
    return { ms: t.ms, rss, status: t.r.status, written };
  };
  const b1 = batch(corpusDir, 1);
  const bN = batch(corpusDir, jobs);
  const scaling = b1.ms / bN.ms;
  console.log(`\nbatch CLI (${files.length} files → JSON files):`);
  console.log(`  1 worker   ${fmt(mbs(bytes, b1.ms), 2)} MB/s, ${fmt(files.length / (b1.ms / 1000))} files/s, peak RSS ${fmt(b1.rss / 2 ** 20, 0)} MB`);
  console.log(`  ${jobs} workers  ${fmt(mbs(bytes, bN.ms), 2)} MB/s, ${fmt(files.length / (bN.ms / 1000))} files/s, peak RSS ${fmt(bN.rss / 2 ** 20, 0)} MB  = ${fmt(scaling, 2)}× one worker (ideal ${jobs}×)`);
  goal(`${jobs}-worker batch ≥ 0.8 × ${jobs} × one worker`, scaling >= 0.8 * jobs, `${fmt(scaling, 2)}×`);
  if (b1.written !== files.length || bN.written !== files.length) goal('batch wrote every file', false, `${b1.written}, ${bN.written} of ${files.length}`);

  const manyDir = join(root, 'many');
  const many = buildCorpus(manyDir, Infinity, manyFiles, false);
  const bMany = batch(manyDir, jobs);
  console.log(`  ${manyFiles} files, ${fmt(many.bytes / 1e6)} MB, ${jobs} workers: ${fmt(bMany.ms / 1000)} s, peak RSS ${fmt(bMany.rss / 2 ** 20, 0)} MB`);
  goal(`peak RSS < 300 MB on a ${manyFiles}-file batch`, bMany.rss > 0 && bMany.rss < 300 * 2 ** 20, `${fmt(bMany.rss / 2 ** 20, 0)} MB`);
  rmSync(manyDir, { recursive: true, force: true });

  // (6) growth: one document of repeated sections, 1× and 8× its size.
  const body = texts[1];
  const cut = body.indexOf('\nII.');
  const head = body.slice(0, cut);
  const sections = body.slice(cut);
  const sized = (k) => head + sections.repeat(k);
  const best = async (text) => {
    let min = Infinity;
    for (let i = 0; i < 5; i++) min = Math.min(min, await timeAsync(async () => JSON.stringify(await parse(text))));
    return min;
  };
  await best(sized(1)); // warm up
  const t1 = await best(sized(1));
  const t8 = await best(sized(8));
  console.log(`\ngrowth: ${fmt(sized(1).length / 1e3, 0)} K chars in ${fmt(t1)} ms, 8× in ${fmt(t8)} ms = ${fmt(t8 / t1, 2)}× the time`);
  goal('8× input within 9× time', t8 / t1 <= 9, `${fmt(t8 / t1, 2)}×`);

  layoutGrowth();

  printGoals();
} finally {
  rmSync(root, { recursive: true, force: true });
}
