/**
 * `jospar admin backup`: every plan under a folder kept as .xlsx (Drive files.export:
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/export) and as Jospar's JSON (the fields
 * of `jospar plan --json`, with each item's status, date done, evidence and notes). A file already saved at the same
 * modified time is not fetched again, so a cut-off backup resumes where it stopped. Node only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SHEET } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { parseItemId } from '../../core/plan/item-id';
import { findSpreadsheets } from './find-plans';
import type { Apis } from './google-apis';
import { readPlan } from './read-plan';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const BACKUP_MANIFEST = 'backup-manifest.json';

export interface BackupOptions {
  apis: Apis;
  folder: string;
  outDir: string;
  log: (line: string) => void;
}

/** A file name from a Drive name: no path separators or characters Windows refuses. */
export function safeName(name: string): string {
  const unsafe = (c: string) => c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c);
  return (
    [...name]
      .map((c) => (unsafe(c) ? '_' : c))
      .join('')
      .trim() || 'untitled'
  );
}

export async function backup(o: BackupOptions): Promise<{ saved: number; kept: number; skipped: string[] }> {
  mkdirSync(o.outDir, { recursive: true });
  const manifestPath = join(o.outDir, BACKUP_MANIFEST);
  const manifest: Record<string, { modifiedTime: string; file: string }> = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { modifiedTime: string; file: string }>)
    : {};
  const found = await findSpreadsheets(o.apis, o.folder);
  let saved = 0;
  let kept = 0;
  const skipped: string[] = [];
  for (const f of found) {
    if (manifest[f.id]?.modifiedTime === f.modifiedTime) {
      kept++;
      continue;
    }
    const read = await readPlan(o.apis, f.id);
    if (!read.ok) {
      skipped.push(`${f.name}: ${read.reason} (${read.detail})`);
      continue;
    }
    const base = `${safeName(f.name)} (${f.id})`;
    const exported = await o.apis.driveCall(() =>
      o.apis.drive.files.export({ fileId: f.id, mimeType: XLSX }, { responseType: 'arraybuffer' }),
    );
    writeFileSync(join(o.outDir, `${base}.xlsx`), Buffer.from(exported.data as ArrayBuffer));
    const cell = cellReader(PLAN_SHEET, read.sheets.plan.values[0] ?? []);
    const items = read.sheets.plan.values.slice(1).flatMap((r) => {
      const id = parseItemId(cell(r, 'id'));
      if (!id) return [];
      const fields = ['activity', 'responsible', 'deadline', 'deliverable', 'status', 'doneOn', 'evidence', 'notes'];
      // The Russian name the department keeps in «Атауы (орысша)», under the field name `jospar plan --json` and
      // import use; absent when the cell is empty, as there.
      const nameRu = cell(r, 'nameRu');
      return [
        {
          section: id.section,
          no: id.no,
          unit: cell(r, 'unit'),
          ...Object.fromEntries(fields.map((k) => [k, cell(r, k)])),
          ...(nameRu ? { nameRu } : {}),
        },
      ];
    });
    writeFileSync(
      join(o.outDir, `${base}.json`),
      JSON.stringify({ id: f.id, name: f.name, path: f.path, items }, null, 2),
    );
    manifest[f.id] = { modifiedTime: f.modifiedTime, file: base };
    writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 2));
    renameSync(`${manifestPath}.tmp`, manifestPath);
    saved++;
    o.log(`saved ${base}`);
  }
  return { saved, kept, skipped };
}
