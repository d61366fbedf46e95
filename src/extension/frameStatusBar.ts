// The status bar entry "Frame k/N · W … L …". It belongs to the active inspector: the provider shows it with the
// active panel's last frame, and hides it when no inspector is active (another editor, or none) or the active one
// has no image on screen.

import * as vscode from 'vscode';

export class FrameStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private shown: string | undefined;

  constructor() {
    this.item = vscode.window.createStatusBarItem(
      'dicomInspector.frame',
      vscode.StatusBarAlignment.Right,
      100,
    );
    this.item.name = vscode.l10n.t('DICOM Frame');
    this.item.tooltip = vscode.l10n.t('Frame and window of the image in the active DICOM Inspector');
  }

  /** Shows `text`, or hides the entry when it is undefined. */
  update(text: string | undefined): void {
    if (text === this.shown) return;
    this.shown = text;
    if (text === undefined) {
      this.item.hide();
    } else {
      this.item.text = text;
      this.item.show();
    }
  }

  /** What the entry shows, undefined when hidden. */
  get text(): string | undefined {
    return this.shown;
  }

  dispose(): void {
    this.item.dispose();
  }
}
