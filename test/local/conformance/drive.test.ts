import { documented, gas, workspace } from './reference';

const FILES = 'https://developers.google.com/drive/api/reference/rest/v3/files';
const SEARCH = 'https://developers.google.com/drive/api/guides/search-files';
const DOC = 'application/vnd.google-apps.document';

describe('Drive advanced service (v3)', () => {
  documented(`${FILES}/create`, 'a file created with appProperties is found by them', () => {
    const { Drive } = gas(workspace());
    const f = Drive.Files.create({ name: 'T', mimeType: DOC, appProperties: { jospar: 'k1' } });
    const found = Drive.Files.list({ q: "appProperties has { key='jospar' and value='k1' } and trashed = false" });
    expect(found.files!.map((x) => x.id)).toEqual([f.id]);
  });

  documented(SEARCH, "'ID' in parents finds the files of a folder", () => {
    const { Drive } = gas(workspace());
    const dir = Drive.Files.create({ name: 'D', mimeType: 'application/vnd.google-apps.folder' });
    const f = Drive.Files.create({ name: 'T', mimeType: DOC, parents: [dir.id!] });
    Drive.Files.create({ name: 'U', mimeType: DOC });
    expect(Drive.Files.list({ q: `'${dir.id}' in parents` }).files!.map((x) => x.id)).toEqual([f.id]);
  });

  documented(`${FILES}/get`, 'a file the script did not create is not found (drive.file)', () => {
    const { Drive } = gas(workspace());
    expect(() => Drive.Files.get('someone-elses')).toThrow(/File not found/);
  });
});
