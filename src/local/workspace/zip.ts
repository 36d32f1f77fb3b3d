/**
 * Utilities' blob and zip methods (newBlob, zip, unzip, base64Encode/Decode), for reading an uploaded .docx or .xlsx
 * (a zip of XML) inside Apps Script. fflate does the zip work synchronously, as Apps Script's calls are.
 * Apps Script's Byte[] are Java bytes (−128…127): what comes in is taken modulo 256; what goes out is signed.
 */
import { unzipSync, zipSync } from 'fflate';
import { LocalBlob } from './documents';

const signed = (b: number) => (b > 127 ? b - 256 : b);

export function toBuffer(data: string | readonly number[] | Uint8Array): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.from(Array.from(data, (b) => b & 255));
}

export function newBlob(data: string | number[], contentType?: string, name?: string): LocalBlob {
  const type = contentType ?? (typeof data === 'string' ? 'text/plain' : 'application/octet-stream');
  return new LocalBlob(toBuffer(data), type, name ?? '');
}

/** A blob as its bytes: our own blobs, or any object with getBytes() (a blob from another emulated service). */
function bytesOf(blob: { getBytes(): number[] } | LocalBlob): Buffer {
  return blob instanceof LocalBlob ? blob._bytes : toBuffer(blob.getBytes());
}

export function zip(blobs: Array<{ getBytes(): number[]; getName(): string | null }>, name?: string): LocalBlob {
  const files: Record<string, Uint8Array> = {};
  blobs.forEach((b, i) => {
    files[b.getName() || `file${i + 1}`] = bytesOf(b);
  });
  return new LocalBlob(Buffer.from(zipSync(files)), 'application/zip', name ?? 'Archive.zip');
}

/** Every file of a zip archive as a blob named by its path; a blob that is not a zip archive throws. */
export function unzip(blob: { getBytes(): number[] } | LocalBlob): LocalBlob[] {
  // fflate throws ("invalid zip data") on anything that is not a zip archive, as Apps Script's unzip does.
  const files = unzipSync(bytesOf(blob));
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, bytes]) => new LocalBlob(Buffer.from(bytes), contentTypeOf(path), path));
}

function contentTypeOf(path: string): string {
  if (/\.xml$|\.rels$/i.test(path)) return 'application/xml';
  if (/\.txt$/i.test(path)) return 'text/plain';
  return 'application/octet-stream';
}

export function base64Decode(encoded: string): number[] {
  return Array.from(Buffer.from(encoded, 'base64'), signed);
}

export function base64Encode(data: string | number[]): string {
  return toBuffer(data).toString('base64');
}

export { signed as signedByte };
