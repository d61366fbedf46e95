// The `dicom-dump:` URIs of the read-only header documents. The path is the source file's path plus ".dump"
// (so the tab reads "file.dcm.dump" and the outline and breadcrumbs show a file), and the query carries the
// source file's URI and the variant (the full dump, or aligned by tag: without the offset column).

import * as vscode from 'vscode';

export const DUMP_SCHEME = 'dicom-dump';

export interface DumpTarget {
  readonly source: vscode.Uri;
  readonly aligned: boolean;
}

export function dumpUri(source: vscode.Uri, aligned = false): vscode.Uri {
  return vscode.Uri.from({
    scheme: DUMP_SCHEME,
    path: `${source.path}${aligned ? '.aligned' : ''}.dump`,
    query: JSON.stringify({ source: source.toString(), aligned }),
  });
}

/** The source and variant of a dump URI; undefined when the query is not one this extension wrote. */
export function parseDumpUri(uri: vscode.Uri): DumpTarget | undefined {
  if (uri.scheme !== DUMP_SCHEME) return undefined;
  try {
    const parsed = JSON.parse(uri.query) as { source?: unknown; aligned?: unknown };
    if (typeof parsed.source !== 'string') return undefined;
    return { source: vscode.Uri.parse(parsed.source, true), aligned: parsed.aligned === true };
  } catch {
    return undefined;
  }
}

export function sourceOfDumpUri(uri: vscode.Uri): vscode.Uri | undefined {
  return parseDumpUri(uri)?.source;
}
