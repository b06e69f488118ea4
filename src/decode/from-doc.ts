import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How long one conversion may take before it is abandoned. */
const timeoutMs = 120_000;

/** Why a .doc could not be converted; the message says what to do. */
export class DocConversionError extends Error {}

export const installHint = 'Reading Word 97–2003 .doc files needs LibreOffice: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) so that `soffice` is on PATH, or save the file as .docx.';

/**
 * A Word 97–2003 .doc to .docx bytes with LibreOffice in headless mode. Each
 * call has its own temporary folder and LibreOffice profile, so worker
 * threads converting at once do not lock each other out.
 */
export async function docToDocx(bytes: Uint8Array): Promise<{ docx: Uint8Array; version: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-doc-'));
  try {
    const input = join(dir, 'input.doc');
    await writeFile(input, bytes);
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx', '--outdir', dir, input];
    try {
      await run('soffice', args, { timeout: timeoutMs, env: { ...process.env, HOME: dir } });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { killed?: boolean };
      if (e.code === 'ENOENT') throw new DocConversionError(installHint);
      if (e.killed) throw new DocConversionError(`LibreOffice did not finish converting the .doc within ${timeoutMs / 1000} s.`);
      throw new DocConversionError(`LibreOffice could not convert the .doc (${e.message.split('\n')[0]}).`);
    }
    const docx = await readFile(join(dir, 'input.docx')).catch(() => null);
    if (!docx) throw new DocConversionError('LibreOffice wrote no .docx: the file may be damaged or not a Word document.');
    return { docx, version: await libreOfficeVersion() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let version: Promise<string> | null = null;

/** “7.4.7.2”, from `soffice --version`, asked once. */
function libreOfficeVersion(): Promise<string> {
  version ??= run('soffice', ['--version'], { timeout: 30_000 })
    .then(({ stdout }) => stdout.trim().split(' ')[1] ?? 'unknown')
    .catch(() => 'unknown');
  return version;
}
