import type { NormalizedText } from '../normalize/types.js';
import type { AgencyIndexEntry, Citation, Goal, Metadata, OutlineNode, Responsibility, Table, Target, Task } from '../schema/document.js';
import { indexAgencies } from './agency-index.js';
import { extractGoals } from './goals.js';
import { planYear } from './plan-year.js';
import { extractResponsibilities } from './responsibilities.js';
import { extractTargets } from './targets.js';
import { extractTasks } from './tasks.js';

export { extractCitations } from './citations.js';
export { extractMetadata } from './metadata.js';

export interface Extracted {
  goals: Goal[];
  targets: Target[];
  tasks: Task[];
  responsibilities: Responsibility[];
  agencies: AgencyIndexEntry[];
}

/** Goals, tasks, responsibilities and the agency index, from the outline and tables. */
export function extractItems(normalized: NormalizedText, outline: readonly OutlineNode[], tables: readonly Table[], metadata: Metadata, citations: readonly Citation[]): Extracted {
  const year = planYear(metadata);
  const tasks = extractTasks(normalized, outline, tables, year);
  const responsibilities = extractResponsibilities(outline);
  return { goals: extractGoals(outline), targets: extractTargets(outline, tables, citations, year), tasks, responsibilities, agencies: indexAgencies(tasks, responsibilities) };
}
