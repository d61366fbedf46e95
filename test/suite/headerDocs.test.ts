// Runs inside the VS Code extension host: the header as text. The dump document (its own `dicom-dump:` scheme),
// its folding ranges and outline, the save commands (the same text as `dicom-inspect json` and `dump`; the JSON
// also compared with dcm2json's output for the same fixture, kept in test/fixtures/reference), the compare
// command (a diff editor on two dumps) and "Reveal in Inspector" (tag links and the command).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { headerJson } from '../../src/dicom/export/header';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';
import { textDump } from '../../src/dicom/textDump';
import type { HostMessage } from '../../src/shared/protocol';
import { fixture, inspectorExtension, openInInspector, VIEW_TYPE, waitFor } from './helpers';

/** Runs Open Header Dump (on `uri`, else on the active inspector) and returns the dump's editor. */
async function openDump(uri?: vscode.Uri): Promise<vscode.TextEditor> {
  const args = uri ? [uri] : [];
  return (await vscode.commands.executeCommand('dicomInspector.openDump', ...args)) as vscode.TextEditor;
}

async function expectedDump(relPath: string): Promise<string> {
  return textDump(parseDicom(await vscode.workspace.fs.readFile(fixture(relPath))));
}

suite('DICOM Inspector header as text (dump document, save, compare)', () => {
  const written: vscode.Uri[] = [];

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  suiteTeardown(async () => {
    for (const uri of written)
      await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => {});
  });

  test('Open Header Dump from the explorer opens a read-only dicom-dump document beside', async () => {
    const uri = fixture('seq/explicit-defined.dcm');
    const editor = await openDump(uri);
    const document = editor.document;
    assert.equal(document.uri.scheme, 'dicom-dump');
    assert.equal(document.getText(), await expectedDump('seq/explicit-defined.dcm'));
    // As the product's CLI dump prints it (offset, tag, VR, length, name, value); dcmdump agrees on the value
    // and length: "(0008,0050) SH [ACC0001]  #   8, 1 AccessionNumber".
    assert.ok(document.getText().includes('     550  (0008,0050) SH      8  Accession Number [ACC0001]'));
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputText && input.uri.scheme === 'dicom-dump');
  });

  test('the dump command acts on the active inspector; the dump folds sequences and has an outline', async () => {
    const uri = fixture('seq/explicit-defined.dcm');
    await openInInspector(uri);
    const editor = await openDump();
    assert.equal(editor.document.uri.scheme, 'dicom-dump');
    const lines = editor.document.getText().split('\n');

    const ranges = (await vscode.commands.executeCommand(
      'vscode.executeFoldingRangeProvider',
      editor.document.uri,
    )) as vscode.FoldingRange[];
    // dcmdump: "(0040,a730) SQ (Sequence with explicit length #=2)  # 832, 1 ContentSequence" at depth 0.
    const content = lines.findIndex((line) => /^ *\d+ {2}\(0040,A730\) SQ/.test(line));
    assert.ok(content > 0, 'no top-level Content Sequence line');
    const fold = ranges.find((range) => range.start === content);
    assert.ok(fold, 'the Content Sequence does not fold');
    // It folds down to the last line of its content: every line after it up to the end is nested deeper.
    assert.ok(fold.end > content + 10);

    const symbols = (await vscode.commands.executeCommand(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    )) as vscode.DocumentSymbol[];
    const sequence = symbols.find((symbol) => symbol.name.startsWith('(0040,A730)'));
    assert.ok(sequence, 'no outline entry for the Content Sequence');
    // Two items (dcmdump: #=2).
    assert.equal(sequence.children.filter((child) => child.name.startsWith('(FFFE,E000)')).length, 2);
  });

  test('Save Header as DICOM JSON writes what `dicom-inspect json` prints (as dcm2json); as Text Dump, `dump`', async () => {
    const uri = fixture('seq/explicit-defined.dcm');
    const jsonTarget = fixture('suite-out/header.json');
    const dumpTarget = fixture('suite-out/header.txt');
    written.push(fixture('suite-out'));
    await vscode.commands.executeCommand('dicomInspector.saveHeaderJson', uri, jsonTarget);
    await vscode.commands.executeCommand('dicomInspector.saveHeaderDump', uri, dumpTarget);

    const jsonText = new TextDecoder().decode(await vscode.workspace.fs.readFile(jsonTarget));
    const bytes = await vscode.workspace.fs.readFile(uri);
    // The CLI's `json` command prints headerJson(file, { bulkDataBase: basename }) and a newline.
    assert.equal(jsonText, headerJson(parseDicom(bytes), { bulkDataBase: 'explicit-defined.dcm' }));
    const json = JSON.parse(jsonText) as Record<string, unknown>;
    assert.ok(!Object.keys(json).some((tag) => tag.startsWith('0002')), 'the meta group is not in `json`');
    // dcm2json's data set (reference file) agrees attribute by attribute, except the character set
    // dcm2json rewrites to UTF-8 (it converts the values).
    const referenceUri = vscode.Uri.joinPath(
      inspectorExtension().extensionUri,
      'test/fixtures/reference/seq/explicit-defined.dcm2json.json',
    );
    const reference = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(referenceUri)),
    ) as Record<string, unknown>;
    for (const [tag, attribute] of Object.entries(reference)) {
      if (tag === '00080005') continue;
      assert.deepEqual(json[tag], attribute, `attribute ${tag}`);
    }
    const dump = new TextDecoder().decode(await vscode.workspace.fs.readFile(dumpTarget));
    assert.equal(dump, await expectedDump('seq/explicit-defined.dcm'));
  });

  test('Compare with… opens the diff editor on the dumps of two files; aligned by tag drops the offsets', async () => {
    const left = fixture('seq/explicit-defined.dcm');
    const right = fixture('seq/explicit-undefined.dcm');
    await vscode.commands.executeCommand('dicomInspector.compareWith', left, right, false);
    const input = await waitFor('a diff tab', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff ? tab : undefined;
    });
    assert.equal(input.original.scheme, 'dicom-dump');
    assert.equal(input.modified.scheme, 'dicom-dump');
    const original = await vscode.workspace.openTextDocument(input.original);
    assert.equal(original.getText(), await expectedDump('seq/explicit-defined.dcm'));

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('dicomInspector.compareSelected', left, [left, right]);
    await vscode.workspace.getConfiguration('dicomInspector').update('compare.alignByTag', true, true);
    try {
      await vscode.commands.executeCommand('dicomInspector.compareWith', left, right);
      const aligned = await waitFor('an aligned diff tab', () => {
        const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        return tab instanceof vscode.TabInputTextDiff && tab.original.path.endsWith('.aligned.dump')
          ? tab
          : undefined;
      });
      const text = (await vscode.workspace.openTextDocument(aligned.original)).getText();
      assert.ok(text.includes('\n(0008,0050) SH      8  Accession Number [ACC0001]\n'), 'no aligned line');
      assert.ok(!/^ *\d+ {2}\(/m.test(text), 'an offset column is left');
    } finally {
      await vscode.workspace.getConfiguration('dicomInspector').update('compare.alignByTag', undefined, true);
    }
  });

  test('volatile values stay in the diff; aligned by tag, an inserted element changes only its own line', async () => {
    // A copy with Instance Creation Time inserted before SOP Class UID (offset 354 in the fixture) and another
    // Content Time: values that differ between two exports of the same image, which a developer wants to see.
    const original = await vscode.workspace.fs.readFile(fixture('seq/explicit-defined.dcm'));
    const creation = new Uint8Array([
      0x08,
      0x00,
      0x13,
      0x00,
      0x54,
      0x4d,
      0x0e,
      0x00,
      ...Buffer.from('101500.123456 '),
    ]);
    const changed = new Uint8Array([...original.subarray(0, 354), ...creation, ...original.subarray(354)]);
    const text = Buffer.from(changed).toString('latin1').replace('102030.123456', '235959.000000');
    const left = fixture('seq/explicit-defined.dcm');
    const right = fixture('suite-out/volatile.dcm');
    written.push(fixture('suite-out'));
    await vscode.workspace.fs.writeFile(right, Buffer.from(text, 'latin1'));

    await vscode.commands.executeCommand('dicomInspector.compareWith', left, right, false);
    const full = await waitFor('a diff tab', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff ? tab : undefined;
    });
    const modified = (await vscode.workspace.openTextDocument(full.modified)).getText();
    assert.match(modified, /\(0008,0013\) TM +14 {2}Instance Creation Time \[101500\.123456\]/);
    assert.match(modified, /Content Time \[235959\.000000\]/);
    assert.match(
      (await vscode.workspace.openTextDocument(full.original)).getText(),
      /Content Time \[102030\.123456\]/,
    );

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('dicomInspector.compareWith', left, right, true);
    const aligned = await waitFor('an aligned diff tab', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff && tab.modified.path.endsWith('.aligned.dump')
        ? tab
        : undefined;
    });
    const before = (await vscode.workspace.openTextDocument(aligned.original)).getText().split('\n');
    const after = (await vscode.workspace.openTextDocument(aligned.modified)).getText().split('\n');
    // Line by line: one line added, one changed (Content Time); every other line is the same.
    assert.equal(after.length, before.length + 1);
    const inserted = after.findIndex((line) => line.startsWith('(0008,0013)'));
    const rest = [...after.slice(0, inserted), ...after.slice(inserted + 1)];
    const differing = rest.filter((line, i) => line !== before[i]);
    assert.deepEqual(differing, ['(0008,0033) TM     14  Content Time [235959.000000]']);
  });

  test('tags in the dump are links to Reveal in Inspector, which opens the inspector and reveals the row', async () => {
    const uri = fixture('seq/explicit-defined.dcm');
    const editor = await openDump(uri);
    const lines = editor.document.getText().split('\n');
    const accession = lines.findIndex((line) => line.includes('(0008,0050) SH'));
    assert.ok(accession > 0, 'no Accession Number line');
    const links = (await vscode.commands.executeCommand(
      'vscode.executeLinkProvider',
      editor.document.uri,
      1000,
    )) as vscode.DocumentLink[];
    const link = links.find((candidate) => candidate.range.start.line === accession);
    assert.ok(link?.target, 'no resolved link on the Accession Number tag');
    assert.equal(editor.document.getText(link.range), '(0008,0050)');
    assert.equal(link.target.scheme, 'command');
    assert.equal(link.target.path, 'dicomInspector.revealInInspector');
    const [argument] = JSON.parse(link.target.query) as [Record<string, unknown>];

    // Following the link runs the command with that argument: the inspector opens and gets a 'reveal' message.
    const rows = buildHeaderRows(parseDicom(await vscode.workspace.fs.readFile(uri)));
    const posted = (await vscode.commands.executeCommand('dicomInspector.revealInInspector', argument)) as
      HostMessage | undefined;
    assert.ok(posted && posted.type === 'reveal', 'no reveal message was posted');
    assert.equal(posted.tag, '(0008,0050)');
    assert.equal(posted.offset, 550);
    assert.equal(rows[posted.row].tag, '(0008,0050)', 'the row id is not the table row of the element');
    assert.equal(rows[posted.row].offset, 550);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(
      input instanceof vscode.TabInputCustom && input.uri.toString() === uri.toString(),
      'the inspector is not the active editor',
    );
    assert.equal(input.viewType, VIEW_TYPE);

    // From the palette: the element on the line under the cursor of the dump editor, here nested in a sequence.
    const dump = await vscode.window.showTextDocument(editor.document, { preview: false });
    const nested = lines.findIndex((line) => /^ *\d+ {6}\(0040,A010\)/.test(line));
    assert.ok(nested > 0, 'no nested Relationship Type line');
    dump.selection = new vscode.Selection(nested, 5, nested, 5);
    const fromCursor = (await vscode.commands.executeCommand('dicomInspector.revealInInspector')) as
      HostMessage | undefined;
    assert.ok(fromCursor && fromCursor.type === 'reveal');
    assert.equal(fromCursor.tag, '(0040,A010)');
    assert.equal(rows[fromCursor.row].tag, '(0040,A010)');
    assert.ok(rows[fromCursor.row].depth >= 2, 'the nested element is not the nested row');
  });
});
