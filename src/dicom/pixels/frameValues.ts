// Which FrameValues apply to a frame. Kept apart from imageInfo.ts (which reads the data set) so the webview
// bundle can use it without pulling in the parser.
import type { FrameValues, ImageInfo } from './imageTypes';

/** The values that apply to frame `index` (per-frame values when the file has them, else the shared ones). */
export function frameValues(info: ImageInfo, index: number): FrameValues {
  return info.perFrame?.[index] ?? info.shared;
}
