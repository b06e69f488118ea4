import { parentPort } from 'node:worker_threads';
import { convert, type ConvertJob } from './convert.js';

// Jobs arrive with an id and may overlap (one reading or writing while another parses).
parentPort?.on('message', ({ id, job }: { id: number; job: ConvertJob }) => {
  // The file's time budget starts now, not while it waited behind another file on this thread.
  parentPort!.postMessage({ id, started: true });
  void convert(job).then((result) => parentPort!.postMessage({ id, result }));
});
