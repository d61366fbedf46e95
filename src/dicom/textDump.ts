// The text dump: one line per element with offset, tag, VR, length, name and value, indented by nesting, like
// dcmdump but with names. Built from the same rows as the header table, so the two never disagree.

import type { TagRow } from '../shared/protocol';
import { buildHeaderRows } from './headerRows';
import type { DicomFile } from './model';
import { transferSyntaxName } from './uids';
import { visibleText } from './visibleText';

export interface TextDumpOptions {
  /** Show keywords instead of names. */
  readonly keywords?: boolean;
}

function lengthText(row: TagRow): string {
  return row.length < 0 ? 'undef' : String(row.length);
}

export function formatDumpLine(row: TagRow, options: TextDumpOptions = {}): string {
  const indent = '  '.repeat(row.depth);
  const name = options.keywords && row.keyword ? row.keyword : row.name;
  // Values in brackets, as dcmdump prints them; structure (items, fragments, sequences) as plain notes.
  const bracketed = row.kind === 'element' && row.childCount === 0 && row.vr !== 'SQ';
  // One element, one line, and nothing a terminal would obey: controls and newlines in values are made visible.
  const shown = visibleText(row.value);
  const value = shown ? (bracketed ? ` [${shown}]` : ` (${shown})`) : '';
  const detail = row.detail ? ` (${visibleText(row.detail)})` : '';
  const vr = row.vr || '--';
  return `${String(row.offset).padStart(8)}  ${indent}${row.tag} ${vr} ${lengthText(row).padStart(6)}  ${visibleText(name)}${value}${detail}`;
}

export function textDump(file: DicomFile, options: TextDumpOptions = {}): string {
  const rows = buildHeaderRows(file);
  const lines: string[] = [];
  const syntax = file.transferSyntax.uid;
  let inDataset = false;
  if (rows.length === 0 || !rows[0].tag.startsWith('(0002,')) inDataset = true;
  if (!inDataset) lines.push('# File meta information (explicit VR little endian)');
  else lines.push(`# Data set: ${transferSyntaxName(syntax) ?? syntax}`);
  for (const row of rows) {
    if (!inDataset && row.depth === 0 && !row.tag.startsWith('(0002,')) {
      inDataset = true;
      lines.push(`# Data set: ${transferSyntaxName(syntax) ?? syntax}`);
      if (file.inflatedDataset) lines.push('# (offsets below count from the start of the inflated data set)');
    }
    lines.push(formatDumpLine(row, options));
  }
  for (const issue of file.errors) {
    lines.push(`# ${issue.severity} at offset ${issue.offset}: ${visibleText(issue.message)}`);
  }
  return lines.join('\n') + '\n';
}
