import { analyse, type Report } from 'scslre';

/**
 * Linear-time check for grammar rules by static analysis (scslre, the
 * analysis behind eslint-plugin-regexp's no-super-linear-backtracking and
 * no-super-linear-move). It reads named groups, lookbehinds and the u, v and
 * i flags. Rules are run with `test`, `exec` and global scans on slices of
 * any text, so the analysis assumes a rejecting suffix can always follow.
 */
export function superLinearReports(re: { source: string; flags: string }): string[] {
  const { reports } = analyse({ source: re.source, flags: re.flags }, { assumeRejectingSuffix: true });
  return reports.map(describeReport);
}

function describeReport(report: Report): string {
  const attack = `repeat ${JSON.stringify(report.character.pick)}`;
  const growth = report.exponential ? 'exponential' : 'polynomial';
  switch (report.type) {
    case 'Trade':
      return `${growth} backtracking: ${report.startQuant.raw} trades characters with ${report.endQuant.raw} (${attack})`;
    case 'Self':
      return `${growth} backtracking: ${report.quant.raw} reaches itself through ${report.parentQuant.raw} (${attack})`;
    case 'Move':
      return `super-linear move: a search retries ${report.quant.raw} from every position (${attack})`;
  }
}
