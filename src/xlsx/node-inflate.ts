import { inflateRawSync } from 'zlib';
import { Inflater, ZipDamaged } from './zip';

/**
 * The zip's parts inflated by Node's zlib (native, several times faster than fflate) with the
 * same bound: zlib stops once the output passes the declared size (maxOutputLength).
 */
export const zlibInflater: Inflater = (data, size, name) => {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'larger_than_declared';
    throw new ZipDamaged(`damaged data in ${name}`);
  }
  return out.length > size ? 'larger_than_declared' : new Uint8Array(out.buffer, out.byteOffset, out.length);
};
