/**
 * An opt-in tally of the regex work done through the grammar registry, so
 * tests can check linear time by counting instead of by the clock. When no
 * count is running the registry hands out its plain regexes and nothing here
 * is touched.
 */
export interface Work {
  /** Regex executions (`exec`, and each step of `test`, `replace`, `split` …). */
  executions: number;
  /** Characters the executions had to read at least: from the start position to the match end, or to the input end on a miss. */
  characters: number;
}

export interface WorkCount extends Work {
  /** The same tally per rule id. */
  byRule: Map<string, Work>;
}

let current: WorkCount | null = null;

export function countingWork(): boolean {
  return current !== null;
}

export function recordWork(id: string, characters: number): void {
  if (current === null) return;
  current.executions++;
  current.characters += characters;
  const own = current.byRule.get(id);
  if (own) {
    own.executions++;
    own.characters += characters;
  } else {
    current.byRule.set(id, { executions: 1, characters });
  }
}

/**
 * Characters a completed `exec` from `from` must have read. A miss of a
 * search tries every position to the end; a miss that may only start at
 * `from` (sticky, or anchored by `^`) tries one, and how far it read there is
 * unknown, so it counts that position only.
 */
export function charactersRead(input: string, from: number, match: RegExpExecArray | null, onePosition: boolean): number {
  if (match) return match.index + match[0].length - from;
  return onePosition ? 1 : input.length - from;
}

/** Whether every match must start at the start of the input: `^…` without `m` and without a top-level `|`. */
export function anchoredAtStart(source: string, flags: string): boolean {
  if (!source.startsWith('^') || flags.includes('m')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      return false;
    }
  }
  return true;
}

/**
 * A registry regex that records each execution. Every RegExp method and
 * string method taking a regex goes through `exec`, except `split`, whose
 * spec algorithm runs a sticky copy at every position and is counted as one
 * pass over the input instead.
 */
export class CountedRegExp extends RegExp {
  ruleId = '(copy)';
  private readonly anchored = anchoredAtStart(this.source, this.flags);

  static withId(re: RegExp, id: string): CountedRegExp {
    const counted = new CountedRegExp(re.source, re.flags);
    counted.ruleId = id;
    return counted;
  }

  override exec(input: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = super.exec(input);
    recordWork(this.ruleId, charactersRead(input, from, match, this.sticky || this.anchored));
    return match;
  }

  override [Symbol.split](input: string, limit?: number): string[] {
    recordWork(this.ruleId, input.length);
    return RegExp.prototype[Symbol.split].call(new RegExp(this.source, this.flags), input, limit);
  }
}

/**
 * Runs `fn` (sync or async) with a work count on, and returns its result with
 * the count. Counts nest: an inner count's work is also added to the outer.
 * Only for tests and tools: concurrent work in the same thread is counted too.
 */
export async function withWorkCounter<T>(fn: () => T | Promise<T>): Promise<{ result: T; work: WorkCount }> {
  const outer = current;
  const work: WorkCount = { executions: 0, characters: 0, byRule: new Map() };
  current = work;
  try {
    const result = await fn();
    return { result, work };
  } finally {
    current = outer;
    if (outer) mergeWork(outer, work);
  }
}

function mergeWork(into: WorkCount, from: WorkCount): void {
  into.executions += from.executions;
  into.characters += from.characters;
  for (const [id, w] of from.byRule) {
    const own = into.byRule.get(id);
    if (own) {
      own.executions += w.executions;
      own.characters += w.characters;
    } else {
      into.byRule.set(id, { ...w });
    }
  }
}
