import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cleanUpAfterAllThreadsSync, cleanUpAfterThread } from '../decode/external.js';
import { convert, failedResult, type ConvertJob, type ConvertResult } from './convert.js';
import { defaultTimeoutSeconds } from './defaults.js';

export interface Pool {
  /** Runs a job on a worker; `bytes` (its input's size) counts towards `growEvery`. */
  run(job: ConvertJob, bytes?: number): Promise<ConvertResult>;
  /** Worker threads started so far (replacements for stopped ones not counted). */
  size(): number;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Each file's time budget from the moment its worker takes it; past it the worker is stopped and the file fails with `decode/timeout`. */
  timeoutMs?: number;
  /** The worker script (tests hand in their own); by default the compiled worker.js beside this file. */
  script?: URL;
  /**
   * Start with one worker and add the next (up to `jobs`) each time the input handed to the pool
   * passes another this many bytes. Unset: every worker starts at once.
   */
  growEvery?: number;
}

export { defaultTimeoutSeconds } from './defaults.js';

/** Jobs each worker holds at once: while one waits on the disk, the other parses. */
const slotsPerWorker = 2;

interface PendingJob {
  job: ConvertJob;
  resolve: (result: ConvertResult) => void;
  /** The budget's timer, started when the worker says it has taken the job. */
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered, by id: their input, and where the answer goes. */
  pending: Map<number, PendingJob>;
}

/**
 * Worker threads run the conversions, so that a file that runs past its time
 * budget can be stopped: its worker is terminated and replaced, the file
 * fails with `decode/timeout`, and the other file that worker held is sent
 * again to the replacement. When running from TypeScript sources (there is
 * no compiled worker) conversions run on the main thread, without a budget.
 * A worker that dies fails only the files it held, and is replaced.
 */
export function createPool(jobs: number, options: PoolOptions = {}): Pool {
  const script = options.script ?? new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return { run: convert, size: () => 1, close: async () => undefined };
  const timeoutMs = options.timeoutMs ?? defaultTimeoutSeconds * 1000;
  const workers = Math.max(1, jobs);
  let nextId = 0;
  const free: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  const all: Slot[] = [];

  const send = (slot: Slot, id: number, pending: PendingJob): void => {
    slot.pending.set(id, pending);
    slot.worker.ref();
    slot.worker.postMessage({ id, job: pending.job });
  };
  const answer = (slot: Slot, id: number, result: ConvertResult): void => {
    const pending = slot.pending.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    slot.pending.delete(id);
    if (slot.pending.size === 0) slot.worker.unref();
    pending.resolve(result);
  };
  /** Stops a worker and puts a fresh one in its place, in every slot it held; `resend` jobs go to the fresh one. */
  const replace = (slot: Slot, resend: Array<[number, PendingJob]>): void => {
    slot.worker.removeAllListeners();
    stop(slot.worker);
    const fresh = start();
    all[all.indexOf(slot)] = fresh;
    for (const [id, pending] of resend) send(fresh, id, { job: pending.job, resolve: pending.resolve });
    // The replacement takes over all of the old worker's slots, free or busy.
    for (let i = free.length - 1; i >= 0; i--) if (free[i] === slot) free.splice(i, 1);
    for (let i = 0; i < slotsPerWorker; i++) release(fresh);
  };
  /** Terminating a thread skips its `finally` blocks: what its conversions left (temporary folders, programs still running) is removed from here. */
  const stopping = new Set<Promise<void>>();
  const stop = (worker: Worker): void => {
    const thread = worker.threadId;
    const done = worker
      .terminate()
      .then(() => cleanUpAfterThread(thread))
      .catch(() => undefined)
      .finally(() => stopping.delete(done));
    stopping.add(done);
  };
  const timeOut = (slot: Slot, id: number): void => {
    const late = slot.pending.get(id);
    if (!late) return;
    slot.pending.delete(id);
    const others = [...slot.pending];
    for (const [, pending] of others) clearTimeout(pending.timer);
    slot.pending.clear();
    replace(slot, others);
    late.resolve(failedResult(late.job.path, 'decode/timeout', `reading the file took longer than ${formatSeconds(timeoutMs)} (--timeout); it was stopped`));
  };

  const start = (): Slot => {
    // A smaller young generation keeps each thread's peak memory down on long batches at little cost in speed.
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; started?: boolean; result?: ConvertResult }) => {
      if (message.started) {
        const pending = slot.pending.get(message.id);
        if (pending) pending.timer = setTimeout(() => timeOut(slot, message.id), timeoutMs);
        return;
      }
      if (message.result) answer(slot, message.id, message.result);
    });
    worker.on('error', (error) => {
      const held = [...slot.pending.values()];
      slot.pending.clear();
      replace(slot, []);
      for (const { job, resolve, timer } of held) {
        clearTimeout(timer);
        resolve(failedResult(job.path, 'internal/worker', `the worker thread stopped: ${error.message}`));
      }
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
  // An exit mid-conversion (a second Ctrl-C) ends the threads without their `finally` blocks.
  process.once('exit', cleanUpAfterAllThreadsSync);
  for (let i = 0; i < (options.growEvery ? 1 : workers); i++) all.push(start());
  for (let s = 0; s < slotsPerWorker; s++) for (const slot of all) free.push(slot);
  let submitted = 0;

  return {
    async run(job, bytes = 0) {
      submitted += bytes;
      if (options.growEvery && all.length < workers && submitted > all.length * options.growEvery) {
        const slot = start();
        all.push(slot);
        for (let s = 0; s < slotsPerWorker; s++) release(slot);
      }
      const slot = await acquire();
      const id = nextId++;
      // The job may end on another worker (its own was stopped for another file): the slot it was given goes back either way.
      const result = await new Promise<ConvertResult>((resolve) => send(slot, id, { job, resolve }));
      if (all.includes(slot)) release(slot);
      return result;
    },
    size: () => all.length,
    async close() {
      for (const slot of all) stop(slot.worker);
      await Promise.all([...stopping]);
      process.off('exit', cleanUpAfterAllThreadsSync);
    },
  };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
