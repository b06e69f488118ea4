import { once } from 'node:events';
import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { readLimited } from './read-limited.js';

/** Runs the CLI on `process.argv`. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  // `kehoach parse … --jsonl - | head` closes the pipe early: stop quietly, as other Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const program = createProgram(
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      readStdin: (limit) => readLimited(process.stdin, limit),
      stdoutDrained: async () => {
        await once(process.stdout, 'drain');
      },
      isTTY: process.stderr.isTTY === true,
      onInterrupt: (handler) => {
        // The first Ctrl-C finishes the files in progress; a second one quits at once.
        const listener = (): void => {
          handler();
          process.once('SIGINT', () => process.exit(130));
        };
        process.once('SIGINT', listener);
        return () => process.off('SIGINT', listener);
      },
    },
    (code) => (process.exitCode = code),
  );
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2;
    else throw error;
  }
}
