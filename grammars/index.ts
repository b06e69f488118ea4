/**
 * Every grammar kehoach uses, by name. Rule ids are `<grammar>.<rule>`.
 * See grammars/README.md for how to add a rule.
 */
import { agencies } from './agencies.js';
import { citations } from './citations.js';
import { formats } from './formats.js';
import { headings } from './headings.js';
import { layout } from './layout.js';
import { metadata } from './metadata.js';
import { noise } from './noise.js';
import { nonTargets } from './non-targets.js';
import { sections } from './sections.js';
import { tables } from './tables.js';
import { targets } from './targets.js';
import { tasks } from './tasks.js';
import { timeframes } from './timeframes.js';

export { shared } from './shared.js';

export const grammars = { agencies, citations, formats, headings, layout, metadata, noise, nonTargets, sections, tables, targets, tasks, timeframes } as const;
