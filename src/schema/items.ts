import { z } from 'zod';
import { Level, Span } from './span.js';

/** What extraction adds: agencies, timeframes, goals, targets, tasks, responsibilities and the agency index. */
export const Agency = z
  .object({
    name: z.string().describe('As written.'),
    canonical: z.string().describe('Abbreviations expanded, sentence case.'),
    level: Level,
    note: z.string().optional().describe('A role note written with the name, in brackets or after a dash: “cơ quan thường trực”, “chủ trì phần chính sách”.'),
    span: Span,
  })
  .meta({ id: 'Agency' });

const TimeframeFields = {
  text: z.string().describe('As written.'),
  start: z.iso.date().nullable().describe('First day; null when open or unknown.'),
  end: z.iso.date().nullable().describe('Last day; null when open-ended or recurring.'),
  recurrence: z.string().nullable().describe('“thường xuyên”, “hằng năm”, “mỗi tháng 01 lần”, “khi có yêu cầu”, “theo lộ trình”, …'),
  inferred: z.boolean().describe('True when the year was not written and the plan’s year was used (“Quý I”, “Cả năm”).'),
};

export const TimeframePhase = z
  .object({ label: z.string().nullable().describe('“Ban hành Kế hoạch”, “cấp huyện”, …'), ...TimeframeFields })
  .meta({ id: 'TimeframePhase' });

export const Timeframe = z
  .object({
    ...TimeframeFields,
    phases: z.array(TimeframePhase).describe('Present (non-empty) when one cell holds several phases; start/end then span all of them.'),
  })
  .meta({ id: 'Timeframe' });

export const Goal = z
  .object({ id: z.string(), kind: z.enum(['purpose', 'requirement', 'general', 'specific']), text: z.string(), nodeId: z.string(), span: Span })
  .meta({ id: 'Goal' });

export const Target = z
  .object({
    id: z.string(),
    text: z.string(),
    subject: z.string().nullable(),
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    comparator: z.enum(['>=', '<=', '=', '>', '<', 'range']),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease', 'reach']),
    scope: z.string().nullable(),
    deadline: z.string().nullable().describe('A year (“2025”) or an ISO date.'),
    deadlineSource: z.enum(['stated', 'heading', 'plan']).nullable().describe('Stated in the sentence; from a governing line such as “Đến năm 2025:”; or the year of the plan itself.'),
    baseline: z.string().nullable().describe('What the change is measured against: “năm 2023”.'),
    nodeId: z.string().nullable(),
    rowId: z.string().nullable(),
    span: Span,
    clauseSpan: Span.optional().describe(
      'Present when several targets share one long clause: `text` and `span` are then this target’s own part of it, and this span is the whole clause (in source.text), so the clause is not repeated in each target.',
    ),
  })
  .meta({ id: 'Target' });

export const Task = z
  .object({
    id: z.string(),
    text: z.string(),
    lead: z.array(Agency),
    coordinating: z.array(Agency),
    timeframe: Timeframe.nullable(),
    output: z.string().nullable(),
    note: z.string().nullable(),
    group: z.string().nullable(),
    source: z.enum(['table', 'list', 'section']).describe('An appendix row; a list item with “Cơ quan chủ trì:” lines; a leaf of a task section (no agencies given).'),
    attributesFrom: z.string().nullable().describe('When agencies and timeframe come from a block shared by several items (“Cơ quan chủ trì các nhiệm vụ: …”), the outline id of that block’s first line.'),
    nodeId: z.string().nullable(),
    rowId: z.string().nullable(),
    span: Span,
    parts: z.array(Span).optional().describe('Present when the task’s row continues across a page break: `text` is the parts’ slices joined by one space.'),
  })
  .meta({ id: 'Task' });

export const AgencyIndexEntry = z
  .object({
    canonical: z.string(),
    level: z.enum(['central', 'province', 'district', 'commune']).nullable(),
    names: z.array(z.string()).describe('Every way the document writes it.'),
    leadTaskIds: z.array(z.string()),
    coordinatingTaskIds: z.array(z.string()),
    responsibilityIds: z.array(z.string()),
  })
  .meta({ id: 'AgencyIndexEntry' });

export const Responsibility = z
  .object({ id: z.string(), agency: Agency, duties: z.array(z.string()), nodeId: z.string(), span: Span })
  .meta({ id: 'Responsibility' });
