import { documented, gas, GAS, workspace } from './reference';

const FORMAT_DATE = `${GAS}utilities/utilities#formatDate(Date,String,String)`;

describe('Utilities', () => {
  documented(FORMAT_DATE, 'formats in the named zone with SimpleDateFormat letters', () => {
    const { Utilities } = gas(workspace());
    const d = new Date('2025-12-31T19:30:00Z');
    expect(Utilities.formatDate(d, 'Asia/Almaty', 'yyyy-MM-dd HH:mm:ss Z')).toBe('2026-01-01 00:30:00 +0500');
    expect(Utilities.formatDate(d, 'UTC', "dd.MM.yy 'at' H:mm")).toBe('31.12.25 at 19:30');
  });
});

const UTIL = `${GAS}utilities/utilities`;
const BLOB = `${GAS}base/blob`;

describe('Utilities: blobs and zip archives (reading an uploaded .docx or .xlsx)', () => {
  documented(`${UTIL}#newBlob(String,String,String)`, 'newBlob makes a blob of a string, type and name', () => {
    const { Utilities } = gas(workspace());
    const b = Utilities.newBlob('Жоспар', 'text/plain', 'a.txt');
    expect(b.getName()).toBe('a.txt');
    expect(b.getContentType()).toBe('text/plain');
    expect(b.getDataAsString()).toBe('Жоспар');
  });

  documented(`${BLOB}#getDataAsString()`, 'getDataAsString reads the bytes as UTF-8', () => {
    const { Utilities } = gas(workspace());
    const bytes = Utilities.base64Decode(Buffer.from('Қазақ', 'utf8').toString('base64'));
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe('Қазақ');
  });

  documented(`${UTIL}#base64Decode(String)`, 'base64Decode gives a Byte[] of Java (signed) bytes', () => {
    const { Utilities } = gas(workspace());
    expect(Utilities.base64Decode('/wA=')).toEqual([-1, 0]);
    expect(Utilities.base64Encode([-1, 0])).toBe('/wA=');
  });

  documented(
    `${UTIL}#unzip(BlobSource)`,
    'zip then unzip gives back the component files, each named by its path in the archive',
    () => {
      const { Utilities } = gas(workspace());
      const a = Utilities.newBlob('<a/>', 'application/xml', 'word/document.xml');
      const b = Utilities.newBlob('x', 'text/plain', 'b.txt');
      const archive = Utilities.zip([a, b], 'plan.docx');
      expect(archive.getName()).toBe('plan.docx');
      const files = Utilities.unzip(archive);
      expect(files.map((f) => f.getName()).sort()).toEqual(['b.txt', 'word/document.xml']);
      expect(files.find((f) => f.getName() === 'word/document.xml')!.getDataAsString()).toBe('<a/>');
    },
  );

  documented(`${UTIL}#unzip(BlobSource)`, 'unzip of a blob that is not a zip archive throws', () => {
    const { Utilities } = gas(workspace());
    expect(() => Utilities.unzip(Utilities.newBlob('not a zip'))).toThrow();
  });
});
