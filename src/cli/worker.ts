import { parentPort } from 'node:worker_threads';
import { convert, type ConvertJob } from './convert.js';

// One conversion at a time per thread; the pool keeps every thread busy.
parentPort?.on('message', (job: ConvertJob) => {
  void convert(job).then((result) => parentPort!.postMessage(result));
});
