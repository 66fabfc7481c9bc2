import { Inflate } from 'fflate';

/** One file in a zip, as its central directory declares it (APPNOTE.TXT 4.3.12). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; Excel writes nothing else. */
  method: number;
  compressedSize: number;
  /** The declared uncompressed size: what the limits are checked against before inflating. */
  size: number;
  localOffset: number;
}

export class ZipDamaged extends Error {}

const u16 = (b: DataView, o: number) => b.getUint16(o, true);
const u32 = (b: DataView, o: number) => b.getUint32(o, true);
const u64 = (b: DataView, o: number) => b.getUint32(o, true) + b.getUint32(o + 4, true) * 2 ** 32;

function check(ok: boolean): void {
  if (!ok) throw new ZipDamaged('damaged zip');
}

/** The central directory's entries, read without inflating anything (zip64 included). */
export function readDirectory(bytes: Uint8Array): { count: number; entries: () => Generator<ZipEntry> } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (end >= stop && u32(view, end) !== 0x06054b50) end--;
  check(end >= stop);
  let count = u16(view, end + 10);
  let offset = u32(view, end + 16);
  if (end >= 20 && u32(view, end - 20) === 0x07064b50) {
    const z = u64(view, end - 12);
    check(z + 56 <= bytes.length && u32(view, z) === 0x06064b50);
    count = u64(view, z + 32);
    offset = u64(view, z + 48);
  }
  const decoder = new TextDecoder();
  function* entries(): Generator<ZipEntry> {
    let o = offset;
    for (let i = 0; i < count; i++) {
      check(o + 46 <= bytes.length && u32(view, o) === 0x02014b50);
      const nameLength = u16(view, o + 28);
      const extraLength = u16(view, o + 30);
      const commentLength = u16(view, o + 32);
      check(o + 46 + nameLength + extraLength <= bytes.length);
      let compressedSize = u32(view, o + 20);
      let size = u32(view, o + 24);
      let localOffset = u32(view, o + 42);
      // Zip64: the fields set to 0xFFFFFFFF are in the 0x0001 extra field, in this order.
      for (let e = o + 46 + nameLength; e + 4 <= o + 46 + nameLength + extraLength;) {
        const id = u16(view, e);
        const length = u16(view, e + 2);
        if (id === 1) {
          let p = e + 4;
          if (size === 0xffffffff) ((size = u64(view, p)), (p += 8));
          if (compressedSize === 0xffffffff) ((compressedSize = u64(view, p)), (p += 8));
          if (localOffset === 0xffffffff) localOffset = u64(view, p);
        }
        e += 4 + length;
      }
      yield { name: decoder.decode(bytes.subarray(o + 46, o + 46 + nameLength)), method: u16(view, o + 10), compressedSize, size, localOffset };
      o += 46 + nameLength + extraLength + commentLength;
    }
  }
  return { count, entries };
}

/**
 * Inflates raw deflate data declared to unpack to `size` bytes, stopping once the output outgrows
 * it; throws ZipDamaged on damaged data. The default runs anywhere; the command line passes
 * Node's zlib, several times faster, under the same bound.
 */
export type Inflater = (data: Uint8Array, size: number, name: string) => Uint8Array | 'larger_than_declared';

/** An entry's bytes, inflated within its declared size. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, inflater: Inflater = inflateInSteps): Uint8Array | 'larger_than_declared' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const o = entry.localOffset;
  check(o + 30 <= bytes.length && u32(view, o) === 0x04034b50);
  const start = o + 30 + u16(view, o + 26) + u16(view, o + 28);
  check(start + entry.compressedSize <= bytes.length);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length === entry.size ? data : 'larger_than_declared';
  return inflater(data, entry.size, entry.name);
}

/** fflate, 64 KB of input at a time (at most ~66 MB out per step): more output than declared stops the work. */
export function inflateInSteps(data: Uint8Array, size: number, name: string): Uint8Array | 'larger_than_declared' {
  const out = new Uint8Array(size);
  let n = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    if (over || n + chunk.length > size) {
      over = true;
      return;
    }
    out.set(chunk, n);
    n += chunk.length;
  });
  const CHUNK = 64 * 1024;
  try {
    for (let i = 0; i < data.length && !over; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  } catch {
    throw new ZipDamaged(`damaged data in ${name}`);
  }
  if (over) return 'larger_than_declared';
  return n === size ? out : out.subarray(0, n);
}
