/**
 * The local Google API server (src/local/google-api) against the REST references of the calls `jospar admin` makes,
 * driven through the real googleapis client as the admin commands drive it.
 */
import { google } from 'googleapis';
import { DriveTree } from '../../../src/local/google-api/drive-tree';
import { EXPORT_LIMIT_BYTES, GoogleApiServer } from '../../../src/local/google-api/rest-server';
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
  // The admin may add to the root folder; the domain only sees it (as a Drive folder shared for viewing).
  root = tree.folder('Root', null, { writers: ['admin@edu.ektu.kz'] }).id;
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
  documented(
    `${DRIVE}reference/rest/v3/files/list`,
    "pageToken takes the previous response's nextPageToken: a made-up one, or one of another query, answers 400 " +
      "(the status and reason are Google's error as observed; the page says a rejected token is to be discarded)",
    async () => {
      const { drive } = client();
      const q = `'${root}' in parents and mimeType = 'application/vnd.google-apps.folder'`;
      const first = await drive.files.list({ q, pageSize: 2 });
      expect(await status(drive.files.list({ q, pageToken: '2' }))).toMatchObject({ status: 400, reason: 'invalid' });
      const other = `'${root}' in parents`;
      expect(await status(drive.files.list({ q: other, pageToken: first.data.nextPageToken! }))).toMatchObject({
        status: 400,
      });
    },
  );
  documented(
    `${DRIVE}guides/fields-parameter`,
    'an invalid selection answers 400: files(id,capabilities,canAddChildren) gives "Invalid field selection canAddChildren"',
    async () => {
      const { drive } = client();
      const res = await status(drive.files.list({ fields: 'files(id,capabilities,canAddChildren)' }));
      expect(res).toMatchObject({ status: 400, message: 'Invalid field selection canAddChildren' });
      expect(await status(drive.files.list({ fields: 'files(id,capabilities/canAddChildren)' }))).toMatchObject({
        status: 200,
      });
    },
  );
  documented(
    `${DRIVE}guides/ref-search-terms`,
    'mimeType takes contains; modifiedTime compares RFC 3339 times, UTC when the time has no offset',
    async () => {
      const { drive } = client();
      const names = async (q: string) =>
        ((await drive.files.list({ q: `'${root}' in parents and ${q}` })).data.files ?? []).map((f) => f.name).sort();
      expect(await names("mimeType contains 'spreadsheet'")).toEqual(['Plan', 'Read only']);
      // Every file of the tree was modified at 2026-03-02T04:00:00Z.
      expect(await names("mimeType contains 'spreadsheet' and modifiedTime >= '2026-03-02T04:00:00'")).toEqual([
        'Plan',
        'Read only',
      ]);
      expect(await names("modifiedTime > '2026-03-02T04:00:00'")).toEqual([]);
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
    `${SHEETS}reference/rest/v4/spreadsheets.values#ValueRange`,
    'null values are skipped (the cell keeps its value), "" empties a cell, and a shorter row leaves the rest of its cells',
    async () => {
      const { sheets } = client();
      const write = (values: unknown[][]) =>
        sheets.spreadsheets.values.batchUpdate({
          spreadsheetId: sheetId,
          requestBody: { valueInputOption: 'RAW', data: [{ range: 'Жоспар!H1', values }] },
        });
      await write([
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ]);
      await write([[null, 'B', ''], ['D']]);
      const back = await sheets.spreadsheets.values.batchGet({ spreadsheetId: sheetId, ranges: ['Жоспар!H1:J2'] });
      expect(back.data.valueRanges![0].values).toEqual([
        ['a', 'B'],
        ['D', 'e', 'f'],
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

describe('Drive v3 files.copy, files.export, permissions.create', () => {
  const plan = () => tree.entries.get(sheetId)!;
  documented(
    `${DRIVE}reference/rest/v3/files/copy`,
    'a copy is a new file with the same content, named and placed as the request body says; it answers a File with ' +
      'kind, id, name and mimeType, or the fields asked for',
    async () => {
      const { drive, sheets } = client();
      const copy = await drive.files.copy({ fileId: sheetId, requestBody: { name: 'Plan copy', parents: [root] } });
      expect(Object.keys(copy.data).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      expect(copy.data).toMatchObject({ name: 'Plan copy', mimeType: plan().mimeType });
      expect(copy.data.id).not.toBe(sheetId);
      const asked = await drive.files.copy({ fileId: sheetId, fields: 'id,parents', requestBody: { name: 'Again' } });
      expect(Object.keys(asked.data).sort()).toEqual(['id', 'parents']);
      expect(asked.data.parents).toEqual([root]);
      const cells = await sheets.spreadsheets.values.batchGet({ spreadsheetId: copy.data.id!, ranges: ['Жоспар!A2'] });
      expect(cells.data.valueRanges![0].values).toEqual([['1.01']]);
    },
  );
  documented(
    `${DRIVE}guides/handle-errors#notfound`,
    "copying a file that does not exist, or that the user cannot see, answers 404 'File not found'",
    async () => {
      const { drive } = client('busy');
      const hidden = tree.spreadsheet('Admin only', root, new Workspace(), { readers: ['admin@edu.ektu.kz'] });
      for (const fileId of ['no-such-file', hidden.id])
        expect(await status(drive.files.copy({ fileId, requestBody: {} }))).toMatchObject({
          status: 404,
          reason: 'notFound',
          message: `File not found: ${fileId}.`,
        });
    },
  );
  documented(
    `${DRIVE}guides/handle-errors#insufficientfilepermissions`,
    'copying into a folder the user may only read answers 403 insufficientFilePermissions, and makes nothing',
    async () => {
      const { drive } = client();
      const folder = tree.folder('Read-only folder', root, { writers: ['other@edu.ektu.kz'] });
      const before = tree.entries.size;
      const res = await status(drive.files.copy({ fileId: sheetId, requestBody: { parents: [folder.id] } }));
      expect(res).toMatchObject({ status: 403, reason: 'insufficientFilePermissions' });
      expect(tree.entries.size).toBe(before);
    },
  );
  documented(
    `${DRIVE}reference/rest/v3/files/copy`,
    "a folder is not copied: 403 cannotCopyFile (Google's error as observed; the page speaks of copying a file)",
    async () => {
      const { drive } = client();
      const folder = [...tree.entries.values()].find((e) => e.name === 'Sub 0')!;
      expect(await status(drive.files.copy({ fileId: folder.id, requestBody: {} }))).toMatchObject({
        status: 403,
        reason: 'cannotCopyFile',
      });
    },
  );
  documented(
    `${DRIVE}guides/ref-export-formats`,
    'a spreadsheet exports to xlsx; a format no spreadsheet exports to answers 400, a folder 403 fileNotExportable',
    async () => {
      const { drive } = client();
      const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const res = await drive.files.export({ fileId: sheetId, mimeType: xlsx }, { responseType: 'arraybuffer' });
      expect(res.headers['content-type']).toBe(xlsx);
      expect(
        Buffer.from(res.data as ArrayBuffer)
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      const png = await status(drive.files.export({ fileId: sheetId, mimeType: 'image/png' }));
      expect(png).toMatchObject({ status: 400, message: 'The requested conversion is not supported.' });
      // csv is a format Google exports a spreadsheet to; the local server does not, and says so (501, not a 500
      // that a retry rule would wait on as Google's backend error).
      const csv = await status(drive.files.export({ fileId: sheetId, mimeType: 'text/csv' }));
      expect(csv).toMatchObject({ status: 501, reason: 'notEmulated' });
      const folder = [...tree.entries.values()].find((e) => e.name === 'Sub 0')!;
      const asFolder = await status(drive.files.export({ fileId: folder.id, mimeType: xlsx }));
      expect(asFolder).toMatchObject({ status: 403, reason: 'fileNotExportable' });
      expect(await status(drive.files.export({ fileId: 'no-such-file', mimeType: xlsx }))).toMatchObject({
        status: 404,
      });
    },
  );
  documented(
    `${DRIVE}reference/rest/v3/files/export`,
    'the exported content is limited (10 MB at Google; here a limit the test sets): a larger export answers 403 ' +
      'exportSizeLimitExceeded "This file is too large to be exported." (the reason and message as Google answers)',
    async () => {
      const { drive } = client();
      const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      expect(EXPORT_LIMIT_BYTES).toBe(10 * 1024 * 1024);
      server.options.exportLimitBytes = 1000;
      try {
        expect(await status(drive.files.export({ fileId: sheetId, mimeType: xlsx }))).toMatchObject({
          status: 403,
          reason: 'exportSizeLimitExceeded',
          message: 'This file is too large to be exported.',
        });
      } finally {
        delete server.options.exportLimitBytes;
      }
    },
  );
  documented(
    `${DRIVE}reference/rest/v3/permissions/create`,
    'a writer shares a file: the answer is a Permission (kind, id, type, role, or the fields asked for), and the ' +
      'new reader can open the file',
    async () => {
      const { drive } = client();
      const other = client('busy').drive;
      const file = tree.spreadsheet('To share', root, new Workspace(), { readers: [], writers: ['admin@edu.ektu.kz'] });
      expect(await status(other.files.get({ fileId: file.id }))).toMatchObject({ status: 404 });
      const perm = await drive.permissions.create({
        fileId: file.id,
        requestBody: { type: 'user', role: 'reader', emailAddress: 'busy@edu.ektu.kz' },
      });
      expect(perm.data).toMatchObject({ kind: 'drive#permission', type: 'user', role: 'reader' });
      expect(Object.keys(perm.data).sort()).toEqual(['id', 'kind', 'role', 'type']);
      const asked = await drive.permissions.create({
        fileId: file.id,
        fields: 'emailAddress,role',
        requestBody: { type: 'user', role: 'writer', emailAddress: 'third@edu.ektu.kz' },
      });
      expect(asked.data).toEqual({ emailAddress: 'third@edu.ektu.kz', role: 'writer' });
      expect(await status(other.files.get({ fileId: file.id }))).toMatchObject({ status: 200 });
    },
  );
  documented(
    `${DRIVE}guides/handle-errors#insufficientfilepermissions`,
    'sharing a file the user may only read answers 403 insufficientFilePermissions; a missing file answers 404',
    async () => {
      const { drive } = client('busy');
      const file = tree.spreadsheet('Read by busy', root, new Workspace(), { readers: ['busy@edu.ektu.kz'] });
      const requestBody = { type: 'user', role: 'reader', emailAddress: 'x@edu.ektu.kz' };
      expect(await status(drive.permissions.create({ fileId: file.id, requestBody }))).toMatchObject({
        status: 403,
        reason: 'insufficientFilePermissions',
        message: `The user does not have sufficient permissions for file ${file.id}.`,
      });
      expect(await status(drive.permissions.create({ fileId: 'no-such-file', requestBody }))).toMatchObject({
        status: 404,
      });
    },
  );
});
