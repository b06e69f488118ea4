import { describe, expect, it } from 'vitest';
import { splitAgencies } from '../../src/extract/agencies.js';

const split = (phrase: string) => splitAgencies(phrase, 0, 1).map((a) => [a.name, a.canonical, a.level]);

describe('splitAgencies', () => {
  it.each([
    ['Sở Tư pháp', [['Sở Tư pháp', 'Sở Tư pháp', 'province']]],
    ['Văn phòng UBND tỉnh', [['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'province']]],
    ['Sở, ban, ngành tỉnh', [['Sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh', 'province']]],
    ['UBND cấp huyện', [['UBND cấp huyện', 'Ủy ban nhân dân cấp huyện', 'district']]],
    ['Sở, ban, ngành tỉnh và UBND cấp huyện', [['Sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh', 'province'], ['UBND cấp huyện', 'Ủy ban nhân dân cấp huyện', 'district']]],
    ['Sở Thông tin và Truyền thông; Nội vụ', [['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 'province'], ['Nội vụ', 'Sở Nội vụ', 'province']]],
    ['Các cơ quan, đơn vị, địa phương', [['Các cơ quan, đơn vị, địa phương', 'Các cơ quan, đơn vị, địa phương', null]]],
    ['UBND các huyện, thị xã, thành phố', [['UBND các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố', 'district']]],
    ['Văn phòng UBND tỉnh và các đơn vị có liên quan', [['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'province'], ['các đơn vị có liên quan', 'Các đơn vị có liên quan', null]]],
    ['Công an tỉnh, Sở Thông tin và Truyền thông.', [['Công an tỉnh', 'Công an tỉnh', 'province'], ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 'province']]],
    ['Phòng Tài chính – Kế hoạch', [['Phòng Tài chính – Kế hoạch', 'Phòng Tài chính – Kế hoạch', 'district']]],
    ['Sở Nội vụ (theo phân công)', [['Sở Nội vụ', 'Sở Nội vụ', 'province']]],
    ['- Sở Thông tin và Truyền thông chủ trì xây dựng Trung tâm', [['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 'province']]],
    ['Bộ Nội vụ', [['Bộ Nội vụ', 'Bộ Nội vụ', 'central']]],
    ['UBND cấp xã', [['UBND cấp xã', 'Ủy ban nhân dân cấp xã', 'commune']]],
  ])('%j', (phrase, expected) => {
    expect(split(phrase)).toEqual(expected);
  });

  it('distributes a plural head over its list: “Các Sở: Nội vụ, Xây dựng, …”', () => {
    expect(split('Các Sở: Nội vụ, Xây dựng, Tài chính, Khoa học và Công nghệ, Công Thương, Y tế, Giao thông vận tải').map((a) => a[1])).toEqual([
      'Sở Nội vụ', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Sở Công Thương', 'Sở Y tế', 'Sở Giao thông vận tải',
    ]);
  });

  it('gives every agency a span that slices to its name', () => {
    const phrase = 'Cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Tư pháp; Nội vụ';
    const from = phrase.indexOf(':') + 2;
    for (const a of splitAgencies(phrase.slice(from), from, 1)) expect(phrase.slice(a.span.offset, a.span.offset + a.span.length)).toBe(a.name);
  });
});

describe('splitAgencies, nouns that look like verbs', () => {
  it('keeps “các tổ chức ngoài công lập” whole', () => {
    expect(split('Các đơn vị sự nghiệp thuộc Sở Tài nguyên và Môi trường và các tổ chức ngoài công lập').map((a) => a[0])).toEqual([
      'Các đơn vị sự nghiệp thuộc Sở Tài nguyên và Môi trường',
      'các tổ chức ngoài công lập',
    ]);
  });
});

describe('splitAgencies, cell layouts', () => {
  it.each([
    ['- Các Sở: Thông tin và Truyền thông; Nội vụ, Kế hoạch và Đầu tư (theo nội dung);', ['Sở Thông tin và Truyền thông', 'Sở Nội vụ', 'Sở Kế hoạch và Đầu tư']],
    ['- Sở Nội vụ: Chủ trì phụ trách, theo dõi Chỉ số PAR Index; chủ trì tổng hợp', ['Sở Nội vụ']],
    ['Các sở, ngành, đơn vị liên quan (theo phân công chủ trì, theo dõi chỉ số thành phần)', ['Sở, ban, ngành tỉnh']],
    ['Văn phòng HĐND và UBND thị xã', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã']],
    ['- Sở Tài chính thẩm định phương án.', ['Sở Tài chính']],
  ])('%j', (phrase, canonical) => {
    expect(split(phrase).map((a) => a[1])).toEqual(canonical);
  });
});

describe('splitAgencies, official names, notes and collectives', () => {
  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Bộ Văn hóa, Thể thao và Du lịch, Bộ Tài chính', ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Tài chính']],
    ['Bộ Lao động - Thương binh và Xã hội; Bộ Nội vụ', ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ']],
    ['Sở Nông nghiệp và Môi trường, Sở Xây dựng', ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng']],
    ['Ban Chỉ huy Phòng thủ dân sự tỉnh, Công an tỉnh', ['Ban Chỉ huy Phòng thủ dân sự tỉnh', 'Công an tỉnh']],
    ['Báo và Phát thanh, Truyền hình tỉnh', ['Báo và Phát thanh, Truyền hình tỉnh']],
    ['Thủ trưởng các Sở, Ban, ngành tỉnh', ['Thủ trưởng các Sở, Ban, ngành tỉnh']],
    ['Sở Nội vụ, các cơ quan, tổ chức khác có liên quan', ['Sở Nội vụ', 'các cơ quan, tổ chức khác có liên quan']],
  ])('%j', (phrase, names) => {
    expect(split(phrase).map((a) => a[0])).toEqual(names);
  });

  // Departments sharing one head: each field is a department's whole name, so the commas and “và” separate agencies.
  it.each([
    ['Sở Nội vụ, Tư pháp và Y tế phối hợp', ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Y tế']],
    ['Sở Tài chính, Kế hoạch và Đầu tư', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
    ['Sở Y tế, Giáo dục và Đào tạo', ['Sở Y tế', 'Sở Giáo dục và Đào tạo']],
    ['Phòng Văn hóa, Khoa học và Thông tin huyện', ['Phòng Văn hóa, Khoa học và Thông tin huyện']],
    ['Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ']],
  ])('%s: one head over several departments', (phrase, canonical) => {
    expect(split(phrase).map((a) => a[1])).toEqual(canonical);
  });

  // Names no list spells out: the form (a head, capitalised fields joined by commas, closed by “và”) keeps them whole.
  it.each([
    ['Phòng Văn hóa, Khoa học và Thông tin, Phòng Tư pháp', ['Phòng Văn hóa, Khoa học và Thông tin', 'Phòng Tư pháp']],
    ['Ủy ban Quốc phòng, An ninh và Đối ngoại; Ủy ban Pháp luật', ['Ủy ban Quốc phòng, An ninh và Đối ngoại', 'Ủy ban Pháp luật']],
    ['Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì tổ chức', ['Trung tâm Văn hóa, Thông tin và Thể thao huyện']],
    ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh; Sở Tài chính', ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', 'Sở Tài chính']],
    // a field that is a head of its own starts another agency
    ['Sở Tài chính, Công an tỉnh và Sở Nội vụ', ['Sở Tài chính', 'Công an tỉnh', 'Sở Nội vụ']],
    ['Phòng Tư pháp, Văn phòng UBND và Công an xã', ['Phòng Tư pháp', 'Văn phòng UBND', 'Công an xã']],
  ])('keeps an official name with commas whole: %j', (phrase, names) => {
    expect(split(phrase).map((a) => a[0])).toEqual(names);
  });

  it('keeps localities listed after their unit in one holder: “các địa phương Bắc Ninh, Bình Dương, An Giang”', () => {
    expect(split('Bảo hiểm Xã hội Việt Nam, các địa phương Bắc Ninh, Bình Dương, An Giang').map((a) => a[0])).toEqual(['Bảo hiểm Xã hội Việt Nam', 'các địa phương Bắc Ninh, Bình Dương, An Giang']);
    expect(split('các tỉnh Lào Cai, Yên Bái và Sở Nội vụ').map((a) => a[0])).toEqual(['các tỉnh Lào Cai, Yên Bái', 'Sở Nội vụ']);
    // without a unit before them, capitalised pieces are agencies of the head before (“Sở Nội vụ, Tư pháp”)
    expect(split('Sở Nội vụ, Tư pháp').map((a) => a[1])).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
  });

  // “bộ” is to ministries what “sở” is to departments: “các bộ, ngành” is a collective of its own.
  it.each([
    ['Bộ Thông tin và Truyền thông và các bộ, ngành', ['Bộ Thông tin và Truyền thông', 'các bộ, ngành']],
    ['Bộ Công an, các bộ, ngành khác có liên quan', ['Bộ Công an', 'các bộ, ngành khác có liên quan']],
    ['Bộ Tư pháp và các bộ, cơ quan liên quan', ['Bộ Tư pháp', 'các bộ, cơ quan liên quan']],
  ])('starts a collective at “các bộ”: %j', (phrase, names) => {
    expect(split(phrase).map((a) => a[0])).toEqual(names);
  });

  it('drops a leading “Đề nghị” or “Giao” from the name', () => {
    expect(split('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh').map((a) => a[0])).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    expect(split('Giao Sở Tư pháp').map((a) => a[0])).toEqual(['Sở Tư pháp']);
  });

  it('keeps a role note in brackets or after a dash as the note, not in the name', () => {
    const notes = (phrase: string) => splitAgencies(phrase, 0, 1).map((a) => [a.name, a.note ?? null]);
    expect(notes('Sở Nội vụ (cơ quan thường trực)')).toEqual([['Sở Nội vụ', 'cơ quan thường trực']]);
    expect(notes('Sở Tài chính (chủ trì phần chính sách); Sở Y tế')).toEqual([['Sở Tài chính', 'chủ trì phần chính sách'], ['Sở Y tế', null]]);
    expect(notes('Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo')).toEqual([['Sở Tài chính', 'Cơ quan thường trực Ban Chỉ đạo']]);
  });

  it('keeps a note inside a name in the name as written, so its span slices to it, and out of the canonical name', () => {
    const phrase = 'Sở Thông tin và Truyền thông (Trung tâm CNTT) tỉnh; Sở Nội vụ';
    const found = splitAgencies(phrase, 0, 1);
    expect(found.map((a) => [a.name, a.canonical, a.note ?? null])).toEqual([
      ['Sở Thông tin và Truyền thông (Trung tâm CNTT) tỉnh', 'Sở Thông tin và Truyền thông tỉnh', 'Trung tâm CNTT'],
      ['Sở Nội vụ', 'Sở Nội vụ', null],
    ]);
    for (const a of found) expect(phrase.slice(a.span.offset, a.span.offset + a.span.length)).toBe(a.name);
  });

  it.each([
    ['Bộ Tài chính, bộ, ngành liên quan', ['Bộ Tài chính', 'bộ, ngành liên quan']],
    ['Đài Phát thanh và Truyền hình tỉnh, cơ quan báo chí', ['Đài Phát thanh và Truyền hình tỉnh', 'cơ quan báo chí']],
    ['Ủy ban nhân dân các huyện, thị xã, cơ quan, tổ chức có liên quan', ['Ủy ban nhân dân các huyện, thị xã', 'cơ quan, tổ chức có liên quan']],
    ['Trung tâm Y tế huyện, phòng khám đa khoa khu vực', ['Trung tâm Y tế huyện', 'phòng khám đa khoa khu vực']],
    // A plural collective, or a category without a name, goes on.
    ['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', ['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']],
    ['Tập đoàn, doanh nghiệp viễn thông', ['Tập đoàn, doanh nghiệp viễn thông']],
    // A comma typed without its space, and two ministries whose line break was lost.
    ['Bộ Y tế,Thanh tra Chính phủ', ['Bộ Y tế', 'Thanh tra Chính phủ']],
    ['Bộ Tư pháp Bộ Nội vụ', ['Bộ Tư pháp', 'Bộ Nội vụ']],
    ['Sở Lao động - Thương binh và Xã hội Sở Y tế', ['Sở Lao động - Thương binh và Xã hội', 'Sở Y tế']],
    ['Sở Lao động – Thương binh và Xã hội Sở Y tế', ['Sở Lao động – Thương binh và Xã hội', 'Sở Y tế']],
    ['Sở Văn hoá, Thể thao và Du lịch Sở Nội vụ', ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Nội vụ']],
    // A web page's footnote reference is not part of the name.
    ['Ủy ban Kinh tế [2]; Sở Y tế[12]', ['Ủy ban Kinh tế', 'Sở Y tế']],
    // An official name's own comma, with or without its space, splits nothing.
    ['Sở Văn hóa,Thể thao và Du lịch', ['Sở Văn hóa,Thể thao và Du lịch']],
    ['Phòng Văn hóa,Khoa học và Thông tin; Sở Y tế', ['Phòng Văn hóa,Khoa học và Thông tin', 'Sở Y tế']],
  ])('splits %j where the next agency starts', (phrase, names) => {
    expect(splitAgencies(phrase, 0, 1).map((a) => a.name)).toEqual(names);
  });

  it('keeps a role after a comma as a note, not an agency of its own (“Sở Nội vụ, cơ quan thường trực Ban Chỉ đạo”)', () => {
    const notes = (phrase: string) => splitAgencies(phrase, 0, 1).map((a) => [a.name, a.note ?? null]);
    expect(notes('Sở Nội vụ, cơ quan thường trực Ban Chỉ đạo')).toEqual([['Sở Nội vụ', 'cơ quan thường trực Ban Chỉ đạo']]);
    expect(notes('Sở Tài chính, đơn vị đầu mối')).toEqual([['Sở Tài chính', 'đơn vị đầu mối']]);
    // Mid-list, the role takes none of the agencies after it.
    expect(notes('Sở Nội vụ, cơ quan thường trực, Sở Tài chính, Sở Xây dựng')).toEqual([['Sở Nội vụ', 'cơ quan thường trực'], ['Sở Tài chính', null], ['Sở Xây dựng', null]]);
    expect(notes('Sở Y tế, cơ quan đầu mối và UBND các huyện')).toEqual([['Sở Y tế', 'cơ quan đầu mối'], ['UBND các huyện', null]]);
    expect(notes('Sở Tài chính - Cơ quan thường trực, Sở Nội vụ')).toEqual([['Sở Tài chính', 'Cơ quan thường trực'], ['Sở Nội vụ', null]]);
    // A unit doing something in brackets is a note too.
    expect(notes('UBND tỉnh (Sở Nội vụ tổng hợp)')).toEqual([['UBND tỉnh', 'Sở Nội vụ tổng hợp']]);
  });

  it('keeps a long bracketed role, commas and all, as one note', () => {
    const notes = (phrase: string) => splitAgencies(phrase, 0, 1).map((a) => [a.name, a.note ?? null]);
    const role = 'Ban Thi đua - Khen thưởng, Chi cục Văn thư - Lưu trữ và Phòng Công chức, viên chức là đầu mối tổng hợp';
    expect(notes(`Tổ công tác do UBND tỉnh thành lập (${role}); Sở Y tế`)).toEqual([['Tổ công tác do UBND tỉnh thành lập', role], ['Sở Y tế', null]]);
  });

  it('keeps a closing bracket that names a unit (the one in charge, or the body above) in the name as written, and out of the canonical name', () => {
    const phrase = 'Bộ Tài chính (Cục Thống kê); Trung tâm Dịch vụ việc làm tỉnh (Sở Nội vụ), Sở Y tế (theo phân công), Sở Tư pháp (Phòng Pháp chế phối hợp)';
    const found = splitAgencies(phrase, 0, 1);
    expect(found.map((a) => [a.name, a.canonical, a.note ?? null])).toEqual([
      ['Bộ Tài chính (Cục Thống kê)', 'Bộ Tài chính', 'Cục Thống kê'],
      ['Trung tâm Dịch vụ việc làm tỉnh (Sở Nội vụ)', 'Trung tâm Dịch vụ việc làm tỉnh', 'Sở Nội vụ'],
      // A remark, and a unit with a lead-in verb, stay notes.
      ['Sở Y tế', 'Sở Y tế', 'theo phân công'],
      ['Sở Tư pháp', 'Sở Tư pháp', 'Phòng Pháp chế phối hợp'],
    ]);
    for (const a of found) expect(phrase.slice(a.span.offset, a.span.offset + a.span.length)).toBe(a.name);
  });

  it.each(['các sở, ban, ngành', 'Các Sở, ban, ngành tỉnh', 'sở, ngành', 'các sở, ngành, địa phương', 'Sở, Ban, ngành tỉnh', 'Các sở, ban ngành tỉnh'])(
    'gives the collective %j one canonical spelling',
    (phrase) => {
      expect(split(phrase)).toEqual([[phrase, 'Sở, ban, ngành tỉnh', 'province']]);
    },
  );

  it('does not read “Báo cáo” or “Ban hành” as an agency', () => {
    expect(split('Báo cáo quý I').filter((a) => a[2] !== null)).toEqual([]);
    expect(split('Sở Nội vụ: Ban hành văn bản hướng dẫn').map((a) => a[0])).toEqual(['Sở Nội vụ']);
  });
});
