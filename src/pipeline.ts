import { createHash } from 'node:crypto';
import { createReporter, sortDiagnostics, type Reporter } from './core/diagnostic.js';
import { decode, decodeImage, decodePdf, decodeWord, formatBytes, unreadable, type InputFormat } from './decode/index.js';
import type { DecodedText } from './decode/types.js';
import { extractCitations, extractItems, extractMetadata, indexLines } from './extract/index.js';
import { assessQuality } from './extract/quality.js';
import { normalize, type NormalizedText } from './normalize/index.js';
import type { KehoachDocument } from './schema/document.js';
import { schemaVersion } from './schema/version.js';
import { buildOutline } from './segment/build-outline.js';
import { findZones, forgetBareLines, type Zones } from './segment/find-zones.js';
import { guard, reportInternal } from './core/guard.js';
import { findTables } from './tables/index.js';
import { defaultMaxBytes, defaultMaxPages, type ParseOptions } from './options.js';
import { checkOptions } from './check-options.js';

export { defaultMaxBytes, defaultMaxPages, type ParseOptions } from './options.js';

/**
 * Bytes or text to a `KehoachDocument`:
 * bytes → text → lines → tables + outline → metadata and citations.
 * Never throws for any input: an internal failure becomes an
 * `internal/exception` diagnostic on an otherwise empty document.
 */
export async function parse(input: Uint8Array | string, options: ParseOptions = {}): Promise<KehoachDocument> {
  const reporter = createReporter();
  // JavaScript callers can pass anything: answer with a diagnostic, never a throw.
  const opts = checkOptions(options, reporter);
  const maxBytes = opts.maxBytes ?? defaultMaxBytes;
  // `let`: a string's bytes are encoded here, and dropped once decoded (see below).
  let bytes = typeof input === 'string' ? (input.length > maxBytes ? null : new TextEncoder().encode(input)) : input instanceof Uint8Array ? input : undefined;
  const source: KehoachDocument['source'] = {
    path: typeof opts.path === 'string' ? opts.path : null,
    format: opts.format ?? 'text',
    encoding: 'utf-8',
    // Hashing 2 GB before refusing it would take seconds and may throw: refuse first.
    sha256: bytes && bytes.length <= maxBytes ? createHash('sha256').update(bytes).digest('hex') : emptySha256,
    bytes: bytes ? bytes.length : typeof input === 'string' ? Buffer.byteLength(input) : 0,
  };
  if (bytes === undefined) {
    reporter.report('decode/bad-input', `parse() needs a string or a Uint8Array (a Buffer is one); it was given ${describe(input)}.`);
    return emptyDocument(source, reporter);
  }
  if (bytes === null || bytes.length > maxBytes) {
    reporter.report('decode/too-large', `The input is ${formatBytes(source.bytes)}, over the ${formatBytes(maxBytes)} limit (--max-bytes).`);
    return emptyDocument(source, reporter);
  }
  const maxPages = opts.maxPages ?? defaultMaxPages;
  const decodeOptions = { path: source.path, format: opts.format ?? null, ocr: opts.ocr ?? false, maxPages };
  let container: Awaited<ReturnType<typeof decodeWord>> = null;
  try {
    container = (await decodeWord(bytes, decodeOptions, reporter)) ?? (await decodePdf(bytes, decodeOptions, reporter)) ?? (await decodeImage(bytes, decodeOptions, reporter));
  } catch (error) {
    reportInternal(reporter, 'container (Word, PDF, image)', error);
    return emptyDocument(source, reporter);
  }
  // A Word file or PDF that could not be read has said why.
  if (container === 'refused') return emptyDocument(source, reporter);
  const refused = container ? null : unreadable(bytes, maxBytes);
  if (refused) {
    reporter.report(refused.code, refused.message);
    return emptyDocument(source, reporter);
  }
  let stage = 'decoding';
  try {
    let decoded: DecodedText | null = container ?? (await decode(bytes, decodeOptions, reporter));
    // Past decoding, the input's bytes, the decoded text and the decoded tables are garbage as soon as the stage
    // that reads them ends: nothing here may hold them (a closure below would keep what it names to the end).
    bytes = undefined;
    container = null;
    stage = 'normalization';
    source.format = decoded.format;
    source.encoding = decoded.encoding;
    if (decoded.converter) source.converter = decoded.converter;
    if (decoded.pages) source.pages = decoded.pages;
    // The decoded tables in a holder: the tables stage lets go of them, which a variable here could not.
    const grids: Grids = { tables: decoded.tables };
    let normalized: NormalizedText | null = normalize(decoded.text, reporter, { softBreaks: decoded.softBreaks });
    decoded = null;
    const { tableList, outline, citations, metadata, index } = readStructure(normalized, grids, reporter);
    // The normalized lines (an object and a string each) end here: the items read the text through a line index.
    const text = normalized.text;
    normalized = null;
    const items = extractItems(index, outline, tableList, metadata, citations, reporter);
    if (opts.includeText) source.text = text;
    const quality = guard(reporter, 'quality', undefined, () => assessQuality({ metadata, outline, tables: tableList, tasks: items.tasks, responsibilities: items.responsibilities }, reporter));
    return {
      schemaVersion,
      source,
      metadata,
      outline,
      tables: tableList,
      goals: items.goals,
      targets: items.targets,
      countTargets: items.countTargets,
      tasks: items.tasks,
      responsibilities: items.responsibilities,
      agencies: items.agencies,
      citations,
      diagnostics: sortDiagnostics(reporter.diagnostics),
      ...(quality ? { quality } : {}),
    };
  } catch (error) {
    // Only decoding and normalization are not guarded one by one: without text there is nothing to keep.
    reportInternal(reporter, stage, error);
    return emptyDocument(source, reporter);
  }
}

