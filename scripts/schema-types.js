#!/usr/bin/env node
// Writes src/schema/types.ts — plain TypeScript interfaces for every definition of the published JSON Schema —
// so the library's .d.ts carries no zod types. (json-schema-to-typescript 15 could not resolve this schema's
// 2020-12 $defs references.) Run by `npm run schema:write`; a test keeps the file equal to this script's output.
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schemas/kehoach.schema.json', import.meta.url), 'utf8'));
const doc = (text, indent) => (text ? `${indent}/** ${String(text).replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');

function type(node, indent) {
  if (!node || typeof node !== 'object') return 'unknown';
  if (node.$ref) return node.$ref.split('/').pop();
  if (node.anyOf) return node.anyOf.map((n) => type(n, indent)).join(' | ');
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (Array.isArray(node.type)) return node.type.map((t) => type({ ...node, type: t }, indent)).join(' | ');
  switch (node.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = type(node.items, indent);
      return /[|&]/.test(item) ? `Array<${item}>` : `${item}[]`;
    }
    case 'object':
      if (node.properties) return objectBody(node, indent);
      if (node.additionalProperties) return `Record<string, ${type(node.additionalProperties, indent)}>`;
      return 'Record<string, unknown>';
    default:
      return 'unknown';
  }
}

function objectBody(node, indent) {
  const required = new Set(node.required ?? []);
  const inner = `${indent}  `;
  const fields = Object.entries(node.properties).map(
    // Optional fields may hold undefined too (as zod's output type says), for consumers with exactOptionalPropertyTypes.
    ([name, prop]) => `${doc(prop.description, inner)}${inner}${name}${required.has(name) ? `: ${type(prop, inner)}` : `?: ${type(prop, inner)} | undefined`};`,
  );
  return `{\n${fields.join('\n')}\n${indent}}`;
}

const out = [
  '// Generated from schemas/kehoach.schema.json by scripts/schema-types.js (npm run schema:write); do not edit.',
  '// The public types of kehoach documents: plain interfaces, no zod.',
  '',
];
for (const [name, def] of Object.entries(schema.$defs ?? {})) {
  out.push(`${doc(def.description, '')}export ${def.type === 'object' && def.properties ? `interface ${name} ${objectBody(def, '')}` : `type ${name} = ${type(def, '')};`}`, '');
}
process.stdout.write(out.join('\n'));
