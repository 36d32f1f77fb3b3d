/**
 * The local Google API server (src/local/google-api) against the REST references of the calls `jospar admin` makes,
 * driven through the real googleapis client as the admin commands drive it.
 */
import { google } from 'googleapis';
import { DriveTree } from '../../../src/local/google-api/drive-tree';
import { GoogleApiServer } from '../../../src/local/google-api/rest-server';
import { Workspace } from '../../../src/local/workspace/workspace';
import { documented } from './reference';

const DRIVE = 'https://developers.google.com/workspace/drive/api/';
const SHEETS = 'https://developers.google.com/workspace/sheets/api/';

let server: GoogleApiServer;
let tree: DriveTree;
let rootUrl = '';
let now = 0;

function client(token = 'tok') {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: token, expiry_date: Date.now() + 3600_000 });
  const common = { auth, rootUrl, retry: false, fetchImplementation: globalThis.fetch };
  return { drive: google.drive({ version: 'v3', ...common }), sheets: google.sheets({ version: 'v4', ...common }) };
}

async function status(p: Promise<unknown>): Promise<{ status: number; reason: string; message: string }> {
  try {
    await p;
    return { status: 200, reason: '', message: '' };
  } catch (e) {
    const r = (
      e as { response?: { status: number; data: { error: { message: string; errors: { reason: string }[] } } } }
    ).response!;
    return { status: r.status, reason: r.data.error.errors[0].reason, message: r.data.error.message };
  }
}

let root = '';
let sheetId = '';
beforeAll(async () => {
  tree = new DriveTree();
  root = tree.folder('Root', null).id;
  for (let i = 0; i < 5; i++) tree.folder(`Sub ${i}`, root);
  tree.folder('In a shared drive', root, { driveId: 'drv' });
  tree.folder('Not shared with me', root, { readers: ['other@edu.ektu.kz'] });
  const ws = new Workspace({ now: Date.parse('2026-03-02T04:00:00Z') });
  const sheet = ws.spreadsheet.insertSheet('Жоспар');
  sheet.getRange(1, 1, 3, 3).setValues([
    ['ID', 'Date done', 'Count'],
    ['1.01', new Date(Date.UTC(2025, 9, 14, 19)), 2], // 15.10.2025 00:00 in Almaty
    ['', '', ''],
  ]);
  sheet.getRange(1, 5).setValue('');
  sheetId = tree.spreadsheet('Plan', root, ws, { writers: ['admin@edu.ektu.kz'] }).id;
  tree.spreadsheet('Read only', root, new Workspace(), { id: 'readonly' });
  server = new GoogleApiServer(tree, {
    tokens: new Map([
      ['tok', 'admin@edu.ektu.kz'],
      ['busy', 'busy@edu.ektu.kz'],
    ]),
    now: () => now,
    readsPerMinute: 60,
  });
  rootUrl = await server.start();
});
afterAll(() => server.stop());

