// Shared by the large-file end-to-end test and `npm run bench` (scripts/bench-large.mjs): writes a big native
// multi-frame file frame by frame (the writer never holds more than one frame), finds the workbench's extension
// host process, reads its memory, and times opening a file in the inspector until the header and the first frame
// show.
/* global document */
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { waitUntil } from './harness.mjs';
import { openInInspector } from './inspector.mjs';

const SIZE = 512;

/** Explicit VR little endian element: tag, VR, value (padded to even length by the caller). */
function element(group, number, vr, value) {
  const long = ['OB', 'OW', 'UN', 'SQ', 'UT'].includes(vr);
  const header = Buffer.alloc(long ? 12 : 8);
  header.writeUInt16LE(group, 0);
  header.writeUInt16LE(number, 2);
  header.write(vr, 4, 'latin1');
  if (long) header.writeUInt32LE(value.length, 8);
  else header.writeUInt16LE(value.length, 6);
  return Buffer.concat([header, value]);
}
const text = (s) => Buffer.from(s.length % 2 ? `${s} ` : s, 'latin1');
const uid = (s) => Buffer.from(s.length % 2 ? `${s}\0` : s, 'latin1');
const us = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};

/**
 * Writes `frames` frames of 512 x 512 unsigned 12-bit in 16 (CT, HU by rescale) to `path`: each frame a gradient
 * with a bright square whose position encodes the frame number, so a wrong frame shows.
 */
export function writeLargeNativeFile(path, frames) {
  const sopClass = '1.2.840.10008.5.1.4.1.1.2';
  const instance = `2.25.${Date.now()}${frames}`;
  const metaBody = Buffer.concat([
    element(0x0002, 0x0001, 'OB', Buffer.from([0, 1])),
    element(0x0002, 0x0002, 'UI', uid(sopClass)),
    element(0x0002, 0x0003, 'UI', uid(instance)),
    element(0x0002, 0x0010, 'UI', uid('1.2.840.10008.1.2.1')),
  ]);
  const groupLength = Buffer.alloc(4);
  groupLength.writeUInt32LE(metaBody.length);
  const frameBytes = SIZE * SIZE * 2;
  const header = Buffer.concat([
    Buffer.alloc(128),
    Buffer.from('DICM', 'latin1'),
    element(0x0002, 0x0000, 'UL', groupLength),
    metaBody,
    element(0x0008, 0x0016, 'UI', uid(sopClass)),
    element(0x0008, 0x0018, 'UI', uid(instance)),
    element(0x0008, 0x0060, 'CS', text('CT')),
    element(0x0010, 0x0010, 'PN', text('Large^File')),
    element(0x0028, 0x0002, 'US', us(1)),
    element(0x0028, 0x0004, 'CS', text('MONOCHROME2')),
    element(0x0028, 0x0008, 'IS', text(String(frames))),
    element(0x0028, 0x0010, 'US', us(SIZE)),
    element(0x0028, 0x0011, 'US', us(SIZE)),
    element(0x0028, 0x0100, 'US', us(16)),
    element(0x0028, 0x0101, 'US', us(12)),
    element(0x0028, 0x0102, 'US', us(11)),
    element(0x0028, 0x0103, 'US', us(0)),
    element(0x0028, 0x1050, 'DS', text('1064')),
    element(0x0028, 0x1051, 'DS', text('2000')),
    element(0x0028, 0x1052, 'DS', text('-1024')),
    element(0x0028, 0x1053, 'DS', text('1')),
  ]);
  const pixelHeader = Buffer.alloc(12);
  pixelHeader.writeUInt16LE(0x7fe0, 0);
  pixelHeader.writeUInt16LE(0x0010, 2);
  pixelHeader.write('OW', 4, 'latin1');
  pixelHeader.writeUInt32LE(frameBytes * frames, 8);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header);
    writeSync(fd, pixelHeader);
    const frame = new Uint16Array(SIZE * SIZE);
    for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) frame[y * SIZE + x] = (x + y) * 2;
    const bytes = new Uint8Array(frame.buffer);
    for (let k = 0; k < frames; k++) {
      // The square walks along the diagonal: drawn for this frame, then put back to the gradient.
      drawSquare(frame, k % 16, true);
      writeSync(fd, bytes);
      drawSquare(frame, k % 16, false);
    }
  } finally {
    closeSync(fd);
  }
  return { frames, bytes: header.length + 12 + frameBytes * frames };
}

function drawSquare(frame, position, on) {
  const origin = position * 30 + 16;
  for (let y = origin; y < origin + 24; y++) {
    for (let x = origin; x < origin + 24; x++) frame[y * SIZE + x] = on ? 4000 : (x + y) * 2;
  }
}

/** The pid of the workbench's extension host: the process of code-server's group started as one. */
export function extensionHostPid(wb) {
  const group = wb.server.proc.pid;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgid !== group) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('--type=extensionHost')) return Number(name);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('no extension host process found');
}

/** Waits for the workbench's extension host (it starts with the first window) and gives its pid. */
export function waitForExtensionHost(wb) {
  return waitUntil(
    'the extension host process',
    () => {
      try {
        return extensionHostPid(wb);
      } catch {
        return undefined;
      }
    },
    (found) => found !== undefined,
    { timeout: 60_000 },
  );
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Resets the process's peak resident memory to its current one (Linux: clear_refs 5). */
export function resetPeak(pid) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** The state of the inspector's image: ready with a frame of `columns` x `rows` drawn, and the frame label. */
export function imageState(insp) {
  return insp.frame.locator('#image-viewport').evaluate((viewport) => {
    const canvas = document.getElementById('image-canvas');
    return {
      ready: !viewport.classList.contains('stale') && !canvas.hidden && canvas.width > 0,
      width: canvas.width,
      label: document.getElementById('frame-label')?.textContent ?? '',
    };
  });
}

/** Opens `name` in the inspector: ms until header rows show and until the first frame is drawn. */
export async function timeOpen(wb, name, columns) {
  const started = Date.now();
  const insp = await openInInspector(wb, name, { timeout: 120_000 });
  await insp.waitForRows('header rows', 4, 120_000);
  const headerMs = Date.now() - started;
  await waitUntil(
    'the first frame',
    () => imageState(insp),
    (s) => s.ready && s.width === columns,
    { timeout: 120_000, interval: 25 },
  );
  return { insp, headerMs, firstFrameMs: Date.now() - started };
}
