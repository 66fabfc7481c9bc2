import type { FileError } from '../core/messages/catalog';

/** What a file's first bytes say it is, so a wrong file gets a clear message, not a parser crash. */
export type FileKind = 'zip' | 'encrypted_ooxml' | 'legacy_xls' | 'empty' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** "EncryptionInfo" as UTF-16LE: the stream an encrypted .xlsx keeps in its compound file. */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(hay: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, CFB)) return contains(bytes, ENCRYPTION_INFO) ? 'encrypted_ooxml' : 'legacy_xls';
  return 'other';
}

/** The file error a file's first bytes already tell, or null for a zip package (to be read further). */
export function sniffError(bytes: Uint8Array): FileError | null {
  const kind = sniff(bytes);
  return kind === 'zip' ? null : kind === 'empty' ? 'empty' : kind === 'legacy_xls' ? 'legacy_xls' : kind === 'encrypted_ooxml' ? 'encrypted' : 'not_xlsx';
}
