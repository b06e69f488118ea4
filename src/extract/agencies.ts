import { agencyAbbreviations } from '../../grammars/agency-abbreviations.js';
import { rule, scan } from '../grammar/registry.js';
import { countingWork, recordWork } from '../grammar/work-counter.js';
import type { Agency } from '../schema/document.js';
import { blanks, ownCopy, trimEndOf } from '../core/strings.js';

export type { Agency };

interface Token {
  text: string;
  start: number;
  /** The separator before it: ';', ',', 'và', '-' or '' for the first. */
  after: string;
}

const abbreviations = new Map(Object.entries(agencyAbbreviations));

/**
 * The agencies a phrase names, one entry each:
 *
 *     Các Sở: Nội vụ, Xây dựng, Tài chính      → Sở Nội vụ, Sở Xây dựng, Sở Tài chính
 *     Sở Thông tin và Truyền thông; Nội vụ      → Sở Thông tin và Truyền thông, Sở Nội vụ
 *     Sở, ban, ngành tỉnh; UBND cấp huyện       → two collectives, each kept whole
 *
 * `offset` and `line` place the phrase in the normalized text, so every
 * agency's span slices to its `name`.
 */
export function splitAgencies(phrase: string, offset: number, line: number): Agency[] {
  // The same phrases (“Sở Nội vụ”, “UBND các huyện, thị xã”) recur on every page: read each once.
  // While work is counted (tests) the cache is bypassed, so the count does not hang on what was parsed before.
  const counting = countingWork();
  let read = counting ? undefined : cache.get(phrase);
  if (!read) {
    read = readAgencies(phrase);
    // Only short phrases recur; caching paragraph-sized ones would only hold memory.
    if (!counting && phrase.length <= maxCachedLength) {
      if (cache.size >= maxCached) cache.clear();
      // Copies: a phrase and every string in it are views of the document's text, and the cache outlives it (a
      // later document's agencies would keep this one's text).
      cache.set(ownCopy(phrase), read.map(ownAgency));
    }
  }
  return read.map((a) => ({ ...a, span: { offset: offset + a.span.offset, length: a.span.length, line } }));
}

const cache = new Map<string, readonly Agency[]>();

function ownAgency(a: Agency): Agency {
  const own: Agency = { ...a, name: ownCopy(a.name), canonical: ownCopy(a.canonical) };
  if (a.note !== undefined) own.note = ownCopy(a.note);
  return own;
}
const maxCached = 4096;
const maxCachedLength = 300;

