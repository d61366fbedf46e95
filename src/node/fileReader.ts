// A RandomAccessReader over a local file, with positioned reads on one open file handle: what the CLI and the
// extension host use to parse big files without loading them (src/dicom/io/rangedParse.ts). Node only, so it
// lives outside src/dicom, which must stay free of Node modules for the webview and browser-worker bundles.

import { open } from 'node:fs/promises';
import type { RandomAccessReader } from '../dicom/io/reader';

/** A reader that holds an open file: close it when done. */
export interface FileReader extends RandomAccessReader {
  close(): Promise<void>;
}

/** Opens `path` for positioned reads. The size is the file's size when opened: if the file shrinks later, reads
 *  return fewer bytes (and the ranged parser and frame reader report them as cut short). */
export async function openFileReader(path: string): Promise<FileReader> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(offset, length) {
        const from = Math.max(0, Math.min(offset, size));
        const count = Math.max(0, Math.min(offset + length, size) - from);
        const buffer = new Uint8Array(count);
        let done = 0;
        while (done < count) {
          const { bytesRead } = await handle.read(buffer, done, count - done, from + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return done === count ? buffer : buffer.subarray(0, done);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
