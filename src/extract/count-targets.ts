import type { KehoachDocument, Target } from '../schema/document.js';

/** What the document's `targets` hold (“Phấn đấu 100% …”, “2% GDP”, “10%/năm”) and its `countTargets` (“ít nhất 20 mô hình”). */
export interface SplitTargets {
  targets: Target[];
  countTargets: Target[];
}

/**
 * Percentage commitments and counted ones apart (schema 3.0.0): a percentage may name what it is a share of
 * (`% GDP`, `%/năm`), a count names what is counted. Each list is numbered on its own, in text order.
 */
export function splitCountTargets(found: readonly Target[]): SplitTargets {
  const targets: Target[] = [];
  const countTargets: Target[] = [];
  for (const t of found) {
    if (t.unit.startsWith('%')) {
      targets.push(t);
      t.id = `target${targets.length}`;
    } else {
      countTargets.push(t);
      t.id = `count${countTargets.length}`;
    }
  }
  return { targets, countTargets };
}

/** Every commitment of a document, percentages then counts (a document older than schema 3.0.0 has only `targets`). */
export function everyTarget(doc: Pick<KehoachDocument, 'targets' | 'countTargets'>): Target[] {
  return [...doc.targets, ...(doc.countTargets ?? [])];
}
