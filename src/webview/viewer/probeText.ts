// The pixel probe's text for one image position (from probePixel): position, stored value(s), modality value
// with its unit for grey data, and RGB for colour and palette data.

import type { ProbeResult } from '../../dicom/pixels/imageTypes';
import { formatValue } from './windowLevel';

export function probeText(result: ProbeResult): string {
  const parts = [`x ${result.x}  y ${result.y}`];
  const stored = result.stored.map(formatValue).join(', ');
  if (result.rgb) {
    // A palette image's stored value is an index; an RGB image's are the colour itself.
    if (result.stored.length === 1) parts.push(`index ${stored}`);
    parts.push(`RGB ${result.rgb.join(', ')}`);
  } else {
    parts.push(`stored ${stored}`);
    if (result.modality !== undefined) {
      const unit = result.unit ? ` ${result.unit}` : '';
      parts.push(`value ${formatValue(result.modality)}${unit}`);
    }
  }
  return parts.join('   ');
}
