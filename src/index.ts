/** kehoach's public API. Everything a user imports comes from here; its types are plain interfaces (no zod). */
import { parse as parseDocument } from './pipeline.js';
import type { ParseOptions } from './options.js';
import type { KehoachDocument } from './schema/types.js';

/**
 * Bytes or text of a plan, decision or resolution to a `KehoachDocument`.
 * Never throws, whatever it is given: problems are `diagnostics` (an input that
 * is not a document at all gives an error diagnostic and an empty document).
 */
// The annotation checks at compile time that the pipeline's output is the published type.
export const parse: (input: Uint8Array | string, options?: ParseOptions) => Promise<KehoachDocument> = parseDocument;
export type { ParseOptions } from './options.js';
export { schemaVersion } from './schema/version.js';
export type {
  KehoachDocument, Source, Metadata, Issuer, Signer, LegalBasis, Recipient, Instrument, OutlineNode, Table, Row, Cell,
  Goal, Target, Task, Agency, Timeframe, TimeframePhase, Responsibility, AgencyIndexEntry, Citation, Diagnostic, Quality, Span,
} from './schema/types.js';
export { diagnosticCodes, type DiagnosticCode } from './core/diagnostic-codes.js';
