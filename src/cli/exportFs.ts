// The file system as the export command sees it: a few calls, so tests can watch them and the command never
// touches `fs` directly. Writes go to NAME.partial and are renamed into place, so a crash, an error or Ctrl-C
// never leaves a half-written file under its final name (the partial file is removed on error and on SIGINT).

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ExportFs {
  readFile(file: string): Uint8Array;
  /** 'file', 'directory', or undefined when missing or something else (a socket…). Follows symlinks. */
  kind(file: string): 'file' | 'directory' | undefined;
  /** Entry names of a directory (not sorted). */
  list(dir: string): string[];
  mkdirp(dir: string): void;
  writeFile(file: string, bytes: Uint8Array): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
}

export const nodeExportFs: ExportFs = {
  readFile: (file) => fs.readFileSync(file),
  kind: (file) => {
    try {
      const stat = fs.statSync(file);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
    } catch {
      return undefined;
    }
  },
  list: (dir) => fs.readdirSync(dir),
  mkdirp: (dir) => void fs.mkdirSync(dir, { recursive: true }),
  writeFile: (file, bytes) => fs.writeFileSync(file, bytes),
  rename: (from, to) => fs.renameSync(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
};

/** Partial files being written right now, for the SIGINT handler to remove. */
const pending = new Set<string>();

export const PARTIAL_SUFFIX = '.partial';

/** Writes `bytes` to `target` through `target.partial` and a rename; creates the parent folders. */
export function writeAtomically(io: ExportFs, target: string, bytes: Uint8Array): void {
  io.mkdirp(path.dirname(target));
  const partial = target + PARTIAL_SUFFIX;
  pending.add(partial);
  try {
    io.writeFile(partial, bytes);
    io.rename(partial, target);
  } catch (caught) {
    try {
      io.remove(partial);
    } catch {
      // Nothing more can be done; the original error says what went wrong.
    }
    throw caught;
  } finally {
    pending.delete(partial);
  }
}

/** Removes the partial files of writes in progress (Ctrl-C during a write). Synchronous, for signal handlers. */
export function removePendingPartials(io: ExportFs = nodeExportFs): void {
  for (const partial of pending) {
    try {
      io.remove(partial);
    } catch {
      // Best effort while exiting.
    }
  }
  pending.clear();
}
