import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool, ToolError, toolVersion, withTempDir } from './external.js';

/** How long one conversion may take before it is abandoned: under the default --timeout, so that the message says what ran late. */
const timeoutMs = 100_000;

/** Why a .doc could not be converted; the message says what to do. */
export class DocConversionError extends Error {}

export const installHint = 'Reading Word 97–2003 .doc files needs LibreOffice: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) so that `soffice` is on PATH, or save the file as .docx.';

/**
 * A Word 97–2003 .doc to .docx bytes with LibreOffice in headless mode. Each
 * call has its own temporary folder and LibreOffice profile, so worker
 * threads converting at once do not lock each other out.
 */
export async function docToDocx(bytes: Uint8Array): Promise<{ docx: Uint8Array; version: string }> {
  return withTempDir(async (dir) => {
    const input = join(dir, 'input.doc');
    await writeFile(input, bytes);
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx', '--outdir', dir, input];
    try {
      await runTool('soffice', args, { timeoutMs, env: { HOME: dir } });
    } catch (error) {
      if (!(error instanceof ToolError)) throw error;
      if (error.reason === 'missing') throw new DocConversionError(installHint);
      if (error.reason === 'timeout') throw new DocConversionError(`LibreOffice did not finish converting the .doc within ${timeoutMs / 1000} s.`);
      throw new DocConversionError(`LibreOffice could not convert the .doc (${error.message}).`);
    }
    const docx = await readFile(join(dir, 'input.docx')).catch(() => null);
    if (!docx) throw new DocConversionError('LibreOffice wrote no .docx: the file may be damaged or not a Word document.');
    // “LibreOffice 7.4.7.2 40(Build:2)”
    return { docx, version: await toolVersion('soffice', 1) };
  });
}
