// The meaning-preserving transformations of the metamorphic check (scripts/metamorphic.js): each changes a
// document and its gold alike. Names are drawn from lists of real Vietnamese places, agencies and people.

/* ---------- names the transformations draw from ---------- */

// Real Vietnamese place names that none of the corpus documents is about (checked per document below), of one,
// two and three syllables, one with a dash as the province of Bà Rịa - Vũng Tàu was written.
const PLACES = ['Thừa Thiên Huế', 'Bà Rịa - Vũng Tàu', 'Huế', 'Lào Cai', 'Tuyên Quang', 'Quảng Trị', 'Lâm Đồng', 'Tây Ninh', 'Thái Nguyên', 'Phú Thọ', 'Ninh Bình',
  'Hưng Yên', 'Lạng Sơn', 'Điện Biên', 'Sơn La', 'Cao Bằng', 'Lai Châu', 'Bắc Ninh', 'Hà Tĩnh', 'Vĩnh Long', 'An Giang',
  'Gia Lai', 'Quảng Ninh', 'Thanh Hóa', 'Yên Bái', 'Hòa Bình', 'Bình Định', 'Phú Yên', 'Kon Tum', 'Bến Tre', 'Trà Vinh',
  'Sóc Trăng', 'Bạc Liêu', 'Kiên Giang', 'Long An', 'Tiền Giang', 'Bình Phước', 'Đồng Nai', 'Quảng Bình', 'Hà Giang'];

// Vietnamese full names of two to five syllables, none of them a corpus signer.
const SIGNERS = ['Lê Hùng', 'Trần Thị Thu Hà', 'Phan Văn Mãi', 'Đỗ Thị Minh Nguyệt', 'Hà Sỹ Đồng', 'Nguyễn Lê Hoàng Anh Thư', 'Vũ Quang'];

// Words that follow an administrative unit in running text without being a place name.
const NOT_PLACE = new Set(['Ủy', 'Uỷ', 'Hội', 'Ban', 'Sở', 'Phòng', 'Đảng', 'Đoàn', 'Công', 'Quyết', 'Kế', 'Chương', 'Về',
  'Nghị', 'Chỉ', 'Thông', 'Trung', 'Văn', 'Tỉnh', 'Huyện', 'Xã', 'Thành', 'Thị', 'Nhân', 'Việt', 'Các', 'Giai', 'Năm', 'Trong',
  'Theo', 'Căn', 'Mặt', 'Bộ', 'Chủ', 'Phó', 'Giám', 'Kho', 'Liên', 'Cục', 'Chi', 'Đài', 'Báo', 'Trường', 'Viện', 'Tòa', 'Hướng',
  'Tổ', 'Hồ', 'Đại', 'Điều', 'Lần']);

