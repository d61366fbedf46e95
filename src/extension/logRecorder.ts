// The output channel, with its last lines kept in memory so the in-host tests can check what was logged (that no
// file content reaches the log). Bounded, so a long session costs a few kilobytes at most.

import type * as vscode from 'vscode';

const KEPT_LINES = 500;
const LOGGING_METHODS = new Set([
  'trace',
  'debug',
  'info',
  'warn',
  'error',
  'append',
  'appendLine',
  'replace',
]);

export interface RecordedLog {
  readonly log: vscode.LogOutputChannel;
  /** The most recent lines logged, oldest first, each as "<level> <text>". */
  lines(): readonly string[];
}

export function recordingLog(channel: vscode.LogOutputChannel): RecordedLog {
  const kept: string[] = [];
  const log = new Proxy(channel, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !LOGGING_METHODS.has(property) || typeof value !== 'function') {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (...args: unknown[]) => {
        kept.push(
          `${property} ${args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ')}`,
        );
        if (kept.length > KEPT_LINES) kept.splice(0, kept.length - KEPT_LINES);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { log, lines: () => [...kept] };
}
