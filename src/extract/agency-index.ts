import type { Agency, AgencyIndexEntry, Responsibility, Task } from '../schema/document.js';

interface Building {
  entry: AgencyIndexEntry;
  names: Set<string>;
  lead: Set<string>;
  coordinating: Set<string>;
  responsibilities: Set<string>;
}

/** Every agency named in tasks and responsibilities, by canonical name: what each leads, coordinates and answers for. */
export function indexAgencies(tasks: readonly Task[], responsibilities: readonly Responsibility[]): AgencyIndexEntry[] {
  // Sets beside each entry keep every lookup constant-time: a plan with hundreds of tasks names the same agencies again and again.
  const entries = new Map<string, Building>();
  for (const t of tasks) {
    for (const a of t.lead) {
      const b = entryOf(entries, a);
      addOnce(b.lead, b.entry.leadTaskIds, t.id);
    }
    for (const a of t.coordinating) {
      const b = entryOf(entries, a);
      addOnce(b.coordinating, b.entry.coordinatingTaskIds, t.id);
    }
  }
  for (const r of responsibilities) {
    const b = entryOf(entries, r.agency);
    addOnce(b.responsibilities, b.entry.responsibilityIds, r.id);
  }
  const out: AgencyIndexEntry[] = [];
  for (const b of entries.values()) out.push(b.entry);
  return out.sort(byCanonical);
}

// One collator for every sort: `localeCompare(b, 'vi')` orders the same but looks the locale up on each call.
let vietnamese: Intl.Collator | undefined;
function byCanonical(a: AgencyIndexEntry, b: AgencyIndexEntry): number {
  vietnamese ??= new Intl.Collator('vi');
  return vietnamese.compare(a.canonical, b.canonical);
}

function entryOf(entries: Map<string, Building>, a: Agency): Building {
  const key = a.canonical.toLowerCase();
  let b = entries.get(key);
  if (!b) {
    b = {
      entry: { canonical: a.canonical, level: a.level, names: [], leadTaskIds: [], coordinatingTaskIds: [], responsibilityIds: [] },
      names: new Set(),
      lead: new Set(),
      coordinating: new Set(),
      responsibilities: new Set(),
    };
    entries.set(key, b);
  }
  addOnce(b.names, b.entry.names, a.name);
  return b;
}

function addOnce(seen: Set<string>, list: string[], value: string): void {
  if (seen.has(value)) return;
  seen.add(value);
  list.push(value);
}
