/**
 * Every grammar kehoach uses, by name. Rule ids are `<grammar>.<rule>`.
 * See grammars/README.md for how to add a rule.
 */
import { citations } from './citations.js';
import { formats } from './formats.js';
import { headings } from './headings.js';
import { layout } from './layout.js';
import { metadata } from './metadata.js';
import { noise } from './noise.js';
import { sections } from './sections.js';
import { tables } from './tables.js';

export { shared } from './shared.js';

export const grammars = { citations, formats, headings, layout, metadata, noise, sections, tables } as const;
