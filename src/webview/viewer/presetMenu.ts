// The window preset dropdown: the default window, the presets render.ts offers for the frame (the file's windows
// by explanation, CT presets, Auto), the file's VOI LUTs, and "Custom" for a dragged or typed window. Rebuilt only
// when the offer changes (per-frame files may offer different windows per frame).

import { frameValues } from '../../dicom/pixels/frameValues';
import type { DecodedFrame, DisplayWindow, ImageInfo, WindowPreset } from '../../dicom/pixels/imageTypes';
import { windowPresets } from '../../dicom/pixels/render';
import { element } from '../dom';
import { formatWindow } from './windowLevel';

/** What choosing an entry means: a window, a VOI LUT, or the file's default (both null). */
export interface PresetChoice {
  readonly window: DisplayWindow | null;
  readonly voiLutIndex: number | null;
}

export class PresetMenu {
  private key = '';
  private presets: readonly WindowPreset[] = [];

  constructor(
    private readonly select: HTMLSelectElement,
    onChoose: (choice: PresetChoice) => void,
  ) {
    select.addEventListener('change', () => {
      const value = select.value;
      if (value === 'default') return onChoose({ window: null, voiLutIndex: null });
      if (value.startsWith('lut')) return onChoose({ window: null, voiLutIndex: Number(value.slice(3)) });
      const preset = value.startsWith('w') ? this.presets[Number(value.slice(1))] : undefined;
      if (preset) onChoose({ window: { center: preset.center, width: preset.width }, voiLutIndex: null });
    });
  }

  /** Offers the entries for this frame and selects the one in use. */
  update(frame: DecodedFrame, info: ImageInfo, chosen: PresetChoice): void {
    let presets: WindowPreset[] = [];
    try {
      presets = windowPresets(frame, info);
    } catch {
      // The render module could not offer presets; the default and custom entries remain.
    }
    const luts = frameValues(info, frame.index).voiLuts;
    const key = JSON.stringify([presets, luts.map((l) => l.explanation)]);
    if (key !== this.key) {
      this.key = key;
      this.presets = presets;
      const option = (value: string, text: string) => element('option', { text, attributes: { value } });
      const options = [option('default', 'Default window')];
      presets.forEach((p, i) =>
        options.push(option(`w${i}`, `${p.explanation || `Window ${i + 1}`}  (${formatWindow(p)})`)),
      );
      luts.forEach((l, i) => options.push(option(`lut${i}`, `VOI LUT ${l.explanation || i + 1}`)));
      const custom = option('custom', 'Custom');
      custom.disabled = true;
      options.push(custom);
      this.select.replaceChildren(...options);
    }
    this.select.value = this.selected(chosen, luts.length);
  }

  /** Forget the offer (a new image). */
  reset(): void {
    this.key = '';
    this.presets = [];
  }

  private selected({ window, voiLutIndex }: PresetChoice, lutCount: number): string {
    if (window) {
      const i = this.presets.findIndex((p) => p.center === window.center && p.width === window.width);
      return i >= 0 ? `w${i}` : 'custom';
    }
    if (voiLutIndex !== null && voiLutIndex < lutCount) return `lut${voiLutIndex}`;
    return 'default';
  }
}