describe('Drive v3 files.list', () => {
  documented(
    `${DRIVE}reference/rest/v3/files/list`,
    'pages by pageSize: nextPageToken leads to the next page and is absent on the last',
    async () => {
      const { drive } = client();
      const q = `'${root}' in parents and mimeType = 'application/vnd.google-apps.folder'`;
      const first = await drive.files.list({ q, pageSize: 4, fields: 'nextPageToken,files(id,name)' });
      expect(first.data.files).toHaveLength(4);
      const second = await drive.files.list({ q, pageSize: 4, pageToken: first.data.nextPageToken! });
      expect(second.data.files).toHaveLength(1);
      expect(second.data.nextPageToken).toBeUndefined();
    },
  );
  documented(
    `${DRIVE}guides/enable-shareddrives`,
    'items in shared drives are listed only with supportsAllDrives and includeItemsFromAllDrives',
    async () => {
      const { drive } = client();
      const q = `'${root}' in parents and name = 'In a shared drive'`;
      expect((await drive.files.list({ q })).data.files).toHaveLength(0);
      const all = await drive.files.list({ q, supportsAllDrives: true, includeItemsFromAllDrives: true });
      expect(all.data.files).toHaveLength(1);
    },
  );
  documented(
    `${DRIVE}guides/fields-parameter`,
    'fields returns only the fields asked for; without it, files carry kind, id, name and mimeType',
    async () => {
      const { drive } = client();
      const q = `'${root}' in parents and name = 'Plan'`;
      const bare = await drive.files.list({ q });
      expect(Object.keys(bare.data.files![0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      const some = await drive.files.list({ q, fields: 'files(id,parents)' });
      expect(some.data).toEqual({ files: [{ id: sheetId, parents: [root] }] });
    },
  );
  documented(
    `${DRIVE}guides/search-files`,
    'a query Drive cannot parse is refused with 400 Invalid Value',
    async () => {
      const { drive } = client();
      expect(await status(drive.files.list({ q: `'${root}' in parents and` }))).toMatchObject({ status: 400 });
    },
  );
  documented(
    `${DRIVE}guides/handle-errors#resolve_a_404_error_file_not_found_fileid`,
    "a file the user cannot see is not listed, and asking for it answers 404 'File not found'",
    async () => {
      const { drive } = client();
      const hidden = [...tree.entries.values()].find((e) => e.name === 'Not shared with me')!;
      expect(
        (await drive.files.list({ q: `'${root}' in parents and name = 'Not shared with me'` })).data.files,
      ).toEqual([]);
      expect(await status(drive.files.get({ fileId: hidden.id }))).toMatchObject({ status: 404, reason: 'notFound' });
    },
  );
  documented(
    `${DRIVE}guides/handle-errors#resolve_a_401_error_invalid_credentials`,
    'a request without valid credentials answers 401',
    async () => {
      const { drive } = client('nobody');
      expect(await status(drive.files.list({}))).toMatchObject({ status: 401 });
    },
  );
});

describe('Sheets v4 values.batchGet', () => {
  documented(
    `${SHEETS}reference/rest/v4/spreadsheets.values#ValueRange`,
    'empty trailing rows and columns are left out; the range is the whole range asked for',
    async () => {
      const { sheets } = client();
      const res = await sheets.spreadsheets.values.batchGet({ spreadsheetId: sheetId, ranges: ["'Жоспар'!A1:F10"] });
      expect(res.data.valueRanges![0].range).toBe("'Жоспар'!A1:F10");
      expect(res.data.valueRanges![0].values).toHaveLength(2);
      expect(res.data.valueRanges![0].values![0]).toHaveLength(3);
    },
  );
  documented(
    `${SHEETS}reference/rest/v4/DateTimeRenderOption`,
    'SERIAL_NUMBER gives a date as the days since 30 December 1899; FORMATTED_VALUE gives the text the cell shows',
    async () => {
      const { sheets } = client();
      const raw = await sheets.spreadsheets.values.batchGet({
        spreadsheetId: sheetId,
        ranges: ['Жоспар!B2:C2'],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      });
      // 15 October 2025 is day 45945 (1 January 1900 is day 2).
      expect(raw.data.valueRanges![0].values).toEqual([[45945, 2]]);
      const shown = await sheets.spreadsheets.values.batchGet({ spreadsheetId: sheetId, ranges: ['Жоспар!C2'] });
      expect(shown.data.valueRanges![0].values).toEqual([['2']]);
    },
  );
  documented(
    `${SHEETS}guides/concepts#cell`,
    'a range naming a sheet the spreadsheet lacks fails the whole request with 400 "Unable to parse range"',
    async () => {
      const { sheets } = client();
      const res = await status(
        sheets.spreadsheets.values.batchGet({ spreadsheetId: sheetId, ranges: ['Жоспар!A1', 'Нет такого!A1'] }),
      );
      expect(res).toMatchObject({ status: 400 });
      expect(res.message).toMatch(/^Unable to parse range: Нет такого!A1/);
    },
  );
  documented(
    `${SHEETS}limits`,
    'a user may make 60 read requests a minute; the 61st answers 429, and a minute later reads go through again',
    async () => {
      const { sheets } = client('busy');
      now = 1_000_000;
      for (let i = 0; i < 60; i++)
        await sheets.spreadsheets.get({ spreadsheetId: sheetId, fields: 'properties.title' });
      expect(await status(sheets.spreadsheets.get({ spreadsheetId: sheetId }))).toMatchObject({
        status: 429,
        reason: 'rateLimitExceeded',
      });
      now += 60_001;
      expect(await status(sheets.spreadsheets.get({ spreadsheetId: sheetId }))).toMatchObject({ status: 200 });
    },
  );
  documented(
    `${SHEETS}reference/rest/v4/spreadsheets/get`,
    "spreadsheets.get with a field mask gives the sheets' titles; the title is the Drive file's name",
    async () => {
      const { sheets } = client();
      const res = await sheets.spreadsheets.get({
        spreadsheetId: sheetId,
        fields: 'properties.title,sheets.properties.title',
      });
      expect(res.data).toEqual({
        properties: { title: 'Plan' },
        sheets: [{ properties: { title: 'Sheet1' } }, { properties: { title: 'Жоспар' } }],
      });
    },
  );
});

describe('Sheets v4 writes', () => {
  documented(
    `${SHEETS}reference/rest/v4/spreadsheets.values/batchUpdate`,
    'values.batchUpdate needs valueInputOption; RAW writes the values as given, a one-cell range grows to the data',
    async () => {
      const { sheets } = client();
      const data = [
        {
          range: 'Жоспар!E1',
          values: [
            ['a', 1],
            ['b', 2],
          ],
        },
      ];
      expect(
        await status(sheets.spreadsheets.values.batchUpdate({ spreadsheetId: sheetId, requestBody: { data } })),
      ).toMatchObject({ status: 400 });
      const res = await sheets.spreadsheets.values.batchUpdate({
        spreadsheetId: sheetId,
        requestBody: { valueInputOption: 'RAW', data },
      });
      expect(res.data.totalUpdatedCells).toBe(4);
      const back = await sheets.spreadsheets.values.batchGet({ spreadsheetId: sheetId, ranges: ['Жоспар!E1:F2'] });
      expect(back.data.valueRanges![0].values).toEqual([
        ['a', '1'],
        ['b', '2'],
      ]);
    },
  );
  documented(
    `${SHEETS}reference/rest/v4/spreadsheets.values/batchClear`,
    'values.batchClear empties the ranges and keeps the sheet',
    async () => {
      const { sheets } = client();
      await sheets.spreadsheets.values.batchClear({
        spreadsheetId: sheetId,
        requestBody: { ranges: ['Жоспар!E1:F2'] },
      });
      const back = await sheets.spreadsheets.values.batchGet({ spreadsheetId: sheetId, ranges: ['Жоспар!E1:F2'] });
      expect(back.data.valueRanges![0].values).toBeUndefined();
    },
  );
  documented(
    `${SHEETS}reference/rest/v4/spreadsheets/batchUpdate`,
    'batchUpdate is all or nothing: one invalid request (a sheet name taken) fails it and nothing is applied',
    async () => {
      const { sheets } = client();
      const requests = [
        { addSheet: { properties: { title: 'New' } } },
        { addSheet: { properties: { title: 'Жоспар' } } },
      ];
      const res = await status(sheets.spreadsheets.batchUpdate({ spreadsheetId: sheetId, requestBody: { requests } }));
      expect(res).toMatchObject({ status: 400 });
      expect(res.message).toMatch(/already exists/);
      const titles = await sheets.spreadsheets.get({ spreadsheetId: sheetId, fields: 'sheets.properties.title' });
      expect(titles.data.sheets!.map((x) => x.properties!.title)).not.toContain('New');
    },
  );
  documented(
    `${SHEETS}scopes`,
    "writing a spreadsheet the caller may only read answers 403 PERMISSION_DENIED (scopes apply per file; the status is Google's error as observed, not stated on the page)",
    async () => {
      const { sheets } = client();
      const data = [{ range: 'Sheet1!A1', values: [['x']] }];
      const res = await sheets.spreadsheets.values
        .batchUpdate({ spreadsheetId: 'readonly', requestBody: { valueInputOption: 'RAW', data } })
        .then(() => 200)
        .catch((e: { response: { status: number } }) => e.response.status);
      expect(res).toBe(403);
    },
  );
});
