// Reads the Overlay Plane module (PS3.3 C.9.2) and Multi-frame Overlay (C.9.3): every 60xx group (even groups
// 6000-601E) with Overlay Data, unpacked to one byte per overlay pixel. Overlay Data is packed like 1-bit pixel
// data (PS3.5 8.1.2): pixel k is bit k % 8 of byte k / 8 counted from the least significant bit, frames follow
// one another without padding. Overlays embedded in the high bits of Pixel Data (retired, no Overlay Data
// element) are left out: the decoded frame no longer has those bits.

import { makeTag } from '../tags';
import type { OverlayPlane } from './imageTypes';
import type { AttributeReader } from './attributes';

/** Overlays larger than this many pixels (all frames) are damage, not drawn. */
const MAX_OVERLAY_PIXELS = 1 << 28;

export function readOverlays(reader: AttributeReader, imageFrames: number): OverlayPlane[] {
  const overlays: OverlayPlane[] = [];
  for (let group = 0x6000; group <= 0x601e; group += 2) {
    const dataTag = makeTag(group, 0x3000);
    if (!reader.has(dataTag)) continue;
    const at = (element: number) => makeTag(group, element);
    const rows = reader.number(at(0x0010)) ?? 0;
    const columns = reader.number(at(0x0011)) ?? 0;
    if (!(rows > 0 && columns > 0)) continue;
    const framesInOverlay = reader.number(at(0x0015));
    const frameCount =
      framesInOverlay !== undefined && framesInOverlay >= 1 ? Math.floor(framesInOverlay) : 1;
    if (rows * columns * frameCount > MAX_OVERLAY_PIXELS) continue;
    const imageFrameOrigin = reader.number(at(0x0051)) ?? 1;
    const origin = reader.numbers(at(0x0050), 2);
    const originRow = Number.isFinite(origin[0]) ? signed16(origin[0]) - 1 : 0;
    const originColumn = Number.isFinite(origin[1]) ? signed16(origin[1]) - 1 : 0;
    const label = reader.text(at(0x0022)) || reader.text(at(0x1500));
    overlays.push({
      group,
      rows,
      columns,
      originRow,
      originColumn,
      type: reader.text(at(0x0040)).toUpperCase() || 'G',
      label,
      firstFrame: Math.min(Math.max(Math.floor(imageFrameOrigin) - 1, 0), Math.max(imageFrames - 1, 0)),
      frameCount,
      bits: unpackBits(reader.logicalBytes(dataTag), rows * columns * frameCount),
    });
  }
  return overlays;
}

/** Overlay Origin is SS; a writer that used US for a negative origin gives 65535 for -1. */
function signed16(value: number): number {
  return value >= 0x8000 && value <= 0xffff ? value - 0x10000 : value;
}

function unpackBits(bytes: Uint8Array, count: number): Uint8Array {
  const bits = new Uint8Array(count);
  const available = Math.min(count, bytes.length * 8);
  for (let k = 0; k < available; k++) bits[k] = (bytes[k >> 3] >> (k & 7)) & 1;
  return bits;
}