/** `splitAgencies` with spans relative to the phrase. */
function readAgencies(phrase: string): Agency[] {
  const out: Agency[] = [];
  // Parenthetical notes are masked with spaces (offsets stay put) so their commas split nothing.
  const masked = maskParentheticals(phrase);
  const notes = scan('agencies.parenthetical', phrase);
  let text = masked;
  let base = rule('agencies.bulletPrefix').exec(text)?.[0].length ?? 0;
  // “Đề nghị …”, “Giao …” address the agency; they are not part of its name.
  base += rule('agencies.request').exec(text.slice(base))?.[0].length ?? 0;
  text = text.slice(base);
  let distributed: string | null = null;
  const dist = rule('agencies.distributor').exec(text);
  if (dist?.groups) {
    const noun = dist.groups['noun']!;
    distributed = noun.charAt(0).toUpperCase() + noun.slice(1);
    base += dist[0].length;
    text = text.slice(dist[0].length);
  } else if (text.indexOf(':') > 0 && rule('agencies.head').test(text)) {
    const colon = text.indexOf(':');
    const after = text.slice(colon + 1);
    const lead = after.length - after.trimStart().length;
    if (rule('agencies.head').test(after.trimStart())) {
      // “Các cơ quan thông tin truyền thông: Đài …, Báo …”: a category, then the agencies.
      base += colon + 1 + lead;
      text = after.slice(lead);
    } else {
      // “Sở Nội vụ: Chủ trì phụ trách …”: the agency, then a description.
      text = text.slice(0, colon);
    }
  }
  // “Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo”: the role after the dash is a note on the last agency.
  const roleNote = rule('agencies.roleNote').exec(trimEndOf(text, `${blanks}.,;:`));
  if (roleNote) text = text.slice(0, roleNote.index);
  let lastHead: string | null = distributed;
  // Tokens and notes both come in text order: one pointer walks the notes (filtering them per token was quadratic).
  let nextNote = 0;
  for (const token of merge(tokens(text), text)) {
    // “Sở Nội vụ, cơ quan thường trực, Sở Tài chính”: the role is a note on the agency before it.
    const previous = out[out.length - 1];
    if (previous && token.after !== ';' && rule('agencies.rolePiece').test(token.text.trim())) {
      const role = trimEndOf(token.text.trim(), '.,');
      previous.note = previous.note ? `${previous.note}; ${role}` : role;
      continue;
    }
    const trimmed = trimName(token.text, token.start);
    const start = trimmed.start;
    const written = trimmed.name;
    if (!written || !rule('layout.hasLetter').test(written)) continue;
    const from = base + start;
    const tokenEnd = base + token.start + token.text.length;
    const last = tokenEnd >= base + text.length;
    // Notes in brackets, and a role after a dash, are kept as the agency's note, not in its name.
    const noteTexts: string[] = [];
    const walked = nextNote;
    let unitEnd = -1;
    while (nextNote < notes.length && notes[nextNote]!.index < from) nextNote++;
    for (; nextNote < notes.length && notes[nextNote]!.index < tokenEnd; nextNote++) {
      const note = notes[nextNote]!;
      const inner = note[0].trim().slice(1, -1).trim();
      noteTexts.push(inner);
      unitEnd = isUnitNote(inner) ? note.index + note[0].length : -1;
    }
    // Counted (tests only): notes looked at per agency, so a walk that restarts for each agency shows as quadratic work.
    if (countingWork()) recordWork('extract.agencyNotes', nextNote - walked + 1);
    if (last && roleNote?.groups) noteTexts.push(roleNote.groups['note']!.trim());
    const kept = noteTexts.filter(Boolean);
    // A note inside the name (“Sở Thông tin và Truyền thông (Trung tâm CNTT) tỉnh”) stays in `name` as written,
    // so the span slices to it; the canonical name leaves it out.
    // “Bộ Công an (Trung tâm Dữ liệu quốc gia)”: a bracket closing the agency that names a unit is part of the name as written.
    const end = unitEnd > from + written.length && !rule('layout.hasLetter').test(phrase.slice(unitEnd, tokenEnd)) ? unitEnd : from + written.length;
    const name = phrase.slice(from, end);
    const bare = written.replace(/\s+/gu, ' ').trim();
    const head = rule('agencies.singularHead').exec(bare)?.[0] ?? null;
    let canonical = bare;
    if (distributed && !rule('agencies.head').test(bare)) canonical = `${distributed} ${bare}`;
    else if (!rule('agencies.head').test(bare) && lastHead) canonical = `${lastHead} ${bare}`;
    if (head) lastHead = head;
    canonical = rule('agencies.provincialCollective').test(canonical) ? provincialCollective : expand(canonical);
    const agency: Agency = { name, canonical, level: levelOf(canonical), span: { offset: from, length: name.length, line: 1 } };
    if (kept.length > 0) agency.note = kept.join('; ');
    out.push(agency);
  }
  return out;
}

/** A bracketed note that is a proper agency name of its own, not a remark or a role with a lead-in verb. */
function isUnitNote(note: string): boolean {
  return rule('agencies.unitNote').test(note) && !rule('agencies.leadIn').test(note);
}

/** The one spelling of the provincial departments as a collective, so counts by agency add up. */
const provincialCollective = 'Sở, ban, ngành tỉnh';

function maskParentheticals(text: string): string {
  // One pass: rebuilding the whole phrase for each note was quadratic in the number of notes.
  const chunks: string[] = [];
  let last = 0;
  for (const m of scan('agencies.parenthetical', text)) {
    chunks.push(text.slice(last, m.index), ' '.repeat(m[0].length));
    last = m.index + m[0].length;
  }
  chunks.push(text.slice(last));
  return chunks.join('');
}

/** Splits at list separators, remembering which separator came before each piece. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let after = '';
  // Compound names, in text order, walked with the separators: linear, not every separator against every name.
  const compounds = [...scan('agencies.compound', text), ...scan('agencies.officialName', text)].map((m) => [m.index, m.index + m[0].length] as const).sort((x, y) => x[0] - y[0]);
  let c = 0;
  let reach = -1;
  for (const m of scan('agencies.listSeparator', text)) {
    while (c < compounds.length && compounds[c]![0] < m.index) reach = Math.max(reach, compounds[c++]![1]);
    if (reach > m.index) continue;
    out.push({ text: text.slice(last, m.index), start: last, after });
    after = m[0].includes(';') ? ';' : m[0].includes('và') ? 'và' : m[0].includes('-') ? '-' : ',';
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), start: last, after });
  return out;
}

/**
 * Rejoins pieces of one collective: a generic after a generic (“Sở, ban,
 * ngành tỉnh”), a lower-case continuation (“UBND các huyện, thị xã”, “Thủ
 * trưởng các sở, ban, ngành”), an “và” or “-” that does not start a new
 * agency, and one more place after “các tỉnh Lào Cai, …”. “các …” after a
 * comma and a proper head start a new agency.
 */
