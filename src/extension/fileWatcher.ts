// Watches the one file a document shows, through VS Code's file watcher (any scheme whose file system provider
// can watch: local files, remote and virtual workspaces), and says what happened once the writes have settled:
// a file being written grows in several steps, each an event, so a burst is one 'changed' after a quiet spell.
// A delete is checked with a stat after the quiet spell too: an editor saving "atomically" deletes and
// re-creates, which is a change, not a delete.

import * as vscode from 'vscode';

export type FileEvent = 'changed' | 'deleted';

/** How long the file must stay quiet before it is read again. */
export const FILE_QUIET_MS = 300;

export function watchFile(
  uri: vscode.Uri,
  onEvent: (event: FileEvent) => void,
  quietMs = FILE_QUIET_MS,
): vscode.Disposable {
  const slash = uri.path.lastIndexOf('/');
  const folder = uri.with({ path: uri.path.slice(0, Math.max(1, slash)) });
  const name = uri.path.slice(slash + 1);
  let watcher: vscode.FileSystemWatcher;
  try {
    // A name with glob characters ("scan[1].dcm") cannot be a pattern of itself: watch the folder's files then
    // (the events are filtered by path below).
    const pattern = /[*?[\]{}!]/.test(name) ? '*' : name;
    watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
  } catch {
    // A scheme that cannot be watched: the document simply does not follow its file.
    return new vscode.Disposable(() => undefined);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const settle = async () => {
    timer = undefined;
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    // Events that arrived during the stat re-armed the timer: the newest state wins then.
    if (!disposed && timer === undefined) onEvent(exists ? 'changed' : 'deleted');
  };
  const poke = (changed: vscode.Uri) => {
    if (disposed || changed.path !== uri.path) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void settle(), quietMs);
  };
  const subscriptions = [
    watcher,
    watcher.onDidChange(poke),
    watcher.onDidCreate(poke),
    watcher.onDidDelete(poke),
  ];
  return new vscode.Disposable(() => {
    disposed = true;
    if (timer !== undefined) clearTimeout(timer);
    subscriptions.forEach((subscription) => subscription.dispose());
  });
}
