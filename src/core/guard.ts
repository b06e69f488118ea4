import type { Reporter } from './diagnostic.js';

/**
 * Runs one stage of the pipeline; if it throws (a bug), reports an
 * `internal/exception` naming the stage and returns `fallback`, so the failure
 * costs that stage's output and nothing else. No stack trace in the output
 * (it would carry absolute paths into the JSON) unless KEHOACH_DEBUG is set.
 */
export function guard<T>(reporter: Reporter, stage: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    reportInternal(reporter, stage, error);
    return fallback;
  }
}

export function reportInternal(reporter: Reporter, stage: string, error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const detail = process.env['KEHOACH_DEBUG'] ? `\n${e.stack ?? ''}` : '';
  reporter.report('internal/exception', `kehoach’s ${stage} stage failed on this input (${e.name}: ${e.message}); it gave nothing, the rest of the document is kept. This is a bug: please report it with the input.${detail}`);
}
