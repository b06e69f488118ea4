import type { Agency, AgencyIndexEntry, Responsibility, Task } from '../schema/document.js';

/** Every agency named in tasks and responsibilities, by canonical name: what each leads, coordinates and answers for. */
export function indexAgencies(tasks: readonly Task[], responsibilities: readonly Responsibility[]): AgencyIndexEntry[] {
  const entries = new Map<string, AgencyIndexEntry>();
  const entry = (a: Agency) => {
    const key = a.canonical.toLowerCase();
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { canonical: a.canonical, level: a.level, names: [], leadTaskIds: [], coordinatingTaskIds: [], responsibilityIds: [] }));
    if (!e.names.includes(a.name)) e.names.push(a.name);
    return e;
  };
  const add = (list: string[], id: string) => list.includes(id) || list.push(id);
  for (const t of tasks) {
    for (const a of t.lead) add(entry(a).leadTaskIds, t.id);
    for (const a of t.coordinating) add(entry(a).coordinatingTaskIds, t.id);
  }
  for (const r of responsibilities) add(entry(r.agency).responsibilityIds, r.id);
  return [...entries.values()].sort((a, b) => a.canonical.localeCompare(b.canonical, 'vi'));
}
