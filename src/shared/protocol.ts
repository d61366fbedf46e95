// The one definition of the messages between the extension host and the webview. Each direction is a
// discriminated union on `type`. The webview is untrusted input: the host validates every message it receives
// with isWebviewMessage() before acting on it, and drops (and logs, without content) anything else.

import type { DecodedFrame, DisplayWindow, ImageInfo } from '../dicom/pixels/imageTypes';

/** One row of the header table: an element, a sequence item, or a pixel-data fragment, in file order. */
export interface TagRow {
  /** Index of the row in HeaderModel.rows (rows are in pre-order: a parent comes before its children). */
  readonly id: number;
  /** Id of the parent row, or -1 at the top level. */
  readonly parent: number;
  readonly depth: number;
  readonly kind: 'element' | 'item' | 'fragment';
  /** "(gggg,eeee)" for elements, items and fragments alike. */
  readonly tag: string;
  /** Dictionary keyword, '' when unknown (private or unknown public tags). */
  readonly keyword: string;
  /** Human name: dictionary name, "Item #n", "Fragment #n", or "Private tag (creator)". */
  readonly name: string;
  readonly vr: string;
  readonly vm: number;
  /** Value length as encoded; -1 for undefined length. */
  readonly length: number;
  /** Byte offset of the element in the file (in the inflated data set for deflated syntaxes). */
  readonly offset: number;
  /** The value rendered as text (long arrays cut after a few values). Always text, never HTML. */
  readonly value: string;
  /** Extra text about the value, shown muted beside it and in its tooltip: a UID's name, a person name's
   *  components. '' when there is nothing to add. Copying the value never includes it. */
  readonly detail: string;
  readonly childCount: number;
  /** Private data element (odd group). */
  readonly isPrivate: boolean;
  /** Retired in the current standard. */
  readonly retired: boolean;
}

export interface ParseErrorInfo {
  readonly message: string;
  readonly offset: number;
  readonly severity: 'error' | 'warning';
}

/** What the summary strip shows. Each field is display text ('' when absent). */
export interface SummaryInfo {
  readonly patient: string;
  readonly patientId: string;
  readonly study: string;
  readonly studyDate: string;
  readonly series: string;
  readonly modality: string;
  readonly sopClass: string;
  readonly transferSyntax: string;
  readonly transferSyntaxUid: string;
  readonly dimensions: string;
  readonly frames: string;
  readonly fileSize: string;
}

export interface HeaderModel {
  readonly fileName: string;
  readonly summary: SummaryInfo;
  readonly rows: readonly TagRow[];
  readonly errors: readonly ParseErrorInfo[];
}

/**
 * HeaderModel.rows in binary form (src/shared/rowPacking.ts): a few ArrayBuffers instead of 100,000 objects, so
 * the worker → host hop transfers them and VS Code carries them to the webview without JSON (VS Code ≥ 1.57).
 * Producers are ours, but readers validate every size and index before use (unpackRows throws on any mismatch).
 */
export interface PackedRows {
  readonly count: number;
  /** count × PACKED_ROW_BYTES: Float64 columns (offset, length), then Int32 columns (parent, depth, vm,
   *  childCount, kind and flags, and six indexes into the string table: tag, keyword, name, vr, value, detail). */
  readonly numbers: ArrayBuffer;
  /** The string table: every distinct string once, UTF-8 encoded back to back. */
  readonly text: ArrayBuffer;
  /** Uint32 start of each string in the decoded text, in UTF-16 code units, then the decoded text's length. */
  readonly textOffsets: ArrayBuffer;
}

/** A header model with its rows packed: what the parse worker returns, and the body of a 'headerPacked' message. */
export interface PackedHeader {
  readonly fileName: string;
  readonly summary: SummaryInfo;
  readonly errors: readonly ParseErrorInfo[];
  readonly rows: PackedRows;
}

export type HeaderCommand =
  'expandAll' | 'collapseAll' | 'focusFilter' | 'copyTag' | 'copyKeyword' | 'copyValue';

/** Host → webview. */
export type HostMessage =
  /** `partialOf` (the full row count) marks the first rows of a big header, sent ahead of the full model. */
  | { readonly type: 'header'; readonly model: HeaderModel; readonly partialOf?: number }
  /** The same model with packed rows: what the host sends (the webview unpacks it into a 'header' model). */
  | ({ readonly type: 'headerPacked'; readonly partialOf?: number } & PackedHeader)
  | { readonly type: 'loadFailed'; readonly message: string }
  | { readonly type: 'command'; readonly command: HeaderCommand }
  /** Sent after the header: what the file says about its image. `image` is null when the file has no pixel
   *  data; `image.problem` says why the pixels cannot be shown (the header still shows). */
  | { readonly type: 'image'; readonly image: ImageInfo | null }
  /** A decoded frame, answering 'requestFrame'. `frame.samples` travels as binary. */
  | { readonly type: 'frame'; readonly frame: DecodedFrame }
  /** A frame that could not be decoded: the message is for the user and names what went wrong and where. */
  | { readonly type: 'frameFailed'; readonly index: number; readonly message: string }
  /** Show one element of the header table ("reveal in inspector" from a dump document). */
  | ({ readonly type: 'reveal' } & RevealTarget)
  /** Go to another frame (the frame navigation commands and their keybindings). */
  | { readonly type: 'navigateFrame'; readonly to: FrameNavigation }
  /** This webview's share of dicomInspector.cache.webviewMegabytes, in bytes: its frame cache stays within it
   *  (evicting at once when it shrinks), the frame on screen excepted. Sent before 'image' and on every change. */
  | { readonly type: 'cacheBudget'; readonly bytes: number }
  /** Whether identifying values are hidden (the privacy.hidePatientIdentity setting): sent on 'ready' and on
   *  every change, to every inspector. */
  | { readonly type: 'privacy'; readonly hideIdentity: boolean };

