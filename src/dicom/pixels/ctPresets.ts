// Window presets offered for CT, in Hounsfield units. Values from Radiopaedia's "Windowing (CT)" table of typical
// window widths and levels (Murphy A, Baba Y, et al.; radiopaedia.org/articles/windowing-ct): brain W:80 L:40,
// subdural W:130-300 L:50-100 (we take the middle of both ranges, W:215 L:75), lungs W:1500 L:-600,
// mediastinum W:350 L:50, abdomen soft tissues W:400 L:50, bone W:1800 L:400.
import type { WindowPreset } from './imageTypes';

export const CT_PRESETS: readonly WindowPreset[] = [
  { center: 40, width: 80, explanation: 'CT brain' },
  { center: 75, width: 215, explanation: 'CT subdural' },
  { center: -600, width: 1500, explanation: 'CT lung' },
  { center: 50, width: 350, explanation: 'CT mediastinum' },
  { center: 50, width: 400, explanation: 'CT abdomen' },
  { center: 400, width: 1800, explanation: 'CT bone' },
];
