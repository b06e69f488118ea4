import { Ajv2020 } from 'ajv/dist/2020.js';
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
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'invalid' })));
}
