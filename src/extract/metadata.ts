import { documentTypeBySymbol } from '../../grammars/metadata.js';
import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import type { NormalizedText } from '../normalize/types.js';
import type { Citation, LegalBasis, Metadata, Recipient, Span } from '../schema/document.js';
import { bareLine, instrumentType, type Zones } from '../segment/find-zones.js';
import { isoDate } from './dates.js';
import { readIssuer } from './issuer.js';
import { lineSpan, partSpan, readPortalTable, referenceTo, spanOf, type Row } from './letterhead-sources.js';
import { readSigner } from './signer.js';
import { sentenceCase } from './text-case.js';
import { blanks, trimEndOf } from '../core/strings.js';

/** Metadata from the zones of the decree; every field that cannot be found is null with a diagnostic. */
export function extractMetadata(normalized: NormalizedText, zones: Zones, citations: readonly Citation[], reporter: Reporter): Metadata {
  const lines = normalized.lines;
  const rows: Row[] = zones.header.map((i) => ({ line: lines[i]!, text: bareLine(lines[i]!) })).filter((r) => r.text !== '');
  // Each field by its own evidence; a field wrapped onto the next row is read from the two joined.
  const find = (id: RuleId, label?: RuleId) => {
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const m = rule(id).exec(r.text);
      if (m) return { line: r.line, m, text: r.text };
      // A wrap may glue the dateline to the number before it (“Số: 9/KH-UBND Long Xuyên, ngày …”).
      const number = id === 'metadata.dateline' ? rule('metadata.documentNumber').exec(r.text) : null;
      const rest = number ? r.text.slice(number[0].length).trim() : '';
      const after = rest ? rule(id).exec(rest) : null;
      if (after) return { line: r.line, m: after, text: rest };
      if (label && !rule(label).test(r.text)) continue;
      let joined = r.text;
      for (const after of rows.slice(k + 1, k + 3)) {
        joined = `${joined} ${after.text}`;
        const j = rule(id).exec(joined);
        if (j && j[0].length > r.text.length) return { line: r.line, m: j, text: joined };
      }
    }
    return null;
  };
  const portal = readPortalTable(rows);
  const fieldSpans: Record<string, Span> = {};

  let documentNumber: string | null = null;
  let documentSymbol: string | null = null;
  const num = find('metadata.documentNumber', 'metadata.numberLabel');
  if (num) {
    const written = num.m.groups!['symbol']!;
    const symbol = written.replace(/ /g, '');
    // Party and Union numbers join with a dash (“Số 12-KH/HU”): the symbol is what follows it, as after “/”.
    documentSymbol = symbol.replace(/^[/-]/u, '');
    fieldSpans['documentSymbol'] = spanOf(num.line, written.replace(/^[/-]/u, ''));
    if (num.m.groups!['number']) {
      documentNumber = `${num.m.groups!['number']}${symbol}`;
      const start = num.m[0].indexOf(num.m.groups!['number']);
      fieldSpans['documentNumber'] = spanOf(num.line, num.m[0].slice(start));
    } else {
      reporter.report('metadata/blank-field', `The document number is left blank (“${num.m[0]}”).`, { span: lineSpan(num.line) });
    }
  }

  let place: string | null = null;
  let issuedDate: string | null = null;
  let issuedDateText: string | null = null;
  const dl = find('metadata.dateline');
  if (dl) {
    const g = dl.m.groups!;
    place = g['place']!;
    fieldSpans['place'] = spanOf(dl.line, place);
    const at = dl.m[0].indexOf('ngày');
    issuedDateText = dl.m[0].slice(at);
    fieldSpans['issuedDateText'] = spanOf(dl.line, issuedDateText);
    if (g['day'] && g['month']) {
      issuedDate = isoDate(Number(g['day']), Number(g['month']), Number(g['year']));
      if (issuedDate) fieldSpans['issuedDate'] = fieldSpans['issuedDateText'];
      else reporter.report('metadata/invalid-date', `“${issuedDateText}” is not a valid date.`, { span: fieldSpans['issuedDateText'] });
    } else {
      reporter.report('metadata/blank-field', `The date is left blank (“${issuedDateText}”).`, { span: fieldSpans['issuedDateText'] });
    }
  }

  let documentType: string | null = null;
  if (zones.typeLine !== null) {
    const l = lines[zones.typeLine]!;
    documentType = sentenceCase(bareLine(l));
    fieldSpans['documentType'] = lineSpan(l);
  } else if (documentSymbol) {
    documentType = documentTypeBySymbol[documentSymbol.split('-')[0]!] ?? null;
  }

  // Without a letterhead, a portal's table or the text's own “kèm theo … số …” line may still tell.
  if (!num && !dl && portal.size > 0) {
    const n = portal.get('Số hiệu');
    const d = portal.get('Ngày ban hành');
    const slash = d ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(d.value) : null;
    if (n && /^\d{1,6}\/\S+$/u.test(n.value)) {
      documentNumber = n.value;
      documentSymbol = n.value.replace(/^\d+\//u, '');
      fieldSpans['documentNumber'] = spanOf(n.line, n.value);
    }
    if (slash) issuedDate = isoDate(Number(slash[1]), Number(slash[2]), Number(slash[3]));
    if (documentNumber || issuedDate) reporter.report('metadata/from-portal-table', 'Number and date were read from the portal’s table about the document: the letterhead has none.', { span: lineSpan((n ?? d)!.line) });
  }
  if (!documentNumber && !num && documentType) {
    const ref = referenceTo(normalized, documentType);
    if (ref) {
      documentNumber = `${ref.m.groups!['number']}${ref.m.groups!['symbol']}`;
      documentSymbol = ref.m.groups!['symbol']!.slice(1);
      fieldSpans['documentNumber'] = spanOf(ref.line, documentNumber);
      const g = ref.m.groups!;
      if (!dl && g['day']) {
        issuedDate = isoDate(Number(g['day']), Number(g['month'] ?? g['m2']), Number(g['year'] ?? g['y2']));
        if (issuedDate) fieldSpans['issuedDate'] = spanOf(ref.line, ref.m[0].slice(ref.m[0].indexOf('ngày')));
      }
      reporter.report('metadata/from-reference', `Number${issuedDate ? ' and date' : ''} taken from “${ref.m[0]}”: the text has no letterhead.`, { span: lineSpan(ref.line) });
    }
  }
  if (!documentType && portal.get('Loại văn bản')) {
    documentType = sentenceCase(portal.get('Loại văn bản')!.value);
    reporter.report('metadata/from-portal-table', 'The document type was read from the portal’s table about the document.', { span: lineSpan(portal.get('Loại văn bản')!.line) });
  }
  if (!documentNumber && !num) reporter.report('metadata/missing-field', 'No document number (“Số: …”) was found.');
  if (!dl && !issuedDate) reporter.report('metadata/missing-field', 'No place and date line (“…, ngày … tháng … năm …”) was found.');

  let title: string | null = null;
  if (zones.title.length > 0) {
    const first = lines[zones.title[0]!]!;
    const last = lines[zones.title[zones.title.length - 1]!]!;
    title = zones.title.map((i) => bareLine(lines[i]!)).join(' ');
    if (zones.authority === null) title = withoutAuthority(title, zones.issuer.map((i) => bareLine(lines[i]!)).join(' '));
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
    issuer: readIssuer(normalized, zones, place, portal, reporter),
    title,
    signer: readSigner(normalized, zones, portal),
    legalBases: readLegalBases(normalized, zones, citations),
    recipients: readRecipients(normalized, zones),
    attachedInstrument: readInstrument(normalized, zones),
    fieldSpans,
  };
}

