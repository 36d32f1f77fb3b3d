/**
 * A local HTTP server answering the Google REST calls `jospar admin` makes, so that the real googleapis client can be
 * pointed at it (`rootUrl`) in tests and in `npm start`: Drive v3 files.list / get / copy / export and
 * permissions.create, Sheets v4 spreadsheets.get / values.batchGet. Behaviour follows the reference pages named at each
 * route; it counts every call, can answer a chosen call with a rate limit or cut the connection, and keeps Sheets'
 * per-minute read quota (https://developers.google.com/workspace/sheets/api/limits). Node only; listens on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeXlsxBuffer } from '../export/xlsx';
import { Workspace } from '../workspace/workspace';
import { parseQuery, QueryError } from '../workspace/drive-query';
import { FOLDER_MIME, GOOGLE_MIME_PREFIX } from '../../core/google-mime';
import { DriveTree, type DriveEntry } from './drive-tree';
import { FieldMaskError, schema, selectFields } from '../workspace/field-mask';
import { checkFileFields, listPage, PageTokenError, selectFile, selectFileList } from '../workspace/drive-resource';
import { RangeError400, readValueRange, splitRange, type DateRender, type ValueRender } from './sheets-values';
import { columnLetter, parseA1, toA1 } from '../workspace/a1';

export type Fault = 'rateLimit' | 'cut' | 'serverError';

export interface ServerOptions {
  /** Bearer token → the user it stands for. A call without a known token is 401, as Google answers. */
  tokens: Map<string, string>;
  /** 1-based call number → what goes wrong at that call. */
  faults?: Map<number, Fault>;
  /** Milliseconds now (a virtual clock in tests), for the per-minute quota. */
  now?: () => number;
  /** Sheets read requests a user may make a minute (Google: 60 per user per project). */
  readsPerMinute?: number;
  /** files.export's limit on the exported bytes (Google: 10 MB); a test may set a smaller one. */
  exportLimitBytes?: number;
  /** Called with each call's "METHOD path" as it is answered (the bench advances a virtual clock by its latency). */
  onCall?: (call: string) => void;
}

class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a spreadsheet exports to (ref-export-formats): xlsx, ods, pdf, zipped HTML, csv and tsv of the first sheet. */
const SHEET_EXPORTS = [
  XLSX,
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/pdf',
  'application/zip',
  'text/csv',
  'text/tab-separated-values',
];
/** files.export: "Note that the exported content is limited to 10 MB." */
export const EXPORT_LIMIT_BYTES = 10 * 1024 * 1024;
/** The Permission resource's fields (permissions reference) and what create answers without `fields`. */
const PERMISSION_SCHEMA = schema(
  (
    'kind id type emailAddress domain role view allowFileDiscovery displayName photoLink expirationTime ' +
    'teamDrivePermissionDetails permissionDetails deleted pendingOwner inheritedPermissionsDisabled'
  ).split(' '),
);
const PERMISSION_DEFAULT = 'kind,id,type,role';

export class GoogleApiServer {
  readonly calls: Array<{ n: number; method: string; path: string; status: number; user: string }> = [];
  private server: Server | null = null;
  private readonly reads = new Map<string, number[]>();
  rootUrl = '';

