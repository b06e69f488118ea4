#!/usr/bin/env node
// Accepts the current output of one fixture as its expected JSON, by name,
// after you have read the diff against the document. There is no "accept all".
//   npm run fixtures:accept -- hai-duong-4707-kh-ubnd-2021
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from '../dist/src/index.js';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: npm run fixtures:accept -- <fixture-name> [...]');
  process.exit(2);
}
for (const name of names) {
  const input = ['txt', 'md', 'html', 'htm', 'pdf', 'docx'].map((ext) => `fixtures/${name}.${ext}`).find((p) => existsSync(p));
  if (!input) {
    console.error(`fixtures/${name}.*: no such fixture`);
    process.exitCode = 1;
    continue;
  }
  const doc = await parse(readFileSync(input), { path: input });
  writeFileSync(`fixtures/${name}.json`, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`accepted fixtures/${name}.json (${doc.diagnostics.length} diagnostics)`);
}