/**
 * A decision's title that a wrap ran into the authority line below it
 * (“… CHÍNH PHỦ SỐ THỦ TƯỚNG CHÍNH PHỦ”) loses that authority again.
 */
function withoutAuthority(title: string, issuerText: string): string {
  const words = title.split(' ');
  for (let n = Math.min(12, words.length - 1); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    const isAuthority = (issuerText !== '' && (tail === issuerText || tail === `CHỦ TỊCH ${issuerText}`)) || (tail.startsWith('CHỦ TỊCH ') && rule('metadata.authority').test(tail));
    // “… NĂM 2025 CỦA BỘ X”: the issuer after “của” is the title's own possessive, not a run-on authority line.
    const possessive = words[words.length - n - 1]?.toLowerCase() === 'của';
    if (isAuthority && !possessive) return words.slice(0, words.length - n).join(' ');
  }
  return title;
}

function readLegalBases(normalized: NormalizedText, zones: Zones, citations: readonly Citation[]): LegalBasis[] {
  const bases: LegalBasis[] = [];
  // Bases and citations both come in text order: one walk pairs them (filtering all citations per basis was quadratic).
  let next = 0;
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
        while (next < citations.length && citations[next]!.span.offset < offset) next++;
        const citationIds: string[] = [];
        for (let c = next; c < citations.length && citations[c]!.span.offset < offset + text.length; c++) citationIds.push(citations[c]!.id);
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
      const main = trimEndOf(note ? body.slice(0, note.index) : body, `${blanks};,.`);
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
  const typeText = bareLine(typeLine);
  const type = instrumentType(typeText);
  const runOn = typeText.slice(type.length).trim();
  const title = [runOn, ...titleLines.map((l) => bareLine(l))].filter(Boolean).join(' ');
  return {
    documentType: sentenceCase(type),
    title: title || null,
    nodeId: 'instrument',
    span: { offset: typeLine.offset, length: end - typeLine.offset, line: typeLine.line },
  };
}
