/**
 * Marking an item done or cancelled from the sidebar: the row's Status (in the spreadsheet's language), its Evidence
 * link and, where the Plan has one, its date-done column, then one Log line (its action in the same language as the
 * status). Only that row's cells are written.
 * The date done follows core/plan/done-date.ts, as the sheet's onEdit and josparSetItemStatus record it.
 */
import type { Lang } from '../../core/i18n/lang';
import { doneOnAfter } from '../../core/plan/done-date';
import { STATUS_LABELS, type Status } from '../../core/sheets/status';
import { appendLog } from '../log';
import { writeCells, type PlanAccess } from './plan-access';

export function recordStatus(
  plan: PlanAccess,
  row: number,
  id: string,
  change: { status: Extract<Status, 'done' | 'cancelled'>; date?: string; evidence?: string },
  sheetLang: Lang,
): string[] {
  const values: Record<string, string> = { status: STATUS_LABELS[change.status][sheetLang] };
  if (change.evidence) values.evidence = change.evidence;
  // The Plan's Date done column (issue 8's layout key doneOn), by the same rule as a status edit on the sheet.
  values.doneOn = doneOnAfter(change.status, '', change.date ?? '');
  const written = writeCells(plan, row, values);
  const detail = [change.date, change.evidence].filter(Boolean).join(' ');
  // The Log's action in the Settings language, as the status just written (not the one the last Set up remembered).
  appendLog(plan.ss, [{ action: change.status, item: id, result: detail || change.status }], plan.tz, sheetLang);
  return written;
}