export type FrameNavigation = 'next' | 'previous' | 'first' | 'last';

/** An element of the header, as a dump line names it: its row id, checked against its tag and byte offset. */
export interface RevealTarget {
  /** The row's id in HeaderModel.rows (the dump's element lines are the rows, in order). */
  readonly row: number;
  /** "(gggg,eeee)", upper case. */
  readonly tag: string;
  /** The element's byte offset; null when the line did not give it (the dump aligned by tag). */
  readonly offset: number | null;
}

export type CopyField = 'tag' | 'keyword' | 'value';

/** Webview → host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'copy'; readonly rowId: number; readonly field: CopyField }
  /** Asks for a decoded frame (0-based). `prefetch` requests yield to visible ones; the host answers with
   *  'frame' or 'frameFailed'. */
  | { readonly type: 'requestFrame'; readonly index: number; readonly prefetch: boolean }
  /** The frame now on screen and its window, for the status bar (null window for colour images). */
  | {
      readonly type: 'frameShown';
      readonly index: number;
      readonly count: number;
      readonly window: DisplayWindow | null;
      /** How the frame is drawn and turned, for exporting what is seen (optional: older webviews omit it). */
      readonly view?: ShownView;
    }
  /** Save the frame's encoded bytes as they are in the file (the host shows a save dialog). */
  | { readonly type: 'saveBitstream'; readonly index: number }
  /** The webview's "hide identity" button or key: the host changes the setting, which reaches every inspector. */
  | { readonly type: 'setHideIdentity'; readonly hide: boolean };

/** The render choices and orientation of the frame on screen, as the viewer applies them. */
export interface ShownView {
  /** The user's window (modality units); null when the file's default (or a VOI LUT) is in use. */
  readonly window: DisplayWindow | null;
  /** The file's VOI LUT in use instead of a window; null for none. */
  readonly voiLutIndex: number | null;
  readonly invert: boolean;
  /** Quarter turns clockwise, then the flips on screen (the viewer's normal form). */
  readonly rotation: 0 | 1 | 2 | 3;
  readonly flipH: boolean;
  readonly flipV: boolean;
  /** Whether the overlay planes (60xx) are shown (the viewer's toggle, key G); older webviews omit it. */
  readonly overlays?: boolean;
  /** The theme colour the overlays are drawn in, as red, green, blue (0-255); omitted when not opaque RGB. */
  readonly overlayColour?: readonly [number, number, number];
}

const COPY_FIELDS: readonly string[] = ['tag', 'keyword', 'value'];

/** Structural check of a message from the webview; anything that fails is dropped by the host. */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return Object.keys(message).length === 1;
    case 'copy':
      return (
        isIndex(message.rowId) && typeof message.field === 'string' && COPY_FIELDS.includes(message.field)
      );
    case 'requestFrame':
      return isIndex(message.index) && typeof message.prefetch === 'boolean';
    case 'frameShown':
      return (
        isIndex(message.index) &&
        isIndex(message.count) &&
        (message.window === null || isDisplayWindow(message.window)) &&
        (message.view === undefined || isShownView(message.view))
      );
    case 'saveBitstream':
      return isIndex(message.index);
    case 'setHideIdentity':
      return typeof message.hide === 'boolean' && Object.keys(message).length === 2;
    default:
      return false;
  }
}

function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isShownView(value: unknown): value is ShownView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return (
    (view.window === null || isDisplayWindow(view.window)) &&
    (view.voiLutIndex === null || isIndex(view.voiLutIndex)) &&
    typeof view.invert === 'boolean' &&
    (view.rotation === 0 || view.rotation === 1 || view.rotation === 2 || view.rotation === 3) &&
    typeof view.flipH === 'boolean' &&
    typeof view.flipV === 'boolean' &&
    (view.overlays === undefined || typeof view.overlays === 'boolean') &&
    (view.overlayColour === undefined || isRgb(view.overlayColour))
  );
}

/** Three whole numbers 0-255. */
export function isRgb(value: unknown): value is readonly [number, number, number] {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255)
  );
}

function isDisplayWindow(value: unknown): value is DisplayWindow {
  if (typeof value !== 'object' || value === null) return false;
  const window = value as Record<string, unknown>;
  return (
    typeof window.center === 'number' &&
    Number.isFinite(window.center) &&
    typeof window.width === 'number' &&
    Number.isFinite(window.width)
  );
}

/** The webview's `data-vscode-context` on a table row, which VS Code hands to webview/context menu commands. */
export interface RowMenuContext {
  readonly webviewSection: 'tagRow';
  readonly rowId: number;
  readonly preventDefaultContextMenuItems: true;
}
