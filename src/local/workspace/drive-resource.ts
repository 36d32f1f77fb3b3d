/**
 * Drive v3's File and FileList as both local Drives answer them (the emulated advanced service `Drive.Files` and the
 * local REST server of `jospar admin`): the resource's fields, the methods' default selections, and list paging.
 * References: https://developers.google.com/workspace/drive/api/reference/rest/v3/files (the File resource),
 * .../reference/rest/v3/files/list (pageToken, nextPageToken), .../guides/fields-parameter (the defaults).
 */
import { createHash } from 'node:crypto';
import type { Searchable } from './drive-query';
import { checkMask, parseMask, schema, selectFields } from './field-mask';

/** Every field of the File resource (the reference's JSON representation); the emulation fills the ones it keeps. */
const FILE_SCHEMA = schema(
  (
    'kind driveId fileExtension copyRequiresWriterPermission md5Checksum contentHints writersCanShare viewedByMe ' +
    'mimeType exportLinks parents thumbnailLink iconLink shared lastModifyingUser owners headRevisionId sharingUser ' +
    'webViewLink webContentLink size viewersCanCopyContent permissions hasThumbnail spaces folderColorRgb id name ' +
    'description starred trashed explicitlyTrashed createdTime modifiedTime modifiedByMeTime viewedByMeTime ' +
    'sharedWithMeTime quotaBytesUsed version originalFilename ownedByMe fullFileExtension properties appProperties ' +
    'isAppAuthorized teamDriveId capabilities hasAugmentedPermissions trashingUser thumbnailVersion trashedTime ' +
    'modifiedByMe permissionIds imageMediaMetadata videoMediaMetadata shortcutDetails contentRestrictions ' +
    'resourceKey linkShareMetadata labelInfo sha1Checksum sha256Checksum inheritedPermissionsDisabled ' +
    'downloadRestrictions'
  ).split(' '),
);
const FILE_LIST_SCHEMA = schema(['kind', 'incompleteSearch', 'nextPageToken', ['files', FILE_SCHEMA]]);

/** "If you don't specify the fields parameter … files.list only returns the kind, id, name, and mimeType fields." */
const FILE_DEFAULT = 'kind,id,name,mimeType';
const FILE_LIST_DEFAULT = `kind,incompleteSearch,nextPageToken,files(${FILE_DEFAULT})`;

/** What a local Drive keeps of a file (beyond what a query reads); each side has its own extra fields. */
export interface DriveFileFields extends Searchable {
  id: string;
  driveId?: string;
  shortcutDetails?: { targetId: string; targetMimeType: string };
}

/** The whole File resource of what is kept (fields without a value left out, as Drive leaves them out). */
function fileResource(f: DriveFileFields): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
    ...(f.modifiedTime ? { modifiedTime: f.modifiedTime } : {}),
    ...(f.driveId ? { driveId: f.driveId } : {}),
    ...(f.appProperties ? { appProperties: { ...f.appProperties } } : {}),
    ...(f.shortcutDetails ? { shortcutDetails: { ...f.shortcutDetails } } : {}),
  };
}

/** A file as files.get, create, copy and update answer it, with the `fields` asked for (FieldMaskError if invalid). */
export function selectFile(f: DriveFileFields, fields?: string | null): Record<string, unknown> {
  return selectFields(fileResource(f), fields, FILE_DEFAULT, FILE_SCHEMA) as Record<string, unknown>;
}

/** A page of files as files.list answers it, with the `fields` asked for (FieldMaskError if invalid). */
export function selectFileList(page: DriveFileFields[], nextPageToken: string | undefined, fields?: string | null) {
  const list = { kind: 'drive#fileList', incompleteSearch: false, nextPageToken, files: page.map(fileResource) };
  return selectFields(list, fields, FILE_LIST_DEFAULT, FILE_LIST_SCHEMA) as Record<string, unknown>;
}

/** Refuses before a write what the write's answer could not give (Drive checks the request first). */
export function checkFileFields(fields?: string | null): void {
  if (fields) checkMask(parseMask(fields), FILE_SCHEMA);
}

/** A pageToken this list did not hand out: Drive answers 400 "Invalid Value" (reason invalid, location pageToken). */
export class PageTokenError extends Error {
  constructor() {
    super('Invalid Value');
  }
}

/**
 * One page of a list. The token names the next offset and the request it continues (the query and whatever else
 * selects the files: `request`), so a token of another request, or one made up, is refused rather than read as page 0.
 * pageSize is 100 by default, at most `max` (files.list: "values above 1000 will be changed to 1000").
 */
export function listPage<T>(
  all: T[],
  o: { pageSize?: number | null; pageToken?: string | null; request: string; max?: number },
): { page: T[]; nextPageToken?: string } {
  const size = Math.min(Math.max(Math.floor(Number(o.pageSize ?? 100)) || 100, 1), o.max ?? 1000);
  const from = o.pageToken ? tokenOffset(o.pageToken, o.request) : 0;
  const page = all.slice(from, from + size);
  return from + size < all.length ? { page, nextPageToken: pageToken(from + size, o.request) } : { page };
}

function requestHash(request: string): string {
  return createHash('sha256').update(request).digest('hex').slice(0, 12);
}

function pageToken(offset: number, request: string): string {
  return Buffer.from(`${offset}~${requestHash(request)}`).toString('base64url');
}

function tokenOffset(token: string, request: string): number {
  const m = /^(\d+)~([0-9a-f]+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m || m[2] !== requestHash(request)) throw new PageTokenError();
  return Number(m[1]);
}
