import { bodyAbbreviations, centralCities, centralCityUnit, unitLevels } from '../../grammars/metadata.js';
import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { NormalizedText } from '../normalize/types.js';
import type { Issuer } from '../schema/document.js';
import { bareLine, type Zones } from '../segment/find-zones.js';
import { lineSpan, type PortalTable } from './letterhead-sources.js';
import { issuerCase, sentenceCase, titleCase } from './text-case.js';
import { minOf } from '../core/arrays.js';

/** “ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH” → body, unit word and locality, each in its written case. */
function splitLocality(text: string): { body: string; unit: string | null; locality: string | null } {
  const party = rule('metadata.partyCommittee').exec(text);
  if (party?.groups) return { body: sentenceCase(party.groups['body']!), unit: null, locality: titleCase(party.groups['locality']!.trim()) };
  const m = rule('metadata.localityStart').exec(text);
  const unitWord = m?.groups!['unit'];
  if (!m || !unitWord || m.index === 0) return { body: issuerCase(text), unit: null, locality: null };
  const cut = m.index + m[0].indexOf(unitWord);
  return { body: issuerCase(text.slice(0, cut).trim()), unit: unitWord.toLowerCase(), locality: titleCase(text.slice(cut + unitWord.length).trim()) };
}

/** The issuing body as the header reads it, a unit under its parent named with that parent. */
export function readIssuer(normalized: NormalizedText, zones: Zones, place: string | null, portal: PortalTable, reporter: Reporter): Issuer | null {
  const lines = normalized.lines;
  let block = zones.issuer.map((i) => lines[i]!);
  let texts = block.map((l) => {
    const text = bareLine(l);
    const motto = rule('metadata.mottoStart').exec(text);
    return motto && motto.index > 0 ? text.slice(0, motto.index).trim() : text;
  });
  if (block.length === 0 && zones.authority !== null) {
    block = [lines[zones.authority]!];
    texts = [bareLine(block[0]!).replace(rule('metadata.chairPrefix'), '')];
  }
  if (block.length === 0) {
    const from = portal.get('Nơi ban hành');
    if (from) {
      reporter.report('metadata/from-portal-table', 'The issuer was read from the portal’s table about the document.', { span: lineSpan(from.line) });
      return named(splitLocality(from.value.toUpperCase()), true, lineSpan(from.line));
    }
    reporter.report('metadata/missing-field', 'No issuing body (“ỦY BAN NHÂN DÂN …”) was found.');
    return null;
  }
  texts = texts.map((t) => t.split(' ').map((w) => (Object.hasOwn(bodyAbbreviations, w) ? bodyAbbreviations[w]! : w)).join(' '));
  const first = block[0]!;
  const last = block[block.length - 1]!;
  const span = { offset: first.offset, length: last.offset + last.text.length - first.offset, line: first.line };
  // A wrap may have joined the header's lines into one: split the unit off after its parent's locality again.
  // So may the unwrapping of a hard-wrapped capture (“TỈNH AN THUẬN SỞ Y TẾ”), whatever lines stand above.
  if (!texts.some((t, k) => k > 0 && rule('metadata.subUnit').test(t))) {
    const split = splitUnit(texts.join(' '));
    if (split.length === 2 || texts.length === 1) texts = split;
  }
  const joined = texts.join(' ');

  // A unit under its parent (“BAN THƯỜNG TRỰC” under “ỦY BAN MTTQ VIỆT NAM XÃ …”) is named first.
  const sub = texts.findIndex((t, k) => k > 0 && rule('metadata.subUnit').test(t) && rule('metadata.parentBody').test(texts.slice(0, k).join(' ')));
  if (sub > 0) {
    const parentText = texts.slice(0, sub).join(' ');
    const unitText = texts.slice(sub).join(' ');
    // A unit with a locality of its own (“BAN CHẤP HÀNH HỘI LHPN XÃ …” under the district's Union) issues in its own name.
    const own = splitLocality(unitText);
    if (own.locality) return named(own, false, span);
    const unitName = issuerCase(unitText);
    const parent = splitLocality(parentText);
    // A department of a People's Committee is named after its locality alone (“Sở Y tế tỉnh Nghệ An”).
    const committee = rule('metadata.localAgency').test(texts[sub]!) && rule('metadata.issuerBody').test(parentText);
    const parentName = committee ? [parent.unit, parent.locality] : [parent.body, parent.unit, parent.locality];
    const level = levelOf(parent.unit, parent.locality);
    return { name: [unitName, ...parentName].filter(Boolean).join(' '), body: unitName, unit: parent.unit, locality: parent.locality, level, inferred: false, span };
  }

  const committee = rule('metadata.issuerBody').exec(joined);
  if (!committee) return named(splitLocality(joined), false, span);
  const g = committee.groups!;
  let unit = g['unit'] ? sentenceCase(g['unit']).toLowerCase() : null;
  let locality = g['locality'] ? titleCase(g['locality'].trim()) : null;
  let inferred = false;
  if (!locality && place) {
    locality = place;
    inferred = true;
  }
  if (!unit && locality) {
    unit = unitBefore(normalized.text, locality);
    inferred = true;
  }
  if (inferred) reporter.report('metadata/inferred-issuer', `The issuer’s unit and locality were inferred (${[unit, locality].filter(Boolean).join(' ')}).`, { span: lineSpan(first) });
  return named({ body: sentenceCase(g['body']!), unit, locality }, inferred, span);
}

