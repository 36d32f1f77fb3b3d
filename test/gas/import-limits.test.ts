/**
 * Uploads are limited before anything is unzipped: a file over the upload limit, and a "zip bomb" whose central
 * directory declares gigabytes, are refused from their sizes alone; one whose headers lie (declaring a few bytes) is
 * refused when its entry inflates past what it declared. Each bomb is built here, small (a deflate block of zeros
 * repeated), never inflated whole: the test is quick and needs little memory.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { zipProblem, UPLOAD_LIMIT } from '../../src/core/plan/import/zip-limits';
import { installed } from '../helpers';

type Outcome = { ok: boolean; report: string[] };

/** A zip of entries of `mb` MB of zeros each, their headers declaring `declared` bytes (the truth when omitted). */
function archive(entries: Array<{ name: string; mb: number; declared?: number }>): Buffer {
  // A sync-flushed block ends on a byte boundary, so copies of it concatenate into one valid deflate stream.
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  const bodies: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.concat([...Array<Buffer>(e.mb).fill(block), Buffer.from([3, 0])]);
    const declared = (e.declared ?? e.mb * 1048576) >>> 0;
    const path = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(path.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(path.length, 28);
    central.writeUInt32LE(offset, 42);
    bodies.push(local, path, data);
    centrals.push(central, path);
    offset += 30 + path.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...bodies, directory, end]);
}

const DOC = 'word/document.xml';

describe('upload and unzip limits', () => {
  it('a bomb declaring 4 GB is refused from its directory, before unzipping; nothing changes', async () => {
    const { ws, addon } = await installed();
    const file = archive([{ name: DOC, mb: 64, declared: 0xffffffff }]);
    expect(file.length).toBeLessThan(200_000);
    const before = JSON.stringify(ws.toJSON().spreadsheet);
    ws.counter.reset();
    const out = addon.josparImportPlanFile('bomb.docx', file.toString('base64'), false) as Outcome;
    expect(out.ok).toBe(false);
    expect(out.report[0]).toMatch(/bomb\.docx: ішіндегі «word\/document\.xml» ашылғанда 4096 MB болады.*20 MB/);
    expect(ws.counter.total('Utilities.unzip')).toBe(0);
    expect(JSON.stringify(ws.toJSON().spreadsheet)).toBe(before);
  });

  it('an honest archive over the total, and one with lying headers, are refused too', async () => {
    const { addon } = await installed();
    const parts = ['a', 'b', 'c'].map((name) => ({ name, mb: 19 }));
    expect(zipProblem(archive(parts))).toEqual({ kind: 'total', size: 57 * 1048576 });
    const lie = archive([
      { name: '[Content_Types].xml', mb: 0 },
      { name: DOC, mb: 30, declared: 100 },
    ]);
    const lying = addon.josparImportPlanFile('lying.docx', lie.toString('base64'), false) as Outcome;
    expect(lying.ok).toBe(false);
    expect(lying.report[0]).toMatch(/lying\.docx: the archive is damaged/);
  });

  it('a file over the upload limit is refused from its length, before it is decoded', async () => {
    const { ws, addon } = await installed();
    ws.counter.reset();
    const big = 'A'.repeat(Math.ceil(((UPLOAD_LIMIT + 1) * 4) / 3) + 4);
    const out = addon.josparImportPlanFile('big.csv', big, false) as Outcome;
    expect(out.ok).toBe(false);
    expect(out.report[0]).toMatch(/big\.csv: файл 10 MB, ал ең көбі 10 MB/);
    expect(ws.counter.total('Utilities.base64Decode')).toBe(0);
  });
});
