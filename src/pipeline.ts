import { createHash } from 'node:crypto';
import { createReporter, sortDiagnostics, type Reporter } from './core/diagnostic.js';
import { decode, decodeImage, decodePdf, decodeWord, unreadable, type InputFormat } from './decode/index.js';
import { extractCitations, extractItems, extractMetadata } from './extract/index.js';
import { assessQuality } from './extract/quality.js';
import { normalize } from './normalize/index.js';
import type { KehoachDocument } from './schema/document.js';
import { schemaVersion } from './schema/version.js';
import { buildOutline } from './segment/build-outline.js';
import { findZones } from './segment/find-zones.js';
import { findTables } from './tables/index.js';

export interface ParseOptions {
  /** File name (for the extension and `source.path`); null or absent for stdin. */
  path?: string | null;
  /** Forces the input format. */
  format?: InputFormat | null;
  /** Puts the normalized text in `source.text`, so spans can be checked. */
  includeText?: boolean;
  /** Reads scanned PDFs and page images with Tesseract (slow; needs tesseract-ocr-vie and poppler-utils). */
  ocr?: boolean;
  /** Inputs larger than this are refused with a `decode/too-large` error (default 64 MiB). */
  maxBytes?: number;
}

export const defaultMaxBytes = 64 * 1024 * 1024;

/**
 * Bytes or text to a `KehoachDocument`:
 * bytes → text → lines → tables + outline → metadata and citations.
 * Never throws for any input: an internal failure becomes an
 * `internal/exception` diagnostic on an otherwise empty document.
 */
export async function parse(input: Uint8Array | string, options: ParseOptions = {}): Promise<KehoachDocument> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const reporter = createReporter();
  const source: KehoachDocument['source'] = {
    path: options.path ?? null,
    format: options.format ?? 'text',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
  const decodeOptions = { path: options.path ?? null, format: options.format ?? null, ocr: options.ocr ?? false };
  const tooLarge = bytes.length > (options.maxBytes ?? defaultMaxBytes);
  let container: Awaited<ReturnType<typeof decodeWord>> = null;
  try {
    container = tooLarge
      ? null
      : ((await decodeWord(bytes, decodeOptions, reporter)) ?? (await decodePdf(bytes, decodeOptions, reporter)) ?? (await decodeImage(bytes, decodeOptions, reporter)));
  } catch (error) {
    reporter.report('internal/exception', `kehoach failed on this input: ${(error as Error).stack ?? String(error)}`);
    return emptyDocument(source, reporter);
  }
  // A Word file or PDF that could not be read has said why.
  if (container === 'refused') return emptyDocument(source, reporter);
  const refused = container ? null : unreadable(bytes, options.maxBytes ?? defaultMaxBytes);
  if (refused) {
    reporter.report(refused.code, refused.message);
    return emptyDocument(source, reporter);
  }
  try {
    const decoded = container ?? (await decode(bytes, decodeOptions, reporter));
    source.format = decoded.format;
    source.encoding = decoded.encoding;
    if (decoded.converter) source.converter = decoded.converter;
    if (decoded.pages) source.pages = decoded.pages;
    const normalized = normalize(decoded.text, reporter, { softBreaks: decoded.softBreaks });
    const tables = findTables(normalized, reporter);
    const zones = findZones(normalized.lines);
    const outline = buildOutline(normalized.lines, zones, tables, reporter);
    const citations = extractCitations(normalized);
    const metadata = extractMetadata(normalized, zones, citations, reporter);
    const tableList = tables.map((t) => t.table);
    const items = extractItems(normalized, outline, tableList, metadata, citations);
    if (options.includeText) source.text = normalized.text;
    const quality = assessQuality({ metadata, outline, tables: tableList, tasks: items.tasks, responsibilities: items.responsibilities }, reporter);
    return {
      schemaVersion,
      source,
      metadata,
      outline,
      tables: tableList,
      goals: items.goals,
      targets: items.targets,
      tasks: items.tasks,
      responsibilities: items.responsibilities,
      agencies: items.agencies,
      citations,
      diagnostics: sortDiagnostics(reporter.diagnostics),
      quality,
    };
  } catch (error) {
    reporter.report('internal/exception', `kehoach failed on this input: ${(error as Error).stack ?? String(error)}`);
    return emptyDocument(source, reporter);
  }
}

function emptyDocument(source: KehoachDocument['source'], reporter: Reporter): KehoachDocument {
  const metadata: KehoachDocument['metadata'] = {
    documentType: null, documentNumber: null, documentSymbol: null, issuedDate: null, issuedDateText: null, place: null,
    issuer: null, title: null, signer: null, legalBases: [], recipients: [], attachedInstrument: null, fieldSpans: {},
  };
  const quality = assessQuality({ metadata, outline: [], tables: [], tasks: [], responsibilities: [] }, reporter);
  return {
    schemaVersion,
    source,
    metadata,
    outline: [],
    tables: [],
    goals: [],
    targets: [],
    tasks: [],
    responsibilities: [],
    agencies: [],
    citations: [],
    diagnostics: sortDiagnostics(reporter.diagnostics),
    quality,
  };
}
