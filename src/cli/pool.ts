import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { convert, failedResult, type ConvertJob, type ConvertResult } from './convert.js';

export interface Pool {
  run(job: ConvertJob): Promise<ConvertResult>;
  close(): Promise<void>;
}

/** Jobs each worker holds at once: while one waits on the disk, the other parses. */
const slotsPerWorker = 2;

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered, by id: their input, and where the answer goes. */
  pending: Map<number, { path: string; resolve: (result: ConvertResult) => void }>;
}

/**
 * `jobs` worker threads; with one job (or when running from TypeScript
 * sources, where there is no compiled worker) conversions run on the main
 * thread. A worker that dies fails only the files it held, and is replaced.
 */
export function createPool(jobs: number): Pool {
  const script = new URL('./worker.js', import.meta.url);
  if (jobs <= 1 || !existsSync(fileURLToPath(script))) return { run: convert, close: async () => undefined };
  let nextId = 0;
  const free: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  const all: Slot[] = [];

  const start = (): Slot => {
    // A smaller young generation keeps each thread's peak memory down on long batches at little cost in speed.
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', ({ id, result }: { id: number; result: ConvertResult }) => {
      slot.pending.get(id)?.resolve(result);
      slot.pending.delete(id);
    });
    worker.on('error', (error) => {
      for (const { path, resolve } of slot.pending.values()) resolve(failedResult(path, 'internal/worker', `the worker thread stopped: ${error.message}`));
      slot.pending.clear();
      const fresh = start();
      all[all.indexOf(slot)] = fresh;
      // The replacement takes over all of the dead worker's slots, free or busy.
      for (let i = free.length - 1; i >= 0; i--) if (free[i] === slot) free.splice(i, 1);
      for (let i = 0; i < slotsPerWorker; i++) release(fresh);
    });
    worker.unref();
    return slot;
  };
  const acquire = (): Promise<Slot> => {
    const slot = free.pop();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  };
  for (let i = 0; i < jobs; i++) all.push(start());
  for (let s = 0; s < slotsPerWorker; s++) for (const slot of all) free.push(slot);

  return {
    async run(job) {
      const slot = await acquire();
      const id = nextId++;
      try {
        return await new Promise<ConvertResult>((resolve) => {
          slot.pending.set(id, { path: job.path, resolve });
          slot.worker.ref();
          slot.worker.postMessage({ id, job });
        });
      } finally {
        if (slot.pending.size === 0) slot.worker.unref();
        if (all.includes(slot)) release(slot);
      }
    },
    async close() {
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
