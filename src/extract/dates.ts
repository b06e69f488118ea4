/** ISO date for a Vietnamese day/month/year, or null when it is not a real date. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  // Each task and target holds its dates, and a plan repeats a few: one string per date, not one per item.
  const key = Number.isInteger(year) ? (year * 100 + month) * 100 + day : NaN;
  let iso = written.get(key);
  if (iso === undefined) {
    if (written.size >= maxWritten) written.clear();
    iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!Number.isNaN(key)) written.set(key, iso);
  }
  return iso;
}

const written = new Map<number, string>();
const maxWritten = 4096;