const emptySha256 = createHash('sha256').digest('hex');

interface Grids {
  tables: DecodedText['tables'];
}

/**
 * The stages that read the normalized lines: tables, zones, outline, citations and metadata. What it returns
 * holds no line, so the lines go when it returns (its closures and their context with it).
 */
function readStructure(normalized: NormalizedText, grids: Grids, reporter: Reporter) {
  // Each stage on its own past this point: a bug costs that stage's output, not the document.
  const tables = guard(reporter, 'tables', [], () => findTables(normalized, reporter, grids.tables));
  grids.tables = undefined;
  const zones = guard(reporter, 'zones', null, () => findZones(normalized.lines)) ?? emptyZones(normalized.lines.length);
  const outline = guard(reporter, 'outline', [], () => buildOutline(normalized.lines, zones, tables, reporter));
  const citations = guard(reporter, 'citations', [], () => extractCitations(normalized));
  const metadata = guard(reporter, 'metadata', emptyMetadata(), () => extractMetadata(normalized, zones, citations, reporter));
  // The bare texts of the lines were for the zones and the letterhead: not kept with the document.
  forgetBareLines();
  return { tableList: tables.map((t) => t.table), outline, citations, metadata, index: indexLines(normalized) };
}

function describe(input: unknown): string {
  if (input === null || input === undefined) return String(input);
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? `an object (${Object.prototype.toString.call(input).slice(8, -1)})` : `a ${typeof input}`;
}

function emptyZones(lines: number): Zones {
  return { header: [], issuer: [], typeLine: null, title: [], authority: null, preamble: [], decides: null, recipients: [], signatures: [], instrument: null, consumed: new Array<boolean>(lines).fill(false) };
}

function emptyMetadata(): KehoachDocument['metadata'] {
  return {
    documentType: null, documentNumber: null, documentSymbol: null, issuedDate: null, issuedDateText: null, place: null,
    issuer: null, title: null, signer: null, legalBases: [], recipients: [], attachedInstrument: null, fieldSpans: {},
  };
}

function emptyDocument(source: KehoachDocument['source'], reporter: Reporter): KehoachDocument {
  const metadata = emptyMetadata();
  const quality = assessQuality({ metadata, outline: [], tables: [], tasks: [], responsibilities: [] }, reporter, { announce: false });
  return {
    schemaVersion,
    source,
    metadata,
    outline: [],
    tables: [],
    goals: [],
    targets: [],
    countTargets: [],
    tasks: [],
    responsibilities: [],
    agencies: [],
    citations: [],
    diagnostics: sortDiagnostics(reporter.diagnostics),
    quality,
  };
}
