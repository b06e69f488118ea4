import { createReadStream } from 'node:fs';

/**
 * Reads a stream up to `limit` bytes and stops there: a pipe, a FIFO or
 * /dev/zero has no size to check first. Null when there was more than `limit`.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > limit) {
      // Stop reading: destroying a file stream closes it; stdin is left to the process.
      (stream as { destroy?: () => void }).destroy?.();
      return null;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/** A file that is not a regular file (FIFO, character device), read up to `limit`. */
export function readFileLimited(path: string, limit: number): Promise<Uint8Array | null> {
  return readLimited(createReadStream(path, { highWaterMark: 1 << 20 }), limit);
}
