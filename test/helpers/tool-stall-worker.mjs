// A stand-in for src/cli/worker.ts whose file runs an external program (a shell that starts a second process)
// in a kehoach temporary folder, then never finishes: what the pool must clean up when it stops the thread.
// The job's path is the marker that names those processes (`sleep MARKER`), so that the test can look for them.
import { execFileSync } from 'node:child_process';
import { parentPort } from 'node:worker_threads';
import { runTool, withTempDir } from '../../dist/src/decode/external.js';

const running = (marker) => {
  try {
    return execFileSync('pgrep', ['-f', `sleep ${marker}`], { encoding: 'utf8' }).trim().split('\n').length;
  } catch {
    return 0;
  }
};

parentPort.on('message', ({ id, job }) => {
  void withTempDir(async () => {
    const tool = runTool('sh', ['-c', `sleep ${job.path} & sleep ${job.path}`], { timeoutMs: 3_600_000 });
    // The shell and both of its processes exist before the budget starts, so the test sees a real leftover if cleaning fails.
    while (running(job.path) < 3);
    parentPort.postMessage({ id, started: true });
    // A parse stuck in a loop: the thread can only be terminated, and no `finally` of it runs.
    for (;;);
    await tool;
  });
});
