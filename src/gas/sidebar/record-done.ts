/**
 * Marking an item done or cancelled from the sidebar: the row's Status (in the spreadsheet's language), its Evidence
 * link and, where the Plan has one, its date-done column, then one Log line. Only that row's cells are written.
 * (The `years` issue brings a "date done" column and its own function for this; until then this small one stands in,
 * finding every column by its header.)
 */
import type { Lang } from '../../core/i18n/lang';
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
  if (change.date) values.doneOn = change.date; // the Date done column, where the layout has one
  const written = writeCells(plan, row, values);
  const detail = [change.date, change.evidence].filter(Boolean).join(' ');
  appendLog(plan.ss, [{ action: change.status, item: id, result: detail || change.status }], plan.tz);
  return written;
}
