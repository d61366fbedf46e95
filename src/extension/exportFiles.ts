// File system steps of the exports, through vscode.workspace.fs (so remote and virtual workspaces work): every
// file is written to NAME.partial and then renamed, so a reader (or a crash) never sees a half-written image
// under its final name, and whatever fails or is cancelled removes its own .partial. Plus the folder walk of a
// batch export.

import * as path from 'node:path';
import * as vscode from 'vscode';

export const PARTIAL_SUFFIX = '.partial';

/** Removes a file if it is there; never throws (clean-up must not hide the failure that caused it). */
export async function removeQuietly(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  } catch {
    // Already gone, or not ours to remove: nothing more to do.
  }
}

/** Writes `bytes` to `target` through `target.partial`; on any failure the .partial is removed. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const partial = target.with({ path: target.path + PARTIAL_SUFFIX });
  try {
    await vscode.workspace.fs.writeFile(partial, bytes);
    await vscode.workspace.fs.rename(partial, target, { overwrite: true });
  } catch (caught) {
    await removeQuietly(partial);
    throw caught;
  }
}

export function childUri(folder: vscode.Uri, relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...relativePath.split('/'));
}

/** True when `inner` is `outer` or lies below it (same scheme and authority, path prefix by segments). */
export function isWithin(inner: vscode.Uri, outer: vscode.Uri): boolean {
  if (inner.scheme !== outer.scheme || inner.authority !== outer.authority) return false;
  const base = outer.path.endsWith('/') ? outer.path : `${outer.path}/`;
  return inner.path === outer.path || inner.path.startsWith(base);
}

export interface FolderListing {
  /** Every file below the folder, in a stable order (sorted by path). */
  readonly files: vscode.Uri[];
  /** Folders that could not be listed, with the reason. */
  readonly unreadable: { readonly uri: vscode.Uri; readonly reason: string }[];
}

/** Lists the files below `root`, leaving out `exclude` (the output folder) and symbolic links to folders (a link
 *  loop must not make the walk endless). */
export async function listFilesBelow(
  root: vscode.Uri,
  exclude: vscode.Uri | undefined,
  token: vscode.CancellationToken,
): Promise<FolderListing> {
  const files: vscode.Uri[] = [];
  const unreadable: FolderListing['unreadable'] = [];
  const walk = async (folder: vscode.Uri): Promise<void> => {
    if (token.isCancellationRequested) return;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (caught) {
      unreadable.push({ uri: folder, reason: caught instanceof Error ? caught.message : String(caught) });
      return;
    }
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, type] of entries) {
      const child = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) {
        if (type & vscode.FileType.SymbolicLink) continue;
        if (exclude && isWithin(child, exclude)) continue;
        await walk(child);
      } else if (type & vscode.FileType.File) {
        files.push(child);
      }
    }
  };
  await walk(root);
  return { files, unreadable };
}

/** `uri`'s path relative to `root`, with '/' separators (for the log and the summary). */
export function relativeTo(root: vscode.Uri, uri: vscode.Uri): string {
  const relative = path.posix.relative(root.path, uri.path);
  return relative === '' ? path.posix.basename(uri.path) : relative;
}
