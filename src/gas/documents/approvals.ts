/**
 * Drive approvals of the orders in the register, read at each sync (menu and nightly) and on the item card: one Drive
 * API approvals.list per registered order (the `drive.file` scope Jospar has reaches the Docs it made), its state in
 * words (core/documents/approval-text.ts) written to the register's Approval column where it changed.
 */
import { approvalSummary, type ApprovalJson } from '../../core/documents/approval-text';
import type { Lang } from '../../core/i18n/lang';
import { locateColumns, REGISTER_SHEET } from '../../core/sheets/layout';
import { asCellText } from '../../core/text/cell-text';
import { rememberedLang } from '../context';
import { findSheet } from '../sheet-io';
import { retrying } from '../retry';

interface DriveApprovals {
  Approvals: {
    list(fileId: string, options: object): { items?: ApprovalJson[]; nextPageToken?: string };
  };
}
declare const Drive: DriveApprovals;

/** The fields to ask for: approvals.list leaves `items` out unless asked. */
const FIELDS =
  'items(createTime,modifyTime,completeTime,status,reviewerResponses(reviewer(displayName,emailAddress),response))';

/** A Google Doc's id from its link (".../document/d/<id>/edit"); '' when the cell holds none. */
export function docIdOf(link: string): string {
  return /\/document\/d\/([\w-]+)/.exec(link)?.[1] ?? '';
}

/** Where the Doc's latest approval stands, in words ('' when none was started or Drive cannot tell). */
export function approvalOf(docId: string, lang: Lang): string {
  if (!docId) return '';
  try {
    return approvalSummary(retrying(() => Drive.Approvals.list(docId, { fields: FIELDS, pageSize: 100 })).items, lang);
  } catch {
    // A Doc gone from Drive, or no longer Jospar's to see: the register keeps what it said.
    return '';
  }
}

/** Reads every registered order's approval and writes the Approval cells that changed; returns how many changed. */
export function refreshApprovals(): number {
  const ss = SpreadsheetApp.getActive();
  const sheet = findSheet(ss, REGISTER_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) return 0;
  try {
    const values = sheet.getDataRange().getDisplayValues();
    const at = locateColumns(REGISTER_SHEET, values[0] ?? []);
    if (!at.has('link') || !at.has('approval')) return 0;
    const link = at.get('link')!;
    const column = at.get('approval')!;
    const lang = rememberedLang();
    let changed = 0;
    const cells = values.slice(1).map((r) => {
      const now = approvalOf(docIdOf(r[link] ?? ''), lang) || r[column] || '';
      if (now !== (r[column] ?? '')) changed++;
      return [asCellText(now)];
    });
    if (changed) retrying(() => sheet.getRange(2, column + 1, cells.length, 1).setValues(cells));
    return changed;
  } finally {
    lock.releaseLock();
  }
}
