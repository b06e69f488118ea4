/** kehoach's public API. Everything a user imports comes from here. */
export { parse, type ParseOptions } from './pipeline.js';
export { schemaVersion } from './schema/version.js';
export type { KehoachDocument, OutlineNode, Table, Citation, Metadata, Span } from './schema/document.js';
export type { Diagnostic } from './core/diagnostic.js';
export { diagnosticCodes, type DiagnosticCode } from './core/diagnostic-codes.js';
