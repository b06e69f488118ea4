/**
 * Linear-time checks for grammar rules.
 *
 * redos-detector (tried first) cannot parse named groups, cannot combine `i`
 * with `u`, and exhausts memory on the wide Unicode classes these grammars
 * need, so the checks here are structural and empirical:
 *
 * 1. `nestedQuantifiers` finds a quantified group that itself contains an
 *    unbounded quantifier — the shape behind catastrophic backtracking
 *    (`(a+)+`, `(?:\s*\w+)*`).
 * 2. `scalingRatio` times a rule on adversarial inputs built from its own
 *    examples at two sizes; linear rules grow about 4× for 4× input.
 */
export function nestedQuantifiers(source: string): string[] {
  const problems: string[] = [];
  // For each open group: does it contain an unbounded quantifier?
  const stack: { start: number; unbounded: boolean }[] = [];
  let inClass = false;
  const markUnbounded = (after: number) => {
    const quantifier = readQuantifier(source, after);
    const parent = stack[stack.length - 1];
    if (quantifier?.unbounded && parent) parent.unbounded = true;
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const length = escapeLength(source, i);
      if (!inClass) markUnbounded(i + length);
      i += length - 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        markUnbounded(i + 1);
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ start: i, unbounded: false });
      continue;
    }
    if (ch === ')') {
      const quantifier = readQuantifier(source, i + 1);
      const group = stack.pop();
      if (!group) continue;
      const isLookaround = /^\(\?<?[=!]/.test(source.slice(group.start, group.start + 4));
      if (quantifier?.repeats && group.unbounded && !isLookaround) {
        problems.push(source.slice(group.start, i + 1 + quantifier.length));
      }
      const parent = stack[stack.length - 1];
      if (parent && (group.unbounded || quantifier?.unbounded)) parent.unbounded = true;
      continue;
    }
    if ('|^$*+?{}'.includes(ch)) continue;
    markUnbounded(i + 1);
  }
  return problems;
}

function escapeLength(source: string, at: number): number {
  const next = source[at + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[at + 2] === '{') return source.indexOf('}', at) - at + 1;
  if (next === 'x') return 4;
  if (next === 'u') return 6;
  return 2;
}

function readQuantifier(source: string, at: number): { length: number; unbounded: boolean; repeats: boolean } | null {
  const ch = source[at];
  if (ch === '*' || ch === '+') return { length: source[at + 1] === '?' ? 2 : 1, unbounded: true, repeats: true };
  if (ch === '?') return { length: 1, unbounded: false, repeats: false };
  if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!m) return null;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return { length: m[0].length, unbounded: max === Infinity, repeats: max > 1 };
  }
  return null;
}

/** Adversarial inputs of about `size` characters built from a rule's examples. */
export function adversarialInputs(examples: readonly string[], size: number): string[] {
  const inputs: string[] = [];
  for (const example of examples) {
    const unit = example.length > 0 ? example : 'x';
    const repeat = (s: string) => s.repeat(Math.ceil(size / Math.max(1, s.length))).slice(0, size);
    inputs.push(repeat(unit), repeat(unit.slice(0, -1) || unit), repeat(`${unit} `), `${repeat(unit)}!`);
    for (const ch of new Set(unit)) inputs.push(repeat(ch) + '\u0000');
  }
  inputs.push(' '.repeat(size) + 'x', '.'.repeat(size), '1.'.repeat(size / 2), 'A '.repeat(size / 2) + 'x');
  return inputs;
}

function timeAll(re: RegExp, inputs: readonly string[]): number {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const t0 = process.hrtime.bigint();
  for (const input of inputs) {
    for (const _ of input.matchAll(global)) void _;
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Time on 4× the input over time on 1× (median of three), floor 1 ms. */
export function scalingRatio(re: RegExp, examples: readonly string[], size = 4_000): { ratio: number; small: number; large: number } {
  const small = adversarialInputs(examples, size);
  const large = adversarialInputs(examples, size * 4);
  timeAll(re, small);
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  const s = med([timeAll(re, small), timeAll(re, small), timeAll(re, small)]);
  const l = med([timeAll(re, large), timeAll(re, large), timeAll(re, large)]);
  return { ratio: l / Math.max(s, 1), small: s, large: l };
}
