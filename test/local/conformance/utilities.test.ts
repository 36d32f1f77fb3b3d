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

describe('Utilities.formatDate pattern letters', () => {
  const SIMPLE_DATE_FORMAT = 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html';
  const at = new Date('2026-01-04T18:05:09.007Z'); // Sunday 4 January 2026, 23:05:09.007 in Almaty

  documented(FORMAT_DATE, `letters as SimpleDateFormat reads them (${SIMPLE_DATE_FORMAT})`, () => {
    const { Utilities } = gas(workspace());
    const f = (p: string) => Utilities.formatDate(at, 'Asia/Almaty', p);
    expect(f('yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-01-04 23:05:09.007');
    expect(f('d MMM yy, EEE')).toBe('4 Jan 26, Sun');
    expect(f('EEEE d MMMM y')).toBe('Sunday 4 January 2026');
    expect(f('D u')).toBe('4 7');
    expect(f('h:mm a, K k')).toBe('11:05 PM, 11 23');
    expect(f('Z X XX XXX')).toBe('+0500 +05 +0500 +05:00');
    expect(Utilities.formatDate(at, 'UTC', 'XXX')).toBe('Z');
    expect(f("'at' HH 'o''clock' ''")).toBe("at 23 o'clock '");
  });

  documented(FORMAT_DATE, 'a letter it cannot print correctly throws instead of printing wrong text', () => {
    const { Utilities } = gas(workspace());
    expect(() => Utilities.formatDate(at, 'Asia/Almaty', 'yyyy-MM-dd q')).toThrow(/Illegal pattern character 'q'/);
    expect(() => Utilities.formatDate(at, 'Asia/Almaty', 'ww')).toThrow(/pattern letter 'w'/);
    expect(() => Utilities.formatDate(at, 'Asia/Almaty', 'z')).toThrow(/pattern letter 'z'/);
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

  documented(
    `${BLOB}#getDataAsString(String)`,
    'getDataAsString(charset) reads UTF-16 text in either byte order',
    () => {
      const { Utilities } = gas(workspace());
      const le = Utilities.base64Decode(Buffer.from('Жоспар', 'utf16le').toString('base64'));
      const be = Utilities.base64Decode(Buffer.from('Жоспар', 'utf16le').swap16().toString('base64'));
      expect(Utilities.newBlob(le).getDataAsString('UTF-16LE')).toBe('Жоспар');
      expect(Utilities.newBlob(be).getDataAsString('UTF-16BE')).toBe('Жоспар');
      expect(Utilities.newBlob([-1, -2, ...le]).getDataAsString('UTF-16')).toBe('Жоспар');
      expect(Utilities.newBlob([-1, -2, ...le]).getDataAsString('UTF-16LE')).toBe('\ufeffЖоспар');
    },
  );

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
