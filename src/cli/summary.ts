import { lacksLead } from '../extract/quality.js';
import type { KehoachDocument } from '../schema/document.js';

/**
 * A short account of one document for a person at a terminal: what it is,
 * what was extracted, what is missing, and the command to look closer.
 */
export function documentSummary(doc: KehoachDocument, path: string): string[] {
  const m = doc.metadata;
  const q = doc.quality;
  const what = [m.documentType ?? 'Document of unknown type', m.documentNumber ?? (m.documentSymbol ? `(number left blank)/${m.documentSymbol}` : null), m.issuedDate, m.issuer?.name].filter(Boolean).join(', ');
  const lines = [`${path}: ${what}`];
  if (m.title) lines.push(`  “${m.title.length > 100 ? `${m.title.slice(0, 99)}…` : m.title}”`);
  if (m.attachedInstrument) lines.push(`  issues a ${m.attachedInstrument.documentType}${m.attachedInstrument.title ? `: “${m.attachedInstrument.title.slice(0, 80)}”` : ''}`);
  const rows = doc.tables.reduce((n, t) => n + t.rows.filter((r) => r.kind === 'row').length, 0);
  const outlineItems = countNodes(doc.outline);
  const withoutLead = q ? q.tasksWithoutLead : doc.tasks.filter(lacksLead).length;
  lines.push(
    `  ${outlineItems} outline items, ${doc.tables.length} ${doc.tables.length === 1 ? 'table' : 'tables'} (${rows} rows); ` +
      `${doc.targets.length} targets${doc.countTargets?.length ? ` (+${doc.countTargets.length} counted)` : ''}, ${doc.tasks.length} tasks (${withoutLead} without a lead), ${doc.responsibilities.length} responsibilities, ${doc.citations.length} citations`,
  );
  if (q && q.metadataMissing.length > 0) lines.push(`  missing: ${q.metadataMissing.join(', ')}`);
  const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = doc.diagnostics.filter((d) => d.severity === 'warning');
  const codes = new Map<string, number>();
  for (const d of warnings) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  lines.push(`  ${errors} errors, ${warnings.length} warnings${codes.size > 0 ? ` (${[...codes].map(([c, n]) => (n > 1 ? `${c} ×${n}` : c)).join(', ')})` : ''}`);
  lines.push(q?.needsReview ? `  needs review: ${q.reasons.join(', ')}` : '  understood: no reason for review found');
  const file = path === '-' ? '-' : quote(path);
  lines.push(`  look closer: kehoach parse ${file} --text > doc.json, then read .quality and .diagnostics (each has its line)`);
  return lines;
}

function countNodes(nodes: KehoachDocument['outline']): number {
  let n = 0;
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.label !== null) n++;
    for (const child of node.children) stack.push(child);
  }
  return n;
}

function quote(path: string): string {
  return /^[\w./-]+$/u.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
