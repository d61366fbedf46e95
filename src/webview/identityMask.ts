// What a header row's value cell shows while patient identity is hidden. Pure, so the rule is tested without a
// DOM. A hidden value never reaches the DOM: the cell holds the word "hidden" (what screen readers read and a
// mouse selection copies), blurred by CSS so that it reads as masked at a glance.

import { HIDDEN_TEXT, isIdentifyingElement } from '../dicom/identifying';
import type { TagRow } from '../shared/protocol';
import { valueTitle } from './cellText';

export const HIDDEN_TITLE = 'Hidden: patient identity (DICOM: Show Patient Identity, or D in the viewer)';

/** Whether the row's value is hidden: an element with a value whose attribute identifies the patient. */
export function isHiddenRow(row: TagRow, hideIdentity: boolean): boolean {
  return hideIdentity && row.kind === 'element' && row.value !== '' && isIdentifyingElement(row.tag, row.vr);
}

export interface ShownValue {
  readonly value: string;
  readonly detail: string;
  readonly title: string;
  readonly hidden: boolean;
}

/** The value cell's text, detail and tooltip. */
export function shownValue(row: TagRow, hideIdentity: boolean): ShownValue {
  if (isHiddenRow(row, hideIdentity))
    return { value: HIDDEN_TEXT, detail: '', title: HIDDEN_TITLE, hidden: true };
  return { value: row.value, detail: row.detail ?? '', title: valueTitle(row), hidden: false };
}

/** What the status line says when a hidden value is asked to be copied. */
export function hiddenCopyText(tag: string): string {
  return `The value of ${tag} is hidden (patient identity): nothing was copied.`;
}
