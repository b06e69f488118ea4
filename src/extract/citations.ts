import { execFrom, rule, scan } from '../grammar/registry.js';
import type { Citation } from '../schema/document.js';
import type { NormalizedText } from '../normalize/types.js';
import { isoDate } from './dates.js';
import { lineAt } from './line-at.js';
import { blanks, trimEndOf } from '../core/strings.js';

const lookahead = 160;

/**
 * Every citation of another document (eyecite-style): “Nghị định số
 * 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ”. The type and number come from
 * the grammar; a date and issuer right after it are added when present.
 */
export function extractCitations(normalized: NormalizedText): Citation[] {
  const text = normalized.text;
  const found: Omit<Citation, 'id'>[] = [];
  let nextFrom = 0;
  for (const m of scan('citations.numbered', text)) {
    const start = m.index;
    let end = start + m[0].length;
    const tail = readTail(text, end);
    end = tail.end;
    found.push({ type: m.groups!['type']!, number: m.groups!['number']!.replace(/ /g, ''), title: null, date: tail.date, issuer: tail.issuer, issuerInferred: false, text: text.slice(start, end), span: span(normalized, start, end) });
  }
  // A law's name is cut at a stop word; the scan resumes there, so "… và Luật Y" after it is found too.
  for (let m = execFrom('citations.law', text, 0); m; m = execFrom('citations.law', text, nextFrom)) {
    const start = m.index;
    const nameStart = start + m[0].length - m.groups!['name']!.length;
    const name = lawName(m.groups!['name']!);
    let end = nameStart + name.length;
    nextFrom = Math.max(end, start + 1);
    if (name === '' || found.some((c) => c.span.offset <= start && start < c.span.offset + c.span.length)) continue;
    const year = rule('citations.yearAfter').exec(text.slice(end, end + lookahead));
    if (year) end += year[0].length;
    const tail = readTail(text, end);
    end = tail.end;
    found.push({ type: m.groups!['type']!, number: null, title: name, date: tail.date, issuer: tail.issuer, issuerInferred: false, text: text.slice(start, end), span: span(normalized, start, end) });
  }
  found.sort((a, b) => a.span.offset - b.span.offset);
  shareChainIssuers(found, text);
  return found.map((c, i) => ({ id: `c${i + 1}`, ...c }));
}

/**
 * A refiner: “Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 và Nghị định số
 * 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ” names the issuer once, for both.
 */
function shareChainIssuers(found: Omit<Citation, 'id'>[], text: string): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.issuer !== null || b.issuer === null || a.type !== b.type) continue;
    const between = text.slice(a.span.offset + a.span.length, b.span.offset);
    if (between.length <= 8 && rule('citations.chainLink').test(between)) {
      a.issuer = b.issuer;
      a.issuerInferred = true;
    }
  }
}

/**
 * A law's name. An amending law keeps every law it amends:
 * “Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương”.
 */
function lawName(name: string): string {
  if (!name.startsWith('sửa') && !name.startsWith('Sửa')) return cutAtStop(name);
  let end = name.indexOf('Luật ') + 'Luật '.length;
  for (let k = 0; k < 8; k++) {
    end += cutAtStop(name.slice(end)).length;
    const more = name.slice(end).startsWith(' và Luật ') ? ' và Luật '.length : name.slice(end).startsWith(', Luật ') ? ', Luật '.length : 0;
    if (more === 0) break;
    end += more;
  }
  return name.slice(0, end);
}

function readTail(text: string, from: number): { end: number; date: string | null; issuer: string | null } {
  let end = from;
  let date: string | null = null;
  let issuer: string | null = null;
  const d = rule('citations.dateAfter').exec(text.slice(end, end + lookahead));
  if (d?.groups) {
    const g = d.groups;
    date = isoDate(Number(g['d1'] ?? g['d2']), Number(g['m1'] ?? g['m2']), Number(g['y1'] ?? g['y2']));
    end += d[0].length;
  }
  const who = rule('citations.issuerAfter').exec(text.slice(end, end + lookahead));
  if (who?.groups?.['issuer']) {
    const name = cutAtStop(who.groups['issuer']);
    if (name) {
      issuer = name;
      end += who[0].length - who.groups['issuer'].length + name.length;
    }
  }
  return { end, date, issuer };
}

/** A name up to the first stop word (“về”, “ngày”, “ban hành” …), without trailing punctuation. */
export function cutAtStop(name: string): string {
  // The first word is never a stop: names start with a capitalised word.
  const firstWord = name.indexOf(' ') + 1 || name.length;
  const stop = rule('citations.nameStop').exec(name.slice(firstWord));
  const cut = stop ? name.slice(0, firstWord + stop.index) : name;
  return trimEndOf(cut, `${blanks},;.:`);
}

function span(normalized: NormalizedText, start: number, end: number) {
  return { offset: start, length: end - start, line: lineAt(normalized, start).line };
}
