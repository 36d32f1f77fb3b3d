/**
 * Which encoding a text file's bytes are in: UTF-16 (little or big endian, with or without a byte order mark) or else
 * UTF-8. Excel's "Unicode text" and some Windows tools write UTF-16; the CLI (`--plan`) and the add-on's Import plan
 * read it alike. Bytes may be Java's signed ones (Apps Script) or 0-255.
 */
export type Charset = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export function textCharset(bytes: ArrayLike<number>): Charset {
  const at = (i: number) => bytes[i] & 255;
  if (at(0) === 0xff && at(1) === 0xfe) return 'UTF-16LE';
  if (at(0) === 0xfe && at(1) === 0xff) return 'UTF-16BE';
  // Without a BOM, UTF-16 text of a Latin or Cyrillic file has a zero in most of its even (BE) or odd (LE) bytes.
  const n = Math.min(bytes.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (at(i) !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  if (oddZeros > (n / 2) * 0.3 && evenZeros === 0) return 'UTF-16LE';
  if (evenZeros > (n / 2) * 0.3 && oddZeros === 0) return 'UTF-16BE';
  return 'UTF-8';
}
