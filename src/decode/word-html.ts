import type { CheerioAPI } from 'cheerio';

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
  $('a[name^="_ftnref"], a[name^="_ednref"]').each((_, a) => {
    const name = ($(a).attr('name') ?? '').replace('ref', '');
    const back = $(`a[name="${name}"]`);
    const note = back.closest('div');
    if (back.length === 0 || note.length === 0) return;
    back.remove();
    const text = note.text().replace(/\s+/gu, ' ').trim();
    $(a).replaceWith(text ? ` (${text})` : '');
    note.remove();
  });
  $('[style*="mso-hide:all"], del').remove();
  const tabs = $('span[style*="mso-tab-count"]');
  tabs.each((_, span) => {
    $(span).replaceWith('\t');
  });
  return { tabs: tabs.length > 0 };
}
