/**
 * The sidebar's actions on one item. Each checks its arguments, finds the item's row by its ID (never by position),
 * and writes only that row's cells and its own records (a Log line; the document and calendar actions keep their own
 * records as the menu commands do).
 */
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { SETTINGS_SHEET } from '../../core/sheets/layout';
import { asCellText } from '../../core/text/cell-text';
import { syncCalendar, type SyncStats } from '../calendar/sync';
import { todayIn } from '../context';
import { generateDocuments } from '../documents/generate';
import { appendLog } from '../log';
import { handleEdit } from '../on-edit';
import { findSheet, readSheet } from '../sheet-io';
import { dateArg, itemIdArg, linkArg, MAX_TEXT, Refusal, textArg, underLock } from './guard';
import { findRow, openPlan, writeCells, type PlanAccess } from './plan-access';
import { recordStatus } from './record-done';
import { answerReview, type ReviewAnswer } from '../plan/review';

function locate(idValue: unknown): { plan: PlanAccess; id: string; row: number } {
  const id = itemIdArg(idValue);
  const plan = openPlan();
  if (!plan) throw new Refusal('eNoPlan');
  const row = findRow(plan, id);
  if (row === null) throw new Refusal('eNoItem', { id });
  return { plan, id, row };
}

function sheetLanguage(plan: PlanAccess) {
  return readSettings(readKeyValues(readSheet(findSheet(plan.ss, SETTINGS_SHEET), plan.offset))).language;
}

export function markDone(idValue: unknown, details: unknown): { id: string; written: string[] } {
  const d = (details && typeof details === 'object' ? details : {}) as { date?: unknown; evidence?: unknown };
  return underLock(() => {
    const { plan, id, row } = locate(idValue);
    const date = dateArg(d.date, todayIn(plan.tz));
    const evidence = linkArg(d.evidence);
    if (!plan.cols.has('status')) throw new Refusal('eNoColumn', { column: 'status' });
    return { id, written: recordStatus(plan, row, id, { status: 'done', date, evidence }, sheetLanguage(plan)) };
  });
}

export function markCancelled(idValue: unknown): { id: string; written: string[] } {
  return underLock(() => {
    const { plan, id, row } = locate(idValue);
    if (!plan.cols.has('status')) throw new Refusal('eNoColumn', { column: 'status' });
    return { id, written: recordStatus(plan, row, id, { status: 'cancelled' }, sheetLanguage(plan)) };
  });
}

/** Writes the Deadline cell, then recomputes that row's system columns exactly as an edit by hand would. */
export function saveDeadline(idValue: unknown, textValue: unknown): { id: string } {
  const text = textArg(textValue, MAX_TEXT, { allowEmpty: false });
  return underLock(() => {
    const { plan, id, row } = locate(idValue);
    const col = plan.cols.get('deadline');
    if (col === undefined) throw new Refusal('eNoColumn', { column: 'deadline' });
    // Kept as typed: never read as a formula, a number or a date.
    writeCells(plan, row, { deadline: asCellText(text) });
    handleEdit({ range: plan.sheet.getRange(row, col + 1), source: plan.ss } as GoogleAppsScript.Events.SheetsOnEdit);
    appendLog(plan.ss, [{ action: 'deadline', item: id, result: text }], plan.tz, sheetLanguage(plan));
    return { id };
  });
}

export function generateForItem(idValue: unknown, newVersion: unknown) {
  const id = itemIdArg(idValue);
  if (newVersion !== undefined && newVersion !== null && typeof newVersion !== 'boolean')
    throw new Refusal('eBadId', { id: String(newVersion) });
  const outcome = generateDocuments({ ids: [id], interactive: false, newVersions: newVersion === true });
  return {
    ok: outcome.ok,
    created: outcome.created,
    skipped: outcome.skipped,
    errors: outcome.errors,
    report: outcome.report,
    documents: outcome.documents,
  };
}

export function syncItem(idValue: unknown): { ok: boolean; calendar: SyncStats; report: string[] } {
  const { id } = locate(idValue);
  const outcome = syncCalendar({ interactive: false, items: [id] });
  return { ok: outcome.ok, calendar: outcome.calendar, report: outcome.report };
}

/** The keeper's answer to an item submitted for review (src/gas/plan/review.ts): confirm, or return with a note. */
export function answerItemReview(idValue: unknown, to: ReviewAnswer, noteValue?: unknown): { id: string } {
  const note = textArg(noteValue, MAX_TEXT);
  return underLock(() => {
    const { plan, id } = locate(idValue);
    if (!answerReview(plan, id, to, note, todayIn(plan.tz))) throw new Refusal('eNotInReview', { id });
    return { id };
  });
}
