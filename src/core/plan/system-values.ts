import { daysBetween } from '../calendar/dates';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { parseStatus } from '../sheets/status';
import type { Evaluation } from './evaluate';

/** 2025-08-28 → 28.08.2025, the way the plan itself writes dates. */
export function dottedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * Days since an item's last due date passed while it is neither done nor cancelled; 0 when it is not overdue. An item
 * with a due date still ahead is not overdue: its next due is that date.
 */
export function daysOverdue(ev: Pick<Evaluation, 'nextDue'>, statusCell: string, today: string): number {
  const status = parseStatus(statusCell);
  if (status === 'done' || status === 'cancelled' || !ev.nextDue || ev.nextDue >= today) return 0;
  return daysBetween(ev.nextDue, today);
}

/**
 * The Plan system columns that come from a row's evaluation, as cell values. "Next due" is never a past date for an
 * item not done: an overdue item says since when instead, and "days overdue" holds the count that colours the row.
 */
export function evaluatedColumns(
  ev: Evaluation,
  lang: Lang,
  row: { status: string; today: string } = { status: '', today: '' },
): { nextDue: string; overdue: number | string; dueCount: number; onDemand: string; owners: string; warnings: string } {
  const late = row.today ? daysOverdue(ev, row.status, row.today) : 0;
  return {
    nextDue: late > 0 ? t(lang, 'overdueSince', { date: dottedDate(ev.nextDue) }) : ev.nextDue,
    overdue: late > 0 ? late : '',
    dueCount: ev.dueCount,
    onDemand: ev.onDemand ? t(lang, 'yes') : '',
    owners: ev.owners.join(', '),
    warnings: ev.warnings.join('; '),
  };
}
