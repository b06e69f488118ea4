import { grammars, shared } from '../../grammars/index.js';
import type { GrammarRule } from './define-grammar.js';
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
// The same rules by id in plain objects for the hot path: a property load with a constant
// string is cheaper than a Map look-up, and every line runs dozens of rules.
const anchoredById: Record<string, RegExp | undefined> = Object.create(null);
const scanningById: Record<string, RegExp | undefined> = Object.create(null);

/** Compiles a rule on its first use (cold start pays only for the rules a document needs). */
function compileOnce(id: string): RegExp {
  const dot = id.indexOf('.');
  const byName = grammars as Record<string, { rules: Record<string, GrammarRule> }>;
  const grammarName = id.slice(0, dot);
  const ruleName = id.slice(dot + 1);
  const rules = dot > 0 && Object.hasOwn(byName, grammarName) ? byName[grammarName]!.rules : null;
  const spec = rules && Object.hasOwn(rules, ruleName) ? rules[ruleName] : undefined;
  if (!spec) throw new Error(`unknown grammar rule ${id}`);
  // The objects are never mutated afterwards (no `g` state on `anchored`).
  const re = compileRule(spec, shared);
  const global = new RegExp(re.source, `${re.flags}g`);
  anchored.set(id, re);
  scanning.set(id, global);
  anchoredById[id] = re;
  scanningById[id] = global;
  return re;
}

// Twins that record their work, made on first use while a work count runs.
const countedAnchored = new Map<string, CountedRegExp>();
const countedScanning = new Map<string, CountedRegExp>();

function counted(plain: Map<string, RegExp>, twins: Map<string, CountedRegExp>, id: string): RegExp {
  let twin = twins.get(id);
  if (!twin) {
    if (!plain.has(id)) compileOnce(id);
    twins.set(id, (twin = CountedRegExp.withId(plain.get(id)!, id)));
  }
  return twin;
}

/** The global twin of a rule, for scans. */
function scanner(id: string): RegExp {
  if (countingWork()) return counted(scanning, countedScanning, id);
  const re = scanningById[id];
  if (re) return re;
  compileOnce(id);
  return scanningById[id]!;
}

/** Every rule the registry compiled, by id (for checks over all rules). */
export function compiledRules(): ReadonlyMap<string, RegExp> {
  for (const [grammarName, grammar] of Object.entries(grammars)) {
    for (const ruleName of Object.keys(grammar.rules)) {
      const id = `${grammarName}.${ruleName}`;
      if (!anchored.has(id)) compileOnce(id);
    }
  }
  return anchored;
}

/** The compiled rule, for `.test` and `.exec` (never global). */
export function rule(id: RuleId): RegExp {
  if (countingWork()) return counted(anchored, countedAnchored, id);
  return anchoredById[id] ?? compileOnce(id);
}

/**
 * Every match of a rule in `text`, collected at once: the shared regex's
 * `lastIndex` is reset before returning, so scans may nest freely, and no
 * regex is cloned per call as `matchAll` would.
 */
export function scan(id: RuleId, text: string): RegExpExecArray[] {
  const re = scanner(id);
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
  const re = scanner(id);
  re.lastIndex = from;
  const match = re.exec(text);
  re.lastIndex = 0;
  return match;
}

