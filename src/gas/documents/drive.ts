/**
 * The Drive advanced service (v3), used with the drive.file scope: Jospar sees only the files it created, which is
 * enough for its templates (made by "Create default templates"), the documents it generates and their folders.
 * Full Drive access (DriveApp.makeCopy) would reach every file of the user; this does not.
 */
import { DOC_MIME, FOLDER_MIME } from '../../core/google-mime';

export interface DriveFileV3 {
  id: string;
  name: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
  appProperties?: Record<string, string>;
}

interface DriveV3 {
  Files: {
    get(fileId: string, options?: object): DriveFileV3;
    create(resource: Partial<DriveFileV3>, media?: GoogleAppsScript.Base.Blob, options?: object): DriveFileV3;
    copy(resource: Partial<DriveFileV3>, fileId: string, options?: object): DriveFileV3;
    update(
      resource: Partial<DriveFileV3>,
      fileId: string,
      media?: GoogleAppsScript.Base.Blob | null,
      options?: { addParents?: string; removeParents?: string },
    ): DriveFileV3;
    list(options: { q: string; fields?: string }): { files?: DriveFileV3[] };
  };
}

declare const Drive: DriveV3;

export const KEY_PROPERTY = 'josparKey';

/** Jospar's folder for a role ('templates', 'output'): the one made before, or a new one, marked with its role. */
export function ensureFolder(role: string, name: string): string {
  const key = `folder:${role}`;
  const found = filesWithKey(key).find((f) => f.mimeType === FOLDER_MIME);
  return found
    ? found.id
    : Drive.Files.create({ name, mimeType: FOLDER_MIME, appProperties: { [KEY_PROPERTY]: key } }).id;
}

/** A file Jospar may use: there and not in the bin. Drive v3 returns `trashed` only when `fields` asks for it. */
export function fileExists(id: string): boolean {
  try {
    return Drive.Files.get(id, { fields: 'id,trashed' }).trashed !== true;
  } catch {
    return false;
  }
}

/** A copy of a template, named, filed and marked with its key, in one call. */
export function copyTemplate(templateId: string, name: string, folderId: string, key: string): string {
  return Drive.Files.copy(
    { name, parents: folderId ? [folderId] : undefined, appProperties: { [KEY_PROPERTY]: key } },
    templateId,
  ).id;
}

/** Files Jospar made for a key and that are still in Drive (a generation cut off before it was recorded). */
export function filesWithKey(key: string): DriveFileV3[] {
  return (
    Drive.Files.list({
      q: `appProperties has { key='${KEY_PROPERTY}' and value='${key.replace(/'/g, '')}' } and trashed = false`,
    }).files ?? []
  );
}

export function trash(id: string): void {
  Drive.Files.update({ trashed: true }, id);
}

/**
 * A new Google Doc already in its folder ('': My Drive) and marked with its key: one call, so no run leaves it
 * unmarked. Empty, or imported from `docx` (a Word file's blob) when one is given.
 */
export function createDoc(name: string, folderId: string, key: string, docx?: GoogleAppsScript.Base.Blob): string {
  const parents = folderId ? [folderId] : undefined;
  const resource = { name, mimeType: DOC_MIME, parents, appProperties: { [KEY_PROPERTY]: key } };
  return (docx ? Drive.Files.create(resource, docx) : Drive.Files.create(resource)).id;
}

export function savePdf(docId: string, name: string, folderId: string): string {
  const blob = DocumentApp.openById(docId).getAs('application/pdf');
  return Drive.Files.create(
    { name: `${name}.pdf`, parents: folderId ? [folderId] : undefined, mimeType: 'application/pdf' },
    blob,
  ).id;
}
