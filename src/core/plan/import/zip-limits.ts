/**
 * How big an uploaded plan may be, checked before anything is unzipped: a zip archive's central directory says each
 * entry's size before it is inflated (APPNOTE.TXT 4.3.12, 4.3.16), so an archive that would inflate to gigabytes (a
 * "zip bomb": a 734 KB .docx once took 2.27 GB and 215 s) is refused from its few last kilobytes. An archive whose
 * entries inflate to more than they declared is refused after unzipping (office-files.ts compares each entry).
 * A plan is a few hundred kilobytes of XML: the limits are far above any real plan and far below Apps Script's memory.
 */

/** The largest upload read at all (the file as chosen, before unzipping). */
export const UPLOAD_LIMIT = 10 * 1024 * 1024;
/** The largest one entry of an archive may inflate to. */
export const ENTRY_LIMIT = 20 * 1024 * 1024;
/** The largest all entries of an archive together may inflate to. */
export const TOTAL_LIMIT = 50 * 1024 * 1024;
/** The most entries an archive may hold (a .docx or .xlsx has a few dozen). */
export const ENTRIES_LIMIT = 2000;

export interface ZipEntry {
  name: string;
  compressed: number;
  size: number;
}

/** What keeps an archive from being unzipped: too big, too many entries, or a directory that cannot be read. */
export type ZipProblem =
  | { kind: 'upload'; size: number }
  | { kind: 'entry'; name: string; size: number }
  | { kind: 'total'; size: number }
  | { kind: 'entries'; count: number }
  | { kind: 'unreadable' };

const u16 = (b: ArrayLike<number>, at: number) => (b[at] & 255) | ((b[at + 1] & 255) << 8);
const u32 = (b: ArrayLike<number>, at: number) => (u16(b, at) + u16(b, at + 2) * 65536) >>> 0;

/** The entries an archive's central directory lists, or null when it has none that can be read (not a zip). */
export function zipEntries(bytes: ArrayLike<number>): ZipEntry[] | null {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    let name = '';
    for (let k = 0; k < nameLength; k++) name += String.fromCharCode(bytes[at + 46 + k] & 255);
    // 0xFFFFFFFF: the size is in a Zip64 record, i.e. 4 GB or more as far as a plan is concerned.
    entries.push({ name, compressed: u32(bytes, at + 20), size: u32(bytes, at + 24) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Why an upload may not be unzipped, or null when its declared sizes are within the limits. */
export function zipProblem(bytes: ArrayLike<number>): ZipProblem | null {
  if (bytes.length > UPLOAD_LIMIT) return { kind: 'upload', size: bytes.length };
  const entries = zipEntries(bytes);
  if (!entries) return { kind: 'unreadable' };
  if (entries.length > ENTRIES_LIMIT) return { kind: 'entries', count: entries.length };
  let total = 0;
  for (const e of entries) {
    if (e.size > ENTRY_LIMIT) return { kind: 'entry', name: e.name, size: e.size };
    total += e.size;
    if (total > TOTAL_LIMIT) return { kind: 'total', size: total };
  }
  return null;
}

/** 12582912 → "12 MB" (MB of 1,048,576 bytes, as the limits are set). */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}
