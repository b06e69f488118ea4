import type { Reporter } from '../core/diagnostic.js';
import { guard } from '../core/guard.js';
import type { AgencyIndexEntry, Citation, Goal, Metadata, OutlineNode, Responsibility, Table, Target, Task } from '../schema/document.js';
import { indexAgencies } from './agency-index.js';
import type { LineIndex } from './line-at.js';
import { extractGoals } from './goals.js';
import { planYear } from './plan-year.js';
import { extractResponsibilities } from './responsibilities.js';
import { splitCountTargets } from './count-targets.js';
import { extractTargets } from './targets.js';
import { extractTasks } from './tasks.js';

export { extractCitations } from './citations.js';
export { indexLines, type LineIndex } from './line-at.js';
export { extractMetadata } from './metadata.js';

export interface Extracted {
  goals: Goal[];
  targets: Target[];
  countTargets: Target[];
  tasks: Task[];
  responsibilities: Responsibility[];
  agencies: AgencyIndexEntry[];
}

/** Goals, tasks, responsibilities and the agency index, from the outline and tables. */
export function extractItems(normalized: LineIndex, outline: readonly OutlineNode[], tables: readonly Table[], metadata: Metadata, citations: readonly Citation[], reporter: Reporter): Extracted {
  // Each kind of item on its own: a bug in one costs that kind only.
  const year = guard(reporter, 'plan year', null, () => planYear(metadata));
  const tasks = guard(reporter, 'tasks', [], () => extractTasks(normalized, outline, tables, year));
  const responsibilities = guard(reporter, 'responsibilities', [], () => extractResponsibilities(outline));
  const { targets, countTargets } = splitCountTargets(guard(reporter, 'targets', [], () => extractTargets(outline, tables, citations, year)));
  return {
    goals: guard(reporter, 'goals', [], () => extractGoals(outline)),
    targets,
    countTargets,
    tasks,
    responsibilities,
    agencies: guard(reporter, 'agency index', [], () => indexAgencies(tasks, responsibilities)),
  };
}
