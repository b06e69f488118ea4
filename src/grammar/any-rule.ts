import { rule, type RuleId } from './registry.js';
import { countingWork } from './work-counter.js';

export type LineTest = (text: string) => boolean;

// A named group becomes a plain one: a test needs no groups, and two rules may use the same name.
const namedGroup = /(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/g;
// Back-references would point elsewhere once groups are renamed or renumbered.
const backReference = /\\(?:[1-9]|k<)/;

/**
 * Whether any of `ids` matches a text, in one regex test where the rules can share one regex (same
 * flags, no back-references): most lines match none of a list of rules, and one test instead of one
 * per rule is what they cost then. Built from the rules themselves on first use. While work is
 * counted, each rule runs on its own, so that the count names them.
 *
 * Compiling the combined regex costs as much as compiling its rules (milliseconds, for Unicode
 * classes): worth it for rules used nowhere else, which then compile only when a line matches,
 * not for rules the rest of the pipeline compiles anyway.
 */
export function anyRule(ids: readonly RuleId[]): LineTest {
  let combined: RegExp | null | undefined;
  const oneByOne: LineTest = (text) => ids.some((id) => rule(id).test(text));
  return (text) => {
    if (countingWork()) return oneByOne(text);
    if (combined === undefined) combined = combine(ids);
    return combined === null ? oneByOne(text) : combined.test(text);
  };
}

function combine(ids: readonly RuleId[]): RegExp | null {
  const rules = ids.map((id) => rule(id));
  const flags = rules[0]?.flags;
  if (flags === undefined || flags.includes('g') || flags.includes('y')) return null;
  if (!rules.every((re) => re.flags === flags && !backReference.test(re.source))) return null;
  try {
    return new RegExp(rules.map((re) => `(?:${re.source.replace(namedGroup, '(?:')})`).join('|'), flags);
  } catch {
    return null;
  }
}
