/**
 * The Log and Notifications lines of a report of done and of a keeper's answer (src/gas/plan/done-request.ts,
 * review.ts). Each is written only if not already there, found by a mark it carries, so a step repeated after a cut
 * writes nothing twice; and the row's computed columns after its Status changed.
 */
import type { Lang } from '../../core/i18n/lang';
import { historyRow, type MailResult } from '../../core/notifications/notifications-log';
import { pt } from '../../core/notifications/done-page';
import { locateColumns, LOG_SHEET, NOTIFICATIONS_SHEET } from '../../core/sheets/layout';
import { asCellText } from '../../core/text/cell-text';
import { appendLog } from '../log';
import { handleEdit } from '../on-edit';
import { findSheet, readHeader } from '../sheet-io';
import type { PlanAccess } from '../sidebar/plan-access';

/** Whether one of a sheet's last rows holds `text` in the column `key` (the step was already written). */
export function recentlyHas(plan: PlanAccess, spec: typeof LOG_SHEET, key: string, text: string): boolean {
  const sheet = findSheet(plan.ss, spec);
  if (!sheet || sheet.getLastRow() < 2) return false;
  const header = readHeader(sheet, plan.offset)?.values[0] ?? [];
  const col = locateColumns(spec, header).get(key);
  if (col === undefined) return false;
  const first = Math.max(2, sheet.getLastRow() - 49);
  const cells = sheet.getRange(first, col + 1, sheet.getLastRow() - first + 1, 1).getValues();
  return cells.some((r) => String(r[0] ?? '').includes(text));
}

/**
 * One Log line carrying `mark`, unless it is there; its action in the plan's language (`lang`, the Settings one: a card
 * runs in no document, where the language Set up remembers cannot be read).
 */
export function logOnce(plan: PlanAccess, action: string, item: string, said: string, mark: string, lang: Lang): void {
  if (recentlyHas(plan, LOG_SHEET, 'result', mark)) return;
  appendLog(plan.ss, [{ action, item, result: `${said} (${mark})` }], plan.tz, lang);
}

/** One Notifications line (message id `id`) about the item's report, unless it is there. */
export function notifyOnce(
  plan: PlanAccess,
  lang: Lang,
  line: { id: string; recipient: string; item: string; key: string; result: MailResult },
): void {
  if (recentlyHas(plan, NOTIFICATIONS_SHEET, 'message', line.id)) return;
  const sheet = findSheet(plan.ss, NOTIFICATIONS_SHEET);
  if (!sheet) return;
  const time = Utilities.formatDate(new Date(), plan.tz, 'yyyy-MM-dd HH:mm:ss');
  const cells = historyRow(
    {
      id: line.id,
      time,
      recipient: line.recipient,
      subject: `${pt(lang, 'title')}: ${line.item}`,
      keys: [line.key],
      result: line.result,
    },
    lang,
  );
  const header = readHeader(sheet, plan.offset)?.values[0] ?? [];
  const cols = locateColumns(NOTIFICATIONS_SHEET, header);
  const row = new Array<string>(Math.max(1, header.length)).fill('');
  for (const [k, i] of cols) row[i] = asCellText(cells[k] ?? '');
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
}

/** The row's state and system columns recomputed as a Status edit by hand would (idempotent: a repeat is safe). */
export function recomputeRow(plan: PlanAccess, row: number): void {
  const col = plan.cols.get('status');
  if (col === undefined) return;
  handleEdit({ range: plan.sheet.getRange(row, col + 1), source: plan.ss } as GoogleAppsScript.Events.SheetsOnEdit);
}
