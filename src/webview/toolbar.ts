// The controls above the table: the filter box with its match count, expand/collapse all, the keyword toggle,
// a status line for copy feedback, and a keyboard help popover. Only builds the DOM; HeaderInspector wires it.

import { element } from './dom';
import { SHORTCUTS } from './keyboard';

export interface Toolbar {
  readonly root: HTMLElement;
  readonly filter: HTMLInputElement;
  readonly matchCount: HTMLElement;
  readonly expandAll: HTMLButtonElement;
  readonly collapseAll: HTMLButtonElement;
  readonly keywordToggle: HTMLButtonElement;
  /** "Hide identity": blurs identifying values in every inspector (the privacy.hidePatientIdentity setting). */
  readonly identityToggle: HTMLButtonElement;
  readonly status: HTMLElement;
}

export function createToolbar(tableId: string): Toolbar {
  const filter = element('input', {
    attributes: {
      id: 'filter',
      type: 'text',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-label': 'Filter by tag, keyword, name or value',
      'aria-controls': tableId,
      'aria-describedby': 'match-count',
      placeholder: 'Filter: (0010,0010), keyword, name or value',
      title:
        'Filter rows by tag — (0010,0010), 0010,0010, 00100010 or a prefix such as 0010, — by keyword or name, or by value. Press / to come here, Esc to clear.',
    },
  });
  const matchCount = element('span', {
    className: 'match-count',
    attributes: { id: 'match-count', 'aria-live': 'polite' },
  });
  const button = (id: string, text: string, title: string) =>
    element('button', { className: 'tool-button', text, attributes: { id, type: 'button', title } });
  const expandAll = button('expand-all', 'Expand all', 'Expand all sequences and items (*)');
  const collapseAll = button('collapse-all', 'Collapse all', 'Collapse all sequences and items (-)');
  const keywordToggle = button('toggle-keywords', 'Keywords', 'Show keywords instead of names');
  keywordToggle.setAttribute('aria-pressed', 'false');
  const identityToggle = button(
    'toggle-identity',
    'Hide identity',
    'Hide patient identity: blur names, IDs, dates, addresses and other identifying values (D in the viewer)',
  );
  identityToggle.setAttribute('aria-pressed', 'false');
  const status = element('span', { className: 'status', attributes: { id: 'status', role: 'status' } });

  const shortcuts = element(
    'dl',
    { className: 'shortcut-list' },
    SHORTCUTS.flatMap(([keys, action]) => [element('dt', { text: keys }), element('dd', { text: action })]),
  );
  const help = element('details', { className: 'help' }, [
    element('summary', { text: 'Keys', attributes: { title: 'Keyboard shortcuts' } }),
    element('div', { className: 'help-popover' }, [shortcuts]),
  ]);

  const root = element('div', { className: 'toolbar' }, [
    element('div', { className: 'filter-box' }, [filter, matchCount]),
    expandAll,
    collapseAll,
    keywordToggle,
    identityToggle,
    status,
    help,
  ]);
  return { root, filter, matchCount, expandAll, collapseAll, keywordToggle, identityToggle, status };
}
