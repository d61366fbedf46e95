// Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2) into one entry per input value.
// Three segment types: discrete (opcode 0: the entries themselves), linear (1: a straight line from the previous
// segment's last entry to a new end point) and indirect (2: replay segments found at an offset).
//
// Two points the standard leaves to readers, decided here:
// - Linear segments fill entries x0+1 … x0+length, the last one equal to the end point (the standard "connects"
//   (x0, y0) and (x0 + length, y1)); values are rounded half up. pydicom does the same (it rounds half to even:
//   fixtures avoid ties), dcm4che truncates, GDCM starts at y0 and stops one short of y1.
// - The indirect segment's 32-bit offset is a byte offset in the standard's table; pydicom and dcm4che read it as
//   an index of 16-bit words. We take whichever of the two lands on the start of a segment, bytes first.

const MAX_INDIRECT_DEPTH = 4;

/** `data`: the segment words (16-bit), or bytes for 8-bit segmented data. Never throws; a short or damaged
 *  table is padded with its last entry. */
export function expandSegmentedLut(data: ArrayLike<number>, entries: number, unitBytes: 1 | 2): Uint16Array {
  const out = new Uint16Array(Math.max(0, entries));
  let written = 0;
  const starts = segmentStarts(data, unitBytes);

  const expand = (start: number, maxSegments: number, depth: number): void => {
    let pos = start;
    let segments = 0;
    while (pos + 1 < data.length && written < out.length && segments < maxSegments) {
      const opcode = data[pos];
      const length = data[pos + 1];
      pos += 2;
      if (opcode === 0) {
        for (let k = 0; k < length && pos < data.length && written < out.length; k++)
          out[written++] = data[pos++];
      } else if (opcode === 1) {
        if (pos >= data.length) return;
        const y1 = data[pos++];
        // A linear segment cannot come first (nothing to start from): it is then flat at its end point.
        const y0 = written > 0 ? out[written - 1] : y1;
        for (let j = 1; j <= length && written < out.length; j++) {
          out[written++] = Math.round(y0 + ((y1 - y0) * j) / length);
        }
      } else if (opcode === 2) {
        const offsetUnits = unitBytes === 2 ? 2 : 4;
        if (pos + offsetUnits > data.length || depth >= MAX_INDIRECT_DEPTH) return;
        const offset =
          unitBytes === 2
            ? (data[pos] | (data[pos + 1] << 16)) >>> 0
            : (data[pos] | (data[pos + 1] << 8) | (data[pos + 2] << 16) | (data[pos + 3] << 24)) >>> 0;
        pos += offsetUnits;
        const target = resolveOffset(offset, unitBytes, starts);
        if (target === undefined) return;
        expand(target, length, depth + 1);
      } else {
        return; // reserved opcode: the rest cannot be read
      }
      segments++;
    }
  };

  expand(0, Infinity, 0);
  const last = written > 0 ? out[written - 1] : 0;
  out.fill(last, written);
  return out;
}

/** Where each top-level segment starts (in units of `data`). */
function segmentStarts(data: ArrayLike<number>, unitBytes: 1 | 2): Set<number> {
  const starts = new Set<number>();
  let pos = 0;
  while (pos + 1 < data.length) {
    starts.add(pos);
    const opcode = data[pos];
    const length = data[pos + 1];
    if (opcode === 0) pos += 2 + length;
    else if (opcode === 1) pos += 3;
    else if (opcode === 2) pos += unitBytes === 2 ? 4 : 6;
    else break;
  }
  return starts;
}

function resolveOffset(offset: number, unitBytes: 1 | 2, starts: Set<number>): number | undefined {
  if (offset % unitBytes === 0 && starts.has(offset / unitBytes)) return offset / unitBytes;
  if (starts.has(offset)) return offset;
  return undefined;
}
