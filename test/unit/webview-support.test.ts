// The smaller pure parts of the header inspector: cell text, saved view state, and host message checks.

import * as assert from 'node:assert/strict';
import type { HeaderModel, TagRow } from '../../src/shared/protocol';
import { lengthText, nameText, nameTitle, tagTitle, valueTitle, vmText } from '../../src/webview/cellText';
import { findTagRange, findTextRange, highlightNeedles } from '../../src/webview/highlight';
import { checkHostMessage } from '../../src/webview/hostMessages';
import { parseFilterQuery } from '../../src/webview/filter';
import { DEFAULT_VIEW_STATE, modelFingerprint, sanitizeViewState } from '../../src/webview/state';
import { emptySummary, patientNameRow } from './helpers/sampleRows';

const element: TagRow = patientNameRow;
const item: TagRow = {
  ...element,
  id: 1,
  kind: 'item',
  tag: '(FFFE,E000)',
  keyword: '',
  name: 'Item #1',
  vm: 0,
};

const model = (rows: TagRow[]): HeaderModel => ({
  fileName: 'a.dcm',
  rows,
  errors: [],
  summary: emptySummary,
});

describe('webview cell text', () => {
  it('shows undefined length as "undefined"', () => {
    assert.equal(lengthText(-1), 'undefined');
    assert.equal(lengthText(0), '0');
    assert.equal(lengthText(1234), '1234');
  });

  it('shows VM for elements only', () => {
    assert.equal(vmText(element), '1');
    assert.equal(vmText({ ...element, vm: 0 }), '0');
    assert.equal(vmText(item), '');
  });

  it('shows the name, or the keyword when asked, with the other as tooltip', () => {
    assert.equal(nameText(element, false), "Patient's Name");
    assert.equal(nameTitle(element, false), 'PatientName');
    assert.equal(nameText(element, true), 'PatientName');
    assert.equal(nameTitle(element, true), "Patient's Name");
    // No keyword: the name stays, with no tooltip repeating it.
    assert.equal(nameText(item, true), 'Item #1');
    assert.equal(nameTitle(item, true), '');
  });

  it('puts the whole value and its detail in the tooltip', () => {
    assert.equal(valueTitle(element), 'Doe^Jane\nfamily Doe, given Jane');
    assert.equal(valueTitle({ ...element, detail: '' }), 'Doe^Jane');
  });

  it('says where an element is and what its styling means', () => {
    assert.equal(tagTitle(element), '(0010,0010) at byte 300 (0x12C)');
    assert.equal(
      tagTitle({ ...element, isPrivate: true, retired: true }),
      '(0010,0010) at byte 300 (0x12C); private, retired',
    );
  });
});

describe('webview match highlighting', () => {
  it('finds text case-insensitively', () => {
    assert.deepEqual(findTextRange("Patient's Name", 'name'), [10, 14]);
    assert.equal(findTextRange('Modality', 'name'), undefined);
    assert.equal(findTextRange('Modality', undefined), undefined);
  });

  it('does not highlight when lowercasing changes the length', () => {
    assert.equal(findTextRange('İstanbul', 'stan'), undefined);
  });

  it('highlights a tag prefix only at the start of the tag', () => {
    assert.deepEqual(findTagRange('(0010,0010)', '0010,00'), [1, 8]);
    assert.equal(findTagRange('(0008,0010)', '0010'), undefined);
    assert.deepEqual(findTagRange('(7FE0,0010)', '7fe0'), [1, 5]);
  });

  it('derives what to highlight from the query', () => {
    assert.deepEqual(highlightNeedles(parseFilterQuery('(0010,0010)')), { tag: '0010,0010' });
    assert.deepEqual(highlightNeedles(parseFilterQuery('Name')), { text: 'name' });
    assert.deepEqual(highlightNeedles(parseFilterQuery('00100010')), { text: '00100010', tag: '0010,0010' });
    assert.deepEqual(highlightNeedles(parseFilterQuery('')), {});
  });
});

describe('webview view state', () => {
  it('falls back to defaults for anything that is not a saved state', () => {
    assert.deepEqual(sanitizeViewState(undefined), DEFAULT_VIEW_STATE);
    assert.deepEqual(sanitizeViewState('x'), DEFAULT_VIEW_STATE);
    assert.deepEqual(sanitizeViewState({ version: 2 }), DEFAULT_VIEW_STATE);
  });

  it('keeps valid fields and drops invalid ones', () => {
    const state = sanitizeViewState({
      version: 1,
      fingerprint: 'f',
      scrollTop: 120,
      expanded: [1, 'x', -1, 2.5, 7],
      focusedRow: 3,
      focusArea: 'table',
      filter: 'patient',
      showKeywords: true,
      columnWidths: { tag: 200, name: 'wide', vr: 5, value: 100 },
    });
    assert.deepEqual(state, {
      version: 1,
      fingerprint: 'f',
      scrollTop: 120,
      expanded: [1, 7],
      focusedRow: 3,
      focusArea: 'table',
      filter: 'patient',
      showKeywords: true,
      columnWidths: { tag: 200 },
    });
  });

  it('fingerprints models by name, size and sampled tags', () => {
    assert.equal(modelFingerprint(model([element])), modelFingerprint(model([element])));
    assert.notEqual(modelFingerprint(model([element])), modelFingerprint(model([element, item])));
    assert.equal(modelFingerprint(model([])), 'a.dcm|0|');
  });
});

describe('webview host message checks', () => {
  it('accepts well-formed messages', () => {
    const header = checkHostMessage({ type: 'header', model: model([element, item]) });
    assert.equal(header.ok, true);
    assert.deepEqual(checkHostMessage({ type: 'command', command: 'expandAll' }), {
      ok: true,
      message: { type: 'command', command: 'expandAll' },
    });
    assert.deepEqual(checkHostMessage({ type: 'loadFailed', message: 'boom' }), {
      ok: true,
      message: { type: 'loadFailed', message: 'boom' },
    });
  });

  it('rejects malformed messages', () => {
    assert.equal(checkHostMessage(null).ok, false);
    assert.equal(checkHostMessage({ type: 'nope' }).ok, false);
    assert.equal(checkHostMessage({ type: 'command', command: 'rm -rf' }).ok, false);
    assert.equal(
      checkHostMessage({ type: 'header', model: { ...model([element]), rows: [{ ...element, id: 5 }] } }).ok,
      false,
    );
    assert.equal(checkHostMessage({ type: 'header', model: { ...model([]), summary: {} } }).ok, false);
    assert.equal(
      checkHostMessage({ type: 'header', model: model([{ ...element, detail: 5 as unknown as string }]) }).ok,
      false,
    );
  });
});
