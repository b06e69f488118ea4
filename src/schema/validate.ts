import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { jsonSchema } from './json-schema.js';

const addFormats = addFormatsModule.default;

export interface ValidationError {
  path: string;
  message: string;
}

/** Deepest nesting of arrays and objects checked; a kehoach document nests a few dozen levels. */
export const maxJsonDepth = 500;
/**
 * Most array items for which every error is listed. Ajv gathers all errors by
 * concatenating lists at each schema reference, which grows with the square
 * of the errors: past this size only the first error is given.
 */
export const maxItemsForAllErrors = 20_000;

/**
 * A validator for kehoach documents, compiled once per call site. Linear in
 * the document: a first pass stops at the first error; only a document of
 * moderate size is checked again for all of them. Never throws: a document
 * too deep to check gives one error saying so.
 */
export function createValidator(): (doc: unknown) => ValidationError[] {
  const schema = jsonSchema();
  const first = new Ajv2020({ strict: true, allErrors: false });
  addFormats(first);
  const validateFirst = first.compile(schema);
  const all = new Ajv2020({ strict: true, allErrors: true });
  addFormats(all);
  const validateAll = all.compile(schema);
  return (doc) => {
    const shape = measure(doc);
    if (shape.depth > maxJsonDepth) return [{ path: '/', message: `nested more than ${maxJsonDepth} levels deep (the limit): not a kehoach document` }];
    try {
      if (validateFirst(doc)) return [];
      const errors = shape.items <= maxItemsForAllErrors && !validateAll(doc) ? validateAll.errors : validateFirst.errors;
      return (errors ?? []).map((e) => ({ path: e.instancePath || '/', message: describe(e) }));
    } catch (error) {
      // The depth limit should make this unreachable; a validator that fails still names the document, it does not stop the run.
      return [{ path: '/', message: `could not be validated: ${(error as Error).message.split('\n')[0]}` }];
    }
  };
}

/** How deep a parsed JSON value nests (stopping past the limit) and how many array items it holds, without recursion. */
function measure(value: unknown): { depth: number; items: number } {
  let depth = 0;
  let items = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (level > depth) depth = level;
    if (depth > maxJsonDepth) return { depth, items };
    const children = Array.isArray(node) ? node : Object.values(node);
    if (Array.isArray(node)) items += node.length;
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, level + 1]);
  }
  return { depth, items };
}

/** Ajv's message plus what was allowed, so "must be equal to constant" says which. */
function describe(error: ErrorObject): string {
  const message = error.message ?? 'invalid';
  const params = error.params as { allowedValue?: unknown; allowedValues?: unknown[]; additionalProperty?: string };
  if (error.keyword === 'const') return `${message} ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === 'enum') return `${message}: ${(params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'additionalProperties') return `${message}: ${JSON.stringify(params.additionalProperty)}`;
  return message;
}
