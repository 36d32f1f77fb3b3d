/**
 * Every spreadsheet under a Drive folder, its subfolders included, in My Drive or a shared drive: one paged
 * files.list per folder (https://developers.google.com/workspace/drive/api/guides/search-files; shared drives need
 * supportsAllDrives and includeItemsFromAllDrives: .../guides/enable-shareddrives). Node only.
 */
import { FOLDER_MIME, SHORTCUT_MIME, SPREADSHEET_MIME } from '../../core/google-mime';
import type { Apis } from './google-apis';

export interface FoundSheet {
  id: string;
  name: string;
  /** The folder path below the root, "Schools/IT" ('' in the root itself). */
  path: string;
  modifiedTime: string;
}

export async function findSpreadsheets(apis: Apis, root: string): Promise<FoundSheet[]> {
  const found: FoundSheet[] = [];
  const queue: Array<{ id: string; path: string }> = [{ id: root, path: '' }];
  const seen = new Set<string>([root]);
  while (queue.length > 0) {
    const folder = queue.shift()!;
    let pageToken: string | undefined;
    do {
      const res = await apis.driveCall(() =>
        apis.drive.files.list({
          q:
            `'${folder.id.replace(/'/g, "\\'")}' in parents and trashed = false and ` +
            `(mimeType = '${FOLDER_MIME}' or mimeType = '${SPREADSHEET_MIME}' or mimeType = '${SHORTCUT_MIME}')`,
          fields: 'nextPageToken,files(id,name,mimeType,modifiedTime,shortcutDetails)',
          pageSize: 1000,
          supportsAllDrives: true,
          includeItemsFromAllDrives: true,
          ...(pageToken ? { pageToken } : {}),
        }),
      );
      for (const listed of res.data.files ?? []) {
        // A shortcut stands for its target: a plan shared into the folder by a link (its reader may lack access).
        const target = listed.shortcutDetails;
        const f = target?.targetId ? { ...listed, id: target.targetId, mimeType: target.targetMimeType } : listed;
        if (!f.id || (f.mimeType !== FOLDER_MIME && f.mimeType !== SPREADSHEET_MIME)) continue;
        const path = folder.path ? `${folder.path}/${f.name ?? ''}` : (f.name ?? '');
        if (f.mimeType === FOLDER_MIME) {
          // A folder may sit in two parents; each is walked once.
          if (!seen.has(f.id)) queue.push({ id: f.id, path });
          seen.add(f.id);
        } else found.push({ id: f.id, name: f.name ?? '', path: folder.path, modifiedTime: f.modifiedTime ?? '' });
      }
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
  }
  return found.sort((a, b) => (a.path + '/' + a.name).localeCompare(b.path + '/' + b.name) || a.id.localeCompare(b.id));
}
