// node --expose-gc scripts/memory-profile.js [FAMILY] [--units N] [--top K]
// Where the memory of a parse goes, per growth family of the benchmark (scripts/layouts.js), each family in a
// fresh process: build first. First the document: how far the heap grew with it held, and what it reaches in a
// heap snapshot, by kind (V8's node type and constructor; plain objects by their property names; `{}` is an
// object of small integers only, such as a span), with the largest strings. Then the pipeline's stages one by
// one, each stage's result held until the end (as in src/pipeline.ts): the bytes each allocated (from V8's GC
// profiler: what its collections freed, plus what the heap grew), the heap at its peak during the stage (the
// most any collection found before collecting), and what is reachable after it. Heap figures are over the heap
// at the start of the parse; V8's young generation and other memory outside the heap are not in them. Like the
// pipeline, it drops the input's bytes after decoding, the decoded text and tables once read, and the normalized
// lines before the items (which read a line index).
// Figures are also given over the input's UTF-8 bytes (×).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GCProfiler, getHeapSnapshot } from 'node:v8';
import { formatOf, layouts } from './layouts.js';

if (typeof global.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(2);
}
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const units = option('--units', 8_000);
const top = option('--top', 14);
const only = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

const dist = new URL('../dist/src/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { parse } = await load('index.js');
const { createReporter } = await load('core/diagnostic.js');
const { decode } = await load('decode/index.js');
const { normalize } = await load('normalize/index.js');
const { findTables } = await load('tables/index.js');
const { findZones } = await load('segment/find-zones.js');
const { buildOutline } = await load('segment/build-outline.js');
const { extractCitations, extractItems, extractMetadata, indexLines } = await load('extract/index.js');

const used = () => {
  global.gc();
  return process.memoryUsage().heapUsed;
};
// A value just awaited can stay in a suspended function's registers, out of reach of gc(): run each stage in
// its own call and measure after a turn of the event loop.
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Runs `fn`, returning its result with the bytes it allocated and what is reachable after it. */
function measure(fn) {
  const start = used();
  const profiler = new GCProfiler();
  profiler.start();
  const result = fn();
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  return { result, start, ...heapFigures(statistics, start, after) };
}

/** Allocated: what the collections freed plus what the heap grew; peak: the most the heap held, before any collection. */
function heapFigures(statistics, start, after) {
  const freed = statistics.reduce((sum, s) => sum + s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize, 0);
  const peak = Math.max(after, ...statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize)) - start;
  return { allocated: after - start + freed, peak, kept: used() - start };
}

/** The pipeline of src/pipeline.ts, stage by stage, each stage's result held until the end (the decoded text, bytes and tables, and the normalized lines before the items, dropped as it does). */
async function stages(text, format) {
  const reporter = createReporter();
  let bytes = new TextEncoder().encode(text);
  const rows = [];
  const first = used();
  const step = (name, fn) => {
    const m = measure(fn);
    rows.push({ name, allocated: m.allocated, peak: m.peak + m.start - first, kept: m.kept + m.start - first });
    return m.result;
  };
  const profiler = new GCProfiler();
  profiler.start();
  let decoded = await decode(bytes, { path: null, format, ocr: false, maxPages: 2000 }, reporter);
  bytes = null;
  const { statistics } = profiler.stop();
  rows.push({ name: 'decode', ...heapFigures(statistics, first, process.memoryUsage().heapUsed) });
  // As src/pipeline.ts does: the decoded text and tables are dropped once read.
  let decodedTables = decoded.tables;
  let normalized = step('normalize', () => normalize(decoded.text, reporter, { softBreaks: decoded.softBreaks }));
  decoded = null;
  const tables = step('tables', () => findTables(normalized, reporter, decodedTables));
  decodedTables = null;
  const zones = step('zones', () => findZones(normalized.lines));
  const outline = step('outline', () => buildOutline(normalized.lines, zones, tables, reporter));
  const citations = step('citations', () => extractCitations(normalized));
  const metadata = step('metadata', () => extractMetadata(normalized, zones, citations, reporter));
  // As the pipeline does: the items read a line index, and the normalized lines go before them.
  const index = indexLines(normalized);
  normalized = null;
  step('items', () => extractItems(index, outline, tables.map((t) => t.table), metadata, citations, reporter));
  return rows;
}

/** A holder the heap snapshot can find: the walk of what the document holds starts from it. */
class ProfiledDocument {
  constructor(doc) {
    this.doc = doc;
  }
}

/**
 * What the document reaches in a heap snapshot, summed by kind: V8's node type and name, plain objects by their
 * property names. Hidden classes, code and prototypes are shared with the rest of the program and not walked;
 * a closure is counted but not entered (what it holds is the program's, and a document should hold none).
 */
