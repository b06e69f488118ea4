import { once } from 'node:events';
import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { readLimited } from './read-limited.js';

/** Runs the CLI on `process.argv`. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  // `kehoach parse … --jsonl - | head` closes the pipe early: stop quietly, as other Unix tools do.
  // Standard output on a full disk (or any other write error): one clear line, exit 1, no stack.
  const stdoutFailed = (error: NodeJS.ErrnoException): never => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`kehoach: error could not write to standard output: ${error.message}\n`);
    process.exit(1);
  };
  process.stdout.on('error', stdoutFailed);
  const program = createProgram(
    {
      stdout: (t) => {
        try {
          return process.stdout.write(t);
        } catch (error) {
          return stdoutFailed(error as NodeJS.ErrnoException);
        }
      },
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
