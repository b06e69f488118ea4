import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

/**
 * Word's “Save as Web Page” markup, read as the document prints, the way the
 * .docx reader reads the same file:
 * - each footnote and endnote (a `_ftnref1` link to a note at the end) is put
 *   in parentheses where it is referenced;
 * - hidden text (`mso-hide:all`) and tracked deletions (`<del>`) are dropped;
 * - a tab (`<span style='mso-tab-count:1'>`) becomes a tab character, so a
 *   letterhead set with tabs is read in columns (see tab-columns.ts).
 * Returns whether the page holds such tabs. Other HTML has none of this markup
 * and passes unchanged.
 */
export function wordHtmlAsPrinted($: CheerioAPI): { tabs: boolean } {
  // One pass over the anchors: a name is never pasted into a selector, and a note is found without searching the page.
  const anchors = new Map<string, Element>();
  $('a[name]').each((_, a) => {
    const name = a.attribs['name'] ?? '';
    if (!anchors.has(name)) anchors.set(name, a);
  });
  for (const [name, a] of anchors) {
    if (!name.startsWith('_ftnref') && !name.startsWith('_ednref')) continue;
    const anchor = anchors.get(name.replace('ref', ''));
    const back = anchor === undefined ? null : $(anchor);
    const note = back?.closest('div');
    if (!back || !note || note.length === 0) continue;
    back.remove();
    const text = note.text().replace(/\s+/gu, ' ').trim();
    $(a).replaceWith(text ? ` (${text})` : '');
    note.remove();
  }
  $('[style*="mso-hide:all"], del').remove();
  const tabs = $('span[style*="mso-tab-count"]');
  tabs.each((_, span) => {
    $(span).replaceWith('\t');
  });
  return { tabs: tabs.length > 0 };
}
