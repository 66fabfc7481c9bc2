import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import type { FileError } from '../core/messages/catalog';

/** Why an output file could not be written: a message of the catalog and its parameters. */
export interface WriteFailure {
  error: FileError;
  params: Record<string, string>;
}

const BY_CODE: Record<string, FileError> = {
  EISDIR: 'output_is_folder',
  ENOENT: 'output_no_folder',
  ENOTDIR: 'output_no_folder',
  EACCES: 'output_denied',
  EPERM: 'output_denied',
  EROFS: 'output_denied',
  ENOSPC: 'output_disk_full',
  EDQUOT: 'output_disk_full',
  EFBIG: 'output_too_big',
};

/** The failure of writing `path` (a file, or the standard output "-"). */
export function writeFailure(path: string, e: unknown): WriteFailure {
  const code = (e as NodeJS.ErrnoException)?.code ?? String(e);
  return { error: BY_CODE[code] ?? 'output_failed', params: { path, reason: code } };
}

async function realpathOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** Is `out` the file `input`, by name, through a link, or as a second hard link? */
async function isSameFile(out: string, input: string): Promise<boolean> {
  const realInput = await realpathOrNull(input);
  if (!realInput) return false;
  const realOut = (await realpathOrNull(out)) ?? join((await realpathOrNull(dirname(resolve(out)))) ?? dirname(resolve(out)), basename(out));
  if (realOut === realInput) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(out), fs.stat(input)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/**
 * Writes a whole file or nothing: the bytes go to a new temporary file beside the target (created
 * exclusively, so no link is followed), are flushed to disk, then renamed over the target. A
 * failure at any step removes the temporary file and leaves the target as it was. A target that
 * is a symbolic link is replaced by the file, not written through. The input workbook is never
 * a target. Returns whether an existing file was replaced.
 */
export async function writeFileAtomically(
  target: string,
  data: string | Uint8Array,
  input: string,
): Promise<{ ok: true; replaced: boolean } | { ok: false; failure: WriteFailure }> {
  if (await isSameFile(target, input)) return { ok: false, failure: { error: 'output_is_input', params: { path: target } } };
  let replaced = false;
  try {
    const st = await fs.lstat(target);
    if (st.isDirectory()) return { ok: false, failure: writeFailure(target, { code: 'EISDIR' }) };
    replaced = true;
  } catch {
    // No file there yet.
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
    return { ok: true, replaced };
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    return { ok: false, failure: writeFailure(target, e) };
  }
}
