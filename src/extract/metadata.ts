import { centralCities, documentTypeBySymbol, unitLevels } from '../../grammars/metadata.js';
import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import type { Line, NormalizedText } from '../normalize/types.js';
import type { Citation, Issuer, LegalBasis, Metadata, Recipient, Signer, Span } from '../schema/document.js';
import type { Zones } from '../segment/find-zones.js';
import { isoDate } from './dates.js';
import { sentenceCase, titleCase } from './text-case.js';

const lineSpan = (l: Line): Span => ({ offset: l.offset, length: l.text.length, line: l.line });
const partSpan = (l: Line, start: number, length: number): Span => ({ offset: l.offset + start, length, line: l.line });

/** Metadata from the zones of the decree; every field that cannot be found is null with a diagnostic. */
export function extractMetadata(normalized: NormalizedText, zones: Zones, citations: readonly Citation[], reporter: Reporter): Metadata {
  const lines = normalized.lines;
  const header = zones.header.map((i) => lines[i]!);
  const find = (id: RuleId) => {
    for (const l of header) {
      const m = rule(id).exec(l.text);
      if (m) return { line: l, m };
    }
    return null;
  };
  const fieldSpans: Record<string, Span> = {};

  let documentNumber: string | null = null;
  let documentSymbol: string | null = null;
  const num = find('metadata.documentNumber');
  if (num) {
    const written = num.m.groups!['symbol']!;
    const symbol = written.replace(/ /g, '');
    documentSymbol = symbol.replace(/^\//u, '');
    const slash = written.startsWith('/') ? 1 : 0;
    fieldSpans['documentSymbol'] = partSpan(num.line, num.m[0].length - written.length + slash, written.length - slash);
    if (num.m.groups!['number']) {
      documentNumber = `${num.m.groups!['number']}${symbol}`;
      const start = num.m[0].indexOf(num.m.groups!['number']);
      fieldSpans['documentNumber'] = partSpan(num.line, start, num.m[0].length - start);
    } else {
      reporter.report('metadata/blank-field', `The document number is left blank (“${num.m[0]}”).`, { span: lineSpan(num.line) });
    }
  } else {
    reporter.report('metadata/missing-field', 'No document number (“Số: …”) was found.');
  }

  let place: string | null = null;
  let issuedDate: string | null = null;
  let issuedDateText: string | null = null;
  const dl = find('metadata.dateline');
  if (dl) {
    const g = dl.m.groups!;
    place = g['place']!;
    fieldSpans['place'] = partSpan(dl.line, 0, place.length);
    const at = dl.m[0].indexOf('ngày');
    issuedDateText = dl.m[0].slice(at);
    fieldSpans['issuedDateText'] = partSpan(dl.line, at, issuedDateText.length);
    if (g['day'] && g['month']) {
      issuedDate = isoDate(Number(g['day']), Number(g['month']), Number(g['year']));
      if (issuedDate) fieldSpans['issuedDate'] = fieldSpans['issuedDateText'];
      else reporter.report('metadata/invalid-date', `“${issuedDateText}” is not a valid date.`, { span: fieldSpans['issuedDateText'] });
    } else {
      reporter.report('metadata/blank-field', `The date is left blank (“${issuedDateText}”).`, { span: fieldSpans['issuedDateText'] });
    }
  } else {
    reporter.report('metadata/missing-field', 'No place and date line (“…, ngày … tháng … năm …”) was found.');
  }

  let documentType: string | null = null;
  if (zones.typeLine !== null) {
    const l = lines[zones.typeLine]!;
    documentType = sentenceCase(l.text);
    fieldSpans['documentType'] = lineSpan(l);
  } else if (documentSymbol) {
    documentType = documentTypeBySymbol[documentSymbol.split('-')[0]!] ?? null;
  }
  let title: string | null = null;
  if (zones.title.length > 0) {
    const first = lines[zones.title[0]!]!;
    const last = lines[zones.title[zones.title.length - 1]!]!;
    title = normalized.text.slice(first.offset, last.offset + last.text.length).replace(/\n+/g, ' ');
    fieldSpans['title'] = { offset: first.offset, length: last.offset + last.text.length - first.offset, line: first.line };
  } else {
    reporter.report('metadata/missing-field', 'No title was found under the document type.');
  }

  return {
    documentType,
    documentNumber,
    documentSymbol,
    issuedDate,
    issuedDateText,
    place,
    issuer: readIssuer(normalized, zones, place, reporter),
    title,
    signer: readSigner(normalized, zones),
    legalBases: readLegalBases(normalized, zones, citations),
    recipients: readRecipients(normalized, zones),
    attachedInstrument: readInstrument(normalized, zones),
    fieldSpans,
  };
}

function readIssuer(normalized: NormalizedText, zones: Zones, place: string | null, reporter: Reporter): Issuer | null {
  const lines = normalized.lines;
  const candidates = [...zones.header, ...(zones.authority === null ? [] : [zones.authority])].map((i) => lines[i]!);
  const bodyLine = candidates.find((l) => rule('metadata.issuerBody').test(l.text));
  if (!bodyLine) {
    reporter.report('metadata/missing-field', 'No issuing body (“ỦY BAN NHÂN DÂN …”) was found.');
    return null;
  }
  const g = rule('metadata.issuerBody').exec(bodyLine.text)!.groups!;
  let unit = g['unit'] ? sentenceCase(g['unit']).toLowerCase() : null;
  let locality = g['locality'] ? titleCase(g['locality']) : null;
  let spanLine = bodyLine;
  if (!locality) {
    const next = lines[bodyLine.index + 1];
    const loc = next && zones.header.includes(next.index) ? rule('metadata.issuerLocality').exec(next.text) : null;
    if (loc?.groups) {
      unit = loc.groups['unit']!.toLowerCase();
      locality = titleCase(loc.groups['locality']!);
      spanLine = next!;
    }
  }
  let inferred = false;
  if (!locality && place) {
    locality = place;
    inferred = true;
  }
  if (!unit && locality) {
    unit = unitBefore(normalized.text, locality);
    inferred = true;
  }
  if (inferred) reporter.report('metadata/inferred-issuer', `The issuer’s unit and locality were inferred (${[unit, locality].filter(Boolean).join(' ')}).`, { span: lineSpan(bodyLine) });
  const body = sentenceCase(g['body']!);
  const level = unit === 'thành phố' && locality && centralCities.includes(locality) ? 'province' : unit ? (unitLevels[unit] ?? null) : null;
  const first = bodyLine.offset <= spanLine.offset ? bodyLine : spanLine;
  const last = bodyLine.offset <= spanLine.offset ? spanLine : bodyLine;
  return {
    name: [body, unit, locality].filter(Boolean).join(' '),
    body,
    unit,
    locality,
    level,
    inferred,
    span: { offset: first.offset, length: last.offset + last.text.length - first.offset, line: first.line },
  };
}

/** The unit word the text puts before a locality first (“tỉnh Hậu Giang”, “thị xã Hoài Nhơn”). */
function unitBefore(text: string, locality: string): string | null {
  let best: string | null = null;
  let bestAt = Infinity;
  for (const unit of Object.keys(unitLevels)) {
    const at = text.indexOf(`${unit} ${locality}`);
    const atUpper = text.indexOf(`${unit.toUpperCase()} ${locality.toUpperCase()}`);
    const first = [at, atUpper].filter((n) => n >= 0 && (n === 0 || text[n - 1] === ' ' || text[n - 1] === '\n'));
    const pos = first.length > 0 ? Math.min(...first) : -1;
    if (pos >= 0 && pos < bestAt) [best, bestAt] = [unit, pos];
  }
  return best;
}

function readSigner(normalized: NormalizedText, zones: Zones): Signer | null {
  const block = zones.signatures[0];
  if (!block) return null;
  const lines = block.map((i) => normalized.lines[i]!);
  let capacity: Signer['capacity'] = null;
  let onBehalfOf: string | null = null;
  let position: string | null = null;
  let name: string | null = null;
  for (const l of lines) {
    const cap = rule('metadata.signatureCapacity').exec(l.text);
    if (cap?.groups) {
      const c = cap.groups['capacity']!.replace('/', '');
      capacity = (`${c}.` as Signer['capacity']);
      onBehalfOf = sentenceCase(cap.groups['of']!);
    } else if (rule('metadata.signaturePosition').test(l.text)) {
      position = sentenceCase(l.text);
    } else if (rule('metadata.personName').test(l.text)) {
      name = l.text;
    }
  }
  if (!position && capacity && onBehalfOf && capacity !== 'TM.') position = onBehalfOf;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const end = last.offset + last.text.length;
  return { name, position, capacity, onBehalfOf, text: normalized.text.slice(first.offset, end), span: { offset: first.offset, length: end - first.offset, line: first.line } };
}

function readLegalBases(normalized: NormalizedText, zones: Zones, citations: readonly Citation[]): LegalBasis[] {
  const bases: LegalBasis[] = [];
  for (const i of zones.preamble) {
    const l = normalized.lines[i]!;
    let kind = basisKind(l.text);
    let start = 0;
    // The enacting clause (“…, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”) is not a basis.
    const enacting = rule('metadata.enacting').exec(l.text);
    const body = enacting ? l.text.slice(0, enacting.index) : l.text;
    for (const piece of body.split(';')) {
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim().replace(/[.,]$/u, '');
      if (text) {
        kind = rule('metadata.preamble').test(text) ? basisKind(text) : kind;
        const offset = l.offset + start + lead;
        const span = { offset, length: text.length, line: l.line };
        const citationIds = citations.filter((c) => c.span.offset >= offset && c.span.offset < offset + text.length).map((c) => c.id);
        bases.push({ kind, text, citationIds, span });
      }
      start += piece.length + 1;
    }
  }
  return bases;
}

function basisKind(text: string): LegalBasis['kind'] {
  const k = rule('metadata.preamble').exec(text)?.groups?.['kind']?.toLowerCase() ?? '';
  if (k.startsWith('căn')) return 'basis';
  if (k.startsWith('thực') || k.startsWith('quán')) return 'implementation';
  if (k.includes('đề nghị')) return 'proposal';
  return 'other';
}

function readRecipients(normalized: NormalizedText, zones: Zones): Recipient[] {
  const out: Recipient[] = [];
  for (const group of zones.recipients) {
    for (const i of group.items) {
      const l = normalized.lines[i]!;
      const bullet = rule('headings.bullet').exec(l.text)!;
      const body = bullet.groups!['text']!;
      const bodyStart = l.text.length - body.length;
      const note = rule('metadata.recipientNote').exec(body);
      const main = (note ? body.slice(0, note.index) : body).replace(/[\s;,.]+$/u, '');
      out.push({ text: main, note: note?.groups?.['note'] ?? null, span: partSpan(l, bodyStart, main.length) });
    }
  }
  return out;
}

function readInstrument(normalized: NormalizedText, zones: Zones) {
  const ins = zones.instrument;
  if (!ins) return null;
  const typeLine = normalized.lines[ins.typeLine]!;
  const titleLines = ins.title.map((i) => normalized.lines[i]!);
  const last = titleLines[titleLines.length - 1] ?? typeLine;
  const end = last.offset + last.text.length;
  return {
    documentType: sentenceCase(typeLine.text),
    title: titleLines.length > 0 ? titleLines.map((l) => l.text).join(' ') : null,
    nodeId: 'instrument',
    span: { offset: typeLine.offset, length: end - typeLine.offset, line: typeLine.line },
  };
}