// Agencies of the same level, swapped both ways; the two of a pair share their head word, so a distributed list
// (“Các Sở: Nội vụ, Tài chính”) swaps its bare names the same way. Names with commas and “và” are paired with
// simple ones on purpose: a list separator must not split an official name that any plan may write, and some of
// these (“Phòng Văn hóa, Khoa học và Thông tin”, “Ủy ban Khoa học, Công nghệ và Môi trường”) are real names the
// corpus never writes.
const AGENCY_SWAPS = [
  ['Sở Nội vụ', 'Sở Tư pháp'],
  ['Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['Sở Khoa học và Công nghệ', 'Sở Xây dựng'],
  ['Sở Thông tin và Truyền thông', 'Sở Dân tộc và Tôn giáo'],
  ['Sở Nông nghiệp và Môi trường', 'Sở Giáo dục và Đào tạo'],
  ['Sở Y tế', 'Sở Công Thương'],
  ['Bộ Công an', 'Bộ Quốc phòng'],
  ['Bộ Khoa học và Công nghệ', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['Bộ Tài chính', 'Bộ Tư pháp'],
  ['Bộ Nội vụ', 'Bộ Y tế'],
  ['Phòng Nội vụ', 'Phòng Văn hóa, Khoa học và Thông tin'],
  ['Phòng Tư pháp', 'Phòng Kinh tế'],
  ['Ủy ban Pháp luật', 'Ủy ban Khoa học, Công nghệ và Môi trường'],
  ['Ủy ban Đối ngoại', 'Ủy ban Quốc phòng, An ninh và Đối ngoại'],
];

/** “hòa” → “hoà”, “Ủy” → “Uỷ”: the tone mark moves from o/u to the vowel after it, as old-style spelling puts it. */
function oldStyle(pair) {
  const [marked, next] = [...pair];
  const [base, ...marks] = [...marked.normalize('NFD')];
  return base + (next + marks.join('')).normalize('NFC');
}

const YEAR_SHIFT = 4; // a multiple of 4 keeps 29 February (and every month end) a valid date
const NUMBER_SHIFT = 317;

/* ---------- helpers ---------- */

export const L = String.raw`[\p{L}\p{N}]`;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A name written across a hard wrap or with doubled spaces is still the name.
export const flexible = (s) => s.split(/\s+/).map(esc).join(String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*)`);
const upper = (s) => s.toLocaleUpperCase('vi');

/**
 * One regex pass that replaces each key by its value, whole words only, keys tried longest first, in any case:
 * the value takes the case of the match (capitals in a letterhead, a capital or small first letter).
 */
function replacer(map) {
  const lower = new Map([...map].map(([k, v]) => [k.toLocaleLowerCase('vi'), v]));
  const keys = [...lower.keys()].sort((a, b) => b.length - a.length);
  if (!keys.length) return (s) => s;
  const re = new RegExp(String.raw`(?<!${L})(?:${keys.map(flexible).join('|')})(?!${L})`, 'giu');
  return (s) => s.replace(re, (m) => {
    let to = lower.get(m.replace(/\s+/g, ' ').toLocaleLowerCase('vi'));
    if (to === undefined) return m;
    if (m === upper(m)) to = upper(to);
    else if (m[0] !== upper(m[0])) to = to[0].toLocaleLowerCase('vi') + to.slice(1);
    else to = upper(to[0]) + to.slice(1);
    // keep a hard wrap where the source had one, after the first word
    const wrap = /\r?\n[ \t]*/.exec(m);
    return wrap ? to.replace(' ', wrap[0]) : to;
  });
}

/**
 * Swaps full agency names, and the bare names of a distributed list (“Các Sở: Nội vụ, Tài chính”) as their full
 * names are swapped, in one pass over each list so that no name is swapped twice.
 */
function agencySwapper(pairs) {
  const full = new Map();
  for (const [a, b] of pairs) full.set(a, b).set(b, a);
  const byHead = new Map();
  for (const [a, b] of pairs) {
    const head = a.split(' ')[0];
    if (head !== b.split(' ')[0]) continue;
    const m = byHead.get(head.toLocaleLowerCase('vi')) ?? new Map(full);
    m.set(a.slice(head.length + 1), b.slice(head.length + 1)).set(b.slice(head.length + 1), a.slice(head.length + 1));
    byHead.set(head.toLocaleLowerCase('vi'), m);
  }
  const inList = new Map([...byHead].map(([h, m]) => [h, replacer(m)]));
  const outside = replacer(full);
  // a list runs to a full stop, a blank line or a line that starts a new item
  const re = /(?<![\p{L}\p{N}])([Cc]ác\s(Sở|sở|Bộ|bộ|Phòng|phòng)\s?:\s?)((?:[^.\n]|\n(?![ \t]*(?:\r?\n|[-+*|•\d]|[a-zđ]\))))*)/gu;
  return (s) => {
    let out = '', last = 0;
    for (const m of s.matchAll(re)) {
      out += outside(s.slice(last, m.index)) + m[1] + inList.get(m[2].toLocaleLowerCase('vi'))(m[3]);
      last = m.index + m[0].length;
    }
    return out + outside(s.slice(last));
  };
}

/** Finds the place names a document is about: after tỉnh/huyện/xã/… and before “, ngày”. */
function placeNames(text, gold) {
  const found = new Set();
  const word = String.raw`\p{Lu}\p{Ll}*`;
  const unit = String.raw`(?<!${L})(?:tỉnh|huyện|xã|thị\sxã|thị\strấn|thành\sphố|phường|quận)[ \t]+(${word}(?:[ \t]+${word}){0,2})(?!${L})`;
  for (const m of text.matchAll(new RegExp(unit, 'gu'))) {
    const words = m[1].split(/[ \t]+/);
    const kept = [];
    for (const w of words) { if (NOT_PLACE.has(w)) break; kept.push(w); }
    if (kept.length) found.add(kept.join(' '));
  }
  for (const m of text.matchAll(new RegExp(String.raw`^[\s*_|]*(${word}(?:[ \t]+${word}){0,2}),[ \t]+ngày`, 'gmu'))) found.add(m[1]);
  if (gold.metadata?.place) found.add(gold.metadata.place);
  // a one-letter or lone-syllable capital after “xã” may be a sentence word; names have two syllables or more
  // unless the gold names them
  return [...found].filter((n) => n.includes(' ') || n === gold.metadata?.place);
}

/* ---------- the transformations ---------- */
// Each returns, for one document, the function applied to its text and to every string of its gold
// (applying one function to both is what keeps them consistent), or a pair for spacing (gold unchanged).

export const transforms = {
  none: () => ({ text: (s) => s, gold: (s) => s }),
  place: (text, gold, index) => {
    const names = placeNames(text, gold);
    const free = PLACES.filter((p) => !text.includes(p) && !text.includes(upper(p)));
    const map = new Map();
    // each document draws its names from another part of the list
    names.forEach((n, i) => map.set(n, free[(index * 3 + i) % free.length]));
    const f = replacer(map);
    return { text: f, gold: f, check: names };
  },
  agency: () => {
    const f = agencySwapper(AGENCY_SWAPS);
    return { text: f, gold: f };
  },
  year: () => {
    const f = (s) => s.replace(/(?<![\p{N}.,])(19[5-9]\d|20\d\d)(?![\p{N}]|[.,]\d)/gu, (y) => String(Number(y) + YEAR_SHIFT));
    return { text: f, gold: f };
  },
  number: (_text, gold) => {
    const n = /^(\d+)\/(.+)$/.exec(gold.metadata?.documentNumber ?? '');
    if (!n) return { text: (s) => s, gold: (s) => s };
    const to = String(Number(n[1]) + NUMBER_SHIFT);
    const re = new RegExp(String.raw`(?<!\p{N})${n[1]}(\s*/\s*${esc(n[2])})`, 'gu');
    const f = (s) => s.replace(re, (_m, rest) => to + rest);
    return { text: f, gold: f };
  },
  // Another signer, of another length: a signer is found by the signature block's layout, not by a name.
  signer: (text, gold, index) => {
    const name = gold.metadata?.signer;
    if (!name) return { text: (s) => s, gold: (s) => s };
    const free = SIGNERS.filter((n) => !text.includes(n));
    const f = replacer(new Map([[name, free[index % free.length]]]));
    return { text: f, gold: f, check: [name] };
  },
  // A province become a centrally governed city: “tỉnh” → “thành phố”, “Tỉnh ủy” → “Thành ủy”, as the plans of
  // Hà Nội or Đà Nẵng write them. Only documents a province issues.
  city: (_text, gold) => {
    if (!/tỉnh/iu.test(gold.metadata?.issuer ?? '')) return { text: (s) => s, gold: (s) => s };
    // the case of the match decides: “tỉnh” stays lower, “Tỉnh” and “TỈNH” keep their capitals
    const f = replacer(new Map([['tỉnh', 'thành phố'], ['tỉnh ủy', 'thành ủy'], ['tỉnh uỷ', 'thành ủy'], ['tỉnh đoàn', 'thành đoàn'], ['tỉnh hội', 'thành hội']]));
    return { text: f, gold: f };
  },
  // Dates and periods written the other common way: “Quý I/2024” ↔ “Quý I năm 2024”, “tháng 3/2024” ↔ “tháng 3
  // năm 2024” (not inside a full date “ngày 5 tháng 3 năm 2024”), and a day or month below 10 with and without its leading zero (“ngày 05 tháng 02” ↔ “ngày 5 tháng 2”).
  dates: () => {
    const zero = (n) => (n.length === 1 ? '0' + n : n.startsWith('0') ? n.slice(1) : n);
    const f = (s) => s
      .replace(/(?<![\p{L}\p{N}])(?<!(?:ngày|Ngày|NGÀY)(?:[\s.…_]|&nbsp;|<[^>]*>)*(?:\d{1,2}(?:\s|&nbsp;|<[^>]*>)+)?)([Qq]uý|QUÝ|[Tt]háng|THÁNG)(\s+)([IV]{1,3}|\d{1,2})(?:\s*\/\s*((?:19|20)\d\d)|(\s+)(năm|NĂM)\s+((?:19|20)\d\d))(?!\p{N})/gu,
        (_m, unit, sp, n, yearAfterSlash, _sp2, nam, year) => yearAfterSlash
          ? `${unit}${sp}${n} ${unit === upper(unit) ? 'NĂM' : 'năm'} ${yearAfterSlash}` : `${unit}${sp}${n}/${year}`)
      .replace(/(?<![\p{L}\p{N}])(ngày|Ngày|NGÀY)(\s+)(\d{1,2})(\s+)(tháng|THÁNG)(\s+)(\d{1,2})(?!\p{N})/gu,
        (_m, d, s1, day, s2, t, s3, month) => `${d}${s1}${zero(day)}${s2}${t}${s3}${zero(month)}`);
    return { text: f, gold: f };
  },
  // The people's committee and council written out where abbreviated and abbreviated where written out
  // (“UBND cấp huyện” ↔ “Ủy ban nhân dân cấp huyện”), as plans do either way. The issuer, and a title the source
  // writes in capitals, stay: capitals keep their spelling.
  abbrev: (_text, gold, _index, visible) => {
    const sp = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*)`;
    // not the symbol of a document number (“KH-UBND”), nothing in capitals (a letterhead or a title keeps its spelling)
    const re = new RegExp(String.raw`(?<![-/\p{L}\p{N}])(?:(UBND|HĐND)(?!${sp}\p{Lu}{2})|(?:Ủy|Uỷ)${sp}ban${sp}nhân${sp}dân|Hội${sp}đồng${sp}nhân${sp}dân)(?![\p{L}\p{N}])`, 'gu');
    const f = (s) => s.replace(re, (m, acronym) => (acronym === 'UBND' ? 'Ủy ban nhân dân' : acronym === 'HĐND' ? 'Hội đồng nhân dân' : m.startsWith('H') ? 'HĐND' : 'UBND'));
    const title = gold.metadata?.title ?? '';
    const titleInCapitals = new RegExp(flexible(upper(title)), 'u').test(visible.replace(/\s+/g, ' '));
    return { text: f, gold: f, keep: ['metadata.issuer', ...(titleInCapitals ? ['metadata.title'] : [])] };
  },
  // Another site's page around the text: a menu and breadcrumb above, share, print and related-document links below
  // (written for this check, in the manner of provincial portals). Text documents only.
  chrome: (_text, _gold, _index, _visible, file) => {
    if (file.endsWith('.htm')) return { text: (s) => s, gold: (s) => s };
    const nl = _text.includes('\r\n') ? '\r\n' : '\n';
    const head = ['Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ', '', 'Trang chủ > Văn bản > Văn bản chỉ đạo, điều hành', '', 'Cỡ chữ: A- A A+', ''];
    const tail = ['', 'Tải về', 'Bản in', 'Chia sẻ: Facebook | Zalo | Email', 'Lượt xem: 1.024', '', 'Các văn bản khác',
      '- Thông báo lịch tiếp công dân của lãnh đạo tháng 12', '- Công văn về việc tăng cường công tác phòng cháy, chữa cháy', '',
      'Cổng thông tin điện tử', 'Địa chỉ: 01 đường Trần Phú; Điện thoại: 0123.456.789', 'Bản quyền thuộc về Văn phòng'];
    return { text: (s) => head.join(nl) + nl + s + nl + tail.join(nl) + nl, gold: (s) => s };
  },
  // Old-style tone placement (“hoà”, “uỷ”), as many offices still type: the scorer reads both alike.
  tones: () => ({
    text: (s) => s.replace(/[òóỏõọÒÓỎÕỌ][ae]|[ùúủũụÙÚỦŨỤ]y/gu, oldStyle),
    gold: (s) => s,
  }),
  // Decomposed Unicode (a base letter and combining marks), as some editors and PDF exports write it.
  nfd: () => ({ text: (s) => s.normalize('NFD'), gold: (s) => s }),
  respace: () => ({
    text: (s) => s.split(/\r?\n/).map((line) => (line.trim() ? line.replace(/(\S) (?=\S)/g, '$1  ') + ' ' : line)).join('\r\n'),
    gold: (s) => s,
  }),
};
