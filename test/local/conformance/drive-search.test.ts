/**
 * Drive's query language and the fields parameter, as the Drive advanced service answers them. The local REST server
 * runs the same code (src/local/workspace/drive-query.ts, field-mask.ts, drive-resource.ts); google-rest.test.ts
 * checks it through googleapis.
 */
import { documented, gas, workspace } from './reference';

const DRIVE = 'https://developers.google.com/workspace/drive/api/';
const TERMS = `${DRIVE}guides/ref-search-terms`;
const SEARCH = `${DRIVE}guides/search-files`;
const FIELDS = `${DRIVE}guides/fields-parameter`;
const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

function drive() {
  const { Drive } = gas(workspace());
  const names = (q: string) => (Drive.Files.list({ q, fields: 'files(name)' }).files ?? []).map((f) => f.name);
  return { Drive, names };
}

describe('Drive query terms and operators', () => {
  documented(TERMS, 'and, or and not combine terms; parentheses group them', () => {
    const { Drive, names } = drive();
    Drive.Files.create({ name: 'A', mimeType: DOC });
    Drive.Files.create({ name: 'B', mimeType: FOLDER });
    Drive.Files.update({ trashed: true }, Drive.Files.create({ name: 'C', mimeType: DOC }).id!);
    expect(names("(name = 'A' or name = 'C') and not trashed = true")).toEqual(['A']);
    expect(names(`not mimeType = '${DOC}'`)).toEqual(['B']);
    expect(names("trashed != true and (mimeType != 'x' and name != 'A')")).toEqual(['B']);
  });

  documented(SEARCH, 'name contains matches by prefix: HelloWorld is found by "Hello", not by "World"', () => {
    const { Drive, names } = drive();
    Drive.Files.create({ name: 'HelloWorld', mimeType: DOC });
    expect(names("name contains 'Hello'")).toEqual(['HelloWorld']);
    expect(names("name contains 'World'")).toEqual([]);
  });

  documented(TERMS, "mimeType takes contains; a quote in a value is written \\'", () => {
    const { Drive, names } = drive();
    Drive.Files.create({ name: "Valentine's Day", mimeType: DOC });
    Drive.Files.create({ name: 'Folder', mimeType: FOLDER });
    expect(names("mimeType contains 'google-apps.doc'")).toEqual(["Valentine's Day"]);
    expect(names("name = 'Valentine\\'s Day'")).toEqual(["Valentine's Day"]);
  });

  documented(TERMS, 'appProperties has { key and value } finds a file by its private property', () => {
    const { Drive, names } = drive();
    Drive.Files.create({ name: 'K', mimeType: DOC, appProperties: { unit: 'ТО' } });
    Drive.Files.create({ name: 'L', mimeType: DOC, appProperties: { unit: 'ББТО' } });
    expect(names("appProperties has { key='unit' and value='ТО' }")).toEqual(['K']);
  });

  documented(TERMS, 'a term with an operator it does not take, or an unknown term, is refused: Invalid Value', () => {
    const { Drive } = drive();
    for (const q of ["name > 'A'", 'trashed contains true', "parents = 'x'", "colour = 'red'", "name = 'A' and"])
      expect(() => Drive.Files.list({ q })).toThrow(/Invalid Value/);
  });
});

describe('Drive fields parameter', () => {
  documented(FIELDS, 'a/b and a(b) select the same nested field; * selects all of a level', () => {
    const { Drive } = drive();
    const f = Drive.Files.create({ name: 'A', mimeType: DOC, appProperties: { k: 'v' } });
    expect(Drive.Files.list({ fields: 'files/id' })).toEqual({ files: [{ id: f.id }] });
    expect(Drive.Files.list({ fields: 'files(id)' })).toEqual({ files: [{ id: f.id }] });
    const all = Drive.Files.list({ fields: 'files/*' }).files![0];
    expect(all).toMatchObject({ id: f.id, parents: ['root'], trashed: false, appProperties: { k: 'v' } });
    expect(Drive.Files.get(f.id!, { fields: '*' })).toEqual(all);
  });

  documented(
    FIELDS,
    'a field the resource lacks is refused: files(id,capabilities,canAddChildren) fails with "Invalid field selection canAddChildren"',
    () => {
      const { Drive } = drive();
      const f = Drive.Files.create({ name: 'A', mimeType: DOC });
      expect(() => Drive.Files.list({ fields: 'files(id,capabilities,canAddChildren)' })).toThrow(
        /Invalid field selection canAddChildren/,
      );
      expect(() => Drive.Files.get(f.id!, { fields: 'id,colour' })).toThrow(/Invalid field selection colour/);
      // A field of the resource that this file has no value for is valid, and left out.
      expect(Drive.Files.get(f.id!, { fields: 'id,description' })).toEqual({ id: f.id });
    },
  );

  documented(
    `${DRIVE}reference/rest/v3/files/list`,
    "a pageToken is the previous response's nextPageToken: one from another query, or made up, is refused",
    () => {
      const { Drive } = drive();
      for (let i = 0; i < 3; i++) Drive.Files.create({ name: `F${i}`, mimeType: DOC });
      const first = Drive.Files.list({ q: 'trashed = false', pageSize: 2 });
      expect(() => Drive.Files.list({ q: "name contains 'F'", pageSize: 2, pageToken: first.nextPageToken })).toThrow(
        /Invalid Value/,
      );
      expect(() => Drive.Files.list({ q: 'trashed = false', pageToken: '2' })).toThrow(/Invalid Value/);
    },
  );
});
