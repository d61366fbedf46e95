// Key bindings of the header inspector, as pure functions from a key event to an action, so that the bindings
// are in one place (and testable) and the DOM code only carries the actions out.
//
// Ctrl+F inside a webview belongs to VS Code's find widget, so the filter is focused with "/" (as on many web
// sites); the host can also send the focusFilter command from a keybinding of its own.

import type { CopyField } from '../shared/protocol';

/** The fields of a KeyboardEvent the bindings look at. */
export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** Physical key; only consulted with Alt held, where macOS turns the letter into another character. */
  readonly code?: string;
}

export type TableAction =
  | { readonly type: 'move'; readonly to: 'up' | 'down' | 'pageUp' | 'pageDown' | 'home' | 'end' }
  | { readonly type: 'expandOrFirstChild' }
  | { readonly type: 'collapseOrParent' }
  | { readonly type: 'toggle' }
  | { readonly type: 'expandAll' }
  | { readonly type: 'collapseAll' }
  | { readonly type: 'copy'; readonly field: CopyField };

const MOVES: Readonly<Record<string, 'up' | 'down' | 'pageUp' | 'pageDown' | 'home' | 'end'>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Home: 'home',
  End: 'end',
};

/** Ctrl on Windows/Linux, Cmd on macOS: accepting either keeps this free of platform sniffing. */
const primary = (event: KeyInput): boolean => event.ctrlKey || event.metaKey;

/** Keys pressed while the tree table has focus. */
export function tableKeyAction(event: KeyInput): TableAction | undefined {
  const isC = event.key.toLowerCase() === 'c' || (event.altKey && event.code === 'KeyC');
  if (primary(event) && isC) {
    if (event.shiftKey && !event.altKey) return { type: 'copy', field: 'tag' };
    if (event.altKey && !event.shiftKey) return { type: 'copy', field: 'keyword' };
    if (!event.altKey && !event.shiftKey) return { type: 'copy', field: 'value' };
    return undefined;
  }
  if (primary(event) || event.altKey) return undefined;
  const move = MOVES[event.key];
  if (move) return event.shiftKey ? undefined : { type: 'move', to: move };
  switch (event.key) {
    case 'ArrowRight':
      return { type: 'expandOrFirstChild' };
    case 'ArrowLeft':
      return { type: 'collapseOrParent' };
    case 'Enter':
    case ' ':
      return { type: 'toggle' };
    case '*':
      return { type: 'expandAll' };
    case '-':
      return { type: 'collapseAll' };
    default:
      return undefined;
  }
}

export type FilterAction = 'clear' | 'leave' | 'toTable';

/** Keys pressed in the filter box. `leave` moves to the table when Escape finds the box already empty. */
export function filterKeyAction(event: KeyInput, filterText: string): FilterAction | undefined {
  if (primary(event) || event.altKey || event.shiftKey) return undefined;
  if (event.key === 'Escape') return filterText === '' ? 'leave' : 'clear';
  if (event.key === 'ArrowDown' || event.key === 'Enter') return 'toTable';
  return undefined;
}

/** Keys anywhere in the inspector, except while typing into a text field. */
export function globalKeyAction(event: KeyInput, typingInTextField: boolean): 'focusFilter' | undefined {
  if (typingInTextField || primary(event) || event.altKey) return undefined;
  return event.key === '/' ? 'focusFilter' : undefined;
}

/** Shortcut list shown in the help popover and in titles. */
export const SHORTCUTS: readonly (readonly [keys: string, action: string])[] = [
  ['/', 'Focus the filter'],
  ['Esc (in filter)', 'Clear the filter; again to go back to the table'],
  ['↓ or Enter (in filter)', 'Go to the table'],
  ['↑ ↓ PgUp PgDn Home End', 'Move between rows'],
  ['→ / ←', 'Expand / collapse; go to first child / parent'],
  ['Enter or Space', 'Expand or collapse the row'],
  ['* / -', 'Expand all / collapse all'],
  ['Ctrl+C (⌘C)', 'Copy value'],
  ['Ctrl+Shift+C (⇧⌘C)', 'Copy tag'],
  ['Ctrl+Alt+C (⌥⌘C)', 'Copy keyword'],
];
