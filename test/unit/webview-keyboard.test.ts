// Key bindings of the header inspector (src/webview/keyboard.ts).

import * as assert from 'node:assert/strict';
import type { KeyInput } from '../../src/webview/keyboard';
import { filterKeyAction, globalKeyAction, tableKeyAction } from '../../src/webview/keyboard';

const key = (name: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('webview keyboard', () => {
  it('moves with the arrow and paging keys', () => {
    assert.deepEqual(tableKeyAction(key('ArrowUp')), { type: 'move', to: 'up' });
    assert.deepEqual(tableKeyAction(key('ArrowDown')), { type: 'move', to: 'down' });
    assert.deepEqual(tableKeyAction(key('PageUp')), { type: 'move', to: 'pageUp' });
    assert.deepEqual(tableKeyAction(key('PageDown')), { type: 'move', to: 'pageDown' });
    assert.deepEqual(tableKeyAction(key('Home')), { type: 'move', to: 'home' });
    assert.deepEqual(tableKeyAction(key('End')), { type: 'move', to: 'end' });
  });

  it('expands, collapses and toggles', () => {
    assert.deepEqual(tableKeyAction(key('ArrowRight')), { type: 'expandOrFirstChild' });
    assert.deepEqual(tableKeyAction(key('ArrowLeft')), { type: 'collapseOrParent' });
    assert.deepEqual(tableKeyAction(key('Enter')), { type: 'toggle' });
    assert.deepEqual(tableKeyAction(key(' ')), { type: 'toggle' });
    assert.deepEqual(tableKeyAction(key('*')), { type: 'expandAll' });
    assert.deepEqual(tableKeyAction(key('-')), { type: 'collapseAll' });
  });

  it('copies value, tag and keyword with Ctrl or Cmd', () => {
    assert.deepEqual(tableKeyAction(key('c', { ctrlKey: true })), { type: 'copy', field: 'value' });
    assert.deepEqual(tableKeyAction(key('c', { metaKey: true })), { type: 'copy', field: 'value' });
    assert.deepEqual(tableKeyAction(key('C', { ctrlKey: true, shiftKey: true })), {
      type: 'copy',
      field: 'tag',
    });
    assert.deepEqual(tableKeyAction(key('c', { ctrlKey: true, altKey: true })), {
      type: 'copy',
      field: 'keyword',
    });
    // macOS turns Option+C into "ç"; the physical key still says C.
    assert.deepEqual(tableKeyAction({ ...key('ç', { metaKey: true, altKey: true }), code: 'KeyC' }), {
      type: 'copy',
      field: 'keyword',
    });
  });

  it('leaves other keys to VS Code', () => {
    assert.equal(tableKeyAction(key('p', { ctrlKey: true, shiftKey: true })), undefined);
    assert.equal(tableKeyAction(key('ArrowDown', { altKey: true })), undefined);
    assert.equal(tableKeyAction(key('a')), undefined);
    assert.equal(tableKeyAction(key('F1')), undefined);
  });

  it('handles Escape, Enter and ArrowDown in the filter box', () => {
    assert.equal(filterKeyAction(key('Escape'), 'abc'), 'clear');
    assert.equal(filterKeyAction(key('Escape'), ''), 'leave');
    assert.equal(filterKeyAction(key('Enter'), 'abc'), 'toTable');
    assert.equal(filterKeyAction(key('ArrowDown'), 'abc'), 'toTable');
    assert.equal(filterKeyAction(key('a'), 'abc'), undefined);
  });

  it('focuses the filter with "/" unless the user is typing', () => {
    assert.equal(globalKeyAction(key('/'), false), 'focusFilter');
    assert.equal(globalKeyAction(key('/'), true), undefined);
    assert.equal(globalKeyAction(key('/', { ctrlKey: true }), false), undefined);
  });
});
