import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { stateWord } from '../i18n/state-words';
import type { Evaluation } from './evaluate';
import { itemState, type ItemState } from './item-state';

export { dottedDate } from '../text/dotted-date';

/** What the Plan's system columns need of a row besides its evaluation: the person's status, date done, today. */
export interface RowStatus {
  status: string;
  doneOn: string;
  today: string;
}

/** The row's state on `today` (src/core/plan/item-state.ts): the one the Plan, Overview, mail and report show. */
export function rowState(ev: Evaluation, row: RowStatus): ItemState {
  return itemState({ schedule: ev.schedule, status: row.status, doneOn: row.doneOn }, { today: row.today });
}

/**
 * The Plan system columns that come from a row's evaluation and state, as cell values. "Next due" is always a date
 * (the next one, else the last one: for an overdue item, the date it missed), so the column sorts and filters as
 * dates; lateness is the "days overdue" count (which colours the row) and the state word beside the status.
 */
export function evaluatedColumns(
  ev: Evaluation,
  lang: Lang,
  row: RowStatus,
): {
  nextDue: string;
  state: string;
  overdue: number | string;
  dueCount: number;
  onDemand: string;
  owners: string;
  warnings: string;
} {
  const s = rowState(ev, row);
  return {
    nextDue: s.shownDue ?? '',
    state: stateWord(s, lang),
    overdue: s.kind === 'overdue' ? s.daysLate : '',
    dueCount: ev.dueCount,
    onDemand: ev.onDemand ? t(lang, 'yes') : '',
    owners: ev.owners.join(', '),
    warnings: ev.warnings.join('; '),
  };
}
