// The strip above the table: the facts a reader looks for first (patient, study, modality, transfer syntax,
// size), then the parse errors, which must be impossible to miss because the table stops where parsing stopped.

import type { ParseErrorInfo, SummaryInfo } from '../shared/protocol';
import { element } from './dom';
import { HIDDEN_TEXT, isIdentifyingSummaryField } from '../dicom/identifying';
import { HIDDEN_TITLE } from './identityMask';

const LABELS: readonly (readonly [keyof SummaryInfo, string])[] = [
  ['patient', 'Patient'],
  ['patientId', 'Patient ID'],
  ['study', 'Study'],
  ['studyDate', 'Study date'],
  ['series', 'Series'],
  ['modality', 'Modality'],
  ['sopClass', 'SOP class'],
  ['transferSyntax', 'Transfer syntax'],
  ['transferSyntaxUid', 'Transfer syntax UID'],
  ['dimensions', 'Image'],
  ['frames', 'Frames'],
  ['fileSize', 'File size'],
];

export class SummaryStrip {
  readonly summaryElement: HTMLElement;
  readonly errorsElement: HTMLElement;
  private readonly values = new Map<keyof SummaryInfo, HTMLElement>();
  private readonly items = new Map<keyof SummaryInfo, HTMLElement>();
  private readonly fileName: HTMLElement;
  private shown: SummaryInfo | undefined;
  private hideIdentity = false;

  constructor() {
    this.fileName = element('h1', { className: 'file-name' });
    const list = element('dl', { className: 'summary-items' });
    for (const [field, label] of LABELS) {
      const value = element('dd', { className: 'summary-value' });
      // A wrapping div per term/description pair is valid in a <dl> and lets one item be hidden as a unit.
      const item = element('div', { className: 'summary-item', attributes: { 'data-field': field } }, [
        element('dt', { className: 'summary-label', text: label }),
        value,
      ]);
      item.hidden = true;
      this.values.set(field, value);
      this.items.set(field, item);
      list.appendChild(item);
    }
    this.summaryElement = element(
      'section',
      { className: 'summary', attributes: { 'aria-label': 'Summary' } },
      [this.fileName, list],
    );
    this.errorsElement = element('section', {
      className: 'errors',
      attributes: { role: 'alert', 'aria-label': 'Parse errors' },
    });
    this.errorsElement.hidden = true;
  }

  update(fileName: string, summary: SummaryInfo, errors: readonly ParseErrorInfo[]): void {
    this.fileName.textContent = fileName;
    this.fileName.title = fileName;
    this.shown = summary;
    this.renderValues();
    this.renderErrors(errors);
  }

  /** Blurs the identifying fields ("hide patient identity"): they read "hidden", the value is not in the DOM. */
  setHideIdentity(hide: boolean): void {
    this.hideIdentity = hide;
    this.renderValues();
  }

  private renderValues(): void {
    const summary = this.shown;
    if (!summary) return;
    for (const [field] of LABELS) {
      const text = summary[field];
      const value = this.values.get(field);
      const item = this.items.get(field);
      if (!value || !item) continue;
      const hidden = this.hideIdentity && text !== '' && isIdentifyingSummaryField(field);
      value.textContent = hidden ? HIDDEN_TEXT : text;
      value.title = hidden ? HIDDEN_TITLE : text;
      value.classList.toggle('identity-hidden', hidden);
      item.hidden = text === '';
    }
  }

  private renderErrors(errors: readonly ParseErrorInfo[]): void {
    this.errorsElement.replaceChildren();
    this.errorsElement.hidden = errors.length === 0;
    if (errors.length === 0) return;
    const errorCount = errors.filter((error) => error.severity !== 'warning').length;
    const heading =
      errorCount > 0
        ? `The file could not be read completely: elements after the first error are missing.`
        : `The file has ${errors.length === 1 ? 'a problem' : 'problems'}:`;
    const list = element('ul', { className: 'error-list' });
    for (const error of errors) {
      const severity = error.severity === 'warning' ? 'warning' : 'error';
      list.appendChild(
        element(
          'li',
          { className: `parse-${severity}`, attributes: { 'data-offset': String(error.offset) } },
          [
            element('span', {
              className: 'error-severity',
              text: severity === 'error' ? 'Error' : 'Warning',
            }),
            element('span', { className: 'error-message', text: error.message }),
            element('span', {
              className: 'error-offset',
              text: `at byte ${error.offset} (0x${error.offset.toString(16).toUpperCase()})`,
            }),
          ],
        ),
      );
    }
    this.errorsElement.classList.toggle('has-errors', errorCount > 0);
    this.errorsElement.append(element('p', { className: 'errors-heading', text: heading }), list);
  }
}
