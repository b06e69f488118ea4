import { describe, expect, it } from 'vitest';
import { exact } from '../src/core/arrays.js';
import { createInterner, joined, ownCopy } from '../src/core/strings.js';
import { bareLine, forgetBareLines } from '../src/segment/find-zones.js';
import { isoDate } from '../src/extract/dates.js';
import { forgetTimeframes, parseTimeframe } from '../src/extract/timeframes.js';
import { parse } from '../src/index.js';

// Issue 12 (memory): items are written out field by field and numbered in place to keep the document small;
// their JSON must not change with it: the same keys, in the same order.
describe('the document kept small without changing its JSON', () => {
  it('exact copies an array to its length, and gives a new empty array for an empty one', () => {
    const grown: number[] = [];
    for (let i = 0; i < 5; i++) grown.push(i);
    const copy = exact(grown);
    expect(copy).toEqual([0, 1, 2, 3, 4]);
    expect(copy).not.toBe(grown);
    const empty: number[] = [];
    expect(exact(empty)).toEqual([]);
    expect(exact(empty)).not.toBe(empty);
  });

  // Which of two equal strings comes back cannot be seen from JavaScript (=== compares values): these check the values.
  it('an interner gives back a string equal to what it was given, short, long or empty', () => {
    const intern = createInterner(12);
    const first = 'Sở Nội vụ;'.slice(0, 9);
    const again = 'Sở Nội vụ.'.slice(0, 9);
    expect(again).toBe(first);
    expect(intern(first)).toBe(first);
    expect(intern(again)).toBe(first);
    expect(intern('Quý I/2025')).toBe('Quý I/2025');
    const long = 'Rà soát thủ tục hành chính';
    expect(intern(long)).toBe(long);
    expect(intern('')).toBe('');
    // Another document's interner knows none of these.
    expect(createInterner(12)('Sở Tư pháp')).toBe('Sở Tư pháp');
  });

  it('ownCopy gives an equal string, and a forgotten bare text is worked out again the same', () => {
    const text = 'KẾ HOẠCH\n**Sở Nội vụ** chủ trì thực hiện';
    expect(ownCopy(text.slice(9))).toBe('**Sở Nội vụ** chủ trì thực hiện');
    expect(ownCopy('')).toBe('');
    const line = { index: 0, text: '**Sở Nội vụ** chủ trì', offset: 0, line: 1, lastLine: 1, blank: false, placeholder: false };
    expect(bareLine(line)).toBe('Sở Nội vụ chủ trì');
    forgetBareLines();
    expect(bareLine(line)).toBe('Sở Nội vụ chủ trì');
  });

  it('agencies read again from the cache, in a later document, are the same as the first time', async () => {
    const text = 'PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Thông tin và Truyền thông\tQuý I/2025';
    const first = await parse(text);
    const again = await parse(`KẾ HOẠCH\n${text}`);
    expect(again.tasks[0]!.lead.map((a) => [a.name, a.canonical, a.level])).toEqual(first.tasks[0]!.lead.map((a) => [a.name, a.canonical, a.level]));
    expect(again.tasks[0]!.lead[0]!.span.offset).toBe(first.tasks[0]!.lead[0]!.span.offset + 'KẾ HOẠCH\n'.length);
  });

  it('agencies with a note read again from the cache are the same as the first time', async () => {
    const text = 'PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Tư pháp (theo phân công)\tQuý I/2025';
    const first = await parse(text);
    const again = await parse(`KẾ HOẠCH\n${text}`);
    const shape = (doc: typeof first) => doc.tasks[0]!.lead.map((a) => [a.name, a.canonical, a.note ?? null]);
    expect(shape(first)).toEqual([['Sở Tư pháp', 'Sở Tư pháp', 'theo phân công']]);
    expect(shape(again)).toEqual(shape(first));
  });

  it('joined gives the parts as one string', () => {
    expect(joined('II.3', '.', 'b1')).toBe('II.3.b1');
    expect(joined('appendix1', '~', String(2))).toBe('appendix1~2');
    expect(joined()).toBe('');
  });

  it('repeated table cells keep their text through the interner, and outline ids keep their paths', async () => {
    const doc = await parse('KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát quy chế\n- Cơ quan chủ trì: Sở Nội vụ\nPHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Nội vụ\tQuý I/2025\n2\tCập nhật cơ sở dữ liệu\tSở Nội vụ\tQuý I/2025');
    const rows = doc.tables[0]!.rows;
    expect(rows.map((r) => r.cells[2]!.text)).toEqual(['Sở Nội vụ', 'Sở Nội vụ']);
    expect(doc.outline[0]!.children[0]!.children[0]!.id).toBe('I.1.b1');
  });

  it('a time read again is an equal copy, never the same object, for every plan year', () => {
    forgetTimeframes();
    const first = parseTimeframe('Giai đoạn 1: Quý I/2025; Giai đoạn 2: Quý III/2025', 2025);
    const again = parseTimeframe('Giai đoạn 1: Quý I/2025; Giai đoạn 2: Quý III/2025', 2025);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(again.phases[0]).not.toBe(first.phases[0]);
    expect(Object.keys(again)).toEqual(Object.keys(first));
    expect(parseTimeframe('Cả năm', 2025)).toMatchObject({ start: '2025-01-01', end: '2025-12-31', inferred: true });
    expect(parseTimeframe('Cả năm', 2026)).toMatchObject({ start: '2026-01-01', end: '2026-12-31', inferred: true });
    forgetTimeframes();
  });

  it('an agency that fills its table cell shares the cell span, and one within a longer cell has its own', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Nội vụ\tQuý I/2025\n2\tCập nhật cơ sở dữ liệu\tSở Tư pháp chủ trì, phối hợp với Sở Nội vụ\tQuý II/2025');
    const [one, two] = doc.tables[0]!.rows;
    expect(doc.tasks[0]!.lead[0]!.span).toBe(one!.cells[2]!.span);
    expect(doc.tasks[1]!.lead[0]!.span).not.toBe(two!.cells[2]!.span);
    expect(doc.tasks[1]!.lead[0]!.span).toEqual({ offset: two!.cells[2]!.span.offset, length: 'Sở Tư pháp'.length, line: two!.cells[2]!.span.line });
  });

  it('isoDate gives the same date for the same day past its memo of 4,096 dates, and null for no date', () => {
    expect(isoDate(31, 3, 2025)).toBe('2025-03-31');
    for (let year = 1000; year < 6000; year++) expect(isoDate(1, 1, year)).toBe(`${year}-01-01`);
    expect(isoDate(31, 3, 2025)).toBe('2025-03-31');
    expect(isoDate(29, 2, 2025)).toBeNull();
    expect(isoDate(1, 1, 2025.5)).toBe('2025.5-01-01');
  });

  it('tasks keep the schema order of their fields, the id first, and are numbered in document order', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Nội vụ\tQuý I/2025\n2\tCập nhật cơ sở dữ liệu\tSở Tư pháp\tQuý II/2025');
    expect(doc.tasks.map((t) => t.id)).toEqual(['task1', 'task2']);
    expect(Object.keys(doc.tasks[0]!)).toEqual(['id', 'text', 'lead', 'coordinating', 'timeframe', 'output', 'note', 'group', 'source', 'attributesFrom', 'nodeId', 'rowId', 'span']);
    expect(Object.keys(doc.tasks[0]!.timeframe!)).toEqual(['text', 'start', 'end', 'recurrence', 'inferred', 'phases']);
    expect(doc.tasks[1]!.timeframe).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
  });

  it('targets keep the order of their fields for a value with a bound and for a list of values', async () => {
    const doc = await parse('KẾ HOẠCH\nI. MỤC TIÊU\n1. Phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n2. Tỷ lệ giải quyết đúng hạn của cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 95%, 90%, 85%.');
    expect(doc.targets.map((t) => t.id)).toEqual(['target1', 'target2', 'target3', 'target4']);
    const shared = ['id', 'text', 'unit', 'direction', 'deadline', 'deadlineSource', 'baseline', 'nodeId', 'rowId', 'span', 'subject'];
    expect(Object.keys(doc.targets[0]!)).toEqual([...shared, 'comparator', 'min', 'max', 'value', 'scope']);
    expect(Object.keys(doc.targets[1]!)).toEqual([...shared, 'value', 'min', 'max', 'comparator', 'scope']);
    expect(doc.targets.map((t) => t.value)).toEqual([80, 95, 90, 85]);
  });
});
