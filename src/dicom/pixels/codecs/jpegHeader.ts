// Reads a JPEG stream's header up to its first scan (ITU-T T.81 Annex B): which process the frame header
// says (SOFn), precision, size, components, and the markers libjpeg uses to guess the colour space. Lets the
// decoder route each frame by what it actually is, not only by what the transfer syntax claims.

export interface JpegComponent {
  readonly id: number;
  readonly h: number;
  readonly v: number;
  readonly quantTable: number;
}

export interface JpegHeader {
  /** The SOF marker's low byte: 0xc0 baseline, 0xc1 extended, 0xc2 progressive, 0xc3 lossless, 0xf7 JPEG-LS… */
  readonly sof: number;
  readonly precision: number;
  readonly width: number;
  readonly height: number;
  readonly components: readonly JpegComponent[];
  readonly jfif: boolean;
  /** The Adobe APP14 marker's transform flag, when present. */
  readonly adobeTransform?: number;
}

/** Parses the header; undefined when the bytes are not a JPEG stream or end before a frame header. */
export function readJpegHeader(data: Uint8Array): JpegHeader | undefined {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let at = 2;
  let jfif = false;
  let adobeTransform: number | undefined;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (data[at + 2] << 8) | data[at + 3];
    const body = at + 4;
    if (length < 2 || body + length - 2 > data.length) return undefined;
    if (marker === 0xe0 && length >= 7 && String.fromCharCode(...data.subarray(body, body + 4)) === 'JFIF')
      jfif = true;
    if (
      marker === 0xee &&
      length >= 14 &&
      String.fromCharCode(...data.subarray(body, body + 5)) === 'Adobe'
    ) {
      adobeTransform = data[body + 11];
    }
    const isSof =
      (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) ||
      marker === 0xf7;
    if (isSof) {
      if (length < 8) return undefined;
      const count = data[body + 5];
      if (length < 8 + 3 * count) return undefined;
      const components: JpegComponent[] = [];
      for (let c = 0; c < count; c++) {
        const p = body + 6 + 3 * c;
        components.push({ id: data[p], h: data[p + 1] >> 4, v: data[p + 1] & 15, quantTable: data[p + 2] });
      }
      return {
        sof: marker,
        precision: data[body],
        height: (data[body + 1] << 8) | data[body + 2],
        width: (data[body + 3] << 8) | data[body + 4],
        components,
        jfif,
        adobeTransform,
      };
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // a scan or the end before any frame header
    at = body + length - 2;
  }
  return undefined;
}

/** Whether libjpeg would take a three-component stream as YCbCr and convert it to RGB (jdapimin.c
 *  default_decompress_parms): JFIF says YCbCr; Adobe transform 0 says RGB; else component ids 'R','G','B'
 *  say RGB and anything else is assumed YCbCr. */
export function libjpegAssumesYcbcr(header: JpegHeader): boolean {
  if (header.components.length !== 3) return false;
  if (header.jfif) return true;
  if (header.adobeTransform !== undefined) return header.adobeTransform !== 0;
  const [a, b, c] = header.components.map((component) => component.id);
  return !(a === 0x52 && b === 0x47 && c === 0x42);
}
