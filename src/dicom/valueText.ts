// Renders an element's value as one line of display text, the same for the header table, the text dump and the
// CLI: long arrays are cut after a few values, UIDs carry their names, tags print as (gggg,eeee).

import type { DicomElement } from './model';
import { formatTag, TAG } from './tags';
import { uidName } from './uids';
import type { ElementValue, PersonNameGroups, ValueContext } from './values';
import { availableLength, readNumbers, readValue } from './values';

export interface ValueTextOptions {
  /** Binary values shown before the rest is summarised. */
  readonly maxValues?: number;
  /** Characters of text shown before the rest is cut. */
  readonly maxChars?: number;
  /** Append the names of known UIDs. */
  readonly uidNames?: boolean;
}

const DEFAULTS = { maxValues: 16, maxChars: 1024, uidNames: false };

/** Shortest decimal text that reads back to the same float32 (FL/OF values are stored as float32). */
export function formatFloat32(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  for (let precision = 1; precision <= 9; precision++) {
    const text = value.toPrecision(precision);
    if (Math.fround(Number(text)) === value) return String(Number(text));
  }
  return String(value);
}

function formatNumber(value: number, vr: string): string {
  return vr === 'FL' || vr === 'OF' ? formatFloat32(value) : String(value);
}

function cut(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}

function joinLimited(parts: string[], total: number, maxValues: number): string {
  const shown = parts.slice(0, maxValues).join('\\');
  return total > maxValues ? `${shown}\\… (${total} values)` : shown;
}

/** A person name's groups, as written: "Yamada^Tarou=山田^太郎=やまだ^たろう". */
export function personNameText(groups: PersonNameGroups): string {
  const parts = [groups.Alphabetic ?? '', groups.Ideographic ?? '', groups.Phonetic ?? ''];
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join('=');
}

const PN_COMPONENTS = ['family', 'given', 'middle', 'prefix', 'suffix'];

/** A person name split into its named components, for tooltips and details. */
export function describePersonName(groups: PersonNameGroups): string {
  const describe = (group: string): string =>
    group
      .split('^')
      .map((component, index) =>
        component ? `${PN_COMPONENTS[index] ?? `component ${index + 1}`}: ${component}` : '',
      )
      .filter(Boolean)
      .join(', ');
  const lines: string[] = [];
  if (groups.Alphabetic) lines.push(`Alphabetic — ${describe(groups.Alphabetic)}`);
  if (groups.Ideographic) lines.push(`Ideographic — ${describe(groups.Ideographic)}`);
  if (groups.Phonetic) lines.push(`Phonetic — ${describe(groups.Phonetic)}`);
  return lines.join('; ');
}

/** `total` counts the words of the whole value, of which `bytes` may hold only the first (see availableLength). */
function hexBytes(
  bytes: Uint8Array,
  total: number,
  wordSize: number,
  littleEndian: boolean,
  maxValues: number,
): string {
  const parts: string[] = [];
  for (let i = 0; i < Math.min(Math.floor(bytes.length / wordSize), maxValues); i++) {
    let word = 0;
    for (let b = 0; b < wordSize; b++) {
      const byte = bytes[i * wordSize + (littleEndian ? wordSize - 1 - b : b)];
      word = word * 256 + byte;
    }
    parts.push(word.toString(16).padStart(wordSize * 2, '0'));
  }
  return joinLimited(parts, total, maxValues);
}

/** The number of binary values the display reads: what valueText shows before summarising the rest. */
export const DISPLAYED_VALUES = DEFAULTS.maxValues;

/** One line of text for an element's value. `value` may be passed when the caller has read it already (with at
 *  least `maxValues` numbers), so that it is not decoded twice. */
export function valueText(
  element: DicomElement,
  context: ValueContext,
  options: ValueTextOptions = {},
  value?: ElementValue,
): string {
  const { maxValues, maxChars, uidNames } = { ...DEFAULTS, ...options };
  if (
    element.tag === TAG.pixelData ||
    element.tag === TAG.floatPixelData ||
    element.tag === TAG.doubleFloatPixelData
  ) {
    if (element.fragments) {
      const frames = element.fragments.length - 1;
      return `Encapsulated: ${Math.max(frames, 0)} fragment${frames === 1 ? '' : 's'} and an offset table`;
    }
    return `Pixel data: ${element.length} bytes`;
  }
  value ??= readValue(element, context, maxValues);
  switch (value.kind) {
    case 'empty':
      return '';
    case 'sequence':
      return `${value.items.length} item${value.items.length === 1 ? '' : 's'}`;
    case 'fragments':
      return `${value.fragments.length} fragment${value.fragments.length === 1 ? '' : 's'}`;
    case 'text': {
      if (element.vr === 'UI' && uidNames) {
        return cut(
          value.values
            .map((uid) => {
              const name = uidName(uid);
              return name ? `${uid} (${name})` : uid;
            })
            .join('\\'),
          maxChars,
        );
      }
      return cut(value.values.join('\\'), maxChars);
    }
    case 'personName':
      return cut(value.values.map(personNameText).join('\\'), maxChars);
    case 'number':
      return joinLimited(
        value.values.map((n) => formatNumber(n, element.vr)),
        value.total,
        maxValues,
      );
    case 'bigint':
      return joinLimited(value.values.map(String), value.total, maxValues);
    case 'tag':
      return joinLimited(value.values.map(formatTag), value.total, maxValues);
    case 'bytes': {
      const vr = element.vr;
      if (vr === 'OF' || vr === 'OD' || vr === 'OL') {
        // readNumbers reads these word streams as numbers directly.
        const { values, total } = readNumbers(element, context, maxValues);
        return joinLimited(
          values.map((n) => formatNumber(n, vr)),
          total,
          maxValues,
        );
      }
      const wordSize = vr === 'OW' ? 2 : vr === 'OV' ? 8 : 1;
      const total = Math.floor(availableLength(element, context) / wordSize);
      return hexBytes(value.bytes, total, wordSize, context.littleEndian, maxValues);
    }
  }
}

/** Extra text about a value: the names of known UIDs, the components of person names; '' otherwise. */
export function valueDetail(
  element: DicomElement,
  context: ValueContext,
  value: ElementValue = readValue(element, context),
): string {
  if (element.vr !== 'UI' && element.vr !== 'PN') return '';
  if (value.kind === 'personName') return value.values.map(describePersonName).filter(Boolean).join(' \\ ');
  if (value.kind === 'text') {
    return value.values
      .map((uid) => uidName(uid))
      .filter((name): name is string => name !== undefined)
      .join(' \\ ');
  }
  return '';
}
