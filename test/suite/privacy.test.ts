// Runs inside the VS Code extension host: privacy. No value from a file reaches the output channel or a
// notification unless dicomInspector.debug.logValues is on; a malformed webview message is dropped and logged
// without its content; "hide patient identity" is one setting that the commands and the webview's message change,
// refuses to copy hidden values, and keeps them out of the corner text burned into exports.
//
// The log is read through activate()'s testing hook (loggedLines, src/extension/logRecorder.ts); notifications by
// replacing vscode.window.show*Message while a command runs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildHeaderModel } from '../../src/extension/headerModelBuilder';
import {
  activateForTesting,
  fixture,
  fixtureWithTextReplaced,
  openInInspector,
  scratchFile,
  type TestingHooks,
} from './helpers';

const SENTINEL = '<dicom-inspector suite: clipboard untouched>';

type Notify = (...args: unknown[]) => Thenable<unknown>;
type NotifyName = 'showErrorMessage' | 'showWarningMessage' | 'showInformationMessage';

/** Runs `run` with the three notification functions recording their texts instead of showing them. */
async function notificationsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const window = vscode.window as unknown as Record<NotifyName, Notify>;
  const names: NotifyName[] = ['showErrorMessage', 'showWarningMessage', 'showInformationMessage'];
  const originals = names.map((name) => window[name]);
  const texts: string[] = [];
  for (const name of names) {
    window[name] = (...args: unknown[]) => {
      texts.push(String(args[0]));
      return Promise.resolve(undefined);
    };
  }
  try {
    await run();
  } finally {
    names.forEach((name, i) => (window[name] = originals[i]));
  }
  return texts;
}

/** The file's text values worth looking for in a log: every element value of 6 characters or more that is not
 *  a plain number. */
async function textValuesOf(uri: vscode.Uri): Promise<string[]> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  const rows = buildHeaderModel(bytes, 'file').rows;
  const values = new Set<string>();
  for (const row of rows) {
    if (row.kind !== 'element' || row.vr === 'OB' || row.vr === 'OW' || row.vr === 'UN') continue;
    for (const part of row.value.split('\\')) {
      const value = part.trim();
      if (value.length >= 6 && !/^[\d.\s-]+$/.test(value)) values.add(value);
    }
  }
  return [...values];
}

function assertNoneIn(lines: readonly string[], values: readonly string[], where: string): void {
  for (const line of lines) {
    for (const value of values) assert.ok(!line.includes(value), `${where} holds "${value}": ${line}`);
  }
}

