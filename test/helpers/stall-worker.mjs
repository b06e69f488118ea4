// A stand-in for src/cli/worker.ts that never finishes a file whose path starts with "stall":
// slow by construction, so the pool's time budget can be tested without reading the clock.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, job }) => {
  parentPort.postMessage({ id, started: true });
  if (job.path.startsWith('stall')) for (;;);
  parentPort.postMessage({ id, result: { path: job.path, status: 'ok', errors: [], bytes: 0, targets: 0, countTargets: 0, tasks: 0, needsReview: false, diagnostics: {} } });
});
