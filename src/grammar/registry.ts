import { grammars, shared } from '../../grammars/index.js';
import { compileRule } from './compile-grammar.js';
import { CountedRegExp, countingWork } from './work-counter.js';

export { withWorkCounter, type Work, type WorkCount } from './work-counter.js';

type Grammars = typeof grammars;

/** `<grammar>.<rule>`, e.g. `headings.roman`; a typo does not compile. */
export type RuleId = {
  [G in keyof Grammars]: `${G & string}.${keyof Grammars[G]['rules'] & string}`;
}[keyof Grammars];

const anchored = new Map<string, RegExp>();
const scanning = new Map<string, RegExp>();

// Compiled once at load; the objects are never mutated (no `g` state on `anchored`).
for (const [grammarName, grammar] of Object.entries(grammars)) {
  for (const [ruleName, spec] of Object.entries(grammar.rules)) {
    const re = compileRule(spec, shared);
    anchored.set(`${grammarName}.${ruleName}`, re);
    scanning.set(`${grammarName}.${ruleName}`, new RegExp(re.source, `${re.flags}g`));
  }
}

// Twins that record their work, made on first use while a work count runs.
const countedAnchored = new Map<string, CountedRegExp>();
const countedScanning = new Map<string, CountedRegExp>();

function compiled(plain: Map<string, RegExp>, counted: Map<string, CountedRegExp>, id: string): RegExp {
  const re = plain.get(id);
  if (!re) throw new Error(`unknown grammar rule ${id}`);
  if (!countingWork()) return re;
  let twin = counted.get(id);
  if (!twin) counted.set(id, (twin = CountedRegExp.withId(re, id)));
  return twin;
}

/** Every rule the registry compiled, by id (for checks over all rules). */
export function compiledRules(): ReadonlyMap<string, RegExp> {
  return anchored;
}

/** The compiled rule, for `.test` and `.exec` (never global). */
export function rule(id: RuleId): RegExp {
  return compiled(anchored, countedAnchored, id);
}

/**
 * Every match of a rule in `text`, collected at once: the shared regex's
 * `lastIndex` is reset before returning, so scans may nest freely, and no
 * regex is cloned per call as `matchAll` would.
 */
export function scan(id: RuleId, text: string): RegExpExecArray[] {
  const re = compiled(scanning, countedScanning, id);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++; // an empty match must not stall the loop
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The first match of a rule at or after `from`. Lets a caller resume a scan
 * where its own, shorter reading of the previous match ended.
 */
export function execFrom(id: RuleId, text: string, from: number): RegExpExecArray | null {
  const re = compiled(scanning, countedScanning, id);
  re.lastIndex = from;
  const match = re.exec(text);
  re.lastIndex = 0;
  return match;
}

