import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A library user's code, compiled with strict settings against the published declarations (dist/, built by npm test).
const consumer = `import { parse, schemaVersion, diagnosticCodes } from '${resolve('dist/src/index.js')}';
import type {
  KehoachDocument, Source, Metadata, Issuer, Signer, LegalBasis, Recipient, Instrument, OutlineNode, Table, Row, Cell,
  Goal, Target, Task, Agency, Timeframe, TimeframePhase, Responsibility, AgencyIndexEntry, Citation, Diagnostic, Quality, Span, ParseOptions,
} from '${resolve('dist/src/index.js')}';

const options: ParseOptions = { path: 'plan.txt', includeText: true };
const doc: KehoachDocument = await parse('I. MỤC TIÊU', options);
const source: Source = doc.source;
const metadata: Metadata = doc.metadata;
const issuer: Issuer | null = metadata.issuer;
const signer: Signer | null = metadata.signer;
const bases: LegalBasis[] = metadata.legalBases;
const recipients: Recipient[] = metadata.recipients;
const instrument: Instrument | null = metadata.attachedInstrument;
const nodes: OutlineNode[] = doc.outline;
const tables: Table[] = doc.tables;
const rows: Row[] = tables[0]?.rows ?? [];
const cells: Cell[] = rows[0]?.cells ?? [];
const goals: Goal[] = doc.goals;
const targets: Target[] = doc.targets;
const tasks: Task[] = doc.tasks;
const lead: Agency[] = tasks[0]?.lead ?? [];
const timeframe: Timeframe | null = tasks[0]?.timeframe ?? null;
const phases: TimeframePhase[] = timeframe?.phases ?? [];
const duties: Responsibility[] = doc.responsibilities;
const index: AgencyIndexEntry[] = doc.agencies;
const citations: Citation[] = doc.citations;
const first: Diagnostic | undefined = doc.diagnostics[0];
const all: Diagnostic[] = doc.diagnostics;
const quality: Quality | undefined = doc.quality;
const span: Span | undefined = targets[0]?.span;
const code: string = first?.code ?? '';
const known: boolean = code in diagnosticCodes;
console.log(schemaVersion, source.sha256, issuer, signer, bases, recipients, instrument, nodes, cells, goals, lead, phases, duties, index, citations, all, quality, span, known);
`;

describe('the published type declarations', () => {
  it('compile for a strict TypeScript consumer using every item type, with doc.diagnostics[] typed as Diagnostic', () => {
    expect(existsSync('dist/src/index.d.ts'), 'run npm run build first').toBe(true);
    const dir = join('test-artifacts', 'consumer');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'consumer.ts'), consumer);
    const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--skipLibCheck', 'false', '--ignoreConfig', join(dir, 'consumer.ts')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('do not reach zod: no declaration the entry point imports mentions it', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"]zod['"]|import\(['"]zod['"]\)/);
      for (const m of text.matchAll(/from ['"](\.[^'"]+)\.js['"]/g)) visit(resolve(dirname(file), `${m[1]}.d.ts`));
    };
    visit(resolve('dist/src/index.d.ts'));
    expect(seen.size).toBeGreaterThan(2);
  });

  it('are generated from the committed schema (npm run schema:write)', () => {
    const made = spawnSync('node', ['scripts/schema-types.js'], { encoding: 'utf8' });
    expect(readFileSync('src/schema/types.ts', 'utf8')).toBe(made.stdout);
  });
});
