import { z } from 'zod';
import { KehoachDocument } from './document.js';

/** The published JSON Schema (2020-12), generated from the zod schema. */
export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(KehoachDocument, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
