import { load } from 'cheerio';
import { Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { formatNumber, labelParagraphs, readNumbering } from '../src/decode/docx-numbering.js';
import { htmlToText } from '../src/decode/from-html.js';
import { mergeHeaderBand } from '../src/decode/grid.js';
import { listItemLabel } from '../src/decode/list-labels.js';
import { wordHtmlAsPrinted } from '../src/decode/word-html.js';
import { parse } from '../src/index.js';
import { W } from './helpers/docx.js';

const xml = (text: string) => load(text, { xml: { xmlMode: true, decodeEntities: true } });
const numbered = (text: string, ilvl: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

// Review of the Word/HTML readers: a few bytes of list or note markup must not cost gigabytes or hours.
describe('list numbers out of a list label’s range', () => {
  it('draws letters and Roman numerals past 9,999 (or below 1) as decimal', () => {
    expect([formatNumber(9_999, 'upperRoman'), formatNumber(10_000, 'upperRoman'), formatNumber(2_000_000_000, 'lowerLetter'), formatNumber(0, 'lowerRoman')]).toEqual([
      'MMMMMMMMMCMXCIX', '10000', '2000000000', '0',
    ]);
    expect(formatNumber(28, 'upperLetter')).toBe('BB');
  });

  it('numbers an <ol type="a"> starting at two billion in decimal, not with 76-million-letter labels', async () => {
    const html = '<ol type="a" start="2000000000"><li>Rà soát thủ tục</li><li>Công khai kết quả</li></ol>';
    expect((await htmlToText(html)).text.split('\n')).toEqual(['2000000000. Rà soát thủ tục', '2000000001. Công khai kết quả']);
  });

  it('numbers a .docx level whose w:start is two billion in decimal', () => {
    const numbering = xml(`<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
    const doc = xml(`<w:document ${W}><w:body>${numbered('Rà soát', '0')}</w:body></w:document>`);
    labelParagraphs(doc, readNumbering(numbering), new Map());
    expect(doc('w\\:p').text()).toBe('2000000000) Rà soát');
  });
});

describe('list levels outside Word’s 0 to 8', () => {
  const numbering = xml(`<w:numbering ${W}><w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="900000000"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="-"/></w:lvl>
    <w:lvl w:ilvl="-1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="+"/></w:lvl>
  </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="700000000"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`);

  it('are dropped from numbering.xml', () => {
    expect([...readNumbering(numbering).get('1')!.levels.keys()]).toEqual([0]);
  });

  it('label no paragraph, and the counters stay sized by Word’s nine levels (a w:ilvl of 900000000 asked for an array of 9e8)', () => {
    const doc = xml(`<w:document ${W}><w:body>${[numbered('Mục tiêu', '0'), numbered('Nội dung', '900000000'), numbered('Nhiệm vụ', '0'), numbered('Khác', '1.5')].join('')}</w:body></w:document>`);
    const result = labelParagraphs(doc, readNumbering(numbering), new Map());
    expect(doc('w\\:p').map((_, p) => doc(p).text()).get()).toEqual(['1. Mục tiêu', 'Nội dung', '2. Nhiệm vụ', 'Khác']);
    expect(result).toEqual({ labelled: 2, unresolved: 0 });
  });
});

describe('ordered lists are numbered once', () => {
  it('reads each item of a list once, not once per later sibling (40,000 items took 80 s)', () => {
    const items = Array.from({ length: 2_000 }, (_, k) => new Element('li', {}, [new Text(`Nội dung ${k + 1}`)]));
    const list = new Element('ol', { type: 'I' }, items);
    for (const item of items) item.parent = list;
    let reads = 0;
    list.children = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const labels = items.map((li) => listItemLabel(li));
    expect([labels[0], labels[3], labels[1_999]]).toEqual(['I.', 'IV.', 'MM.']);
    expect(reads).toBeLessThanOrEqual(items.length);
  });
});

describe('Word web page notes', () => {
  it('reads a note anchor whose name would break a selector as an ordinary page', async () => {
    const html = `<html><body><p>KẾ HOẠCH chuyển đổi số năm 2025</p><p>Nội dung<a name='_ftnref1"x'></a> chính</p></body></html>`;
    expect((await htmlToText(html)).text.split('\n')).toEqual(['KẾ HOẠCH chuyển đổi số năm 2025', 'Nội dung chính']);
    const doc = await parse(new TextEncoder().encode(html), { path: 'ke-hoach.html' });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('decode/adapter-failed');
  });

  it('finds every note in one pass over the anchors, not one search of the page per note', () => {
    const notes = 300;
    const body = Array.from({ length: notes }, (_, k) => `<p>Căn cứ văn bản ${k + 1}<a href="#_ftn${k + 1}" name="_ftnref${k + 1}">[${k + 1}]</a>;</p>`).join('');
    const list = Array.from({ length: notes }, (_, k) => `<div id=ftn${k + 1}><p><a href="#_ftnref${k + 1}" name="_ftn${k + 1}">[${k + 1}]</a> Ghi chú ${k + 1}</p></div>`).join('');
    const $ = load(`<html><body>${body}<div>${list}</div></body></html>`);
    let searches = 0;
    const counted = Object.assign((...args: Parameters<typeof $>) => {
      if (typeof args[0] === 'string') searches++;
      return $(...args);
    }, $) as typeof $;
    wordHtmlAsPrinted(counted);
    expect($('p').first().text()).toBe('Căn cứ văn bản 1 (Ghi chú 1);');
    expect($('p').eq(notes - 1).text()).toBe(`Căn cứ văn bản ${notes} (Ghi chú ${notes});`);
    expect(searches).toBeLessThanOrEqual(3);
  });
});

describe('input-sized rows never go through a spread', () => {
  it('a first row of 150,000 cells is no header band, and no stack overflow', () => {
    const first = Array.from({ length: 150_000 }, () => ({ text: 'Nội dung', rowSpan: 1, colSpan: 1 }));
    const rows = [first, first];
    expect(mergeHeaderBand(rows)).toBe(rows);
  });

  it('a 150,000-row layout table (a “Nơi nhận:” cell in it) is read a column at a time', async () => {
    const rows = Array.from({ length: 150_000 }, (_, k) => `<tr><td>${k === 0 ? 'Nơi nhận:' : `- Đơn vị ${k};`}</td><td>${k === 0 ? 'KT. GIÁM ĐỐC' : ''}</td></tr>`).join('');
    const lines = (await htmlToText(`<table>${rows}</table>`)).text.split('\n');
    expect(lines).toHaveLength(150_001);
    expect([lines[0], lines[149_999], lines[150_000]]).toEqual(['Nơi nhận:', '- Đơn vị 149999;', 'KT. GIÁM ĐỐC']);
  });
});
