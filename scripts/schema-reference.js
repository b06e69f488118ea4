#!/usr/bin/env node
// Writes the field reference (docs/schema.md) from the published JSON Schema, so the two cannot drift:
//   node scripts/schema-reference.js > docs/schema.md     (npm run schema:write does both)
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schemas/kehoach.schema.json', import.meta.url), 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(node) {
  if (!node || typeof node !== 'object') return '';
  if (node.$ref) {
    const name = node.$ref.split('/').pop();
    return `[${name}](#${name.toLowerCase()})`;
  }
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.enum) return node.enum.map((v) => (v === null ? 'null' : `\`${v}\``)).join(', ');
  if (node.const !== undefined) return `\`${node.const}\``;
  if (node.type === 'array') return `array of ${typeOf(node.items)}`;
  if (node.type === 'object' && node.properties) return 'object (below)';
  if (node.type === 'object' && node.additionalProperties) return `map of ${typeOf(node.additionalProperties)}`;
  const format = node.format ? ` (${node.format})` : '';
  return `${node.type ?? 'any'}${format}`;
}

const lines = [
  '# kehoach output: field reference',
  '',
  `Generated from \`schemas/kehoach.schema.json\` (${schema.$id}) by \`scripts/schema-reference.js\`; do not edit by hand.`,
  'Every item with a `span` can be found in `source.text` (with `--text`): `text.slice(span.offset, span.offset + span.length)`.',
  '',
];
const defs = Object.entries(schema.$defs ?? {});
const ordered = [...defs.filter(([n]) => n === 'KehoachDocument'), ...defs.filter(([n]) => n !== 'KehoachDocument')];
for (const [name, def] of ordered) {
  lines.push(`## ${name}`, '');
  if (def.description) lines.push(cell(def.description), '');
  if (!def.properties) {
    lines.push(`${typeOf(def)}`, '');
    continue;
  }
  const rows = [];
  const visit = (node, prefix) => {
    const required = new Set(node.required ?? []);
    for (const [prop, value] of Object.entries(node.properties ?? {})) {
      rows.push(`| \`${prefix}${prop}\` | ${cell(typeOf(value))} | ${required.has(prop) ? 'yes' : 'no'} | ${cell(value.description)} |`);
      const inner = value.type === 'array' ? value.items : value.anyOf?.find((a) => a.type === 'object') ?? value;
      if (inner?.type === 'object' && inner.properties) visit(inner, `${prefix}${prop}${value.type === 'array' ? '[]' : ''}.`);
    }
  };
  visit(def, '');
  lines.push('| field | type | always present | meaning |', '| --- | --- | --- | --- |', ...rows, '');
}
process.stdout.write(`${lines.join('\n')}`);
