import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { convert, type ConvertJob, type ConvertResult } from './convert.js';

export interface Pool {
  run(job: ConvertJob): Promise<ConvertResult>;
  close(): Promise<void>;
}

/**
 * `jobs` worker threads, each converting one file at a time; with one job (or
 * when running from TypeScript sources, where there is no compiled worker) the
 * conversion runs on the main thread.
 */
export function createPool(jobs: number): Pool {
  const script = new URL('./worker.js', import.meta.url);
  if (jobs <= 1 || !existsSync(fileURLToPath(script))) return { run: convert, close: async () => undefined };
  // A smaller young generation keeps each thread's peak memory down on long batches at little cost in speed.
  const spawn = (): Worker => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all: Worker[] = [];
  for (let i = 0; i < jobs; i++) {
    const worker = spawn();
    worker.unref();
    all.push(worker);
    idle.push(worker);
  }
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    return w ? Promise.resolve(w) : new Promise((res) => waiting.push(res));
  };
  const release = (w: Worker): void => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  return {
    async run(job) {
      let worker = await acquire();
      try {
        return await new Promise<ConvertResult>((res, rej) => {
          const onError = (error: Error): void => rej(error);
          worker.once('error', onError);
          worker.once('message', (result: ConvertResult) => {
            worker.off('error', onError);
            res(result);
          });
          worker.ref();
          worker.postMessage(job);
        });
      } catch (error) {
        // A worker that died (out of memory, say) fails only its own file and is replaced.
        void worker.terminate();
        const fresh = spawn();
        all[all.indexOf(worker)] = fresh;
        worker = fresh;
        return { path: job.path, status: 'failed', failure: { code: 'internal/worker', message: (error as Error).message, line: 1 }, errors: [], bytes: 0, targets: 0, tasks: 0, diagnostics: {} };
      } finally {
        worker.unref();
        release(worker);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
