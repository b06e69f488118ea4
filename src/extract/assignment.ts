import { rule, scan } from '../grammar/registry.js';
import type { Agency } from '../schema/document.js';
import { splitAgencies } from './agencies.js';
import { pushAll } from '../core/arrays.js';

/**
 * The agencies of a lead line. Most list names only; some write a sentence:
 * “Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp …” (the rest coordinate), or
 * clauses “Bộ A tiến hành …; các bộ, … rà soát …” (each clause's subject leads).
 */
export function agenciesOf(value: string, offset: number, line: number): { lead: Agency[]; coordinating: Agency[] } {
  const found = clauseAgencies(value, offset, line);
  // “Ban Công tác đại biểu (Văn phòng Quốc hội phối hợp)”: the bracket names a partner, not a role of the lead.
  for (const m of scan('tasks.noteCoordinating', value)) {
    const who = m.groups?.['who'];
    if (!who || !rule('agencies.head').test(who.trim())) continue;
    const at = m.index + m[0].indexOf(who);
    pushAll(found.coordinating, splitAgencies(who, offset + at, line));
  }
  return found;
}

/** A note in brackets; compiled once (a literal in the function is a new object per call). */
const bracketed = /\([^()]*\)/gu;

function clauseAgencies(value: string, offset: number, line: number): { lead: Agency[]; coordinating: Agency[] } {
  // “Sở Nội vụ: Chủ trì phụ trách …” names the agency before its colon: the agency reader knows that form.
  if (value.includes(':')) return { lead: splitAgencies(value, offset, line), coordinating: [] };
  // Masks keep offsets: a scope note is no part of a name; a note in brackets (“(theo phân công chủ trì …)”) holds no clause.
  const named = value.replace(rule('tasks.scopeQualifier'), (m) => ' '.repeat(m.length));
  const search = named.replace(bracketed, (m) => ' '.repeat(m.length));
  const clauses: { at: number; end: number; verb: RegExpExecArray | null }[] = [];
  let at = 0;
  for (const piece of search.split(';')) {
    clauses.push({ at, end: at + piece.length, verb: rule('tasks.clauseVerb').exec(piece) });
    at += piece.length + 1;
  }
  if (clauses.every((c) => c.verb === null || c.verb.index === 0)) return { lead: splitAgencies(named, offset, line), coordinating: [] };
  const lead: Agency[] = [];
  const coordinating: Agency[] = [];
  const leads = (c: (typeof clauses)[number]) => c.verb?.groups?.['verb'] === 'chủ trì';
  const leadsNamed = clauses.some(leads);
  for (const clause of clauses) {
    const verb = clause.verb;
    const subjectEnd = verb && verb.index > 0 ? clause.at + verb.index : clause.end;
    pushAll(!leadsNamed || leads(clause) ? lead : coordinating, splitAgencies(named.slice(clause.at, subjectEnd), offset + clause.at, line));
    if (!verb || !leads(clause)) continue;
    const partners = rule('tasks.partners').exec(search.slice(clause.at + verb.index, clause.end))?.groups?.['who'];
    if (!partners) continue;
    const from = clause.end - partners.length;
    const stop = rule('tasks.clauseVerb').exec(partners);
    pushAll(coordinating, splitAgencies(named.slice(from, stop && stop.index > 0 ? from + stop.index : clause.end), offset + from, line));
  }
  return { lead, coordinating };
}
