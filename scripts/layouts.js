// The benchmark's growth families, one per layout kehoach reads: `n` units of the same shape, written for the
// benchmark (not taken from any document). Shared by scripts/bench.js (section 7) and scripts/memory-profile.js.

/** Each family: its input format and a builder of `n` units. */
export const layouts = {
  'labelled lines': (n) => 'KẾ HOẠCH\nII. NHIỆM VỤ\n' + Array.from({ length: n }, (_, i) => (i + 1) + '. Triển khai nhiệm vụ số ' + i + '\n- Cơ quan chủ trì: Sở Nội vụ\n- Cơ quan phối hợp: Sở Tài chính\n- Thời gian: Quý ' + (i % 4 + 1) + ' năm 2025').join('\n'),
  'tab-separated table': (n) => 'PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n' + Array.from({ length: n }, (_, i) => (i + 1) + '\tRà soát thủ tục số ' + i + '\tSở Nội vụ\tQuý I/2025').join('\n'),
  'one cell per line': (n) => 'PHỤ LỤC\n\nSTT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\n' + Array.from({ length: n }, (_, i) => (i + 1) + '\n\nRà soát thủ tục số ' + i + '\n\nSở Nội vụ').join('\n\n'),
  'pipe table (markdown)': (n) => 'PHỤ LỤC\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n' + Array.from({ length: n }, (_, i) => '| ' + (i + 1) + ' | Rà soát thủ tục số ' + i + ' | Sở Nội vụ | Quý I/2025 |').join('\n'),
  'HTML table': (n) => '<html><body><p>PHỤ LỤC</p><table><tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr>' + Array.from({ length: n }, (_, i) => '<tr><td>' + (i + 1) + '</td><td>Rà soát thủ tục số ' + i + '</td><td>Sở Nội vụ</td><td>Quý I/2025</td></tr>').join('') + '</table></body></html>',
  'numbered lines': (n) => 'KẾ HOẠCH\nI. MỤC TIÊU\n' + Array.from({ length: n }, (_, i) => (i + 1) + '. Phấn đấu hoàn thành nội dung số ' + i + ' trong năm 2025.').join('\n'),
  'many percentages in one clause': (n) => 'KẾ HOẠCH\nI. MỤC TIÊU\na) Phấn đấu đến năm 2025 đạt ' + Array.from({ length: n }, (_, i) => (i % 100) + '% hồ sơ loại ' + i).join(', ') + '.',
};

/** The format `parse` is told for a family. */
export const formatOf = (layout) => (layout === 'HTML table' ? 'html' : layout.includes('markdown') ? 'markdown' : 'text');