function merge(list: Token[], source: string): Token[] {
  const out: Token[] = [];
  let lastPiece = '';
  for (const t of list) {
    const prev = out[out.length - 1];
    const trimmed = t.text.trim();
    const words = trimmed.split(' ');
    const generic = rule('agencies.generic').test(words[0] ?? '') || rule('agencies.generic').test(words.slice(0, 2).join(' '));
    const startsArticle = words[0] === 'các' || words[0] === 'Các';
    const afterGeneric = rule('agencies.generic').test(lastPiece.trim()) || rule('agencies.endsGeneric').test(lastPiece.trim());
    // “Bộ Tài chính, bộ, ngành liên quan”, “Đài Phát thanh …, cơ quan báo chí”: a generic noun after a named agency starts the next one.
    const startsNext = generic && !afterGeneric && prev !== undefined && isNamed(prev.text);
    const lowerContinuation = t.after !== ';' && rule('agencies.startsLower').test(trimmed) && !startsArticle && !startsNext;
    const joinsPrev =
      prev !== undefined &&
      ((afterGeneric && generic && !startsArticle) ||
        lowerContinuation ||
        ((t.after === 'và' || t.after === '-') && !rule('agencies.head').test(trimmed) && !departments(lastPiece, trimmed, t.after)) ||
        // “các địa phương Bắc Ninh, Bình Dương, An Giang”: one more place of the list, not another agency
        (t.after === ',' && rule('agencies.placeList').test(prev.text.trimStart()) && !rule('agencies.head').test(trimmed) && !startsArticle));
    if (joinsPrev) {
      prev.text = source.slice(prev.start, t.start + t.text.length);
    } else {
      out.push({ ...t });
    }
    lastPiece = t.text;
  }
  return out;
}

/** An agency so far that names one agency (a head, not a plural “các …” collective). */
function isNamed(text: string): boolean {
  // It grows as pieces join: read its first words only, never split or test it whole.
  const start = text.trimStart().slice(0, 40);
  const space = start.indexOf(' ');
  const first = space < 0 ? start : start.slice(0, space);
  return rule('agencies.head').test(start) && first !== 'các' && first !== 'Các';
}

/** Two departments' whole names on both sides of “và” (“Sở Tư pháp và Y tế”) are two agencies sharing a head. */
function departments(before: string, after: string, separator: string): boolean {
  return separator === 'và' && rule('agencies.departmentName').test(after) && rule('agencies.departmentName').test(before.trim());
}

/** Drops bullets, parenthetical notes, trailing punctuation and what follows a lead-in word. */
function trimName(text: string, start: number): { name: string; start: number } {
  let name = text;
  let from = start;
  const lead = rule('agencies.bulletPrefix').exec(name)?.[0].length ?? 0;
  name = name.slice(lead);
  from += lead;
  const colon = name.indexOf(':');
  if (colon > 0) name = name.slice(0, colon);
  // “Sở X chủ trì …” ends at the verb; “các tổ chức ngoài công lập” is a noun, not “các” + verb.
  const leadIn = firstLeadIn(name);
  if (leadIn > 0) {
    const before = name.slice(0, leadIn).trim();
    if (before.includes(' ') && !rule('agencies.generic').test(before)) name = before;
  }
  name = trimEndOf(name, `${blanks}.,;:`);
  const footnote = rule('agencies.footnoteRef').exec(name);
  if (footnote) name = name.slice(0, footnote.index);
  return { name, start: from };
}

/** Where the first lead-in word (“chủ trì”, “có trách nhiệm” …) after the start is, or -1; “tổ chức” as a noun is none. */
export function firstLeadIn(text: string): number {
  const names = scan('agencies.officialName', text).map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of scan('agencies.leadIn', text)) {
    if (m.index > 0 && !isNounUse(text, m.index) && !names.some(([a, b]) => m.index > a && m.index < b)) return m.index;
  }
  return -1;
}

/** A lead-in word used as (part of) a noun: “các tổ chức chính trị - xã hội”, “cơ quan tham mưu”, “Đoàn kiểm tra”. */
export function isNounUse(text: string, at: number): boolean {
  return rule('agencies.organisationNoun').test(text.slice(at)) || rule('agencies.verbAsNoun').test(text.slice(0, at));
}

/** Abbreviations expanded, the official spelling of Ủy, and a capital first letter. */
export function expand(name: string): string {
  // Abbreviations are whole words, and no expansion contains one, so one pass over the words does.
  const out = name.replaceAll('Uỷ', 'Ủy').replaceAll('uỷ', 'ủy').split(' ').map((w) => abbreviations.get(w) ?? w).join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function levelOf(canonical: string): Agency['level'] {
  if (rule('agencies.central').test(canonical)) return 'central';
  if (rule('agencies.commune').test(canonical)) return 'commune';
  if (rule('agencies.district').test(canonical)) return 'district';
  if (rule('agencies.province').test(canonical)) return 'province';
  return null;
}
