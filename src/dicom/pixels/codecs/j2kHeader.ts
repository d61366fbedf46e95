// Reads a JPEG 2000 codestream's SIZ segment (ITU-T T.800 A.5.1): image size and component count, so that a
// frame whose header disagrees with the data set is refused before the codec allocates anything (or, with a
// damaged subsampling factor, before OpenJPH loops forever on it).

export interface J2kSize {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** Every component at full resolution (XRsiz = YRsiz = 1), as DICOM requires. */
  readonly fullResolution: boolean;
}

/** SOC followed by SIZ; undefined when the bytes do not start that way. */
export function readJ2kSize(data: Uint8Array): J2kSize | undefined {
  if (data.length < 42 || data[0] !== 0xff || data[1] !== 0x4f || data[2] !== 0xff || data[3] !== 0x51)
    return undefined;
  const view = new DataView(data.buffer, data.byteOffset, 42);
  const width = view.getUint32(8) - view.getUint32(16);
  const height = view.getUint32(12) - view.getUint32(20);
  const components = view.getUint16(40);
  let fullResolution = data.length >= 42 + 3 * components;
  for (let c = 0; c < components && fullResolution; c++) {
    fullResolution = data[43 + 3 * c] === 1 && data[44 + 3 * c] === 1;
  }
  return { width, height, components, fullResolution };
}
