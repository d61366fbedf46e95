// Facts about value representations (PS3.5 §6.2) that decide how an element is laid out and decoded.

/** VRs whose explicit-VR header has two reserved bytes and a 32-bit length (PS3.5 Table 7.1-1). */
const LONG_HEADER_VRS = new Set([
  'OB',
  'OD',
  'OF',
  'OL',
  'OV',
  'OW',
  'SQ',
  'UC',
  'UN',
  'UR',
  'UT',
  'SV',
  'UV',
]);

const KNOWN_VRS = new Set([
  'AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FL', 'FD', 'IS', 'LO', 'LT', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW',
  'PN', 'SH', 'SL', 'SQ', 'SS', 'ST', 'SV', 'TM', 'UC', 'UI', 'UL', 'UN', 'UR', 'US', 'UT', 'UV',
]); // prettier-ignore

export const hasLongHeader = (vr: string): boolean => LONG_HEADER_VRS.has(vr);

/** Known VRs by their two bytes, so the parser reads a VR without building a string per element. */
const VR_BY_CODE = new Map<number, string>(
  [...KNOWN_VRS].map((vr) => [(vr.charCodeAt(0) << 8) | vr.charCodeAt(1), vr]),
);

/** The known VR spelled by two bytes, or undefined. */
export const vrFromBytes = (first: number, second: number): string | undefined =>
  VR_BY_CODE.get((first << 8) | second);
export const isKnownVr = (vr: string): boolean => KNOWN_VRS.has(vr);

/** String VRs: values are text, several values separated by backslashes. */
const TEXT_VRS = new Set([
  'AE',
  'AS',
  'CS',
  'DA',
  'DS',
  'DT',
  'IS',
  'LO',
  'LT',
  'PN',
  'SH',
  'ST',
  'TM',
  'UC',
  'UI',
  'UR',
  'UT',
]);

/** Text VRs that hold a single value: a backslash in them is just a character (PS3.5 §6.4). */
const SINGLE_VALUE_TEXT_VRS = new Set(['LT', 'ST', 'UT', 'UR']);

/** VRs whose text may use the extended character sets of Specific Character Set (PS3.5 §6.1.2.3). */
const EXTENDED_CHARSET_VRS = new Set(['SH', 'LO', 'ST', 'LT', 'PN', 'UC', 'UT']);

export const isTextVr = (vr: string): boolean => TEXT_VRS.has(vr);
export const isSingleValueTextVr = (vr: string): boolean => SINGLE_VALUE_TEXT_VRS.has(vr);
export const usesExtendedCharset = (vr: string): boolean => EXTENDED_CHARSET_VRS.has(vr);

/** Byte size of one value of a fixed-width binary VR, or 0 for variable-width VRs. */
export function binaryValueSize(vr: string): number {
  switch (vr) {
    case 'US':
    case 'SS':
    case 'OW':
      return 2;
    case 'UL':
    case 'SL':
    case 'FL':
    case 'OF':
    case 'OL':
    case 'AT':
      return 4;
    case 'FD':
    case 'OD':
    case 'SV':
    case 'UV':
    case 'OV':
      return 8;
    case 'OB':
    case 'UN':
      return 1;
    default:
      return 0;
  }
}
