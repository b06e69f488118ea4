import { z } from 'zod';
import { describeFields, schemaId } from './descriptions.js';
import { KehoachDocument } from './document.js';
import { schemaVersion } from './version.js';

/** The published JSON Schema (2020-12), generated from the zod schema, every field described. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(KehoachDocument, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  describeFields(schema);
  return { $schema: schema['$schema'], $id: schemaId(schemaVersion), title: 'kehoach document', ...schema };
}
