// Structural checks of messages from the extension host. The host is ours, but the webview treats every message
// as input to validate (architecture.md): a malformed model shows an error instead of half-rendering, and file
// text is only ever used as text. Packed rows ('headerPacked', what the host sends) are checked and unpacked
// here, so the rest of the webview only ever sees a 'header' message with TagRow objects. Image messages are
// checked field by field (viewer/imageValidation.ts); a frame that arrives malformed becomes a 'frameFailed' for
// its index when the index can be read, so the viewer says so instead of waiting for it forever.

import type { DecodedFrame } from '../dicom/pixels/imageTypes';
import type {
  FrameNavigation,
  HeaderCommand,
  HeaderModel,
  HostMessage,
  PackedRows,
  SummaryInfo,
  TagRow,
} from '../shared/protocol';
import { PackedRowsError, unpackRows } from '../shared/rowPacking';
import { decodedFrameProblem, isImageInfo } from './viewer/imageValidation';

const COMMANDS: readonly HeaderCommand[] = [
  'expandAll',
  'collapseAll',
  'focusFilter',
  'copyTag',
  'copyKeyword',
  'copyValue',
];

const NAVIGATIONS: readonly FrameNavigation[] = ['next', 'previous', 'first', 'last'];

const SUMMARY_FIELDS: readonly (keyof SummaryInfo)[] = [
  'patient',
  'patientId',
  'study',
  'studyDate',
  'series',
  'modality',
  'sopClass',
  'transferSyntax',
  'transferSyntaxUid',
  'dimensions',
  'frames',
  'fileSize',
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isTagRow(value: unknown, index: number): value is TagRow {
  if (!isObject(value)) return false;
  return (
    value.id === index &&
    typeof value.parent === 'number' &&
    typeof value.depth === 'number' &&
    typeof value.tag === 'string' &&
    typeof value.keyword === 'string' &&
    typeof value.name === 'string' &&
    typeof value.vr === 'string' &&
    typeof value.vm === 'number' &&
    typeof value.length === 'number' &&
    typeof value.offset === 'number' &&
    typeof value.value === 'string' &&
    // `detail` came later; a host that leaves it out still gets its rows shown.
    (value.detail === undefined || typeof value.detail === 'string') &&
    typeof value.childCount === 'number'
  );
}

/** Checks everything of a model but its rows: file name, summary and errors. */
function isModelFrame(value: unknown): value is Omit<HeaderModel, 'rows'> {
  if (!isObject(value) || typeof value.fileName !== 'string') return false;
  if (!Array.isArray(value.errors) || !isObject(value.summary)) return false;
  const summary = value.summary;
  if (!SUMMARY_FIELDS.every((field) => typeof summary[field] === 'string')) return false;
  return value.errors.every(
    (error: unknown) =>
      isObject(error) && typeof error.message === 'string' && typeof error.offset === 'number',
  );
}

function isHeaderModel(value: unknown): value is HeaderModel {
  const rows = isObject(value) ? value.rows : undefined;
  if (!Array.isArray(rows) || !isModelFrame(value)) return false;
  // One pass of typeof checks over 100,000 rows takes about a millisecond; worth it to never render garbage.
  for (let i = 0; i < rows.length; i++) if (!isTagRow(rows[i], i)) return false;
  return true;
}

/** A 'headerPacked' message as a 'header' one: its rows unpacked, every buffer size and index checked first. */
function unpackHeader(data: Record<string, unknown>): HostMessageCheck {
  const packedRows = data.rows;
  if (!isObject(packedRows) || !isModelFrame(data)) return { ok: false, reason: 'malformed packed header' };
  const { fileName, summary, errors } = data;
  try {
    // unpackRows checks the shape of what it is given too: `rows` is only known to be an object here.
    const rows = unpackRows(packedRows as unknown as PackedRows);
    const model = { fileName, summary, errors, rows };
    // The first rows of a big header, sent ahead: a count of rows beyond them, else the message is whole.
    const partialOf = (data as { partialOf?: unknown }).partialOf;
    if (typeof partialOf === 'number' && Number.isSafeInteger(partialOf) && partialOf > rows.length)
      return { ok: true, message: { type: 'header', model, partialOf } };
    return { ok: true, message: { type: 'header', model } };
  } catch (caught) {
    // PackedRowsError says what was inconsistent (never file content); anything else is reported as a failure too.
    const what = caught instanceof PackedRowsError ? caught.message : 'unpack failed';
    return { ok: false, reason: `malformed packed rows: ${what}` };
  }
}

export type HostMessageCheck =
  { readonly ok: true; readonly message: HostMessage } | { readonly ok: false; readonly reason: string };

export function checkHostMessage(data: unknown): HostMessageCheck {
  if (!isObject(data)) return { ok: false, reason: 'not an object' };
  switch (data.type) {
    case 'header':
      return isHeaderModel(data.model)
        ? { ok: true, message: { type: 'header', model: data.model } }
        : { ok: false, reason: 'malformed header model' };
    case 'headerPacked':
      return unpackHeader(data);
    case 'loadFailed':
      return {
        ok: true,
        message: { type: 'loadFailed', message: typeof data.message === 'string' ? data.message : '' },
      };
    case 'command':
      return COMMANDS.includes(data.command as HeaderCommand)
        ? { ok: true, message: { type: 'command', command: data.command as HeaderCommand } }
        : { ok: false, reason: 'unknown command' };
    case 'image':
      if (data.image === null) return { ok: true, message: { type: 'image', image: null } };
      return isImageInfo(data.image)
        ? { ok: true, message: { type: 'image', image: data.image } }
        : { ok: false, reason: 'malformed image info' };
    case 'frame':
      return checkFrame(data.frame);
    case 'reveal':
      return Number.isSafeInteger(data.row) &&
        (data.row as number) >= 0 &&
        typeof data.tag === 'string' &&
        (data.offset === null || Number.isSafeInteger(data.offset))
        ? {
            ok: true,
            message: {
              type: 'reveal',
              row: data.row as number,
              tag: data.tag,
              offset: data.offset as number | null,
            },
          }
        : { ok: false, reason: 'malformed reveal' };
    case 'frameFailed':
      return Number.isSafeInteger(data.index) &&
        (data.index as number) >= 0 &&
        typeof data.message === 'string'
        ? { ok: true, message: { type: 'frameFailed', index: data.index as number, message: data.message } }
        : { ok: false, reason: 'malformed frameFailed' };
    case 'privacy':
      return typeof data.hideIdentity === 'boolean'
        ? { ok: true, message: { type: 'privacy', hideIdentity: data.hideIdentity } }
        : { ok: false, reason: 'malformed privacy state' };
    case 'navigateFrame':
      return NAVIGATIONS.includes(data.to as FrameNavigation)
        ? { ok: true, message: { type: 'navigateFrame', to: data.to as FrameNavigation } }
        : { ok: false, reason: 'unknown frame navigation' };
    case 'cacheBudget':
      return Number.isSafeInteger(data.bytes) && (data.bytes as number) >= 0
        ? { ok: true, message: { type: 'cacheBudget', bytes: data.bytes as number } }
        : { ok: false, reason: 'malformed cacheBudget' };
    default:
      return { ok: false, reason: 'unknown message type' };
  }
}

function checkFrame(frame: unknown): HostMessageCheck {
  const problem = decodedFrameProblem(frame);
  if (problem === undefined) return { ok: true, message: { type: 'frame', frame: frame as DecodedFrame } };
  const index = isObject(frame) ? frame.index : undefined;
  if (!Number.isSafeInteger(index) || (index as number) < 0)
    return { ok: false, reason: `malformed frame: ${problem}` };
  return {
    ok: true,
    message: {
      type: 'frameFailed',
      index: index as number,
      message: `Frame ${(index as number) + 1} arrived in a form the viewer cannot use (${problem}).`,
    },
  };
}
