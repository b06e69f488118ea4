import { rule } from '../grammar/registry.js';
import type { OutlineNode, Responsibility } from '../schema/document.js';
import { splitAgencies } from './agencies.js';
import { isLabelled } from './walk.js';

/**
 * Duties from the section that assigns them (“TỔ CHỨC THỰC HIỆN”): one entry
 * per agency named by an item, either as its heading
 *
 *     4. Sở Kế hoạch và Đầu tư      ← agency; duties: a), b) …
 *
 * or at the start of its sentence
 *
 *     2. Văn phòng UBND tỉnh có trách nhiệm chủ trì, …   ← agency; duty: the rest
 */
export function extractResponsibilities(outline: readonly OutlineNode[]): Responsibility[] {
  const out: Omit<Responsibility, 'id'>[] = [];
  const visit = (nodes: readonly OutlineNode[]) => {
    for (const section of nodes) {
      if (section.role === 'implementation') {
        for (const item of section.children) if (isLabelled(item)) out.push(...fromItem(item));
      } else {
        visit(section.children);
      }
    }
  };
  visit(outline);
  return out.map((r, i) => ({ id: `resp${i + 1}`, ...r }));
}

function fromItem(item: OutlineNode): Omit<Responsibility, 'id'>[] {
  const childDuties = item.children.filter((c) => c.kind !== 'table' && c.text !== '').map((c) => c.text);
  let phrase: string;
  let duties: string[];
  if (item.heading !== null && !item.text.endsWith(':')) {
    phrase = item.text;
    duties = childDuties;
  } else {
    const lead = rule('agencies.leadIn').exec(item.text);
    const colon = item.text.indexOf(':');
    // Whichever comes first ends the agency: “Phòng Tài chính - Kế hoạch: Tham mưu … thực hiện Kế hoạch.”,
    // unless agencies follow the colon (“Các cơ quan thông tin truyền thông: Đài …, Báo … cần …”).
    const agenciesAfterColon = colon > 0 && rule('agencies.head').test(item.text.slice(colon + 1).trimStart());
    const cuts = [lead && lead.index > 0 ? lead.index : -1, agenciesAfterColon ? -1 : colon].filter((n) => n > 0);
    const cut = cuts.length > 0 ? Math.min(...cuts) : -1;
    if (cut < 0) return [];
    phrase = item.text.slice(0, cut);
    const rest = item.text.slice(cut).replace(/^[:\s]+/u, '').trim();
    // “… có trách nhiệm:” only introduces the duties below it.
    const introOnly = rest.endsWith(':') && rest.split(' ').length <= 4;
    duties = [...(rest && !introOnly ? [rest] : []), ...childDuties];
  }
  const request = rule('agencies.request').exec(phrase);
  if (!rule('agencies.head').test(request ? phrase.slice(request[0].length) : phrase)) return [];
  const agencies = splitAgencies(phrase, item.span.offset, item.span.line).filter((a) => rule('agencies.head').test(a.name) || a.canonical !== a.name);
  return agencies.map((agency) => ({ agency, duties, nodeId: item.id, span: item.span }));
}
