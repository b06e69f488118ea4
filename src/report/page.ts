import type { KehoachDocument, OutlineNode, Table, Target } from '../schema/document.js';
import { citationId, diagnosticId, lineIndex, outlineId, placeItems, responsibilityId, targetId, taskId } from './items.js';
import { lacksLead } from '../extract/quality.js';
import { escapeHtml as e, markUp } from './marks.js';

const comparatorWords: Record<string, string> = { '>=': '\u2265 ', '<=': '\u2264 ', '=': '', '>': '> ', '<': '< ', range: '' };

/** One document's review page: the marked-up source text beside the lists of what was extracted. */
export function documentPage(doc: KehoachDocument, name: string): string {
  const m = doc.metadata;
  const text = doc.source.text ?? '';
  const lines = lineIndex(doc);
  const heading = [m.documentType ?? 'Document', m.documentNumber].filter(Boolean).join(' ');
  const item = (id: string, body: string, extra = '') => `<li><button type="button" data-go="${e(id)}"${extra}>${body}</button></li>`;
  const list = (title: string, entries: string[], open = true) =>
    `<details${open ? ' open' : ''}><summary>${e(title)} (${entries.length})</summary>${entries.length ? `<ol>${entries.join('')}</ol>` : '<p class="none">none</p>'}</details>`;
  const field = (label: string, value: string | null | undefined) => `<dt>${e(label)}</dt><dd>${value ? e(value) : '<span class="none">&mdash;</span>'}</dd>`;
  const agencies = (list: ReadonlyArray<{ name: string }>) => (list.length ? list.map((a) => e(a.name)).join('; ') : '<span class="none">&mdash;</span>');

  const target = (t: Target) =>
    item(
      targetId(t.id),
      `<span class="value">${e(comparatorWords[t.comparator] ?? t.comparator)}${e(t.comparator === 'range' ? `${t.min ?? '?'}–${t.max ?? '?'}` : String(t.value ?? '?'))}${e(t.unit)}</span> ` +
        `<span class="subject">${e(t.subject ?? t.text)}</span>` +
        (t.deadline ? ` <span class="due">by ${e(t.deadline)}</span>` : ''),
    );
  const targets = doc.targets.map(target);
  const counts = (doc.countTargets ?? []).map(target);
  const tasks = doc.tasks.map((t) =>
    item(
      taskId(t.id),
      `<span class="text">${e(t.text)}</span><span class="meta"><b>lead</b> ${agencies(t.lead)}` +
        (t.coordinating.length ? ` &middot; <b>with</b> ${agencies(t.coordinating)}` : '') +
        (t.timeframe ? ` &middot; <b>due</b> ${e(t.timeframe.end ?? t.timeframe.text)}` : '') +
        (t.output ? ` &middot; <b>output</b> ${e(t.output)}` : '') +
        '</span>',
      lacksLead(t) ? ' class="warn"' : '',
    ),
  );
  const responsibilities = doc.responsibilities.map((r) =>
    item(responsibilityId(r.id), `<span class="agency">${e(r.agency.name)}</span><span class="meta">${e(r.duties[0] ?? '')}${r.duties.length > 1 ? ` (+${r.duties.length - 1})` : ''}</span>`),
  );
  const citations = doc.citations.map((c) => item(citationId(c.id), e(c.text)));
  const diagnostics = doc.diagnostics.map((d, i) => {
    const line = d.span ? lines.lineOf(d.span.offset) : d.line !== null ? lines.fromInputLine(d.line) : null;
    const target = d.span ? ` data-go="${e(diagnosticId(i))}"` : line !== null ? ` data-line="${line}"` : '';
    return `<li class="sev-${e(d.severity)}"><button type="button"${target}><b>${e(d.severity)}</b> ${e(d.code)}${d.line !== null ? ` &middot; line ${e(String(d.line))}` : ''}<span class="meta">${e(d.message)}</span></button></li>`;
  });
  const outline: string[] = [];
  const walk = (nodes: readonly OutlineNode[], depth: number) => {
    for (const n of nodes) {
      if (n.label !== null) outline.push(item(outlineId(n), `<span style="padding-left:${Math.min(depth, 8)}em">${e(n.label)} ${e((n.heading ?? n.text).slice(0, 200))}</span>`));
      walk(n.children, depth + 1);
    }
  };
  walk(doc.outline, 0);
  const q = doc.quality;
  const quality = q
    ? `<p class="${q.needsReview ? 'review' : 'ok'}">${q.needsReview ? `Needs review: ${e(q.reasons.join(', '))}` : 'No reason for review found'}</p>` +
      `<dl>${field('metadata missing', q.metadataMissing.join(', ') || null)}${field('tasks without a lead', String(q.tasksWithoutLead))}${field('ragged table rows', String(q.raggedRows))}${field('empty assignment sections', q.emptyAssignmentSections.join(', ') || null)}</dl>`
    : '<p class="none">No quality summary (JSON older than schema 2.0.0).</p>';

  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(heading)} — kehoach review</title>
<link rel="stylesheet" href="report.css">
</head>
<body class="document">
<header>
<a class="back" href="index.html">← All documents</a>
<h1>${e(heading)}</h1>
${m.title ? `<p class="title">${e(m.title)}</p>` : ''}
<p class="file">${e(name)}</p>
</header>
<main>
<section class="source" aria-label="Source text (normalized)">
<pre id="text">${markUp(text, placeItems(doc))}</pre>
</section>
<aside class="panel" aria-label="Extracted items">
<section id="selected" aria-live="polite" hidden></section>
<details open><summary>Quality</summary>${quality}</details>
<details open><summary>Metadata</summary><dl>
${field('type', m.documentType)}${field('number', m.documentNumber)}${field('date', m.issuedDate ?? m.issuedDateText)}${field('place', m.place)}${field('issuer', m.issuer?.name)}${field('title', m.title)}${field('signer', m.signer ? [m.signer.capacity, m.signer.position, m.signer.name].filter(Boolean).join(' ') : null)}${m.attachedInstrument ? field('issues', `${m.attachedInstrument.documentType}${m.attachedInstrument.title ? `: ${m.attachedInstrument.title}` : ''}`) : ''}
</dl></details>
${list('Targets', targets)}
${list('Counted targets', counts, counts.length > 0)}
${list('Tasks', tasks)}
${list('Responsibilities', responsibilities)}
${list('Tables', doc.tables.map(tableHtml).map((t) => `<li>${t}</li>`), doc.tables.length > 0)}
${list('Outline', outline, false)}
${list('Citations', citations, false)}
${list('Diagnostics', diagnostics, false)}
</aside>
</main>
<script src="report.js"></script>
</body>
</html>
`;
}

function tableHtml(table: Table): string {
  const head = table.columns.map((c) => `<th scope="col">${e(c.header)}<small>${e(c.role)}</small></th>`).join('');
  const rows = table.rows
    .map((r) =>
      r.kind === 'group'
        ? `<tr class="group"><td colspan="${Math.max(table.columns.length, 1)}">${e([r.number, ...r.cells.map((c) => c.text)].filter(Boolean).join(' '))}</td></tr>`
        : `<tr>${r.cells.map((c) => `<td>${e(c.text)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="table-wrap"><table data-table="${e(table.id)}"><caption>${e(table.id)} &middot; ${e(table.layout)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}
