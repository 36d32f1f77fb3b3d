/**
 * A university's Drive as the REST server sees it: folders (in My Drive or a shared drive) and plan spreadsheets, each
 * spreadsheet backed by a local Workspace (the same emulation the add-on runs on), and who may read what. Node only.
 */
import { FOLDER_MIME, SHORTCUT_MIME, SPREADSHEET_MIME } from '../../core/google-mime';
import type { Workspace } from '../workspace/workspace';

export interface DriveEntry {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** The shared drive the entry is in, if any (files.list needs supportsAllDrives and includeItemsFromAllDrives). */
  driveId?: string;
  trashed: boolean;
  modifiedTime: string;
  /** Emails that may read it; '*' anyone in the domain. The caller lacking access gets 404, as Drive answers. */
  readers: string[];
  writers: string[];
  /** A spreadsheet's cells. */
  workspace?: Workspace;
  /** A shortcut's target (https://developers.google.com/workspace/drive/api/guides/shortcuts). */
  shortcutDetails?: { targetId: string; targetMimeType: string };
}

export class DriveTree {
  readonly entries = new Map<string, DriveEntry>();
  private seq = 0;

  constructor(readonly now: () => Date = () => new Date('2026-03-02T04:00:00Z')) {}

  private add(e: Omit<DriveEntry, 'id' | 'trashed' | 'modifiedTime'> & { id?: string }): DriveEntry {
    const id = e.id ?? `${e.mimeType === FOLDER_MIME ? 'fld' : 'ss'}${String(++this.seq).padStart(6, '0')}`;
    const entry: DriveEntry = { ...e, id, trashed: false, modifiedTime: this.now().toISOString() };
    this.entries.set(id, entry);
    return entry;
  }

  /**
   * A folder anyone in the domain may see by default; only its `writers` may add to it (none by default): in Drive a
   * viewer of a folder cannot put files in it.
   */
  folder(
    name: string,
    parent: string | null,
    opts: { driveId?: string; id?: string; readers?: string[]; writers?: string[] } = {},
  ) {
    return this.add({
      name,
      mimeType: FOLDER_MIME,
      parents: parent ? [parent] : [],
      readers: opts.readers ?? ['*'],
      writers: opts.writers ?? [],
      ...(opts.id ? { id: opts.id } : {}),
      ...(opts.driveId ? { driveId: opts.driveId } : {}),
    });
  }

  spreadsheet(
    name: string,
    parent: string,
    workspace: Workspace,
    opts: { readers?: string[]; writers?: string[]; driveId?: string; id?: string } = {},
  ) {
    const entry = this.add({
      name,
      mimeType: SPREADSHEET_MIME,
      parents: [parent],
      readers: opts.readers ?? ['*'],
      writers: opts.writers ?? [],
      ...(opts.id ? { id: opts.id } : {}),
      workspace,
      ...(opts.driveId ? { driveId: opts.driveId } : {}),
    });
    return entry;
  }

  /** A shortcut in `parent` to another file, which the viewer may or may not be able to open. */
  shortcut(name: string, parent: string, target: DriveEntry) {
    return this.add({
      name,
      mimeType: SHORTCUT_MIME,
      parents: [parent],
      readers: ['*'],
      writers: [],
      shortcutDetails: { targetId: target.id, targetMimeType: target.mimeType },
    });
  }

  canRead(e: DriveEntry, who: string): boolean {
    return e.readers.includes('*') || e.readers.includes(who) || this.canWrite(e, who);
  }

  canWrite(e: DriveEntry, who: string): boolean {
    return e.writers.includes('*') || e.writers.includes(who);
  }
}