  constructor(
    readonly tree: DriveTree,
    readonly options: ServerOptions,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.rootUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.rootUrl;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server!.close(() => ok()));
    this.server = null;
  }

  /** Calls by "GET drive/v3/files"-like keys (ids replaced by ':id'). */
  countBy(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) {
      const key = `${c.method} ${c.path.replace(/\/(ss|fld|copy)[0-9A-Za-z_-]+/g, '/:id')}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const n = this.calls.length + 1;
    const fault = this.options.faults?.get(n);
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const user = (auth && this.options.tokens.get(auth[1])) ?? '';
    const entry = { n, method: req.method ?? 'GET', path: url.pathname.slice(1), status: 0, user };
    this.calls.push(entry);
    this.options.onCall?.(`${entry.method} ${entry.path}`);
    if (fault === 'cut') {
      entry.status = -1;
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    let status = 200;
    let payload: unknown;
    let raw = null as { type: string; data: Buffer } | null;
    try {
      if (!user)
        throw new HttpError(401, 'UNAUTHENTICATED', 'Request is missing required authentication.', 'authError');
      if (fault === 'rateLimit')
        throw new HttpError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric.', 'rateLimitExceeded');
      if (fault === 'serverError') throw new HttpError(500, 'INTERNAL', 'Internal error encountered.', 'backendError');
      const result = await this.route(entry.method, url, body, user);
      if (result && typeof result === 'object' && 'raw' in result) raw = (result as { raw: typeof raw }).raw;
      else payload = result;
    } catch (e) {
      const err =
        e instanceof HttpError
          ? e
          : e instanceof QueryError || e instanceof PageTokenError
            ? new HttpError(400, 'INVALID_ARGUMENT', e.message, 'invalid')
            : e instanceof FieldMaskError
              ? new HttpError(400, 'INVALID_ARGUMENT', e.message, 'invalidParameter')
              : e instanceof RangeError400
                ? new HttpError(400, 'INVALID_ARGUMENT', e.message, 'badRequest')
                : new HttpError(500, 'INTERNAL', (e as Error).message, 'backendError');
      status = err.code;
      payload = {
        error: {
          code: err.code,
          message: err.message,
          status: err.status,
          errors: [{ message: err.message, domain: 'global', reason: err.reason }],
        },
      };
    }
    entry.status = status;
    if (raw) {
      res.writeHead(200, { 'content-type': raw.type });
      res.end(raw.data);
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(payload ?? {}));
  }

  /** A file of a call that takes supportsAllDrives: without it, a file in a shared drive is not found. */
  private driveFile(id: string, user: string, q: URLSearchParams): DriveEntry {
    const e = this.file(id, user);
    if (e.driveId && q.get('supportsAllDrives') !== 'true') throw notFound(id);
    return e;
  }

  private file(id: string, user: string): DriveEntry {
    const e = this.tree.entries.get(id);
    if (!e || !this.tree.canRead(e, user)) throw new HttpError(404, 'NOT_FOUND', `File not found: ${id}.`, 'notFound');
    return e;
  }

  /** Sheets' per-user read quota over the last minute. */
  private countRead(user: string): void {
    const limit = this.options.readsPerMinute ?? 60;
    const now = this.options.now?.() ?? Date.now();
    const recent = (this.reads.get(user) ?? []).filter((t) => t > now - 60000);
    if (recent.length >= limit)
      throw new HttpError(
        429,
        'RESOURCE_EXHAUSTED',
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'",
        'rateLimitExceeded',
      );
    recent.push(now);
    this.reads.set(user, recent);
  }

  private async route(method: string, url: URL, body: string, user: string): Promise<unknown> {
    const p = url.pathname;
    const q = url.searchParams;
    const fields = q.get('fields');
    // Sheets' resources are masked without checking the names (only Drive's File schema is kept here).
    const mask = (v: unknown): unknown => (fields ? selectFields(v, fields, '') : v);
    let m: RegExpExecArray | null;

    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
    if (method === 'GET' && p === '/drive/v3/files') {
      const test = parseQuery(q.get('q') ?? '');
      const allDrives = q.get('supportsAllDrives') === 'true' && q.get('includeItemsFromAllDrives') === 'true';
      const found = [...this.tree.entries.values()].filter(
        (e) => this.tree.canRead(e, user) && (allDrives || !e.driveId) && test(e),
      );
      const request = `${user}\n${allDrives}\n${q.get('q') ?? ''}`;
      const { page, nextPageToken } = listPage(found, {
        pageSize: Number(q.get('pageSize') ?? 100),
        pageToken: q.get('pageToken'),
        request,
      });
      return selectFileList(page, nextPageToken, fields);
    }
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get
    if (method === 'GET' && (m = /^\/drive\/v3\/files\/([^/]+)$/.exec(p))) {
      return selectFile(this.driveFile(m[1], user, q), fields);
    }
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy
    if (method === 'POST' && (m = /^\/drive\/v3\/files\/([^/]+)\/copy$/.exec(p))) {
      const e = this.driveFile(m[1], user, q);
      checkFileFields(fields);
      // Drive copies files, not folders (Google's answer as observed: 403 cannotCopyFile). Drive copies PDFs and
      // other files too; the local tree holds contents only for spreadsheets, so it says it does not emulate that.
      if (e.mimeType === FOLDER_MIME)
        throw new HttpError(403, 'PERMISSION_DENIED', 'This file cannot be copied by the user.', 'cannotCopyFile');
      if (!e.workspace) throw notEmulated(`copying ${e.mimeType}`);
      const req = JSON.parse(body || '{}') as { name?: string; parents?: string[] };
      const parent = req.parents?.[0] ?? e.parents[0];
      const folder = this.driveFile(parent, user, q);
      if (folder.mimeType !== FOLDER_MIME) throw new HttpError(400, 'INVALID_ARGUMENT', 'Invalid parent.', 'invalid');
      if (!this.tree.canWrite(folder, user)) throw insufficient(parent);
      const ws = e.workspace.clone();
      const copy = this.tree.spreadsheet(req.name ?? `Copy of ${e.name}`, parent, ws, {
        readers: [user],
        writers: [user],
        ...(folder.driveId ? { driveId: folder.driveId } : {}),
      });
      return selectFile(copy, fields);
    }
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/export ("the exported content is
    // limited to 10 MB") and .../guides/ref-export-formats (what a spreadsheet exports to).
    if (method === 'GET' && (m = /^\/drive\/v3\/files\/([^/]+)\/export$/.exec(p))) {
      const e = this.file(m[1], user);
      const to = q.get('mimeType') ?? '';
      if (!e.mimeType.startsWith(GOOGLE_MIME_PREFIX) || e.mimeType === FOLDER_MIME || !e.workspace)
        throw new HttpError(403, 'PERMISSION_DENIED', 'Export only supports Docs Editors files.', 'fileNotExportable');
      if (!SHEET_EXPORTS.includes(to))
        throw new HttpError(400, 'INVALID_ARGUMENT', 'The requested conversion is not supported.', 'badRequest');
      if (to !== XLSX) throw notEmulated(`exporting to ${to} (the local Drive exports spreadsheets as xlsx only)`);
      const data = await writeXlsxBuffer(e.workspace.spreadsheet);
      if (data.length > (this.options.exportLimitBytes ?? EXPORT_LIMIT_BYTES))
        throw new HttpError(
          403,
          'PERMISSION_DENIED',
          'This file is too large to be exported.',
          'exportSizeLimitExceeded',
        );
      return { raw: { type: XLSX, data } };
    }
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
    if (method === 'POST' && (m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(p))) {
      const e = this.driveFile(m[1], user, q);
      if (!this.tree.canWrite(e, user)) throw insufficient(m[1]);
      const perm = JSON.parse(body || '{}') as { role?: string; type?: string; emailAddress?: string };
      if (perm.type !== 'user' || !perm.emailAddress || !['reader', 'writer', 'owner'].includes(perm.role ?? ''))
        throw new HttpError(400, 'INVALID_ARGUMENT', 'Invalid permission.', 'invalid');
      if (perm.role === 'owner' && q.get('transferOwnership') !== 'true')
        throw new HttpError(403, 'PERMISSION_DENIED', 'transferOwnership must be true.', 'forbidden');
      if (perm.role === 'owner' && e.driveId)
        throw new HttpError(403, 'PERMISSION_DENIED', 'Shared drive files cannot change owner.', 'forbidden');
      (perm.role === 'reader' ? e.readers : e.writers).push(perm.emailAddress);
      const permission = {
        kind: 'drive#permission',
        id: `perm-${perm.emailAddress}`,
        type: 'user',
        role: perm.role,
        emailAddress: perm.emailAddress,
      };
      return selectFields(permission, fields, PERMISSION_DEFAULT, PERMISSION_SCHEMA);
    }
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
    if (method === 'GET' && (m = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(p))) {
      this.countRead(user);
      const ws = this.sheetFile(m[1], user);
      return mask(spreadsheetResource(m[1], this.tree.entries.get(m[1])!.name, ws));
    }
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
    if (method === 'GET' && (m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/.exec(p))) {
      this.countRead(user);
      const ws = this.sheetFile(m[1], user);
      const valueRender = (q.get('valueRenderOption') ?? 'FORMATTED_VALUE') as ValueRender;
      const dateRender = (q.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER') as DateRender;
      const valueRanges = q.getAll('ranges').map((r) => readValueRange(ws.spreadsheet, r, valueRender, dateRender));
      return mask({ spreadsheetId: m[1], valueRanges });
    }
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchClear
    if (method === 'POST' && (m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchClear$/.exec(p))) {
      const ws = this.writable(m[1], user);
      const req = JSON.parse(body || '{}') as { ranges?: string[] };
      const boxes = (req.ranges ?? []).map((r) => valueBox(ws, r));
      for (const b of boxes) b.range.clearContent();
      return { spreadsheetId: m[1], clearedRanges: boxes.map((b) => b.a1) };
    }
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
    if (method === 'POST' && (m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchUpdate$/.exec(p))) {
      const ws = this.writable(m[1], user);
      const req = JSON.parse(body || '{}') as {
        valueInputOption?: string;
        data?: Array<{ range: string; values: unknown[][] }>;
      };
      if (req.valueInputOption !== 'RAW' && req.valueInputOption !== 'USER_ENTERED')
        throw new HttpError(400, 'INVALID_ARGUMENT', "Invalid valueInputOption: ''", 'badRequest');
      // Checked before any write: the request is all or nothing.
      const targets = (req.data ?? []).map((d) => ({ d, box: valueBox(ws, d.range, d.values) }));
      let cells = 0;
      let rows = 0;
      for (const { d, box } of targets) {
        const written = writeValues(box.range, d.values);
        cells += written.cells;
        rows += written.rows;
      }
      return { spreadsheetId: m[1], totalUpdatedCells: cells, totalUpdatedRows: rows };
    }
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
    if (method === 'POST' && (m = /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(p))) {
      const ws = this.writable(m[1], user);
      const req = JSON.parse(body || '{}') as { requests?: Array<Record<string, unknown>> };
      return { spreadsheetId: m[1], replies: applyRequests(ws, req.requests ?? []) };
    }
    throw new HttpError(404, 'NOT_FOUND', `No route ${method} ${p}`, 'notFound');
  }

  /** A spreadsheet the user may write (Sheets' write quota counted like the reads). */
  private writable(id: string, user: string): Workspace {
    this.countRead(`write:${user}`); // writes have a quota of their own, of the same size
    const ws = this.sheetFile(id, user);
    if (!this.tree.canWrite(this.tree.entries.get(id)!, user))
      throw new HttpError(403, 'PERMISSION_DENIED', 'The caller does not have permission', 'forbidden');
    return ws;
  }

  private sheetFile(id: string, user: string): Workspace {
    const e = this.tree.entries.get(id);
    if (!e || !this.tree.canRead(e, user) || !e.workspace)
      throw new HttpError(404, 'NOT_FOUND', 'Requested entity was not found.', 'notFound');
    return e.workspace;
  }
}

/** The cells an A1 range names (with the size of `values` when the range is one cell). */
function valueBox(ws: Workspace, a1: string, values?: unknown[][]) {
  const { sheet: name, cells } = splitRange(a1);
  const sheet = ws.spreadsheet.getSheetByName(name);
  if (!sheet) throw new RangeError400(`Unable to parse range: ${a1}`);
  const box = parseA1(
    cells || `A1:${columnLetter(sheet.getMaxColumns())}${sheet.getMaxRows()}`,
    sheet.getMaxRows(),
    sheet.getMaxColumns(),
  );
  // Rows may differ in length (a short row leaves the cells after it as they are): the box is the longest row wide.
  const rows = values ? values.length : box.rows;
  const cols = values ? Math.max(1, ...values.map((r) => r.length)) : box.cols;
  if (values && cells.includes(':') && (rows > box.rows || cols > box.cols))
    throw new HttpError(
      400,
      'INVALID_ARGUMENT',
      `Requested writing within range [${a1}], but tried writing to row [${box.row + rows}]`,
      'badRequest',
    );
  if (box.row + rows - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), box.row + rows - 1 - sheet.getMaxRows());
  return { range: sheet.getRange(box.row, box.col, rows, cols), a1 };
}

/**
 * A ValueRange's values written from the range's first cell: "null values will be skipped. To set a cell to an empty
 * value, set the string value to an empty string" (ValueRange), so a null, or a cell past the end of a short row,
 * keeps what it holds. Each run of non-null values in a row is one write.
 */
function writeValues(range: ReturnType<Workspace['spreadsheet']['getRange']>, values: unknown[][]) {
  let cells = 0;
  let rows = 0;
  values.forEach((row, i) => {
    let j = 0;
    while (j < row.length) {
      if (row[j] === null) {
        j++;
        continue;
      }
      let end = j;
      while (end < row.length && row[end] !== null) end++;
      range
        .getSheet()
        .getRange(range.getRow() + i, range.getColumn() + j, 1, end - j)
        .setValues([row.slice(j, end)]);
      cells += end - j;
      j = end;
    }
    if (row.some((v) => v !== null)) rows++;
  });
  return { cells, rows };
}

/**
 * addSheet, addChart and updateChartSpec, each answered by its reply, in order. "If any request is not valid, the
 * entire request will fail and nothing will be applied": every request is checked before the first is applied.
 */
function applyRequests(ws: Workspace, requests: Array<Record<string, unknown>>): unknown[] {
  const titles = new Set(ws.spreadsheet.getSheets().map((s) => s.getName()));
  const charts = new Set(ws.spreadsheet.getSheets().flatMap((s) => s._charts.map((c) => c.id)));
  for (const r of requests) {
    const title = (r.addSheet as { properties?: { title?: string } } | undefined)?.properties?.title;
    if (r.addSheet && !title) throw new HttpError(400, 'INVALID_ARGUMENT', 'A sheet needs a title.', 'badRequest');
    if (title && titles.has(title))
      throw new HttpError(
        400,
        'INVALID_ARGUMENT',
        `A sheet with the name "${title}" already exists. Please enter another name.`,
        'badRequest',
      );
    if (title) titles.add(title);
    const update = r.updateChartSpec as { chartId: number } | undefined;
    if (update && !charts.has(update.chartId))
      throw new HttpError(400, 'INVALID_ARGUMENT', `No chart with id: ${update.chartId}`, 'badRequest');
    if (!r.addSheet && !r.addChart && !r.updateChartSpec)
      throw new HttpError(400, 'INVALID_ARGUMENT', `Unsupported request: ${Object.keys(r).join()}`, 'badRequest');
  }
  return requests.map((r) => {
    if (r.addSheet) {
      const title = (r.addSheet as { properties?: { title?: string } }).properties?.title;
      if (!title) throw new HttpError(400, 'INVALID_ARGUMENT', 'A sheet needs a title.', 'badRequest');
      if (ws.spreadsheet.getSheetByName(title))
        throw new HttpError(
          400,
          'INVALID_ARGUMENT',
          `A sheet with the name "${title}" already exists. Please enter another name.`,
          'badRequest',
        );
      const s = ws.spreadsheet.insertSheet(title);
      return { addSheet: { properties: { sheetId: s.getSheetId(), title } } };
    }
    if (r.addChart || r.updateChartSpec) {
      const chart = (r.addChart as { chart?: { spec: ChartSpec; position?: ChartPosition } } | undefined)?.chart;
      const update = r.updateChartSpec as { chartId: number; spec: ChartSpec } | undefined;
      const spec = chart?.spec ?? update!.spec;
      const sheetId =
        chart?.position?.overlayPosition?.anchorCell?.sheetId ??
        spec.basicChart?.domains?.[0]?.domain?.sourceRange?.sources?.[0]?.sheetId;
      const host = ws.spreadsheet.getSheets().find((s) => s.getSheetId() === sheetId);
      const existing =
        update &&
        ws.spreadsheet
          .getSheets()
          .flatMap((s) => s._charts)
          .find((c) => c.id === update.chartId);
      if (update && !existing)
        throw new HttpError(400, 'INVALID_ARGUMENT', `No chart with id: ${update.chartId}`, 'badRequest');
      if (!host && !existing) throw new HttpError(400, 'INVALID_ARGUMENT', 'Invalid chart position.', 'badRequest');
      const state = existing ?? {
        id: host!._nextChartId(),
        type: null,
        ranges: [],
        options: {},
        position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      };
      state.type = spec.basicChart?.chartType === 'BAR' ? 'BAR' : 'COLUMN';
      state.options = { title: spec.title ?? '', isStacked: spec.basicChart?.stackedType === 'STACKED' };
      const a1 = (g?: GridRange) =>
        g
          ? toA1({
              row: g.startRowIndex + 1,
              col: g.startColumnIndex + 1,
              rows: g.endRowIndex - g.startRowIndex,
              cols: g.endColumnIndex - g.startColumnIndex,
            })
          : '';
      state.ranges = [
        ...(spec.basicChart?.domains ?? []).map((d) => a1(d.domain?.sourceRange?.sources?.[0])),
        ...(spec.basicChart?.series ?? []).map((s) => a1(s.series?.sourceRange?.sources?.[0])),
      ];
      if (!existing) host!._charts.push(state);
      return r.addChart ? { addChart: { chart: { chartId: state.id, spec } } } : {};
    }
    throw new HttpError(400, 'INVALID_ARGUMENT', `Unsupported request: ${Object.keys(r).join()}`, 'badRequest');
  });
}

interface GridRange {
  sheetId: number;
  startRowIndex: number;
  endRowIndex: number;
  startColumnIndex: number;
  endColumnIndex: number;
}
interface ChartSpec {
  title?: string;
  basicChart?: {
    chartType?: string;
    stackedType?: string;
    domains?: Array<{ domain?: { sourceRange?: { sources?: GridRange[] } } }>;
    series?: Array<{ series?: { sourceRange?: { sources?: GridRange[] } } }>;
  };
}
interface ChartPosition {
  overlayPosition?: { anchorCell?: { sheetId: number; rowIndex: number; columnIndex: number } };
}

/** Drive's answer to a change the user's role does not allow (handle-errors: insufficientFilePermissions). */
function insufficient(id: string): HttpError {
  return new HttpError(
    403,
    'PERMISSION_DENIED',
    `The user does not have sufficient permissions for file ${id}.`,
    'insufficientFilePermissions',
  );
}

function notFound(id: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `File not found: ${id}.`, 'notFound');
}

/** A spreadsheet's title is its Drive file's name. */
function spreadsheetResource(id: string, title: string, ws: Workspace): Record<string, unknown> {
  const ss = ws.spreadsheet;
  return {
    spreadsheetId: id,
    properties: { title, locale: ss.getSpreadsheetLocale(), timeZone: ss.getSpreadsheetTimeZone() },
    sheets: ss.getSheets().map((s, index) => ({
      properties: {
        sheetId: s.getSheetId(),
        title: s.getName(),
        index,
        sheetType: 'GRID',
        hidden: s.isSheetHidden(),
        gridProperties: { rowCount: s.getMaxRows(), columnCount: s.getMaxColumns() },
      },
      charts: s._charts.map((c) => ({ chartId: c.id, spec: { title: c.options.title ?? '' } })),
    })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * What Google would do but this local server does not: 501 names the gap instead of passing an emulation's limit off
 * as Google's answer, and a retry rule following the error guides (429, 500, 502-504) does not retry it.
 */
function notEmulated(what: string): HttpError {
  return new HttpError(501, 'UNIMPLEMENTED', `Not emulated by the local Google server: ${what}.`, 'notEmulated');
}
