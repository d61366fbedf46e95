// Reads the Palette Color Lookup Table module (PS3.3 C.7.9; also used by Supplemental Palette Color LUTs,
// C.7.6.19): three channels, each a descriptor with either plain or segmented LUT Data.

import { makeTag } from '../tags';
import type { LookupTable, PaletteLookup } from './imageTypes';
import type { AttributeReader } from './attributes';
import { readLookupTable, readSegmentedLookupTable } from './lutReader';

const CHANNELS = [
  { descriptor: 0x1101, data: 0x1201, segmented: 0x1221 }, // red
  { descriptor: 0x1102, data: 0x1202, segmented: 0x1222 }, // green
  { descriptor: 0x1103, data: 0x1203, segmented: 0x1223 }, // blue
] as const;

/** The palette, or undefined when any channel is missing or unreadable. */
export function readPalette(reader: AttributeReader, signedPixels: boolean): PaletteLookup | undefined {
  const channels: LookupTable[] = [];
  for (const channel of CHANNELS) {
    const descriptorTag = makeTag(0x0028, channel.descriptor);
    const lut = reader.has(makeTag(0x0028, channel.data))
      ? readLookupTable(reader, descriptorTag, makeTag(0x0028, channel.data), signedPixels)
      : readSegmentedLookupTable(reader, descriptorTag, makeTag(0x0028, channel.segmented), signedPixels);
    if (!lut) return undefined;
    channels.push(lut);
  }
  return { red: channels[0], green: channels[1], blue: channels[2] };
}

/** True when the data set names any palette element (to tell "no palette" from "a damaged one"). */
export function hasPaletteElements(reader: AttributeReader): boolean {
  return CHANNELS.some((channel) => reader.has(makeTag(0x0028, channel.descriptor)));
}
