// Abbreviations plans use for agencies, kept apart from the agency grammar's rules (grammars/agencies.ts).

/**
 * Abbreviations expanded in an agency's canonical name. Longest first is
 * applied in code; each is matched as a whole word.
 */
export const agencyAbbreviations: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  'TT&TT': 'Thông tin và Truyền thông',
  TTTT: 'Thông tin và Truyền thông',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  'KH&CN': 'Khoa học và Công nghệ',
  'TN&MT': 'Tài nguyên và Môi trường',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'GTVT': 'Giao thông vận tải',
  VP: 'Văn phòng',
  'MTTQ': 'Mặt trận Tổ quốc',
  'BHXH': 'Bảo hiểm xã hội',
  'PTTH': 'Phát thanh - Truyền hình',
  'VH&TT': 'Văn hóa và Thông tin',
  'VHTT': 'Văn hóa và Thông tin',
  'TC-KH': 'Tài chính - Kế hoạch',
  'TCKH': 'Tài chính - Kế hoạch',
  'LĐTB&XH': 'Lao động - Thương binh và Xã hội',
  'TN-MT': 'Tài nguyên và Môi trường',
  'KT-HT': 'Kinh tế - Hạ tầng',
  'QLĐT': 'Quản lý đô thị',
  // Written without “&” as often as with it.
  PTNT: 'Phát triển nông thôn',
  LĐTBXH: 'Lao động - Thương binh và Xã hội',
  TNMT: 'Tài nguyên và Môi trường',
  KHĐT: 'Kế hoạch và Đầu tư',
  KHCN: 'Khoa học và Công nghệ',
  GDĐT: 'Giáo dục và Đào tạo',
  VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
};
