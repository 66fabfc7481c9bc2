/** UTF-8 bytes of a string, as Excel counts a response: Cyrillic and Romanian letters take two. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The JSON size of a read's arrays: every cell's value, type and number format. */
export function responseBytes(arrays: unknown[][][]): number {
  let n = 2;
  for (const rows of arrays)
    for (const row of rows) {
      n += 2;
      for (const v of row) n += (typeof v === 'string' ? utf8Bytes(v) + 2 : String(v).length) + 1;
    }
  return n;
}
