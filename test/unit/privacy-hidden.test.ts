// What "hide patient identity" shows: the table's value cells (src/webview/identityMask.ts) and the corner text,
// on screen and burned into exports (cornerTextsFor's hideIdentity). A hidden value must not be anywhere in what
// is produced, tooltips and details included.

import * as assert from 'node:assert/strict';
import { cornerTextsFor } from '../../src/dicom/export';
import { HIDDEN_TEXT } from '../../src/dicom/identifying';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import { isWebviewMessage, type TagRow } from '../../src/shared/protocol';
import { checkHostMessage } from '../../src/webview/hostMessages';
import { HIDDEN_TITLE, hiddenCopyText, isHiddenRow, shownValue } from '../../src/webview/identityMask';
import { fixtureBytes } from './helpers/referencePixels';

function row(tag: string, vr: string, value: string, extra: Partial<TagRow> = {}): TagRow {
  return {
    id: 0,
    parent: -1,
    depth: 0,
    kind: 'element',
    tag,
    keyword: '',
    name: '',
    vr,
    vm: 1,
    length: value.length,
    offset: 0,
    value,
    detail: '',
    childCount: 0,
    isPrivate: false,
    retired: false,
    ...extra,
  };
}

describe('privacy: hidden values in the header table', () => {
  const name = row('(0010,0010)', 'PN', 'Doe^Jane', { detail: 'family Doe, given Jane' });

  it('shows "hidden", blurred, with no trace of the value, detail or tooltip', () => {
    const shown = shownValue(name, true);
    assert.deepEqual(shown, { value: HIDDEN_TEXT, detail: '', title: HIDDEN_TITLE, hidden: true });
    assert.ok(!JSON.stringify(shown).includes('Doe'));
  });

  it('shows the value as before when identity is not hidden', () => {
    const shown = shownValue(name, false);
    assert.equal(shown.value, 'Doe^Jane');
    assert.equal(shown.detail, 'family Doe, given Jane');
    assert.equal(shown.hidden, false);
  });

  it('hides listed attributes and person names, and nothing else', () => {
    assert.ok(isHiddenRow(row('(0010,0020)', 'LO', 'ID-42'), true));
    assert.ok(isHiddenRow(row('(0010,0030)', 'DA', '19700101'), true));
    assert.ok(isHiddenRow(row('(0008,0050)', 'SH', 'ACC1'), true));
    assert.ok(isHiddenRow(row('(0008,0090)', 'PN', 'Dr^Who'), true));
    assert.ok(isHiddenRow(row('(0029,1010)', 'PN', 'Private^Name', { isPrivate: true }), true));
    assert.ok(!isHiddenRow(row('(0008,0060)', 'CS', 'CT'), true));
    assert.ok(!isHiddenRow(row('(0028,0010)', 'US', '512'), true));
    assert.ok(!isHiddenRow(row('(0010,0010)', 'PN', ''), true), 'an empty value stays visibly empty');
    assert.ok(!isHiddenRow(row('(FFFE,E000)', '', '', { kind: 'item' }), true));
  });

  it('says why nothing was copied', () => {
    assert.match(hiddenCopyText('(0010,0010)'), /\(0010,0010\) is hidden.*nothing was copied/);
  });
});

describe('privacy: corner text with identity hidden', () => {
  it('leaves patient, ID, study date, series and study out of exported corner text', async () => {
    const file = parseDicom(fixtureBytes('render/ct-rescale.dcm'));
    const info = readImageInfo(file)!;
    const frame = await decodeFrame(file, info.format, 0);
    const plain = cornerTextsFor(file, info, frame);
    assert.deepEqual(plain.topLeft, ['Phantom^Head', 'DI-0001', '20240115']);
    const hidden = cornerTextsFor(file, info, frame, {}, true);
    assert.deepEqual(hidden.topLeft, [HIDDEN_TEXT, HIDDEN_TEXT, HIDDEN_TEXT]);
    assert.deepEqual(hidden.topRight, [HIDDEN_TEXT, 'CT', HIDDEN_TEXT]);
    assert.deepEqual(hidden.bottomLeft, plain.bottomLeft, 'frame and size stay');
    assert.deepEqual(hidden.bottomRight, plain.bottomRight, 'window stays');
    const all = JSON.stringify(hidden);
    for (const value of ['Phantom', 'DI-0001', '20240115', 'ct-rescale', 'Fixture study']) {
      assert.ok(!all.includes(value), value);
    }
  });
});

describe('privacy: protocol messages', () => {
  it('accepts setHideIdentity from the webview only with a boolean and nothing else', () => {
    assert.ok(isWebviewMessage({ type: 'setHideIdentity', hide: true }));
    assert.ok(isWebviewMessage({ type: 'setHideIdentity', hide: false }));
    assert.ok(!isWebviewMessage({ type: 'setHideIdentity', hide: 'yes' }));
    assert.ok(!isWebviewMessage({ type: 'setHideIdentity' }));
    assert.ok(!isWebviewMessage({ type: 'setHideIdentity', hide: true, value: 'Doe^Jane' }));
  });

  it("checks the host's privacy state in the webview", () => {
    assert.deepEqual(checkHostMessage({ type: 'privacy', hideIdentity: true }), {
      ok: true,
      message: { type: 'privacy', hideIdentity: true },
    });
    assert.equal(checkHostMessage({ type: 'privacy', hideIdentity: 1 }).ok, false);
  });
});
