// The DICOM JSON Model (PS3.18 Annex F): an object keyed by tag, each attribute with its VR and its Value,
// InlineBinary (base64) or BulkDataURI. Bulk data up to a size limit goes inline; beyond it, the attribute
// carries a BulkDataURI naming the bytes' place in the file, so nothing big is copied.

import type { DicomElement, DicomFile } from './model';
import { TAG, tagElement, tagHex } from './tags';
import type { ValueContext } from './values';
import { contextFor, readValue, rootContexts, valueBytes } from './values';
import { binaryValueSize } from './vr';

export interface DicomJsonOptions {
  /** Include the file meta group (0002). PS3.18 leaves it out; tools comparing files often want it. */
  readonly includeMeta?: boolean;
  /** Largest binary value written inline, in bytes; larger ones get a BulkDataURI. */
  readonly inlineBinaryLimit?: number;
  /** Base of BulkDataURIs (e.g. the file's URI); the byte range is appended as a fragment. */
  readonly bulkDataBase?: string;
  /** Keep group length elements (gggg,0000), which PS3.18 F.2 says are not included. */
  readonly includeGroupLengths?: boolean;
}

export type JsonValue = string | number | null | JsonPersonName | DicomJsonDataset;
export interface JsonPersonName {
  Alphabetic?: string;
  Ideographic?: string;
  Phonetic?: string;
}
export interface DicomJsonAttribute {
  vr: string;
  Value?: JsonValue[];
  InlineBinary?: string;
  BulkDataURI?: string;
}
export type DicomJsonDataset = { [tag: string]: DicomJsonAttribute };

const DEFAULT_INLINE_LIMIT = 64 * 1024;
const NUMBER_TEXT_VRS = new Set(['IS', 'DS']);

function base64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + '=';
  }
  return out;
}

/** Binary values in the JSON model are little endian (PS3.18 F.2.7): swap big-endian words. */
function littleEndianBytes(bytes: Uint8Array, vr: string, context: ValueContext): Uint8Array {
  const size = binaryValueSize(vr) || 1;
  if (context.littleEndian || size === 1) return bytes;
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + size <= bytes.length; i += size) {
    for (let b = 0; b < size; b++) swapped[i + b] = bytes[i + size - 1 - b];
  }
  return swapped;
}

function textNumber(text: string): number | string | null {
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

function attribute(
  element: DicomElement,
  context: ValueContext,
  options: DicomJsonOptions,
): DicomJsonAttribute {
  const vr = element.vr;
  const value = readValue(element, context);
  switch (value.kind) {
    case 'empty':
      return { vr };
    case 'sequence':
      // An empty sequence has no Value (PS3.18 F.2.5), as dcm2json writes it.
      if (value.items.length === 0) return { vr: 'SQ' };
      return {
        vr: 'SQ',
        Value: value.items.map((item) =>
          datasetJson(item.elements, contextFor(item.elements, context), options),
        ),
      };
    case 'text':
      if (value.values.every((v) => v === '')) return { vr };
      return {
        vr,
        Value: value.values.map((text) =>
          NUMBER_TEXT_VRS.has(vr) ? textNumber(text) : text === '' ? null : text,
        ),
      };
    case 'personName':
      return { vr, Value: value.values.map((groups) => ({ ...groups })) };
    case 'number':
      return { vr, Value: value.values };
    case 'bigint':
      return {
        vr,
        Value: value.values.map((n) =>
          n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(n)
            : n.toString(),
        ),
      };
    case 'tag':
      return { vr, Value: value.values.map(tagHex) };
    case 'fragments':
    case 'bytes': {
      const limit = options.inlineBinaryLimit ?? DEFAULT_INLINE_LIMIT;
      const start =
        value.kind === 'bytes' ? element.valueOffset : (value.fragments[0]?.offset ?? element.valueOffset);
      const end =
        value.kind === 'bytes'
          ? element.valueOffset + element.length
          : value.fragments.length
            ? value.fragments[value.fragments.length - 1].valueOffset +
              value.fragments[value.fragments.length - 1].length
            : start;
      if (value.kind === 'bytes' && element.length <= limit) {
        return { vr, InlineBinary: base64(littleEndianBytes(valueBytes(element, context), vr, context)) };
      }
      const base = options.bulkDataBase ?? '';
      return { vr, BulkDataURI: `${base}#offset=${start}&length=${end - start}` };
    }
  }
}

function datasetJson(
  elements: readonly DicomElement[],
  context: ValueContext,
  options: DicomJsonOptions,
): DicomJsonDataset {
  const out: DicomJsonDataset = {};
  for (const element of elements) {
    if (!options.includeGroupLengths && tagElement(element.tag) === 0) continue;
    out[tagHex(element.tag)] =
      element.tag === TAG.specificCharacterSet && element.length > 0
        ? // JSON text is Unicode: the values were decoded, so the data set now says UTF-8, as dcm2json does.
          { vr: element.vr, Value: ['ISO_IR 192'] }
        : attribute(element, context, options);
  }
  return out;
}

export function dicomJson(file: DicomFile, options: DicomJsonOptions = {}): DicomJsonDataset {
  const contexts = rootContexts(file);
  const dataset = datasetJson(file.dataset, contexts.dataset, options);
  if (!options.includeMeta) return dataset;
  return { ...datasetJson(file.meta, contexts.meta, options), ...dataset };
}

/**
 * JSON text of a DICOM JSON data set with attributes in tag order. JSON.stringify cannot be used directly: keys
 * such as "20100100" look like array indices, and JavaScript objects put those first whatever their order.
 */
export function stringifyDicomJson(dataset: DicomJsonDataset, indent = 2): string {
  const pad = (level: number): string => (indent > 0 ? '\n' + ' '.repeat(indent * level) : '');
  const colon = indent > 0 ? ': ' : ':';
  const write = (value: unknown, level: number): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      return `[${value.map((item) => pad(level + 1) + write(item, level + 1)).join(',')}${pad(level)}]`;
    }
    const keys = Object.keys(value);
    if (keys.every((key) => /^[0-9A-F]{8}$/.test(key))) keys.sort();
    if (keys.length === 0) return '{}';
    const record = value as Record<string, unknown>;
    return `{${keys.map((key) => `${pad(level + 1)}${JSON.stringify(key)}${colon}${write(record[key], level + 1)}`).join(',')}${pad(level)}}`;
  };
  return write(dataset, 0);
}
