import { diagnosticCodes, type DiagnosticCode, type Severity } from './diagnostic-codes.js';
import type { Span } from '../schema/document.js';

/** A problem or repair, shaped after vfile-message: collected, never thrown. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** 1-based line in the input file as decoded; null when the whole file is meant. */
  line: number | null;
  span: Span | null;
}

export interface ReportOptions {
  line?: number | null;
  span?: Span | null;
  severity?: Severity;
}

/** Collects diagnostics for one document; stages call `report`. */
export interface Reporter {
  report(code: DiagnosticCode, message: string, options?: ReportOptions): void;
  readonly diagnostics: readonly Diagnostic[];
}

export function createReporter(): Reporter {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    report(code, message, options = {}) {
      const span = options.span ?? null;
      diagnostics.push({
        severity: options.severity ?? diagnosticCodes[code].severity,
        code,
        message,
        line: options.line ?? span?.line ?? null,
        span,
      });
    },
  };
}

/** Deterministic order (line, then offset, then code) so fixture JSON is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.span?.offset ?? -1) - (b.span?.offset ?? -1) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
