// Whether a frame's codestream ends with its end marker (JPEG EOI, JPEG-LS EOI, JPEG 2000 EOC: all 0xFFD9),
// allowing the zero padding a fragment may carry. The wasm codecs decode a cut-short stream into a partly
// grey image with at most a warning; a frame whose end is missing is reported as truncated instead.

export function hasEndMarker(parts: readonly Uint8Array[]): boolean {
  const last = parts[parts.length - 1];
  let end = last.length;
  // A fragment is padded to even length, and some writers pad more: skip up to 16 trailing zero bytes.
  let skipped = 0;
  while (end > 0 && last[end - 1] === 0 && skipped < 16) {
    end--;
    skipped++;
  }
  if (end >= 2) return last[end - 2] === 0xff && last[end - 1] === 0xd9;
  // The marker may straddle two fragments.
  if (end === 1 && parts.length > 1) {
    const previous = parts[parts.length - 2];
    return previous[previous.length - 1] === 0xff && last[0] === 0xd9;
  }
  return false;
}