async function documentHeap(doc, largeString) {
  globalThis.profiled = new ProfiledDocument(doc);
  const chunks = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk);
  globalThis.profiled = undefined;
  const snap = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const { node_fields: nf, edge_fields: ef, node_types: [types], edge_types: [edgeTypes] } = snap.snapshot.meta;
  const N = nf.length;
  const E = ef.length;
  const [typeAt, nameAt, sizeAt, edgesAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
  const { nodes, edges, strings } = snap;
  const firstEdge = new Uint32Array(nodes.length / N + 1);
  for (let i = 0, e = 0; i < nodes.length; i += N) {
    firstEdge[i / N] = e;
    e += nodes[i + edgesAt] * E;
  }
  const edgeName = (e) => (edgeTypes[edges[e + edgeTypeAt]] === 'element' || edgeTypes[edges[e + edgeTypeAt]] === 'hidden' ? '' : strings[edges[e + edgeNameAt]]);
  let root = -1;
  for (let i = 0; i < nodes.length && root < 0; i += N) if (types[nodes[i + typeAt]] === 'object' && strings[nodes[i + nameAt]] === 'ProfiledDocument') root = i;
  const seen = new Uint8Array(nodes.length / N);
  const stack = [root];
  seen[root / N] = 1;
  const kinds = new Map();
  const large = [];
  let total = 0;
  while (stack.length > 0) {
    const i = stack.pop();
    const type = types[nodes[i + typeAt]];
    const name = strings[nodes[i + nameAt]];
    const size = nodes[i + sizeAt];
    const from = firstEdge[i / N];
    const to = from + nodes[i + edgesAt] * E;
    let kind = type === 'object' || type === 'closure' || type === 'array' || type === 'hidden' ? `${type} ${name}` : type;
    if (type === 'object' && name === 'Object') {
      const props = [];
      for (let e = from; e < to && props.length < 7; e += E) if (edgeTypes[edges[e + edgeTypeAt]] === 'property' && edgeName(e) !== '__proto__') props.push(edgeName(e));
      kind = `{${props.join(',')}}`;
    }
    if (type.includes('string') && size >= largeString) large.push({ type, size, text: name.slice(0, 50) });
    const k = kinds.get(kind) ?? { count: 0, size: 0 };
    k.count += 1;
    k.size += size;
    kinds.set(kind, k);
    total += size;
    if (type === 'closure') continue;
    for (let e = from; e < to; e += E) {
      const edgeType = edgeTypes[edges[e + edgeTypeAt]];
      const target = edges[e + toAt];
      const targetType = types[nodes[target + typeAt]];
      if (edgeType === 'weak' || edgeName(e) === '__proto__' || edgeName(e) === 'map' || seen[target / N]) continue;
      if (targetType === 'code' || targetType === 'object shape' || targetType === 'synthetic') continue;
      seen[target / N] = 1;
      stack.push(target);
    }
  }
  return { kinds, large, total };
}

const mb = (x) => `${(x / 1e6).toFixed(2)} MB`;
const per = (x, bytes) => `${(x / bytes).toFixed(2)}×`;

/** One family, in this process: the document first (before any stage's leftovers), then the stages. */
async function profile(layout) {
  const build = layouts[layout];
  const text = build(units);
  const bytes = Buffer.byteLength(text);
  const format = formatOf(layout);
  await parse(build(20), { format }); // compile the grammar and warm up
  console.log(`\n${layout}: ${units} units, ${mb(bytes)} of UTF-8, ${text.length} UTF-16 units`);
  const start = used();
  const doc = await parse(text, { format });
  const held = used() - start;
  const { kinds, large, total } = await documentHeap(doc, bytes / 50);
  console.log(`  the heap grew by ${mb(held)} = ${per(held, bytes)} the input with the document held; it reaches ${mb(total)} = ${per(total, bytes)}:`);
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(`    ${kind.slice(0, 60).padEnd(60)} ${String(k.count).padStart(8)} ${mb(k.size).padStart(10)} ${per(k.size, bytes).padStart(7)}`);
  }
  for (const s of large.sort((a, b) => b.size - a.size).slice(0, 5)) console.log(`    large ${s.type}: ${mb(s.size)} "${s.text.replace(/\n/gu, '⏎')}…"`);
  console.log('  stage        allocated          heap at its peak     reachable after it (heap over the start of the parse)');
  for (const r of await stages(text, format)) {
    console.log(`  ${r.name.padEnd(11)} ${mb(r.allocated).padStart(10)} ${per(r.allocated, bytes).padStart(8)}   ${mb(r.peak).padStart(10)} ${per(r.peak, bytes).padStart(7)}   ${mb(r.kept).padStart(10)} ${per(r.kept, bytes).padStart(7)}`);
  }
}

// Each family in a fresh process, so that none inherits another's heap.
const family = args.includes('--family') ? args[args.indexOf('--family') + 1] : null;
if (family) {
  await profile(family);
} else {
  for (const layout of Object.keys(layouts).filter((name) => !only || name.includes(only))) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--family', layout, '--units', String(units), '--top', String(top)], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
