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

describe('Drive v3 fields, trash and paging', () => {
  documented(
    'https://developers.google.com/drive/api/guides/fields-parameter',
    'without fields a file comes back with kind, id, name and mimeType only',
    () => {
      const { Drive } = gas(workspace());
      const f = Drive.Files.create({ name: 'T', mimeType: DOC, appProperties: { k: 'v' } });
      expect(Object.keys(f).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      expect(Object.keys(Drive.Files.get(f.id!)).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      expect(Drive.Files.get(f.id!, { fields: 'id,trashed,appProperties' })).toEqual({
        id: f.id,
        trashed: false,
        appProperties: { k: 'v' },
      });
    },
  );

  documented(`${FILES}/get`, 'a trashed file is still found; trashed says so when asked for', () => {
    const { Drive } = gas(workspace());
    const f = Drive.Files.create({ name: 'T', mimeType: DOC });
    Drive.Files.update({ trashed: true }, f.id!);
    expect(Drive.Files.get(f.id!).trashed).toBeUndefined();
    expect(Drive.Files.get(f.id!, { fields: 'trashed' }).trashed).toBe(true);
  });

  documented(SEARCH, "trashed = false leaves the bin out; mimeType =, name = and 'root' in parents select", () => {
    const { Drive } = gas(workspace());
    const a = Drive.Files.create({ name: 'A', mimeType: DOC });
    const b = Drive.Files.create({ name: 'B', mimeType: 'application/pdf' });
    Drive.Files.update({ trashed: true }, b.id!);
    const ids = (q: string) => Drive.Files.list({ q }).files!.map((x) => x.id);
    expect(ids("'root' in parents")).toEqual([a.id, b.id]);
    expect(ids("'root' in parents and trashed = false")).toEqual([a.id]);
    expect(ids(`mimeType = '${DOC}'`)).toEqual([a.id]);
    expect(ids("name = 'B' and trashed = true")).toEqual([b.id]);
  });

  documented(`${FILES}/list`, 'results come in pages of pageSize with a nextPageToken for the next', () => {
    const { Drive } = gas(workspace());
    for (let i = 0; i < 5; i++) Drive.Files.create({ name: `F${i}`, mimeType: DOC });
    const first = Drive.Files.list({ q: 'trashed = false', pageSize: 3, fields: 'nextPageToken,files(id,name)' });
    expect(first.files!.map((f) => f.name)).toEqual(['F0', 'F1', 'F2']);
    expect(Object.keys(first.files![0]).sort()).toEqual(['id', 'name']);
    const second = Drive.Files.list({ q: 'trashed = false', pageSize: 3, pageToken: first.nextPageToken });
    expect(second.files!.map((f) => f.name)).toEqual(['F3', 'F4']);
    expect(second.nextPageToken).toBeUndefined();
  });
});
