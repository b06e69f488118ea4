import { CommanderError } from 'commander';
import { createProgram } from './program.js';

/** Runs the CLI on `process.argv`. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  const program = createProgram(
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      readStdin: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
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
