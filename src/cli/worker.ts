import { parentPort } from 'node:worker_threads';
import { convert, type ConvertJob } from './convert.js';

// Jobs arrive with an id, up to two at a time; they run one after the other, so that a file's time budget
// starts when its own parse starts, never while the other file on this thread is being parsed.
let queue: Promise<void> = Promise.resolve();
// The pipeline starts loading with the thread, while the first job's file is still being read.
if (parentPort) void import('../pipeline.js').catch(() => undefined);
parentPort?.on('message', ({ id, job }: { id: number; job: ConvertJob }) => {
  queue = queue.then(async () => {
    parentPort!.postMessage({ id, started: true });
    parentPort!.postMessage({ id, result: await convert(job) });
  });
});