/** The issuer a body, its unit and its locality name. */
function named({ body, unit, locality }: { body: string; unit: string | null; locality: string | null }, inferred: boolean, span: Issuer['span']): Issuer {
  // A ministry, the Government or the National Assembly names no unit or locality: its own name says it is central.
  const level = levelOf(unit, locality) ?? (!unit && !locality && rule('agencies.central').test(body) ? 'central' : null);
  return { name: [body, unit, locality].filter(Boolean).join(' '), body, unit, locality, level, inferred, span };
}

/** The unit word the text puts before a locality first (“tỉnh Hậu Giang”, “thị xã Hoài Nhơn”). */
function unitBefore(text: string, locality: string): string | null {
  let best: string | null = null;
  let bestAt = Infinity;
  for (const unit of Object.keys(unitLevels)) {
    const at = text.indexOf(`${unit} ${locality}`);
    const atUpper = text.indexOf(`${unit.toUpperCase()} ${locality.toUpperCase()}`);
    const first = [at, atUpper].filter((n) => n >= 0 && (n === 0 || text[n - 1] === ' ' || text[n - 1] === '\n'));
    const pos = first.length > 0 ? minOf(first) : -1;
    if (pos >= 0 && pos < bestAt) [best, bestAt] = [unit, pos];
  }
  return best;
}

/** “ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP BAN THƯỜNG TRỰC” → parent and unit, the unit after the parent's locality name. */
function splitUnit(text: string): string[] {
  const m = rule('metadata.localityStart').exec(text);
  if (!m || m.index === 0) return [text];
  const words = text.split(' ');
  const before = text.slice(0, m.index + m[0].length).trim().split(' ').length;
  // The locality keeps at least one word of its name.
  for (let w = before + 1; w < words.length; w++) {
    const unit = words.slice(w).join(' ');
    const parent = words.slice(0, w).join(' ');
    if (rule('metadata.subUnit').test(unit) && rule('metadata.parentBody').test(parent)) return [parent, unit];
  }
  return [text];
}

/** The level of government a unit and locality name: a centrally governed city (Hà Nội, …) is a province. */
function levelOf(unit: string | null | undefined, locality: string | null | undefined): Issuer['level'] {
  if (!unit) return null;
  if (unit === centralCityUnit && locality && centralCities.includes(locality)) return 'province';
  return Object.hasOwn(unitLevels, unit) ? (unitLevels[unit] ?? null) : null;
}
