import type { DiagnosticCode } from '../core/diagnostic-codes.js';
import type { Reporter } from '../core/diagnostic.js';

/** One diagnostic per repair step per document, naming the lines it touched. */
export function reportLines(reporter: Reporter, code: DiagnosticCode, what: string, lines: readonly number[]): void {
  if (lines.length === 0) return;
  const shown = lines.slice(0, 12).join(', ') + (lines.length > 12 ? ', …' : '');
  reporter.report(code, `${what} (${lines.length} at line${lines.length > 1 ? 's' : ''} ${shown}).`, { line: lines[0]! });
}
