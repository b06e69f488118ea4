import { rule, scan } from '../grammar/registry.js';

export type Field = 'lead' | 'coordinating' | 'timeframe' | 'output';

/** Characters enough for any label of `tasks.attribute` with its scope (“Cơ quan chủ trì Mục 8.4, 8.5, …:”). */
const labelWindow = 160;

/**
 * The fields of an attribute line, or none when it is not one; one line may
 * hold several (“Cơ quan chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian:
 * Quý II/2026”). `offset` places the line in the normalized text.
 */
export function attributeFields(text: string, offset: number): { field: Field; raw: string; offset: number }[] {
  const g = rule('tasks.attribute').exec(text)?.groups;
  if (!g) return [];
  const value = g['value']!;
  const start = text.length - value.length;
  const out: { field: Field; raw: string; offset: number }[] = [];
  let field = fieldOf(g);
  let from = 0;
  for (const m of scan('tasks.nextAttribute', value)) {
    const at = m.index + m[0].length;
    // A label is short: read it from a window, not from a copy of the rest of the line (quadratic on long lines).
    const piece = value.slice(at, at + labelWindow);
    const next = rule('tasks.attribute').exec(piece.charAt(0).toUpperCase() + piece.slice(1))?.groups;
    if (!next) continue;
    out.push({ field, raw: value.slice(from, m.index), offset: offset + start + from });
    field = fieldOf(next);
    from = at + piece.length - next['value']!.length;
  }
  out.push({ field, raw: value.slice(from), offset: offset + start + from });
  return out;
}

/** The field an attribute label names: the rule's alternative that matched. */
function fieldOf(groups: Record<string, string | undefined>): Field {
  if (groups['lead'] !== undefined) return 'lead';
  if (groups['coordinating'] !== undefined) return 'coordinating';
  return groups['timeframe'] !== undefined ? 'timeframe' : 'output';
}
