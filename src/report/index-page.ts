import type { KehoachDocument } from '../schema/document.js';
import { lacksLead } from '../extract/quality.js';
import { escapeHtml as e } from './marks.js';

export interface IndexEntry {
  /** The page of the document, relative to the index. */
  href: string;
  name: string;
  doc: KehoachDocument;
}

const columns = ['document', 'type', 'number', 'date', 'issuer', 'targets', 'counted', 'tasks', 'without lead', 'responsibilities', 'warnings', 'review'] as const;
const numeric = new Set(['targets', 'counted', 'tasks', 'without lead', 'responsibilities', 'warnings']);

/** The report's front page: every document with its counts and quality, sortable and filterable. */
export function indexPage(entries: readonly IndexEntry[], failures: ReadonlyArray<{ name: string; message: string }>): string {
  const rows = entries.map(({ href, name, doc }) => {
    const m = doc.metadata;
    const q = doc.quality;
    const warnings = doc.diagnostics.filter((d) => d.severity !== 'info').length;
    const withoutLead = q ? q.tasksWithoutLead : doc.tasks.filter(lacksLead).length;
    const cells: [string, string, string | number][] = [
      ['document', `<a href="${e(encodeURIComponent(href))}">${e(name)}</a>`, name],
      ['type', e(m.documentType ?? ''), m.documentType ?? ''],
      ['number', e(m.documentNumber ?? ''), m.documentNumber ?? ''],
      ['date', e(m.issuedDate ?? ''), m.issuedDate ?? ''],
      ['issuer', e(m.issuer?.name ?? ''), m.issuer?.name ?? ''],
      ['targets', String(doc.targets.length), doc.targets.length],
      ['counted', String(doc.countTargets?.length ?? 0), doc.countTargets?.length ?? 0],
      ['tasks', String(doc.tasks.length), doc.tasks.length],
      ['without lead', String(withoutLead), withoutLead],
      ['responsibilities', String(doc.responsibilities.length), doc.responsibilities.length],
      ['warnings', String(warnings), warnings],
      ['review', q?.needsReview ? e(q.reasons.join(', ')) : '', q?.needsReview ? q.reasons.join(', ') : ''],
    ];
    return `<tr${q?.needsReview ? ' class="needs-review"' : ''}>${cells.map(([col, html, sort]) => `<td data-col="${e(col)}" data-sort="${e(String(sort))}">${typeof sort === 'number' ? e(String(sort)) : html}</td>`).join('')}</tr>`;
  });
  const review = entries.filter((x) => x.doc.quality?.needsReview).length;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kehoach review — ${entries.length} documents</title>
<link rel="stylesheet" href="report.css">
</head>
<body class="index">
<header>
<h1>kehoach review</h1>
<p>${entries.length} documents; ${review} need review${failures.length ? `; ${failures.length} could not be read` : ''}. Click a column to sort; type to filter.</p>
<p class="controls"><label>Filter <input id="filter" type="search" placeholder="issuer, number, reason…"></label>
<label><input id="review-only" type="checkbox"> needs review only</label></p>
</header>
<main>
<div class="table-wrap"><table id="documents">
<thead><tr>${columns.map((c) => `<th scope="col"${numeric.has(c) ? ' data-numeric' : ''}><button type="button" data-sort-by="${e(c)}">${e(c)}</button></th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
${failures.length ? `<h2>Could not be read</h2><ul class="failures">${failures.map((f) => `<li><b>${e(f.name)}</b>: ${e(f.message)}</li>`).join('')}</ul>` : ''}
</main>
<script src="report.js"></script>
</body>
</html>
`;
}
