import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type KehoachDocument } from '../src/index.js';
import { createValidator } from '../src/schema/validate.js';
import { expectSpans, nodes } from './helpers/spans.js';

const validate = createValidator();
const fixtures = ['ca-mau-137-qd-ubnd-2024', 'hai-duong-4707-kh-ubnd-2021', 'hau-giang-50-kh-ubnd-2022', 'hoai-nhon-qd-ubnd-2020', 'khanh-hoa-4831-qd-ubnd-2021'];

async function load(name: string): Promise<KehoachDocument> {
  return parse(readFileSync(`fixtures/${name}.txt`), { path: `${name}.txt`, includeText: true });
}

describe.each(fixtures)('%s', (name) => {
  it('validates against the published schema', async () => {
    expect(validate(await load(name))).toEqual([]);
  });

  it('gives every item a span that slices to its text', async () => {
    expectSpans(await load(name));
  });

  it('gives outline nodes unique ids', async () => {
    const ids = [...nodes((await load(name)).outline)].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic', async () => {
    expect(JSON.stringify(await load(name))).toBe(JSON.stringify(await load(name)));
  });
});

// Metadata read by eye from each document.
describe('metadata of the corpus documents', () => {
  it.each([
    ['ca-mau-137-qd-ubnd-2024', 'Quyết định', '137/QĐ-UBND', '2024-01-24', 'Ủy ban nhân dân tỉnh Cà Mau', 'province', 'Lâm Văn Bi', 'Phó Chủ tịch', 'KT.', 'Kế hoạch'],
    ['hai-duong-4707-kh-ubnd-2021', 'Kế hoạch', '4707/KH-UBND', '2021-12-24', 'Ủy ban nhân dân tỉnh Hải Dương', 'province', 'Nguyễn Minh Hùng', 'Phó Chủ tịch', 'KT.', null],
    ['hau-giang-50-kh-ubnd-2022', 'Kế hoạch', '50/KH-UBND', '2022-03-24', 'Ủy ban nhân dân tỉnh Hậu Giang', 'province', null, null, 'TM.', null],
    ['hoai-nhon-qd-ubnd-2020', 'Quyết định', null, null, 'Ủy ban nhân dân thị xã Hoài Nhơn', 'district', 'Phạm Trương', 'Chủ tịch', null, 'Kế hoạch'],
    ['khanh-hoa-4831-qd-ubnd-2021', 'Quyết định', '4831/QĐ-UBND', '2021-12-24', 'Ủy ban nhân dân tỉnh Khánh Hòa', 'province', 'Nguyễn Tấn Tuân', 'Chủ tịch', 'TM.', 'Chương trình'],
  ])('%s', async (name, type, number, date, issuer, level, signer, position, capacity, instrument) => {
    const m = (await load(name)).metadata;
    expect([m.documentType, m.documentNumber, m.issuedDate, m.issuer?.name, m.issuer?.level]).toEqual([type, number, date, issuer, level]);
    expect([m.signer?.name ?? null, m.signer?.position ?? null, m.signer?.capacity ?? null]).toEqual([signer, position, capacity]);
    expect(m.attachedInstrument?.documentType ?? null).toBe(instrument);
  });
});

describe('structure of the corpus documents', () => {
  it('puts a decision’s articles and its instrument side by side (Khánh Hòa)', async () => {
    const doc = await load('khanh-hoa-4831-qd-ubnd-2021');
    expect(doc.outline.map((n) => n.label ?? n.kind)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.', 'instrument']);
    const instrument = doc.outline[3]!;
    expect(instrument.children.filter((n) => n.kind === 'roman').map((n) => n.label)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
  });

  it('keeps both “b)” and the “f)” of Hải Dương, with diagnostics', async () => {
    const doc = await load('hai-duong-4707-kh-ubnd-2021');
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).toContain('segment/duplicate-label');
    expect(codes).toContain('segment/nonstandard-letter');
    const ii4 = [...nodes(doc.outline)].find((n) => n.id === 'II.4')!;
    expect(ii4.children.map((n) => n.label)).toEqual(['a)', 'b)', 'b)', 'c)']);
  });

  it('rejoins Cà Mau’s hard-wrapped heading “1. Mục” + “tiêu chung”', async () => {
    const doc = await load('ca-mau-137-qd-ubnd-2024');
    const one = [...nodes(doc.outline)].find((n) => n.id === 'instrument.I.1')!;
    expect(one.heading).toBe('Mục tiêu chung');
  });

  it('reads every table rendering of the corpus', async () => {
    const counts = async (name: string) =>
      (await load(name)).tables.map((t) => [t.layout, t.rows.filter((r) => r.kind === 'row').length, t.rows.filter((r) => r.kind === 'group').length]);
    expect(await counts('ca-mau-137-qd-ubnd-2024')).toEqual([['pipe-cells', 37, 7]]);
    expect(await counts('khanh-hoa-4831-qd-ubnd-2021')).toEqual([['paragraph-cells', 32, 0]]);
    expect(await counts('hoai-nhon-qd-ubnd-2020')).toEqual([['tab-separated', 26, 7]]);
  });

  it('merges Hoài Nhơn’s row continued across a page break', async () => {
    const table = (await load('hoai-nhon-qd-ubnd-2020')).tables[0]!;
    const row = table.rows.find((r) => r.kind === 'row' && r.number === '2' && r.group === 'CẢI CÁCH TÀI CHÍNH CÔNG')!;
    expect(row.cells[1]!.text.endsWith('cơ chế tự chủ đối với các đơn vị sự nghiệp công lập trên địa thị xã')).toBe(true);
  });
});
