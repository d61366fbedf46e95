// Which transfer syntaxes the decoder handles, with which codec family, and what to call a frame's raw bitstream
// when it is saved. Kept apart from the codecs so that modules that only need the answer (image info, the
// webview's messages) do not pull the decoders into their bundle.
import { transferSyntaxName, transferSyntaxTraits } from '../uids';

/** How the frames of a syntax are stored and decoded. */
export type CodecFamily =
  | 'native'
  | 'encapsulatedNative'
  | 'rle'
  | 'jpeg'
  | 'jpegLossless'
  | 'jpegLs'
  | 'jpeg2000'
  | 'htj2k'
  | 'unsupported';

export interface TransferSyntaxSupport {
  readonly supported: boolean;
  /** Human name of the syntax, e.g. 'JPEG-LS Lossless Image Compression'. */
  readonly name: string;
  /** For unsupported syntaxes: one sentence naming it and its UID. */
  readonly reason?: string;
  /** File extension for the raw bitstream of a frame: 'jpg', 'jls', 'j2k', 'jhc', 'rle', 'raw', 'mp4'… */
  readonly bitstreamExtension: string;
}

interface Entry {
  readonly family: CodecFamily;
  readonly extension: string;
  /** Why an unsupported syntax cannot be shown (completes "<name> (<uid>) …"). */
  readonly why?: string;
}

const P = '1.2.840.10008.1.2';
const VIDEO = 'is video, which this viewer does not decode; save the bitstream to play it in a video player';
const RETIRED_JPEG = 'is a retired JPEG process that this viewer does not decode';

const TABLE = new Map<string, Entry>([
  [P, { family: 'native', extension: 'raw' }],
  [`${P}.1`, { family: 'native', extension: 'raw' }],
  [`${P}.2`, { family: 'native', extension: 'raw' }],
  [`${P}.1.99`, { family: 'native', extension: 'raw' }],
  ['1.2.840.10008.1.20', { family: 'native', extension: 'raw' }],
  [`${P}.1.98`, { family: 'encapsulatedNative', extension: 'raw' }],
  [`${P}.5`, { family: 'rle', extension: 'rle' }],
  [`${P}.4.50`, { family: 'jpeg', extension: 'jpg' }],
  [`${P}.4.51`, { family: 'jpeg', extension: 'jpg' }],
  [`${P}.4.57`, { family: 'jpegLossless', extension: 'jpg' }],
  [`${P}.4.70`, { family: 'jpegLossless', extension: 'jpg' }],
  [`${P}.4.80`, { family: 'jpegLs', extension: 'jls' }],
  [`${P}.4.81`, { family: 'jpegLs', extension: 'jls' }],
  [`${P}.4.90`, { family: 'jpeg2000', extension: 'j2k' }],
  [`${P}.4.91`, { family: 'jpeg2000', extension: 'j2k' }],
  // HTJ2K frames are bare codestreams: .jhc (ISO/IEC 15444-15), not the boxed .jph file format.
  [`${P}.4.201`, { family: 'htj2k', extension: 'jhc' }],
  [`${P}.4.202`, { family: 'htj2k', extension: 'jhc' }],
  [`${P}.4.203`, { family: 'htj2k', extension: 'jhc' }],
  [
    `${P}.4.92`,
    {
      family: 'unsupported',
      extension: 'j2k',
      why: 'uses JPEG 2000 Part 2 extensions, which this viewer does not decode',
    },
  ],
  [
    `${P}.4.93`,
    {
      family: 'unsupported',
      extension: 'j2k',
      why: 'uses JPEG 2000 Part 2 extensions, which this viewer does not decode',
    },
  ],
  [
    `${P}.4.110`,
    { family: 'unsupported', extension: 'jxl', why: 'is JPEG XL, which this viewer does not decode yet' },
  ],
  [
    `${P}.4.111`,
    { family: 'unsupported', extension: 'jxl', why: 'is JPEG XL, which this viewer does not decode yet' },
  ],
  [
    `${P}.4.112`,
    { family: 'unsupported', extension: 'jxl', why: 'is JPEG XL, which this viewer does not decode yet' },
  ],
  [`${P}.8.1`, { family: 'unsupported', extension: 'deflate', why: 'is not decoded by this viewer yet' }],
]);

for (const suffix of ['100', '100.1', '101', '101.1']) {
  TABLE.set(`${P}.4.${suffix}`, { family: 'unsupported', extension: 'mpg', why: VIDEO });
}
for (const suffix of [
  '102',
  '102.1',
  '103',
  '103.1',
  '104',
  '104.1',
  '105',
  '105.1',
  '106',
  '106.1',
  '107',
  '108',
]) {
  TABLE.set(`${P}.4.${suffix}`, { family: 'unsupported', extension: 'mp4', why: VIDEO });
}
for (let process = 52; process <= 66; process++) {
  if (process !== 57)
    TABLE.set(`${P}.4.${process}`, { family: 'unsupported', extension: 'jpg', why: RETIRED_JPEG });
}
for (const suffix of ['4.94', '4.95', '4.204', '4.205']) {
  TABLE.set(`${P}.${suffix}`, {
    family: 'unsupported',
    extension: 'raw',
    why: 'references pixel data held by a JPIP server, not in the file',
  });
}
for (const suffix of ['7.1', '7.2', '7.3']) {
  TABLE.set(`${P}.${suffix}`, {
    family: 'unsupported',
    extension: 'raw',
    why: 'is a SMPTE ST 2110 stream, which this viewer does not decode',
  });
}

function normalize(uid: string): string {
  return uid.replace(/[\0 ]+$/, '').trim();
}

/** The codec family of a syntax; 'unsupported' for everything we cannot decode, unknown UIDs included. */
export function codecFamily(uid: string): CodecFamily {
  return TABLE.get(normalize(uid))?.family ?? 'unsupported';
}

export function transferSyntaxSupport(uid: string): TransferSyntaxSupport {
  const clean = normalize(uid);
  const entry = TABLE.get(clean);
  const name = transferSyntaxName(clean);
  if (entry && name && entry.family !== 'unsupported') {
    return { supported: true, name, bitstreamExtension: entry.extension };
  }
  if (entry && name) {
    return {
      supported: false,
      name,
      reason: `${name} (${clean}) ${entry.why ?? 'is not supported'}.`,
      bitstreamExtension: entry.extension,
    };
  }
  if (name) {
    // Known to the registry but not an image encoding we handle (e.g. the retired MIME/XML encodings).
    return {
      supported: false,
      name,
      reason: `${name} (${clean}) is not an image encoding this viewer decodes.`,
      bitstreamExtension: 'raw',
    };
  }
  const encapsulated = transferSyntaxTraits(clean)?.encapsulated ?? true;
  return {
    supported: false,
    name: 'Unknown transfer syntax',
    reason: `The transfer syntax ${clean || '(empty)'} is not a known one, so its pixel data cannot be decoded.`,
    bitstreamExtension: encapsulated ? 'bin' : 'raw',
  };
}
