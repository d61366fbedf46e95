// Random access to a file's bytes without holding the file: the interface the ranged parser and the frame reader
// use, a reader over a buffer already in memory, and a chunk cache that turns many small reads (element headers,
// fragment item headers) into few real ones. Pure TypeScript: the Node implementation lives in src/node.

/** Positioned reads of a file of known size. */
export interface RandomAccessReader {
  /** Size of the file in bytes. */
  readonly size: number;
  /** The bytes [offset, offset + length). Fewer bytes only when the range runs past the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A reader over bytes already in memory. Reads are views, not copies. */
export function bufferReader(bytes: Uint8Array): RandomAccessReader {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(clamp(offset, bytes.length), clamp(offset + length, bytes.length))),
  };
}

function clamp(value: number, size: number): number {
  return Math.max(0, Math.min(value, size));
}

/** Counts of the reads a reader has passed on: for tests and benchmarks. */
export interface ReadStatistics {
  reads: number;
  bytesRead: number;
}

/** A reader that counts what goes through it. */
export function countingReader(
  reader: RandomAccessReader,
): RandomAccessReader & { readonly stats: ReadStatistics } {
  const stats: ReadStatistics = { reads: 0, bytesRead: 0 };
  return {
    size: reader.size,
    stats,
    async read(offset, length) {
      const bytes = await reader.read(offset, length);
      stats.reads++;
      stats.bytesRead += bytes.length;
      return bytes;
    },
  };
}

export interface ChunkCacheOptions {
  /** Chunks kept, least recently used evicted first. */
  readonly maxChunks?: number;
}

const DEFAULT_MAX_CHUNKS = 32;

/** Wraps a reader so that reads are served from aligned chunks of `chunkSize` bytes kept in a small LRU cache:
 *  consecutive small reads then cost one real read per chunk (a read-ahead of up to one chunk). Reads larger than
 *  a chunk go straight through, so that frame data does not evict the headers' chunks. The returned bytes may be
 *  views of cached chunks: callers must not change them. */
export function chunkedReader(
  reader: RandomAccessReader,
  chunkSize: number,
  options: ChunkCacheOptions = {},
): RandomAccessReader {
  if (!(chunkSize >= 1)) throw new RangeError(`Chunk size must be at least 1, not ${chunkSize}`);
  const maxChunks = Math.max(1, options.maxChunks ?? DEFAULT_MAX_CHUNKS);
  // Map iteration order is insertion order: re-inserting on use keeps the least recently used first.
  const chunks = new Map<number, Promise<Uint8Array>>();
  const size = reader.size;

  const chunk = (index: number): Promise<Uint8Array> => {
    let pending = chunks.get(index);
    if (pending) {
      chunks.delete(index);
    } else {
      pending = reader.read(index * chunkSize, Math.min(chunkSize, size - index * chunkSize));
      // A failed read is not cached: the next attempt reads again.
      pending.catch(() => chunks.delete(index));
    }
    chunks.set(index, pending);
    while (chunks.size > maxChunks) chunks.delete(chunks.keys().next().value as number);
    return pending;
  };

  return {
    size,
    async read(offset, length) {
      const from = clamp(offset, size);
      const to = clamp(offset + length, size);
      if (to <= from) return new Uint8Array(0);
      if (to - from > chunkSize) return reader.read(from, to - from);
      const first = Math.floor(from / chunkSize);
      const last = Math.floor((to - 1) / chunkSize);
      if (first === last) {
        const bytes = await chunk(first);
        return bytes.subarray(from - first * chunkSize, to - first * chunkSize);
      }
      const out = new Uint8Array(to - from);
      for (let index = first; index <= last; index++) {
        const bytes = await chunk(index);
        const start = index * chunkSize;
        const piece = bytes.subarray(
          Math.max(from, start) - start,
          Math.min(to, start + bytes.length) - start,
        );
        out.set(piece, Math.max(from, start) - from);
      }
      return out;
    },
  };
}

/** Reads exactly `length` bytes, or throws a RangeError naming the range when the file is shorter. */
export async function readExactly(
  reader: RandomAccessReader,
  offset: number,
  length: number,
): Promise<Uint8Array> {
  const bytes = await reader.read(offset, length);
  if (bytes.length !== length) {
    throw new RangeError(
      `Read of ${length} bytes at offset ${offset} returned ${bytes.length} (file size ${reader.size})`,
    );
  }
  return bytes;
}
