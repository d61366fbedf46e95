// The auto window: a robust range of a frame's modality values from their histogram. Left out first, in this
// order: Pixel Padding Value (and Range Limit) as the file declares them; for CT, values below -1024 HU (nothing
// real is below air: these are the scanner's "outside the field of view" fill, -2000 or -3024); and an isolated
// spike at the minimum (at least 5% of the pixels and 4 times the next value's count, separated from the next value
// by a quarter of the range),
// the same fill when the file does not declare it. The window then spans the 0.5th to the 99.5th percentile.
// Pure, for the webview bundle too.

import type { DecodedFrame, FrameValues, ImageInfo, WindowPreset } from './imageTypes';
import { modalityTransform } from './modalityLut';

const LOW_PERCENTILE = 0.005;
const HIGH_PERCENTILE = 0.995;
const SPIKE_SHARE = 0.05;
const SPIKE_GAP = 0.25;
/** Integer frames with a wider range than this are binned like float data. */
const MAX_EXACT_BINS = 1 << 22;
const FLOAT_BINS = 4096;

/** One populated histogram bin: a modality value (or a bin's low edge) and how many pixels have it. */
interface Bin {
  value: number;
  count: number;
}

export function computeAutoWindow(frame: DecodedFrame, info: ImageInfo, values: FrameValues): WindowPreset {
  const padding = paddingTest(info);
  const modality = modalityTransform(values);
  const exact = isIntegerFrame(frame) && frame.maxValue - frame.minValue + 1 <= MAX_EXACT_BINS;
  let bins = exact ? exactBins(frame, padding, modality) : binnedBins(frame, padding, modality);
  if (values.unit === 'HU') {
    const real = bins.filter((bin) => bin.value >= -1024);
    if (real.length) bins = real;
  }
  bins = withoutMinimumSpike(bins);
  if (bins.length === 0) return { center: 0.5, width: 1, explanation: 'Auto' };
  const [low, high] = percentiles(bins);
  // The LINEAR window whose edges fall exactly on low (→ 0) and high (→ 255): c - 0.5 ∓ (w - 1) / 2. For float
  // data too: a width of high - low alone would be below 1 for data in [0, 1], where LINEAR is a step.
  if (high <= low) return { center: low + 1, width: 1, explanation: 'Auto' };
  return { center: (low + high) / 2 + 0.5, width: high - low + 1, explanation: 'Auto' };
}

export function isIntegerFrame(frame: DecodedFrame): boolean {
  return frame.sampleType !== 'float32' && frame.sampleType !== 'float64';
}

function paddingTest(info: ImageInfo): (stored: number) => boolean {
  const value = info.pixelPaddingValue;
  if (value === undefined) return () => false;
  const limit = info.pixelPaddingRangeLimit ?? value;
  const low = Math.min(value, limit);
  const high = Math.max(value, limit);
  return (stored) => stored >= low && stored <= high;
}

/** One bin per stored value (only the first sample of colour pixels counts, which autoWindow never needs). */
function exactBins(
  frame: DecodedFrame,
  isPadding: (stored: number) => boolean,
  modality: (stored: number) => number,
): Bin[] {
  const min = frame.minValue;
  const span = frame.maxValue - min + 1;
  const counts = new Uint32Array(Math.max(span, 1));
  const samples = frame.samples;
  const step = Math.max(frame.samplesPerPixel, 1);
  for (let i = 0; i < samples.length; i += step) {
    const index = samples[i] - min;
    if (index >= 0 && index < span) counts[index]++;
  }
  const bins: Bin[] = [];
  for (let k = 0; k < span; k++) {
    if (counts[k] && !isPadding(min + k)) bins.push({ value: modality(min + k), count: counts[k] });
  }
  return sortedByValue(bins);
}

/** Float data (and integer data of a huge range): FLOAT_BINS equal bins over the modality range. */
function binnedBins(
  frame: DecodedFrame,
  isPadding: (stored: number) => boolean,
  modality: (stored: number) => number,
): Bin[] {
  const samples = frame.samples;
  const step = Math.max(frame.samplesPerPixel, 1);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < samples.length; i += step) {
    const stored = samples[i];
    if (isPadding(stored)) continue;
    const m = modality(stored);
    if (!Number.isFinite(m)) continue;
    if (m < low) low = m;
    if (m > high) high = m;
  }
  if (!(high >= low)) return [];
  if (high === low) return [{ value: low, count: 1 }];
  const scale = FLOAT_BINS / (high - low);
  const counts = new Uint32Array(FLOAT_BINS + 1);
  for (let i = 0; i < samples.length; i += step) {
    const stored = samples[i];
    if (isPadding(stored)) continue;
    const m = modality(stored);
    if (Number.isFinite(m)) counts[Math.floor((m - low) * scale)]++;
  }
  counts[FLOAT_BINS - 1] += counts[FLOAT_BINS]; // the maximum belongs to the last bin
  const bins: Bin[] = [];
  for (let k = 0; k < FLOAT_BINS; k++) if (counts[k]) bins.push({ value: low + k / scale, count: counts[k] });
  // The last populated bin stands for the maximum itself, so that the window reaches it.
  if (bins.length) bins[bins.length - 1].value = Math.max(bins[bins.length - 1].value, high);
  return bins;
}

function sortedByValue(bins: Bin[]): Bin[] {
  for (let i = 1; i < bins.length; i++) {
    if (bins[i].value < bins[i - 1].value) return bins.sort((a, b) => a.value - b.value);
  }
  return bins;
}

function withoutMinimumSpike(bins: Bin[]): Bin[] {
  if (bins.length < 3) return bins;
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const range = bins[bins.length - 1].value - bins[0].value;
  const gap = bins[1].value - bins[0].value;
  const spike = bins[0].count >= SPIKE_SHARE * total && bins[0].count >= 4 * bins[1].count;
  return spike && gap >= SPIKE_GAP * range ? bins.slice(1) : bins;
}

function percentiles(bins: Bin[]): [number, number] {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const lowRank = Math.floor(total * LOW_PERCENTILE);
  const highRank = Math.max(Math.ceil(total * HIGH_PERCENTILE) - 1, lowRank);
  let low = bins[0].value;
  let high = bins[bins.length - 1].value;
  let seen = 0;
  let lowFound = false;
  for (const bin of bins) {
    seen += bin.count;
    if (!lowFound && seen > lowRank) {
      low = bin.value;
      lowFound = true;
    }
    if (seen > highRank) {
      high = bin.value;
      break;
    }
  }
  return [low, high];
}