async function setSetting(section: string, key: string, value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

/** A copy of the JPEG-LS fixture with its transfer syntax UID replaced by one no decoder knows (same length):
 *  the decoder's message quotes the UID, a value from the file. */
async function unknownSyntaxCopy(): Promise<{ uri: vscode.Uri; uid: string }> {
  const uid = '9.9.999.77777.4.4.4.80';
  const uri = await fixtureWithTextReplaced(
    'ts/jpegls-lossless.dcm',
    '1.2.840.10008.1.2.4.80',
    uid,
    'privacy-unknown-syntax.dcm',
  );
  return { uri, uid };
}

suite('DICOM Inspector privacy', () => {
  let api: TestingHooks;

  suiteSetup(async () => {
    api = await activateForTesting();
    assert.ok(api.loggedLines, 'activate() gives no loggedLines hook');
  });

  teardown(async () => {
    await setSetting('dicomInspector.privacy', 'hidePatientIdentity', undefined);
    await setSetting('dicomInspector.debug', 'logValues', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the hostile and a damaged file leave no value in the log or in notifications', async () => {
    const hostile = fixture('hostile/hostile-strings.dcm');
    const values = await textValuesOf(hostile);
    assert.ok(
      values.some((value) => value.includes('onerror')),
      'the hostile values were read',
    );
    const before = api.loggedLines().length;

    await openInInspector(hostile);
    await api.handleMessage(hostile, { type: 'ready' });
    await api.handleMessage(hostile, { type: 'requestFrame', index: 0, prefetch: false });
    await api.handleMessage(hostile, { type: 'requestFrame', index: 5, prefetch: false });
    // A malformed message carrying the file's own text: dropped, logged without it.
    const dropped = await api.receiveRaw(hostile, { type: 'copy', rowId: values[0], field: values[1] });
    assert.equal(dropped, undefined);

    const damaged = fixture('damaged/truncated-in-pixel-data.dcm');
    const damagedValues = await textValuesOf(damaged);
    await openInInspector(damaged);
    await api.handleMessage(damaged, { type: 'ready' });
    await api.handleMessage(damaged, { type: 'requestFrame', index: 0, prefetch: false });

    const { uri: unknown, uid } = await unknownSyntaxCopy();
    await openInInspector(unknown);
    await api.handleMessage(unknown, { type: 'ready' });
    const failed = await api.handleMessage(unknown, { type: 'requestFrame', index: 0, prefetch: false });
    assert.ok(failed?.type === 'frameFailed', `got ${failed?.type}`);
    assert.ok(failed.message.includes(uid), 'the inspector itself names the syntax');

    const target = await scratchFile('privacy-export.png');
    const notified = await notificationsDuring(async () => {
      await vscode.commands.executeCommand('dicomInspector.exportFrame', unknown, { target });
      await vscode.commands.executeCommand('dicomInspector.exportFrame', damaged, { target });
      await vscode.commands.executeCommand('dicomInspector.exportFrame', hostile, {
        target,
        frame: 7,
      });
    });
    assert.ok(notified.length >= 2, `notifications: ${JSON.stringify(notified)}`);

    const logged = api.loggedLines().slice(before);
    assert.ok(
      logged.some((line) => line.includes('Dropped a malformed message from the webview')),
      `the dropped message is logged: ${JSON.stringify(logged)}`,
    );
    assert.ok(logged.length >= 3, `something was logged: ${JSON.stringify(logged)}`);
    const secrets = [...values, ...damagedValues, uid];
    assertNoneIn(logged, secrets, 'the log');
    assertNoneIn(notified, secrets, 'a notification');
  });

  test('with dicomInspector.debug.logValues on, the details are logged', async () => {
    await setSetting('dicomInspector.debug', 'logValues', true);
    const { uri, uid } = await unknownSyntaxCopy();
    await openInInspector(uri);
    const before = api.loggedLines().length;
    await api.handleMessage(uri, { type: 'ready' });
    await api.handleMessage(uri, { type: 'requestFrame', index: 0, prefetch: false });
    const logged = api.loggedLines().slice(before);
    assert.ok(
      logged.some((line) => line.includes(uid)),
      `the debug log names the syntax: ${JSON.stringify(logged)}`,
    );
  });

  test('the commands and the webview message change the one setting; hidden values are not copied', async () => {
    const hostile = fixture('hostile/hostile-strings.dcm');
    await openInInspector(hostile);
    await api.handleMessage(hostile, { type: 'ready' });
    const rows = buildHeaderModel(await vscode.workspace.fs.readFile(hostile), 'file').rows;
    const patientName = rows.find((row) => row.tag === '(0010,0010)');
    const modality = rows.find((row) => row.tag === '(0008,0060)');
    assert.ok(patientName && modality);
    const hidden = () =>
      vscode.workspace.getConfiguration('dicomInspector.privacy').get<boolean>('hidePatientIdentity');

    await vscode.commands.executeCommand('dicomInspector.hidePatientIdentity');
    assert.equal(hidden(), true);
    await vscode.env.clipboard.writeText(SENTINEL);
    assert.equal(await api.copy(hostile, patientName.id, 'value'), false);
    assert.equal(await vscode.env.clipboard.readText(), SENTINEL, 'a hidden value is not copied');
    assert.equal(await api.copy(hostile, patientName.id, 'tag'), true, 'its tag is');
    assert.equal(await vscode.env.clipboard.readText(), '(0010,0010)');
    assert.equal(await api.copy(hostile, modality.id, 'value'), true, 'other values are');
    assert.equal(await vscode.env.clipboard.readText(), modality.value);

    await vscode.commands.executeCommand('dicomInspector.showPatientIdentity');
    assert.equal(hidden(), false);
    assert.equal(await api.copy(hostile, patientName.id, 'value'), true);
    assert.equal(await vscode.env.clipboard.readText(), patientName.value);

    await api.handleMessage(hostile, { type: 'setHideIdentity', hide: true });
    assert.equal(hidden(), true, "the webview's button and key");
    await vscode.commands.executeCommand('dicomInspector.togglePatientIdentity');
    assert.equal(hidden(), false);
    await assert.rejects(
      api.handleMessage(hostile, { type: 'setHideIdentity', hide: 'yes' }),
      /not a valid webview message/,
    );
  });

  test('corner text burned into an export leaves identifying values out while identity is hidden', async () => {
    const source = fixture('render/ct-rescale.dcm');
    const shown = await scratchFile('privacy-shown.png');
    const hiddenTarget = await scratchFile('privacy-hidden.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame', source, {
      target: shown,
      cornerText: true,
    });
    await setSetting('dicomInspector.privacy', 'hidePatientIdentity', true);
    await vscode.commands.executeCommand('dicomInspector.exportFrame', source, {
      target: hiddenTarget,
      cornerText: true,
    });
    const [a, b] = await Promise.all([shown, hiddenTarget].map((uri) => vscode.workspace.fs.readFile(uri)));
    assert.ok(a.length > 0 && b.length > 0);
    assert.notDeepEqual(Buffer.from(a), Buffer.from(b), 'the burned-in text differs');
  });
});
