import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { jsonSchema } from './json-schema.js';

const addFormats = addFormatsModule.default;

export interface ValidationError {
  path: string;
  message: string;
}

/** A validator for kehoach documents, compiled once per call site. */
export function createValidator(): (doc: unknown) => ValidationError[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(jsonSchema());
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: describe(e) })));
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
